import type { FastifyInstance } from 'fastify';
import { Type, type Static, type TSchema } from 'typebox';
import type { Actor } from '../../platform/auth/actor.ts';
import type { AuditContext } from '../../platform/audit/audit.ts';
import { actorOf, auditContextOf } from '../../platform/http/request-context.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { HttpModule } from '../../platform/http/server.ts';
import * as schema from './schema.ts';
import type { CasesService, Outcome } from './service.ts';
import type { CaseViews } from './views.ts';

const IdParam = Type.Object({ id: Type.String({ maxLength: 64 }) });
const TaskParam = Type.Object({ id: Type.String({ maxLength: 64 }) });

/** Applications and tracking for applicants; decisions on tasks and window intake for staff. */
export function casesRoutes(cases: CasesService, views: CaseViews): HttpModule {
  return {
    name: 'cases',
    routes(app: FastifyInstance) {
      const tags = ['cases'];
      const view = (request: Parameters<typeof actorOf>[0], id: string) =>
        views.caseView(actorOf(request), auditContextOf(request), id);
      const idempotencyKey = (request: { headers: Record<string, unknown> }) =>
        (request.headers['idempotency-key'] as string | undefined) ?? null;

      app.post(
        '/cases',
        {
          schema: {
            tags,
            summary: '发起申请 Start an application (draft, or submit at once with an Idempotency-Key)',
            headers: schema.IdempotencyHeaders,
            body: schema.CreateCaseBody,
            response: { 201: schema.CaseView, 200: schema.CaseView, ...problemResponses },
          },
        },
        async (request, reply) => {
          const created = await cases.createApplication(
            actorOf(request),
            auditContextOf(request),
            request.body as Static<typeof schema.CreateCaseBody>,
            idempotencyKey(request),
          );
          return reply.code(201).send(await view(request, created.id));
        },
      );

      app.get(
        '/cases',
        {
          schema: {
            tags,
            summary: '我的办件 My applications, newest first',
            querystring: schema.CaseListQuery,
            response: { 200: schema.CasePage, ...problemResponses },
          },
        },
        async (request) =>
          views.myCases(actorOf(request), request.query as Static<typeof schema.CaseListQuery>),
      );

      app.get(
        '/cases/:id',
        {
          schema: {
            tags,
            summary: '办件详情 A case: status, timeline, materials, notices',
            params: IdParam,
            response: { 200: schema.CaseView, ...problemResponses },
          },
        },
        async (request) => view(request, (request.params as { id: string }).id),
      );

      app.delete(
        '/cases/:id',
        {
          schema: {
            tags,
            summary: '删除草稿 Delete a draft that was never submitted',
            params: IdParam,
            querystring: schema.VersionQuery,
            response: { 204: Type.Null(), ...problemResponses },
          },
        },
        async (request, reply) => {
          await cases.discardDraft(
            actorOf(request),
            auditContextOf(request),
            (request.params as { id: string }).id,
            (request.query as { version: number }).version,
          );
          return reply.code(204).send();
        },
      );

      app.get(
        '/cases/:id/notices/:noticeId/pdf',
        {
          schema: {
            tags,
            summary: '下载文书 A notice as PDF (受理通知书, 一次性告知书, 决定书 …)',
            params: Type.Object({
              id: Type.String({ maxLength: 64 }),
              noticeId: Type.String({ maxLength: 64 }),
            }),
          },
        },
        async (request, reply) => {
          const { id, noticeId } = request.params as { id: string; noticeId: string };
          const { fileName, pdf } = await views.noticePdf(actorOf(request), id, noticeId);
          return reply
            .type('application/pdf')
            .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`)
            .send(pdf);
        },
      );

      app.get(
        '/cases/:id/files/:fileId',
        {
          schema: {
            tags,
            summary: '查看材料文件 A material file of the case (applicant and handling staff)',
            params: Type.Object({
              id: Type.String({ maxLength: 64 }),
              fileId: Type.String({ maxLength: 64 }),
            }),
          },
        },
        async (request, reply) => {
          const { id, fileId } = request.params as { id: string; fileId: string };
          const { file, data } = await views.caseFile(actorOf(request), auditContextOf(request), id, fileId);
          return reply
            .type(file.media_type)
            .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`)
            .send(data);
        },
      );

      app.get(
        '/check/:caseNumber',
        {
          schema: {
            tags,
            summary: '办件进度查询 Public status check behind a notice’s QR code (no personal data)',
            params: Type.Object({ caseNumber: Type.String({ maxLength: 40 }) }),
            querystring: schema.CheckQuery,
            response: { 200: schema.PublicCheck, ...problemResponses },
          },
        },
        async (request) =>
          views.publicCheck(
            (request.params as { caseNumber: string }).caseNumber,
            (request.query as { code: string }).code,
          ),
      );

      // ---- staff ----

      app.post(
        '/window/cases',
        {
          schema: {
            tags,
            summary: '窗口收件 Window intake: file and submit a case for a person who is present',
            headers: schema.IdempotencyHeaders,
            body: schema.WindowIntakeBody,
            response: { 201: schema.CaseView, ...problemResponses },
          },
        },
        async (request, reply) => {
          const created = await cases.windowIntake(
            actorOf(request),
            auditContextOf(request),
            request.body as Static<typeof schema.WindowIntakeBody>,
            idempotencyKey(request),
          );
          return reply.code(201).send(await view(request, created.id));
        },
      );

      app.get(
        '/tasks/:id',
        {
          schema: {
            tags,
            summary: '待办详情 A task with its case: form, materials, history and the actions allowed',
            params: TaskParam,
            response: { 200: schema.TaskDetail, ...problemResponses },
          },
        },
        async (request) =>
          views.taskDetail(actorOf(request), auditContextOf(request), (request.params as { id: string }).id),
      );

      /** An action on a case (or on one of its tasks); every one answers with the case as the caller sees it. */
      const caseAction = <P extends TSchema, B extends TSchema>(
        method: 'POST' | 'PUT',
        url: string,
        summary: string,
        params: P,
        body: B,
        act: (
          actor: Actor,
          audit: AuditContext,
          params: Static<P>,
          body: Static<B>,
        ) => Promise<{ id: string }>,
      ) =>
        app.route({
          method,
          url,
          schema: { tags, summary, params, body, response: { 200: schema.CaseView, ...problemResponses } },
          handler: async (request) => {
            const c = await act(
              actorOf(request),
              auditContextOf(request),
              request.params as Static<P>,
              request.body as Static<B>,
            );
            return view(request, c.id);
          },
        });
      const taskAction = <B extends TSchema>(
        path: string,
        summary: string,
        body: B,
        act: (actor: Actor, audit: AuditContext, taskId: string, body: Static<B>) => Promise<{ id: string }>,
      ) =>
        caseAction('POST', `/tasks/:id/${path}`, summary, TaskParam, body, (actor, audit, p, b) =>
          act(actor, audit, p.id, b),
        );

      caseAction(
        'PUT',
        '/cases/:id',
        '保存草稿 Save a draft (or a correction in progress)',
        IdParam,
        schema.SaveCaseBody,
        async (actor, audit, { id }, { version, ...input }) =>
          cases.saveDraft(actor, audit, id, version, input),
      );
      caseAction(
        'POST',
        '/cases/:id/submit',
        '提交申请 Submit (or resubmit after a correction notice); a retry answers with the same case',
        IdParam,
        schema.SaveCaseBody,
        (actor, audit, { id }, { version, ...input }) => cases.submit(actor, audit, id, version, input),
      );
      caseAction(
        'POST',
        '/cases/:id/withdraw',
        '撤回申请 Withdraw an application before its decision',
        IdParam,
        schema.WithdrawBody,
        (actor, audit, { id }, { version }) => cases.withdraw(actor, audit, id, version),
      );
      caseAction(
        'POST',
        '/cases/:id/materials/:key',
        '补交容缺材料 Supply a pledged (容缺) material',
        Type.Object({ id: Type.String({ maxLength: 64 }), key: Type.String({ maxLength: 100 }) }),
        schema.SupplyBody,
        (actor, audit, { id, key }, { fileIds }) => cases.supplyMaterial(actor, audit, id, key, fileIds),
      );
      caseAction(
        'POST',
        '/cases/:id/visits',
        '登记到场 Record a visit (result collected or paper handed in at a window)',
        IdParam,
        schema.VisitBody,
        (actor, audit, { id }, { kind }) => cases.recordVisit(actor, audit, id, kind),
      );

      taskAction(
        'decision',
        '办理 Decide a task: accept / request correction / refuse, agree / disagree, approve / deny …',
        schema.DecisionBody,
        (actor, audit, id, { version, ...decision }) =>
          cases.decideTask(actor, audit, id, version, decision as Outcome),
      );
      taskAction(
        'suspend',
        '特别程序 Suspend the clock (expert review, hearing, inspection …)',
        schema.SuspendBody,
        (actor, audit, id, { version, ...input }) => cases.suspend(actor, audit, id, version, input),
      );
      taskAction(
        'resume',
        '恢复计时 Resume the clock after a special procedure',
        schema.WithdrawBody,
        (actor, audit, id, b) => cases.resume(actor, audit, id, b.version),
      );
      taskAction(
        'return',
        '退回 Return the case to an earlier step',
        schema.ReturnBody,
        (actor, audit, id, { version, ...input }) => cases.returnTask(actor, audit, id, version, input),
      );

      app.post(
        '/tasks/:id/comments',
        {
          schema: {
            tags,
            summary: '内部意见 Add an internal comment to the case history',
            params: TaskParam,
            body: schema.CommentBody,
            response: { 204: Type.Null(), ...problemResponses },
          },
        },
        async (request, reply) => {
          await cases.comment(
            actorOf(request),
            auditContextOf(request),
            (request.params as { id: string }).id,
            (request.body as { text: string }).text,
          );
          return reply.code(204).send();
        },
      );
    },
  };
}
