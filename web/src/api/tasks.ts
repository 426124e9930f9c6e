import { api, unwrap } from './client';
import type { paths } from './schema';

// Staff handling of cases (docs: server/src/modules/workflow and cases routes): the inbox, a task with
// its case, decisions and the other task actions, and window intake.

type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type SuccessJson<Op> = Op extends { responses: infer Rs }
  ? JsonBody<Rs[Extract<keyof Rs, 200 | 201>]>
  : never;
type RequestJson<Op> = Op extends { requestBody: { content: { 'application/json': infer T } } } ? T : never;

export type TaskListItem = SuccessJson<paths['/api/v1/tasks']['get']>['items'][number];
export type TaskDetail = SuccessJson<paths['/api/v1/tasks/{id}']['get']>;
export type TaskInfo = TaskDetail['task'];
export type StaffCaseView = TaskDetail['case'];
export type CaseMaterial = StaffCaseView['materials'][number];
export type TimelineEntry = StaffCaseView['timeline'][number];
export type CaseNotice = StaffCaseView['notices'][number];
export type DecisionBody = RequestJson<paths['/api/v1/tasks/{id}/decision']['post']>;
/** A decision without the task version (the caller adds it). */
export type Decision = DecisionBody extends infer D
  ? D extends unknown
    ? Omit<D, 'version'>
    : never
  : never;
export type Outcome = DecisionBody['outcome'];
export type SuspendBody = RequestJson<paths['/api/v1/tasks/{id}/suspend']['post']>;
export type SpecialProcedure = SuspendBody['procedure'];
export type WindowIntakeBody = RequestJson<paths['/api/v1/window/cases']['post']>;
export type MaterialChoice = WindowIntakeBody['materials'][number];

export type InboxScope = 'mine' | 'available' | 'all';
export type TaskKind = NonNullable<paths['/api/v1/tasks']['get']['parameters']['query']['kind']>;
export type DeadlineLevel = NonNullable<paths['/api/v1/tasks']['get']['parameters']['query']['level']>;

export const TASK_KINDS: readonly TaskKind[] = [
  'accept',
  'review',
  'branch',
  'decide',
  'issue',
  'verification',
];
export const DEADLINE_LEVELS: readonly DeadlineLevel[] = ['normal', 'warning', 'overdue'];
export const SPECIAL_PROCEDURES: readonly SpecialProcedure[] = [
  'expert_review',
  'hearing',
  'inspection',
  'testing',
  'public_notice',
];

export interface InboxFilter {
  scope: InboxScope;
  kind?: TaskKind;
  level?: DeadlineLevel;
  q?: string;
}

const taskPath = (id: string) => ({ path: { id } });

/** Where a material file of a case is opened (the applicant's upload, read by staff handling it). */
export function caseFileUrl(caseId: string, fileId: string): string {
  return `/api/v1/cases/${encodeURIComponent(caseId)}/files/${encodeURIComponent(fileId)}`;
}

/** A notice (受理通知书, 一次性告知书, 决定书 …) as PDF. */
export function noticePdfUrl(caseId: string, noticeId: string): string {
  return `/api/v1/cases/${encodeURIComponent(caseId)}/notices/${encodeURIComponent(noticeId)}/pdf`;
}

export const tasksApi = {
  inbox: (filter: InboxFilter, cursor: string | null, limit: number) =>
    unwrap(
      api.GET('/api/v1/tasks', {
        params: {
          query: {
            scope: filter.scope,
            limit,
            ...(filter.kind ? { kind: filter.kind } : {}),
            ...(filter.level ? { level: filter.level } : {}),
            ...(filter.q ? { q: filter.q } : {}),
            ...(cursor ? { cursor } : {}),
          },
        },
      }),
    ),
  task: (id: string) => unwrap(api.GET('/api/v1/tasks/{id}', { params: taskPath(id) })),
  claim: (id: string, version: number) =>
    unwrap(api.POST('/api/v1/tasks/{id}/claim', { params: taskPath(id), body: { version } })),
  release: (id: string, version: number) =>
    unwrap(api.POST('/api/v1/tasks/{id}/release', { params: taskPath(id), body: { version } })),
  transfer: (id: string, version: number, toAccountId: string) =>
    unwrap(api.POST('/api/v1/tasks/{id}/transfer', { params: taskPath(id), body: { version, toAccountId } })),
  decide: (id: string, version: number, decision: Decision) =>
    unwrap(
      api.POST('/api/v1/tasks/{id}/decision', {
        params: taskPath(id),
        body: { ...decision, version } as DecisionBody,
      }),
    ),
  suspend: (id: string, version: number, procedure: SpecialProcedure, reason: string) =>
    unwrap(
      api.POST('/api/v1/tasks/{id}/suspend', { params: taskPath(id), body: { version, procedure, reason } }),
    ),
  resume: (id: string, version: number) =>
    unwrap(api.POST('/api/v1/tasks/{id}/resume', { params: taskPath(id), body: { version } })),
  returnTo: (id: string, version: number, toStepKey: string, reason: string) =>
    unwrap(
      api.POST('/api/v1/tasks/{id}/return', { params: taskPath(id), body: { version, toStepKey, reason } }),
    ),
  comment: (id: string, text: string) =>
    unwrap(api.POST('/api/v1/tasks/{id}/comments', { params: taskPath(id), body: { text } })),

  /** 窗口收件: the key makes a repeated submit (double click, retry) file one case. */
  windowIntake: (body: WindowIntakeBody, idempotencyKey: string) =>
    unwrap(
      api.POST('/api/v1/window/cases', { params: { header: { 'idempotency-key': idempotencyKey } }, body }),
    ),
  recordVisit: (caseId: string, kind: 'collection' | 'supplement') =>
    unwrap(api.POST('/api/v1/cases/{id}/visits', { params: { path: { id: caseId } }, body: { kind } })),
};
