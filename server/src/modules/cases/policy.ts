import type { Actor } from '../../platform/auth/actor.ts';
import { definePolicy, hasRole, regionCovers } from '../../platform/auth/policy.ts';
import type { CROSS_REGION_SCOPES } from '../catalog/content.ts';

/** A case as policies see it. */
export interface CaseRecord {
  applicantPersonId: string;
  applicantOrganisationId: string | null;
  filedByAccountId: string;
  regionCode: string;
  /** Departments holding (or having held) a task on the case. */
  departmentIds: string[];
}

/** The applicant: the person, or someone acting for the organisation in this session, or who filed it. */
const isApplicant = (actor: Actor, c: CaseRecord) =>
  actor.kind === 'citizen' &&
  (c.applicantOrganisationId
    ? actor.actingFor?.organisationId === c.applicantOrganisationId
    : actor.personId === c.applicantPersonId && actor.actingFor === null);

const handlesCase = (actor: Actor, c: CaseRecord) =>
  actor.roles.some((g) => c.departmentIds.includes(g.departmentId)) ||
  // 一窗受理: window staff accept every item of their region, so they see its cases.
  hasRole(actor, 'window', { regionCode: c.regionCode }) ||
  actor.accountId === c.filedByAccountId ||
  hasRole(actor, 'supervisor', { regionCode: c.regionCode });

/** An item as window intake sees it: the region that handles it and its 通办范围. */
export interface IntakeItem {
  regionCode: string;
  crossRegionScope: (typeof CROSS_REGION_SCOPES)[number];
}

/**
 * Whether a window whose staff scope is `windowRegion` may take in the item: its region covers the
 * item's, or the item is handled across regions (跨域通办) as far as the window — across the item's city,
 * its province, or the whole country.
 */
export function windowServes(windowRegion: string, item: IntakeItem): boolean {
  if (regionCovers(windowRegion, item.regionCode)) return true;
  switch (item.crossRegionScope) {
    case 'cross_province':
      return true;
    case 'province':
      return regionCovers(`${item.regionCode.slice(0, 2)}0000`, windowRegion);
    case 'city':
      return regionCovers(`${item.regionCode.slice(0, 4)}00`, windowRegion);
    case 'none':
      return false;
  }
}

export const casesPolicy = definePolicy<{
  apply: null;
  act: CaseRecord;
  read: CaseRecord;
  readAsStaff: CaseRecord;
  fileAtWindow: null;
  intake: IntakeItem;
  recordVisit: CaseRecord;
}>({
  apply: (actor) => actor.kind === 'citizen' && actor.personId !== null,
  /** Edit a draft, submit, correct, supply a pledged material, withdraw. */
  act: (actor, c) =>
    isApplicant(actor, c) || (actor.kind === 'staff' && actor.accountId === c.filedByAccountId),
  read: (actor, c) => isApplicant(actor, c) || (actor.kind === 'staff' && handlesCase(actor, c)),
  readAsStaff: (actor, c) => actor.kind === 'staff' && handlesCase(actor, c),
  /** Window staff file cases for people who are present (代办): asked before anything is read. */
  fileAtWindow: (actor) => hasRole(actor, 'window'),
  /** …for an item their window serves (its region, or 跨域通办 to theirs). */
  intake: (actor, item) => actor.roles.some((g) => g.role === 'window' && windowServes(g.regionCode, item)),
  /** Window staff of the case's region record visits (results collected in person). */
  recordVisit: (actor, c) => hasRole(actor, 'window', { regionCode: c.regionCode }),
});
