/**
 * Applications (办件) for the applicant, the public status check and the inbox, typed by the generated
 * schema (server/src/modules/cases/schema.ts, server/src/modules/notify/schema.ts).
 */
import { api, unwrap, type CursorPage } from './client';
import type { paths } from './schema';

type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type SuccessJson<Op> = Op extends { responses: infer Rs }
  ? JsonBody<Rs[Extract<keyof Rs, 200 | 201>]>
  : never;
type RequestJson<Op> = Op extends { requestBody?: { content: { 'application/json': infer T } } } ? T : never;

export type CaseView = SuccessJson<paths['/api/v1/cases/{id}']['get']>;
export type CaseSummary = SuccessJson<paths['/api/v1/cases']['get']>['items'][number];
export type CaseStatus = CaseView['status'];
export type CaseMaterial = CaseView['materials'][number];
export type MaterialOffer = CaseMaterial['offers'][number];
export type CaseNotice = CaseView['notices'][number];
export type CaseChild = CaseView['children'][number];
export type TimelineEntry = CaseView['timeline'][number];
export type PublicCheck = SuccessJson<paths['/api/v1/check/{caseNumber}']['get']>;
export type Message = SuccessJson<paths['/api/v1/me/messages']['get']>['items'][number];
export type SaveCaseBody = RequestJson<paths['/api/v1/cases/{id}']['put']>;
export type MaterialChoice = NonNullable<SaveCaseBody['materials']>[number];
export type ServiceKind = CaseView['serviceKind'];

/** Every case status, in the order a case usually passes through them (for filters and colours). */
export const CASE_STATUSES: readonly CaseStatus[] = [
  'draft',
  'waiting',
  'submitted',
  'correction_requested',
  'in_review',
  'suspended',
  'in_progress',
  'approved',
  'completed',
  'not_accepted',
  'denied',
  'withdrawn',
  'revoked',
  'cancelled',
];

/** States after which nothing more happens to the case (withdrawal is no longer possible). */
export const FINAL_STATUSES: readonly CaseStatus[] = [
  'not_accepted',
  'approved',
  'denied',
  'withdrawn',
  'revoked',
  'cancelled',
  'completed',
];

/** The statuses from which the applicant may still withdraw (the server's state machine decides). */
export const WITHDRAWABLE: readonly CaseStatus[] = [
  'waiting',
  'submitted',
  'correction_requested',
  'in_review',
  'suspended',
  'in_progress',
];

const byId = (id: string) => ({ path: { id } });

export const casesApi = {
  create: (serviceKind: ServiceKind, code: string) =>
    unwrap(api.POST('/api/v1/cases', { body: { serviceKind, code } })),
  mine: (
    status: CaseStatus | undefined,
    cursor: string | null,
    limit: number,
  ): Promise<CursorPage<CaseSummary>> =>
    unwrap(
      api.GET('/api/v1/cases', {
        params: { query: { limit, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } },
      }),
    ),
  get: (id: string) => unwrap(api.GET('/api/v1/cases/{id}', { params: byId(id) })),
  save: (id: string, body: SaveCaseBody) => unwrap(api.PUT('/api/v1/cases/{id}', { params: byId(id), body })),
  submit: (id: string, body: SaveCaseBody) =>
    unwrap(api.POST('/api/v1/cases/{id}/submit', { params: byId(id), body })),
  /** Deletes a draft that was never submitted. */
  discard: async (id: string) => {
    const { version } = await unwrap(api.GET('/api/v1/cases/{id}', { params: byId(id) }));
    await unwrap(api.DELETE('/api/v1/cases/{id}', { params: { path: { id }, query: { version } } }));
  },
  withdraw: (id: string, version: number) =>
    unwrap(api.POST('/api/v1/cases/{id}/withdraw', { params: byId(id), body: { version } })),
  supply: (id: string, key: string, fileIds: string[]) =>
    unwrap(
      api.POST('/api/v1/cases/{id}/materials/{key}', {
        params: { path: { id, key } },
        body: { fileIds },
      }),
    ),
  check: (caseNumber: string, code: string) =>
    unwrap(api.GET('/api/v1/check/{caseNumber}', { params: { path: { caseNumber }, query: { code } } })),
};

/** Where a notice's PDF is shown (opened in a new tab, the session cookie goes along). */
export const noticePdfUrl = (caseId: string, noticeId: string) =>
  `/api/v1/cases/${encodeURIComponent(caseId)}/notices/${encodeURIComponent(noticeId)}/pdf`;

/** A material file of the case, for the applicant and the staff handling it. */
export const caseFileUrl = (caseId: string, fileId: string) =>
  `/api/v1/cases/${encodeURIComponent(caseId)}/files/${encodeURIComponent(fileId)}`;

export type MessageLang = 'zh' | 'en';

export const messagesApi = {
  inbox: (lang: MessageLang, cursor: string | null, limit: number): Promise<CursorPage<Message>> =>
    unwrap(
      api.GET('/api/v1/me/messages', {
        params: { query: { lang, limit, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  unreadCount: () => unwrap(api.GET('/api/v1/me/messages/unread-count')),
  markRead: (id: string, lang: MessageLang) =>
    unwrap(api.POST('/api/v1/me/messages/{id}/read', { params: { path: { id }, query: { lang } } })),
  markAllRead: () => unwrap(api.POST('/api/v1/me/messages/read-all')),
};
