import { api, unwrap } from './client';
import type { paths } from './schema';

// 好差评, rectifications, complaints and consultations (server/src/modules/feedback).

type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type SuccessJson<Op> = Op extends { responses: infer Rs }
  ? JsonBody<Rs[Extract<keyof Rs, 200 | 201>]>
  : never;
type RequestJson<Op> = Op extends { requestBody: { content: { 'application/json': infer T } } } ? T : never;

export type CaseRating = SuccessJson<paths['/api/v1/feedback/cases/{id}']['get']>;
export type OptionSet = CaseRating['optionSet'];
export type Evaluation = SuccessJson<paths['/api/v1/feedback/cases/{id}/evaluations']['post']>;
export type LinkView = SuccessJson<paths['/api/v1/feedback/rating-link']['get']>;
export type RectificationItem = SuccessJson<paths['/api/v1/feedback/rectifications']['get']>['items'][number];
export type Rectification = SuccessJson<paths['/api/v1/feedback/rectifications/{id}']['get']>;
export type RectificationView = NonNullable<
  paths['/api/v1/feedback/rectifications']['get']['parameters']['query']
>['view'];
export type Inquiry = SuccessJson<paths['/api/v1/feedback/inquiries/{id}']['get']>;
export type InquiryBody = RequestJson<paths['/api/v1/feedback/inquiries']['post']>;
export type ResultRating = 'satisfied' | 'basically_satisfied' | 'dissatisfied';
export type Level = 1 | 2 | 3 | 4 | 5;
export interface RatingInput {
  level: Level;
  options: string[];
  comment?: string;
  optionSetVersion: number;
}

const byId = (id: string) => ({ path: { id } });

export const feedbackApi = {
  caseRating: (caseId: string) => unwrap(api.GET('/api/v1/feedback/cases/{id}', { params: byId(caseId) })),
  rate: (caseId: string, input: RatingInput, channel: 'web' | 'mobile') =>
    unwrap(
      api.POST('/api/v1/feedback/cases/{id}/evaluations', {
        params: byId(caseId),
        body: { ...input, stage: 'result', channel },
      }),
    ),
  deviceLink: (caseId: string, stage: 'window_intake' | 'collection') =>
    unwrap(api.POST('/api/v1/feedback/cases/{id}/device-link', { params: byId(caseId), body: { stage } })),
  linkView: (token: string) =>
    unwrap(api.GET('/api/v1/feedback/rating-link', { params: { query: { token } } })),
  rateByLink: (token: string, input: RatingInput) =>
    unwrap(api.POST('/api/v1/feedback/rating-link', { params: { query: { token } }, body: input })),

  rectifications: (view: RectificationView, cursor: string | null, limit: number) =>
    unwrap(
      api.GET('/api/v1/feedback/rectifications', {
        params: { query: { limit, ...(view ? { view } : {}), ...(cursor ? { cursor } : {}) } },
      }),
    ),
  rectification: (id: string) =>
    unwrap(api.GET('/api/v1/feedback/rectifications/{id}', { params: byId(id) })),
  evaluator: (id: string) =>
    unwrap(api.GET('/api/v1/feedback/rectifications/{id}/evaluator', { params: byId(id) })),
  /** One action on a rectification; the path names it, the body carries the version and its fields. */
  act: (id: string, action: RectificationStep, body: Record<string, unknown>) =>
    unwrap(
      api.POST(
        `/api/v1/feedback/rectifications/{id}/${action}` as '/api/v1/feedback/rectifications/{id}/verify',
        {
          params: byId(id),
          body: body as never,
        },
      ),
    ),

  topics: () => unwrap(api.GET('/api/v1/feedback/topics')),
  submitInquiry: (body: InquiryBody) => unwrap(api.POST('/api/v1/feedback/inquiries', { body })),
  myInquiries: (cursor: string | null, limit: number) =>
    unwrap(
      api.GET('/api/v1/feedback/my/inquiries', {
        params: { query: { limit, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  staffInquiries: (
    filter: { kind?: 'complaint' | 'consultation'; overdue?: boolean },
    cursor: string | null,
    limit: number,
  ) =>
    unwrap(
      api.GET('/api/v1/feedback/inquiries', {
        params: { query: { limit, ...filter, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  answer: (id: string, version: number, answer: string) =>
    unwrap(
      api.POST('/api/v1/feedback/inquiries/{id}/answer', { params: byId(id), body: { version, answer } }),
    ),
  publish: (id: string, version: number, publish: boolean) =>
    unwrap(
      api.POST('/api/v1/feedback/inquiries/{id}/publish', { params: byId(id), body: { version, publish } }),
    ),
  rateAnswer: (id: string, rating: ResultRating) =>
    unwrap(api.POST('/api/v1/feedback/inquiries/{id}/rating', { params: byId(id), body: { rating } })),
  consent: (id: string, consent: boolean) =>
    unwrap(api.POST('/api/v1/feedback/inquiries/{id}/consent', { params: byId(id), body: { consent } })),
  faq: (itemRef: string, cursor: string | null, limit: number) =>
    unwrap(
      api.GET('/api/v1/catalog/items/{id}/faq', {
        params: { path: { id: itemRef }, query: { limit, ...(cursor ? { cursor } : {}) } },
      }),
    ),
};

export type RectificationStep =
  | 'verify'
  | 'callback'
  | 'fix'
  | 'complete'
  | 'feedback'
  | 'rating'
  | 'appeal-decision'
  | 'extensions'
  | 'extension-decision';
