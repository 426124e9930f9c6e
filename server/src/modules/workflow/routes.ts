import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { loadWorkingCalendar } from '../../platform/calendar/calendar-store.ts';
import type { Platform } from '../../platform/context.ts';
import { actorOf, auditContextOf } from '../../platform/http/request-context.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { HttpModule } from '../../platform/http/server.ts';
import { problems } from '../../platform/errors.ts';
import { workingDaysLeft } from './deadlines.ts';
import { CallbackBody } from './department-link.ts';
import * as schema from './schema.ts';
import type { TaskRecordOf, WorkflowService } from './service.ts';
import type { TaskRow } from './store.ts';

const TaskParam = Type.Object({ id: Type.String({ maxLength: 64 }) });

export function workflowRoutes(
  platform: Platform,
  deps: { workflow: WorkflowService; taskRecord: TaskRecordOf },
): HttpModule {
  const { db } = platform;
  const { workflow, taskRecord } = deps;
  const state = (t: TaskRow) => ({
    id: t.id,
    version: t.version,
    status: t.status,
    assigneeAccountId: t.assignee_account_id,
  });
  return {
    name: 'workflow',
    async routes(app: FastifyInstance) {
      const tags = ['workflow'];

      app.get(
        '/tasks',
        {
          schema: {
            tags,
            summary: '待办 Inbox: open tasks of my departments and roles',
            querystring: schema.InboxQuery,
            response: { 200: schema.TaskPage, ...problemResponses },
          },
        },
        async (request) => {
          const actor = actorOf(request);
          if (actor.kind !== 'staff')
            throw actor.kind === 'anonymous' ? problems.unauthenticated() : problems.forbidden();
          const query = request.query as Static<typeof schema.InboxQuery>;
          const { page, nextCursor } = await workflow.inbox(actor, query);
          const calendar = await loadWorkingCalendar(db);
          const now = platform.clock.now();
          return {
            items: page.map((r) => ({
              id: r.id,
              version: r.version,
              caseId: r.case_id,
              caseNumber: r.case_number,
              serviceName: r.service_name,
              applicantName: r.applicant_name,
              channel: r.channel,
              stepName: r.step_name,
              kind: r.kind,
              status: r.status,
              claimed: r.status === 'claimed',
              claimedByMe: r.assignee_account_id === actor.accountId,
              dueDate: r.due_date,
              level: r.warned_level,
              workingDaysLeft: r.due_date ? workingDaysLeft(calendar, r.due_date, now) : null,
            })),
            nextCursor,
          };
        },
      );

      app.post(
        '/tasks/:id/claim',
        {
          schema: {
            tags,
            summary: '认领 Claim a task',
            params: TaskParam,
            body: schema.VersionBody,
            response: { 200: schema.TaskState, ...problemResponses },
          },
        },
        async (request) =>
          state(
            await workflow.claim(
              actorOf(request),
              auditContextOf(request),
              (request.params as { id: string }).id,
              (request.body as { version: number }).version,
              taskRecord,
            ),
          ),
      );

      app.post(
        '/tasks/:id/release',
        {
          schema: {
            tags,
            summary: '放回 Release a claimed task back to the team',
            params: TaskParam,
            body: schema.VersionBody,
            response: { 200: schema.TaskState, ...problemResponses },
          },
        },
        async (request) =>
          state(
            await workflow.release(
              actorOf(request),
              auditContextOf(request),
              (request.params as { id: string }).id,
              (request.body as { version: number }).version,
              taskRecord,
            ),
          ),
      );

      app.post(
        '/tasks/:id/transfer',
        {
          schema: {
            tags,
            summary: '转交 Transfer a task to a colleague with the same role',
            params: TaskParam,
            body: schema.TransferBody,
            response: { 200: schema.TaskState, ...problemResponses },
          },
        },
        async (request) => {
          const body = request.body as Static<typeof schema.TransferBody>;
          return state(
            await workflow.transfer(
              actorOf(request),
              auditContextOf(request),
              (request.params as { id: string }).id,
              body.version,
              body.toAccountId,
              taskRecord,
            ),
          );
        },
      );

      app.post(
        '/workflow/external-systems',
        {
          schema: {
            tags,
            summary:
              '登记部门自建系统 Register a department system that takes steps (the secret is shown once)',
            body: schema.ExternalSystemBody,
            response: { 201: schema.RegisteredSystem, ...problemResponses },
          },
        },
        async (request, reply) =>
          reply
            .code(201)
            .send(
              await workflow.registerExternalSystem(
                actorOf(request),
                auditContextOf(request),
                request.body as Static<typeof schema.ExternalSystemBody>,
              ),
            ),
      );

      app.get(
        '/workflow/external-systems',
        {
          schema: {
            tags,
            summary: '部门自建系统 Registered department systems',
            response: { 200: Type.Object({ items: Type.Array(schema.ExternalSystem) }), ...problemResponses },
          },
        },
        async (request) => {
          const actor = actorOf(request);
          if (!actor.roles.some((g) => g.role === 'admin')) {
            throw actor.kind === 'anonymous' ? problems.unauthenticated() : problems.forbidden();
          }
          return { items: await workflow.listExternalSystems() };
        },
      );

      // Department systems sign the exact bytes they send, so this route keeps the raw body.
      await app.register(async (scope) => {
        scope.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
          try {
            (request as unknown as { rawBody: string }).rawBody = body as string;
            done(null, JSON.parse(body as string));
          } catch {
            done(
              problems.validation([
                { field: '(body)', message: { zh: '不是有效的 JSON', en: 'Not valid JSON' } },
              ]),
            );
          }
        });
        scope.post(
          '/workflow/callbacks/:code',
          {
            schema: {
              tags,
              summary: '部门系统回调 Signed callback from a department system: accepted, rejected or pending',
              params: Type.Object({ code: Type.String({ maxLength: 40 }) }),
              body: CallbackBody,
              response: {
                200: Type.Object({ taskId: Type.String(), outcome: Type.String() }),
                ...problemResponses,
              },
            },
          },
          async (request) =>
            workflow.receiveCallback(
              (request.params as { code: string }).code,
              request.headers,
              (request as unknown as { rawBody: string }).rawBody,
              request.body as CallbackBody,
            ),
        );
      });
    },
  };
}
