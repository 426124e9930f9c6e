import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import type { Platform } from '../context.ts';
import { authorize } from '../auth/policy.ts';
import { platformPolicy } from '../auth/platform-policy.ts';
import { actorOf } from '../http/request-context.ts';
import { PageQuery, problemResponses } from '../http/schemas.ts';
import type { HttpModule } from '../http/server.ts';
import { listAudit, verifyAuditChain } from './audit.ts';

const AuditItem = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  actorName: Type.Union([Type.String(), Type.Null()]),
  actingFor: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  recordType: Type.String(),
  recordId: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
});

export function auditRoutes(platform: Platform): HttpModule {
  return {
    name: 'audit',
    routes(app: FastifyInstance) {
      const tags = ['audit'];
      app.get(
        '/audit',
        {
          schema: {
            tags,
            summary: '审计日志 Audit log, newest first',
            querystring: PageQuery,
            response: {
              200: Type.Object({
                items: Type.Array(AuditItem),
                nextCursor: Type.Union([Type.String(), Type.Null()]),
              }),
              ...problemResponses,
            },
          },
        },
        async (request) => {
          authorize(platformPolicy, 'readAudit', actorOf(request), null);
          const { limit, cursor } = request.query as Static<typeof PageQuery>;
          return listAudit(platform.db, limit, cursor ?? null);
        },
      );
      app.post(
        '/audit/verify',
        {
          schema: {
            tags,
            summary: '校验审计链 Verify the audit hash chain',
            response: {
              200: Type.Object({
                ok: Type.Boolean(),
                checked: Type.Integer(),
                firstBrokenSeq: Type.Union([Type.Integer(), Type.Null()]),
              }),
              ...problemResponses,
            },
          },
        },
        async (request) => {
          authorize(platformPolicy, 'readAudit', actorOf(request), null);
          return verifyAuditChain(platform.db);
        },
      );
    },
  };
}
