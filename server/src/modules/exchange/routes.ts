import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import { actorOf, auditContextOf } from '../../platform/http/request-context.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { HttpModule } from '../../platform/http/server.ts';
import type { ResourceDraft } from './rules.ts';
import * as schema from './schema.ts';
import type { ExchangeService } from './service.ts';

export function exchangeRoutes(exchange: ExchangeService): HttpModule {
  return {
    name: 'exchange',
    async routes(app: FastifyInstance) {
      const tags = ['exchange'];

      app.get(
        '/exchange/resources',
        {
          schema: {
            tags,
            summary: '政务信息资源目录 Data resource catalogue (published; drafts for their stewards)',
            querystring: schema.ResourceQuery,
            response: { 200: schema.ResourcePage, ...problemResponses },
          },
        },
        async (request) =>
          exchange.listResources(actorOf(request), request.query as Static<typeof schema.ResourceQuery>),
      );

      app.get(
        '/exchange/resources/:code',
        {
          schema: {
            tags,
            summary: 'One data resource',
            params: schema.CodeParam,
            response: { 200: schema.ResourceView, ...problemResponses },
          },
        },
        async (request) => exchange.getResource(actorOf(request), (request.params as { code: string }).code),
      );

      app.post(
        '/exchange/resources',
        {
          schema: {
            tags,
            summary: 'Create a data resource (draft) — the provider department’s data steward',
            body: schema.ResourceCreateBody,
            response: { 201: schema.ResourceView, ...problemResponses },
          },
        },
        async (request, reply) => {
          const body = request.body as Static<typeof schema.ResourceCreateBody>;
          reply.code(201);
          return exchange.createResource(
            actorOf(request),
            auditContextOf(request),
            body as ResourceDraft & {
              providerDepartmentId: string;
            },
          );
        },
      );

      app.put(
        '/exchange/resources/:code',
        {
          schema: {
            tags,
            summary: 'Edit a data resource (optimistic version check)',
            params: schema.CodeParam,
            body: schema.ResourceUpdateBody,
            response: { 200: schema.ResourceView, ...problemResponses },
          },
        },
        async (request) =>
          exchange.updateResource(
            actorOf(request),
            auditContextOf(request),
            (request.params as { code: string }).code,
            request.body as ResourceDraft & { version: number },
          ),
      );

      app.post(
        '/exchange/resources/:code/publish',
        {
          schema: {
            tags,
            summary: 'Publish a data resource to the catalogue',
            params: schema.CodeParam,
            response: { 200: schema.ResourceView, ...problemResponses },
          },
        },
        async (request) =>
          exchange.publishResource(
            actorOf(request),
            auditContextOf(request),
            (request.params as { code: string }).code,
          ),
      );

      app.get(
        '/exchange/grants',
        {
          schema: {
            tags,
            summary: '共享申请 Grant requests of my departments (consumer or provider side)',
            querystring: schema.GrantQuery,
            response: { 200: schema.GrantPage, ...problemResponses },
          },
        },
        async (request) =>
          exchange.listGrants(actorOf(request), request.query as Static<typeof schema.GrantQuery>),
      );

      app.post(
        '/exchange/grants',
        {
          schema: {
            tags,
            summary: 'Request a conditional resource for a consumer department',
            body: schema.GrantRequestBody,
            response: { 201: schema.GrantView, ...problemResponses, 422: problemResponses[400] },
          },
        },
        async (request, reply) => {
          const view = await exchange.requestGrant(
            actorOf(request),
            auditContextOf(request),
            request.body as Static<typeof schema.GrantRequestBody>,
          );
          reply.code(201);
          return view;
        },
      );

      app.post(
        '/exchange/grants/:id/decision',
        {
          schema: {
            tags,
            summary: 'Approve or refuse (with reasons) a request — the provider department’s data steward',
            params: schema.IdParam,
            body: schema.GrantDecisionBody,
            response: { 200: schema.GrantView, ...problemResponses },
          },
        },
        async (request) =>
          exchange.decideGrant(
            actorOf(request),
            auditContextOf(request),
            (request.params as { id: string }).id,
            request.body as Static<typeof schema.GrantDecisionBody>,
          ),
      );

      app.get(
        '/exchange/access-log',
        {
          schema: {
            tags,
            summary: '共享调用日志 Access log (supervisors, admins; stewards for their departments; audited)',
            querystring: schema.AccessLogQuery,
            response: { 200: schema.AccessLogPage, ...problemResponses },
          },
        },
        async (request) =>
          exchange.accessLog(
            actorOf(request),
            auditContextOf(request),
            request.query as Static<typeof schema.AccessLogQuery>,
          ),
      );

      app.get(
        '/me/data-access',
        {
          schema: {
            tags,
            summary: '谁用了我的数据 Who used my data: every access to my records',
            querystring: schema.AccessLogQuery,
            response: { 200: schema.MyAccessPage, ...problemResponses },
          },
        },
        async (request) => {
          const query = request.query as Static<typeof schema.AccessLogQuery>;
          return exchange.myDataAccess(actorOf(request), { cursor: query.cursor, limit: query.limit });
        },
      );
    },
  };
}
