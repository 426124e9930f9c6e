import type { Actor } from '../../platform/auth/actor.ts';
import { definePolicy, hasRole } from '../../platform/auth/policy.ts';

/** A licence as policies see it. */
export interface LicenceRecord {
  holderKind: 'person' | 'organisation';
  holderPersonId: string | null;
  holderOrganisationId: string | null;
  issuerDepartmentId: string;
}

/** The holder: the person themself, or someone acting for the holding organisation in this session. */
export const isHolder = (actor: Actor, l: LicenceRecord) =>
  actor.kind === 'citizen' &&
  (l.holderKind === 'organisation'
    ? actor.actingFor !== null && actor.actingFor.organisationId === l.holderOrganisationId
    : actor.personId === l.holderPersonId && actor.actingFor === null);

const issuingStaff = (actor: Actor, l: LicenceRecord) =>
  actor.kind === 'staff' && actor.roles.some((g) => g.departmentId === l.issuerDepartmentId);

export const licensesPolicy = definePolicy<{
  manageTypes: null;
  manageSeals: null;
  manageDepartmentSeal: { regionCode: string };
  importLicences: null;
  /** Search issued licences (a department's staff see their own department's). */
  search: null;
  read: LicenceRecord;
  /** Download the PDF or the export file: the holder only (and admins, for support). */
  export: LicenceRecord;
  /** Revoke, suspend, lift a suspension, renew: the issuing department's leader, or an admin. */
  manage: LicenceRecord;
  wallet: null;
  /** Show a short-lived QR code (亮证), export a Verifiable Credential, grant and list 用证授权: the holder only. */
  present: LicenceRecord;
  credential: LicenceRecord;
  grant: LicenceRecord;
}>({
  manageTypes: (actor) => hasRole(actor, 'admin'),
  manageSeals: (actor) => hasRole(actor, 'admin'),
  // Rotating a department's seal or changing its algorithm: an admin whose region covers the department.
  manageDepartmentSeal: (actor, department) => hasRole(actor, 'admin', { regionCode: department.regionCode }),
  importLicences: (actor) => hasRole(actor, 'admin'),
  search: (actor) => actor.kind === 'staff',
  read: (actor, l) => isHolder(actor, l) || issuingStaff(actor, l) || hasRole(actor, 'admin'),
  export: (actor, l) => isHolder(actor, l) || hasRole(actor, 'admin'),
  manage: (actor, l) =>
    hasRole(actor, 'admin') || hasRole(actor, 'leader', { departmentId: l.issuerDepartmentId }),
  wallet: (actor) => actor.kind === 'citizen' && actor.personId !== null,
  present: isHolder,
  credential: isHolder,
  grant: isHolder,
});
