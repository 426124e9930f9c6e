import type { StaffRole } from '../../modules/identity/tables.ts';

export interface RoleGrant {
  role: StaffRole;
  departmentId: string;
  regionCode: string;
}

/** Who is making a request, as every policy sees it. */
export interface Actor {
  kind: 'anonymous' | 'citizen' | 'staff';
  accountId: string | null;
  personId: string | null;
  name: string | null;
  roles: RoleGrant[];
  /** Organisation the person is acting for in this session (代办), with the relation that allows it. */
  actingFor: { organisationId: string; name: string; relation: 'legal_representative' | 'agent' } | null;
  sessionId: string | null;
  csrfToken: string | null;
}

export const anonymous: Actor = {
  kind: 'anonymous',
  accountId: null,
  personId: null,
  name: null,
  roles: [],
  actingFor: null,
  sessionId: null,
  csrfToken: null,
};
