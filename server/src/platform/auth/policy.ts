import { problems } from '../errors.ts';
import type { StaffRole } from '../../modules/identity/tables.ts';
import type { Actor } from './actor.ts';

/** A rule says whether this actor may take this action on this record. */
export type Rule<R> = (actor: Actor, record: R) => boolean;

/** A module's policy: one rule per action. Routes call `authorize`, never ad-hoc checks. */
export type Policy<Records extends Record<string, unknown>> = { [A in keyof Records]: Rule<Records[A]> };

export function definePolicy<Records extends Record<string, unknown>>(
  rules: Policy<Records>,
): Policy<Records> {
  return rules;
}

export function can<Records extends Record<string, unknown>, A extends keyof Records>(
  policy: Policy<Records>,
  action: A,
  actor: Actor,
  record: Records[A],
): boolean {
  return policy[action](actor, record);
}

/** Throws 401 for anonymous callers and 403 for everyone else the rule refuses. */
export function authorize<Records extends Record<string, unknown>, A extends keyof Records>(
  policy: Policy<Records>,
  action: A,
  actor: Actor,
  record: Records[A],
): void {
  if (policy[action](actor, record)) return;
  throw actor.kind === 'anonymous' ? problems.unauthenticated() : problems.forbidden();
}

/**
 * Whether a staff scope region covers a record's region: a province code (xx0000) covers its
 * whole province, a city code (xxxx00) its city, a county code only itself.
 */
export function regionCovers(scope: string, target: string): boolean {
  if (scope.endsWith('0000')) return target.startsWith(scope.slice(0, 2));
  if (scope.endsWith('00')) return target.startsWith(scope.slice(0, 4));
  return scope === target;
}

export interface RoleScope {
  departmentId?: string;
  regionCode?: string;
}

/** The actor holds one of the roles, in the department and covering the region asked for. */
export function hasRole(actor: Actor, roles: StaffRole | StaffRole[], scope: RoleScope = {}): boolean {
  const wanted = Array.isArray(roles) ? roles : [roles];
  return actor.roles.some(
    (grant) =>
      wanted.includes(grant.role) &&
      (scope.departmentId === undefined || grant.departmentId === scope.departmentId) &&
      (scope.regionCode === undefined || regionCovers(grant.regionCode, scope.regionCode)),
  );
}

export const isSignedIn = (actor: Actor): boolean => actor.kind !== 'anonymous';
export const isStaff = (actor: Actor): boolean => actor.kind === 'staff';
