import type { Actor } from '../../platform/auth/actor.ts';
import { definePolicy, hasRole, isStaff } from '../../platform/auth/policy.ts';

/** A case as rating sees it: who applied and where. */
export interface RateableRecord {
  applicantPersonId: string;
  applicantOrganisationId: string | null;
  regionCode: string;
}

/** A rectification (or an evaluation) as policies see it. */
export interface RectificationRecord {
  departmentId: string;
  regionCode: string;
  evaluatorPersonId: string;
}

export interface InquiryRecord {
  departmentId: string;
  regionCode: string;
  askerPersonId: string | null;
}

/** The applicant: the person, or someone acting for the applying organisation in this session. */
const isApplicant = (actor: Actor, c: RateableRecord) =>
  actor.kind === 'citizen' &&
  (c.applicantOrganisationId
    ? actor.actingFor?.organisationId === c.applicantOrganisationId
    : actor.personId === c.applicantPersonId && actor.actingFor === null);

/** 谁办理、谁负责: reviewers and leaders of the department that handled the case. */
const ofDepartment = (actor: Actor, departmentId: string) =>
  hasRole(actor, ['reviewer', 'leader'], { departmentId });
const supervises = (actor: Actor, regionCode: string) => hasRole(actor, 'supervisor', { regionCode });

export const feedbackPolicy = definePolicy<{
  rate: RateableRecord;
  /** The hall's rating device: window staff of the case's region hand the applicant a rating link. */
  issueDeviceLink: RateableRecord;
  viewRectification: RectificationRecord;
  actAsDepartment: RectificationRecord;
  actAsSupervisor: RectificationRecord;
  rateRectification: RectificationRecord;
  /** Name and mobile of an evaluator or asker, for the call-back (audited). */
  readContact: RectificationRecord | InquiryRecord;
  listAsStaff: null;
  submitComplaint: null;
  viewInquiry: InquiryRecord;
  answerInquiry: InquiryRecord;
  askerOfInquiry: InquiryRecord;
  manageOptionSets: null;
  manageTopicRoutes: { regionCode: string };
}>({
  rate: isApplicant,
  issueDeviceLink: (actor, c) => hasRole(actor, 'window', { regionCode: c.regionCode }),
  viewRectification: (actor, r) =>
    ofDepartment(actor, r.departmentId) ||
    supervises(actor, r.regionCode) ||
    (actor.kind === 'citizen' && actor.personId === r.evaluatorPersonId),
  actAsDepartment: (actor, r) => ofDepartment(actor, r.departmentId),
  actAsSupervisor: (actor, r) => supervises(actor, r.regionCode),
  rateRectification: (actor, r) => actor.kind === 'citizen' && actor.personId === r.evaluatorPersonId,
  readContact: (actor, r) => ofDepartment(actor, r.departmentId) || supervises(actor, r.regionCode),
  listAsStaff: (actor) => isStaff(actor),
  submitComplaint: (actor) => actor.kind === 'citizen' && actor.personId !== null,
  viewInquiry: (actor, q) =>
    (q.askerPersonId !== null && actor.kind === 'citizen' && actor.personId === q.askerPersonId) ||
    hasRole(actor, ['window', 'reviewer', 'leader'], { departmentId: q.departmentId }) ||
    supervises(actor, q.regionCode),
  // Any staff of the department answers; the service centre's window staff answer what is routed to it.
  answerInquiry: (actor, q) =>
    hasRole(actor, ['window', 'reviewer', 'leader'], { departmentId: q.departmentId }),
  askerOfInquiry: (actor, q) =>
    q.askerPersonId !== null && actor.kind === 'citizen' && actor.personId === q.askerPersonId,
  manageOptionSets: (actor) => hasRole(actor, 'admin'),
  manageTopicRoutes: (actor, r) => hasRole(actor, 'admin', { regionCode: r.regionCode }),
});

/** LIKE patterns of the regions a scope covers (see regionCovers): a province's, a city's, a county. */
export function regionPattern(scope: string): string {
  if (scope.endsWith('0000')) return `${scope.slice(0, 2)}%`;
  if (scope.endsWith('00')) return `${scope.slice(0, 4)}%`;
  return scope;
}

/** Which rectifications and inquiries a member of staff sees in lists. */
export function staffScope(actor: Actor, departmentRoles: Array<'window' | 'reviewer' | 'leader'>) {
  return {
    departmentIds: [
      ...new Set(
        actor.roles.filter((g) => departmentRoles.includes(g.role as never)).map((g) => g.departmentId),
      ),
    ],
    regionPatterns: [
      ...new Set(actor.roles.filter((g) => g.role === 'supervisor').map((g) => regionPattern(g.regionCode))),
    ],
  };
}
