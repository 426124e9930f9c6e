import { definePolicy, hasRole } from '../../platform/auth/policy.ts';

/** What a request for indicators, lists or alerts covers. */
export interface SupervisionScope {
  regionCode: string | null;
  departmentId: string | null;
}

export const supervisionPolicy = definePolicy<{
  /** Indicators, rankings, trends, drill-down lists, alerts and exports of a scope. */
  view: SupervisionScope;
}>({
  // Admins everywhere; supervisors within their region (a city's covers its counties); a department's
  // leader only that department.
  view: (actor, s) =>
    hasRole(actor, 'admin') ||
    (s.regionCode !== null && hasRole(actor, 'supervisor', { regionCode: s.regionCode })) ||
    (s.departmentId !== null && hasRole(actor, 'leader', { departmentId: s.departmentId })),
});

/** The code prefix a region code covers: '33' for a province, '3301' for a city, the county itself. */
export function regionPrefix(regionCode: string): string {
  if (regionCode.endsWith('0000')) return regionCode.slice(0, 2);
  if (regionCode.endsWith('00')) return regionCode.slice(0, 4);
  return regionCode;
}
