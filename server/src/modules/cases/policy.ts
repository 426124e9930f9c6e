import type { Actor } from '../../platform/auth/actor.ts';
import { definePolicy, hasRole } from '../../platform/auth/policy.ts';

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

export const casesPolicy = definePolicy<{
  apply: null;
  act: CaseRecord;
  read: CaseRecord;
  readAsStaff: CaseRecord;
  intake: { departmentIds: string[] };
  recordVisit: CaseRecord;
}>({
  apply: (actor) => actor.kind === 'citizen' && actor.personId !== null,
  /** Edit a draft, submit, correct, supply a pledged material, withdraw. */
  act: (actor, c) =>
    isApplicant(actor, c) || (actor.kind === 'staff' && actor.accountId === c.filedByAccountId),
  read: (actor, c) => isApplicant(actor, c) || (actor.kind === 'staff' && handlesCase(actor, c)),
  readAsStaff: (actor, c) => actor.kind === 'staff' && handlesCase(actor, c),
  /** Window staff file cases for people who are present (代办). */
  intake: (actor) => hasRole(actor, 'window'),
  /** Window staff of the case's region record visits (results collected in person). */
  recordVisit: (actor, c) => hasRole(actor, 'window', { regionCode: c.regionCode }),
});
