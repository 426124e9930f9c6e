import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static, type TSchema } from 'typebox';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import type { AuditContext } from '../../platform/audit/audit.ts';
import { actorOf, auditContextOf } from '../../platform/http/request-context.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { HttpModule } from '../../platform/http/server.ts';
import { feedbackPolicy } from './policy.ts';
import * as schema from './schema.ts';
import { TOPICS, type FeedbackService } from './service.ts';

type S<T extends TSchema> = Static<T>;

/** 好差评, rectifications, complaints and consultations; the public FAQ of an item's guide. */
export function feedbackRoutes(feedback: FeedbackService): HttpModule {
  return {
    name: 'feedback',
    routes(app: FastifyInstance) {
      const tags = ['feedback'];
      const id = (request: FastifyRequest) => (request.params as { id: string }).id;
      const token = (request: FastifyRequest) => (request.query as { token: string }).token;
      const who = (request: FastifyRequest) => [actorOf(request), auditContextOf(request)] as const;
      const route = (
        method: 'get' | 'post' | 'put',
        url: string,
        summary: string,
        parts: {
          params?: TSchema;
          querystring?: TSchema;
          body?: TSchema;
          response: TSchema;
          status?: number;
        },
        handler: (request: FastifyRequest) => Promise<unknown>,
      ) =>
        app[method](
          url,
          {
            schema: {
              tags,
              summary,
              ...(parts.params ? { params: parts.params } : {}),
              ...(parts.querystring ? { querystring: parts.querystring } : {}),
              ...(parts.body ? { body: parts.body } : {}),
              response: {
                [parts.status ?? 200]: parts.response,
                ...problemResponses,
                410: problemResponses[404],
                429: problemResponses[404],
              },
            },
          },
          async (request, reply) => reply.code(parts.status ?? 200).send(await handler(request)),
        );

      /** A POST on one record (`:id`) whose handler takes the actor, the audit context, the id and the typed body. */
      const recordAction = <B extends TSchema>(
        url: string,
        summary: string,
        body: B,
        response: TSchema,
        handler: (actor: Actor, audit: AuditContext, recordId: string, b: S<B>) => Promise<unknown>,
      ) =>
        route('post', url, summary, { params: schema.IdParam, body, response }, (r) =>
          handler(...who(r), id(r), r.body as S<B>),
        );
      const rectificationAction = <B extends TSchema>(
        action: string,
        summary: string,
        body: B,
        handler: (actor: Actor, audit: AuditContext, recordId: string, b: S<B>) => Promise<unknown>,
      ) =>
        recordAction(
          `/feedback/rectifications/:id/${action}`,
          summary,
          body,
          schema.RectificationDetail,
          handler,
        );

      // ---- option sets ----
      route(
        'get',
        '/feedback/option-sets/:kind',
        '评价选项 Current rating options (online or window set)',
        { params: Type.Object({ kind: schema.KindSchema }), response: schema.OptionSet },
        (r) => feedback.currentOptionSet((r.params as { kind: 'online' | 'window' }).kind),
      );
      route(
        'get',
        '/feedback/option-sets/:kind/:version',
        '评价选项版本 One published version of a rating option set',
        {
          params: Type.Object({ kind: schema.KindSchema, version: Type.Integer({ minimum: 1 }) }),
          response: schema.OptionSet,
        },
        (r) => {
          const p = r.params as { kind: 'online' | 'window'; version: number };
          return feedback.optionSetVersion(p.kind, p.version);
        },
      );
      route(
        'post',
        '/feedback/option-sets',
        '发布评价选项 Publish a new version of a rating option set (admin)',
        { body: schema.PublishOptionSetBody, response: schema.OptionSet, status: 201 },
        (r) => {
          const b = r.body as S<typeof schema.PublishOptionSetBody>;
          return feedback.publishOptionSet(...who(r), b.kind, b.options as never);
        },
      );

      // ---- evaluations ----
      route(
        'get',
        '/feedback/cases/:id',
        '办件评价 The applicant’s rating card of a case: stages, ratings, options',
        { params: schema.IdParam, response: schema.CaseRating },
        (r) => feedback.caseRating(actorOf(r), id(r)),
      );
      route(
        'post',
        '/feedback/cases/:id/evaluations',
        '评价 Rate a case (一事一评); one evaluation per case and stage',
        { params: schema.IdParam, body: schema.RateBody, response: schema.Evaluation, status: 201 },
        (r) => feedback.rate(...who(r), id(r), r.body as S<typeof schema.RateBody>),
      );
      route(
        'post',
        '/feedback/cases/:id/device-link',
        '评价器链接 A link for the hall’s rating device (window staff, 一次一评)',
        { params: schema.IdParam, body: schema.DeviceLinkBody, response: schema.DeviceLink, status: 201 },
        (r) => feedback.deviceLink(...who(r), id(r), (r.body as S<typeof schema.DeviceLinkBody>).stage),
      );
      route(
        'get',
        '/feedback/rating-link',
        '评价链接 The rating page behind an SMS or device link (no login)',
        { querystring: schema.TokenQuery, response: schema.LinkView },
        (r) => feedback.linkView(token(r)),
      );
      route(
        'post',
        '/feedback/rating-link',
        '通过链接评价 Rate through an SMS or device link (no login; the link names the applicant)',
        {
          querystring: schema.TokenQuery,
          body: schema.RateByLinkBody,
          response: schema.Evaluation,
          status: 201,
        },
        (r) => feedback.rateByLink(auditContextOf(r), token(r), r.body as S<typeof schema.RateByLinkBody>),
      );
      route(
        'get',
        '/feedback/evaluations',
        '评价列表 Evaluations of my departments / supervised regions',
        { querystring: schema.EvaluationListQuery, response: schema.EvaluationPage },
        (r) => feedback.listEvaluations(actorOf(r), r.query as S<typeof schema.EvaluationListQuery>),
      );

      // ---- rectifications ----
      route(
        'get',
        '/feedback/rectifications',
        '差评整改 Rectifications of my departments / supervised regions (appeals, extensions, overdue)',
        { querystring: schema.RectificationListQuery, response: schema.RectificationPage },
        (r) => feedback.listRectifications(actorOf(r), r.query as S<typeof schema.RectificationListQuery>),
      );
      route(
        'get',
        '/feedback/rectifications/:id',
        '整改详情 A rectification, its steps and what I may do',
        { params: schema.IdParam, response: schema.RectificationDetail },
        (r) => feedback.getRectification(actorOf(r), id(r)),
      );
      route(
        'get',
        '/feedback/rectifications/:id/evaluator',
        '评价人联系方式 Evaluator’s name and mobile for the call-back (audited)',
        { params: schema.IdParam, response: schema.Contact },
        (r) => feedback.evaluatorOf(...who(r), id(r)),
      );
      rectificationAction(
        'verify',
        '核实 Verify: valid, or not valid / malicious (goes to 申诉复核)',
        schema.VerifyBody,
        (actor, audit, recordId, b) => feedback.verify(actor, audit, recordId, b.version, b.verdict, b.note),
      );
      rectificationAction(
        'callback',
        '回访 Record a call-back to the evaluator',
        schema.CallbackBody,
        (actor, audit, recordId, b) =>
          feedback.recordCallback(actor, audit, recordId, b.version, b.calledAt, b.note),
      );
      rectificationAction(
        'fix',
        '整改 Fix at once (立行立改) or put on the ledger with a deadline (台账限期整改)',
        schema.FixBody,
        (actor, audit, recordId, b) => feedback.fix(actor, audit, recordId, b.version, b.mode, b.note),
      );
      rectificationAction(
        'complete',
        '台账整改完成 The ledger item is done',
        schema.NoteBody,
        (actor, audit, recordId, b) => feedback.completeLedger(actor, audit, recordId, b.version, b.note),
      );
      rectificationAction(
        'feedback',
        '反馈 Report the result to the evaluator (needs a call-back for real-name reviews)',
        schema.FeedBackBody,
        (actor, audit, recordId, b) => feedback.feedBack(actor, audit, recordId, b.version, b.message),
      );
      rectificationAction(
        'rating',
        '评价整改 The evaluator rates the rectification',
        schema.RectificationRatingBody,
        (actor, audit, recordId, b) =>
          feedback.rateRectification(actor, audit, recordId, b.version, b.rating),
      );
      rectificationAction(
        'appeal-decision',
        '申诉复核 Supervisor upholds (closes) or rejects (back to the department) an appeal',
        schema.AppealBody,
        (actor, audit, recordId, b) =>
          feedback.decideAppeal(actor, audit, recordId, b.version, b.decision === 'uphold', b.note),
      );
      rectificationAction(
        'extensions',
        '申请延期 Ask the supervisor for more working days',
        schema.ExtensionBody,
        (actor, audit, recordId, b) =>
          feedback.requestExtension(actor, audit, recordId, b.version, b.workingDays, b.reason),
      );
      rectificationAction(
        'extension-decision',
        '审批延期 Supervisor approves or refuses the pending extension',
        schema.ExtensionDecisionBody,
        (actor, audit, recordId, b) =>
          feedback.decideExtension(actor, audit, recordId, b.version, b.approve, b.note?.trim() || null),
      );

      // ---- complaints and consultations ----
      route(
        'get',
        '/feedback/topics',
        '诉求主题 Topics a complaint or consultation may be about',
        { response: schema.Topics },
        async () => ({ items: [...TOPICS] }),
      );
      route(
        'post',
        '/feedback/inquiries',
        '提交投诉或咨询 Submit a complaint (real-name) or a consultation (may be anonymous)',
        { body: schema.InquiryBody, response: schema.SubmittedInquiry, status: 201 },
        (r) => feedback.submitInquiry(...who(r), r.ip, r.body as S<typeof schema.InquiryBody>),
      );
      route(
        'get',
        '/feedback/inquiries',
        '待答复诉求 Complaints and consultations of my departments / supervised regions',
        { querystring: schema.InquiryListQuery, response: schema.InquiryPage },
        (r) => feedback.listInquiries(actorOf(r), r.query as S<typeof schema.InquiryListQuery>),
      );
      route(
        'get',
        '/feedback/my/inquiries',
        '我的诉求 My complaints and consultations',
        { querystring: schema.MyInquiryQuery, response: schema.InquiryPage },
        (r) => feedback.myInquiries(actorOf(r), r.query as S<typeof schema.MyInquiryQuery>),
      );
      route(
        'get',
        '/feedback/inquiries/by-code',
        '匿名查询答复 Read an anonymous consultation’s answer with its number and code',
        { querystring: schema.ByCodeQuery, response: schema.InquiryDetail },
        (r) => {
          const q = r.query as S<typeof schema.ByCodeQuery>;
          return feedback.inquiryByCode(q.number, q.code);
        },
      );
      route(
        'get',
        '/feedback/inquiries/:id',
        '诉求详情 A complaint or consultation',
        { params: schema.IdParam, response: schema.InquiryDetail },
        (r) => feedback.getInquiry(actorOf(r), id(r)),
      );
      route(
        'get',
        '/feedback/inquiries/:id/asker',
        '诉求人联系方式 Asker’s name and mobile (audited)',
        { params: schema.IdParam, response: schema.Contact },
        (r) => feedback.askerOf(...who(r), id(r)),
      );
      recordAction(
        '/feedback/inquiries/:id/answer',
        '答复 Answer a complaint or consultation',
        schema.AnswerBody,
        schema.Inquiry,
        (actor, audit, recordId, b) => feedback.answerInquiry(actor, audit, recordId, b.version, b.answer),
      );
      recordAction(
        '/feedback/inquiries/:id/rating',
        '评价答复 The asker rates the answer',
        schema.InquiryRatingBody,
        schema.Inquiry,
        (actor, audit, recordId, b) => feedback.rateAnswer(actor, audit, recordId, b.rating, b.accessCode),
      );
      route(
        'post',
        '/feedback/inquiries/:id/consent',
        '同意公开 The asker agrees (or not) to publication as FAQ',
        { params: schema.IdParam, body: schema.ConsentBody, response: schema.Inquiry },
        (r) => feedback.setConsent(...who(r), id(r), (r.body as S<typeof schema.ConsentBody>).consent),
      );
      recordAction(
        '/feedback/inquiries/:id/publish',
        '公开为常见问题 Publish (or withdraw) an answered consultation as FAQ (needs consent)',
        schema.PublishBody,
        schema.Inquiry,
        (actor, audit, recordId, b) => feedback.publishInquiry(actor, audit, recordId, b.version, b.publish),
      );
      route(
        'get',
        '/catalog/items/:id/faq',
        '常见问题 Published consultations of an item (by implementation code or id)',
        { params: schema.IdParam, querystring: schema.FaqQuery, response: schema.FaqPage },
        (r) => feedback.faq(id(r), r.query as S<typeof schema.FaqQuery>),
      );
      route(
        'get',
        '/feedback/topic-routes',
        '主题分派 Which department answers a topic in a region (admin)',
        { response: Type.Object({ items: Type.Array(schema.TopicRoute) }) },
        async (r) => {
          const actor = actorOf(r);
          authorize(feedbackPolicy, 'manageOptionSets', actor, null);
          return { items: await feedback.topicRoutes() };
        },
      );
      route(
        'put',
        '/feedback/topic-routes',
        '设置主题分派 Route a topic in a region to a department (admin)',
        { body: schema.TopicRouteBody, response: schema.TopicRoute },
        (r) => feedback.setTopicRoute(...who(r), r.body as S<typeof schema.TopicRouteBody>),
      );
    },
  };
}
