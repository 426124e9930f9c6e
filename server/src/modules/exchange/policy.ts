import { definePolicy, hasRole, regionCovers } from '../../platform/auth/policy.ts';
import type { Actor } from '../../platform/auth/actor.ts';

export interface ResourceRecord {
  providerDepartmentId: string;
}

export interface GrantRecord {
  consumerDepartmentId: string;
  providerDepartmentId: string;
  providerRegionCode: string;
  consumerRegionCode: string;
}

/** Departments in which the actor is a data steward (数据专员). */
export const stewardDepartments = (actor: Actor): string[] =>
  actor.roles.filter((g) => g.role === 'data_steward').map((g) => g.departmentId);

const isSupervisorOf = (actor: Actor, regionCode: string) =>
  actor.roles.some((g) => g.role === 'supervisor' && regionCovers(g.regionCode, regionCode));

/**
 * Who does what in data sharing:
 * - a resource belongs to its provider department; that department's data stewards (and admins) edit
 *   and publish it;
 * - a consumer department's data steward requests grants for it; the provider department's data steward
 *   — and only they — approves or refuses (the provider's steward is a `data_steward` role held in the
 *   provider department itself, not in a higher level or in the data bureau);
 * - supervisors of the region see grants and the access log (they receive escalations); a citizen sees
 *   the accesses to their own records.
 */
export const exchangePolicy = definePolicy<{
  browse: null;
  manageResource: ResourceRecord;
  requestGrant: { consumerDepartmentId: string };
  decideGrant: GrantRecord;
  viewGrant: GrantRecord;
  listGrants: null;
  readAccessLog: null;
  myDataAccess: null;
}>({
  browse: (actor) => actor.kind !== 'anonymous',
  manageResource: (actor, r) =>
    hasRole(actor, 'data_steward', { departmentId: r.providerDepartmentId }) || hasRole(actor, 'admin'),
  requestGrant: (actor, g) => hasRole(actor, 'data_steward', { departmentId: g.consumerDepartmentId }),
  decideGrant: (actor, g) => hasRole(actor, 'data_steward', { departmentId: g.providerDepartmentId }),
  viewGrant: (actor, g) =>
    hasRole(actor, 'data_steward', { departmentId: g.providerDepartmentId }) ||
    hasRole(actor, 'data_steward', { departmentId: g.consumerDepartmentId }) ||
    isSupervisorOf(actor, g.providerRegionCode) ||
    isSupervisorOf(actor, g.consumerRegionCode) ||
    hasRole(actor, 'admin'),
  listGrants: (actor) => hasRole(actor, ['data_steward', 'supervisor', 'admin']),
  readAccessLog: (actor) => hasRole(actor, ['data_steward', 'supervisor', 'admin']),
  myDataAccess: (actor) => actor.personId !== null,
});
