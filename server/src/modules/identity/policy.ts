import { definePolicy, hasRole, isStaff } from '../../platform/auth/policy.ts';
import type { Actor } from '../../platform/auth/actor.ts';

export interface PersonRecord {
  id: string;
}
export interface DepartmentRecord {
  id: string;
  regionCode: string;
}
export interface OrganisationRecord {
  id: string;
  regionCode: string;
  /** People who currently represent it, with their relation. */
  representatives: Array<{ personId: string; relation: 'legal_representative' | 'agent' }>;
}

const representsAs = (actor: Actor, org: OrganisationRecord, relations: string[]) =>
  actor.personId !== null &&
  org.representatives.some((r) => r.personId === actor.personId && relations.includes(r.relation));

/** Who may do what with identity records. */
export const identityPolicy = definePolicy<{
  readPerson: PersonRecord;
  listDepartments: { regionCode?: string };
  manageDepartment: DepartmentRecord;
  listStaff: null;
  manageStaff: DepartmentRecord;
  readOrganisation: OrganisationRecord;
  createOrganisation: { regionCode: string };
  manageAgents: OrganisationRecord;
  actFor: OrganisationRecord;
}>({
  // A person sees their own record; front-line and supervising staff may look people up (audited).
  readPerson: (actor, person) =>
    actor.personId === person.id || hasRole(actor, ['window', 'reviewer', 'leader', 'supervisor', 'admin']),
  listDepartments: (actor) => isStaff(actor),
  manageDepartment: (actor, dept) => hasRole(actor, 'admin', { regionCode: dept.regionCode }),
  listStaff: (actor) => hasRole(actor, ['admin', 'supervisor']),
  manageStaff: (actor, dept) => hasRole(actor, 'admin', { regionCode: dept.regionCode }),
  readOrganisation: (actor, org) =>
    representsAs(actor, org, ['legal_representative', 'agent']) ||
    hasRole(actor, ['window', 'reviewer', 'leader', 'supervisor', 'admin'], { regionCode: org.regionCode }),
  createOrganisation: (actor, org) => hasRole(actor, 'admin', { regionCode: org.regionCode }),
  manageAgents: (actor, org) => representsAs(actor, org, ['legal_representative']),
  actFor: (actor, org) =>
    actor.kind === 'citizen' && representsAs(actor, org, ['legal_representative', 'agent']),
});
