import type { FastifyRequest } from 'fastify';
import type { AuditContext } from '../audit/audit.ts';
import { anonymous, type Actor } from '../auth/actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

export function actorOf(request: FastifyRequest): Actor {
  return request.actor ?? anonymous;
}

/** Who acts, for whom and from where: what every audit row of this request records. */
export function auditContextOf(request: FastifyRequest): AuditContext {
  const actor = actorOf(request);
  return {
    actorAccountId: actor.accountId,
    actorName: actor.name,
    actingFor: actor.actingFor ? `organisation:${actor.actingFor.organisationId}` : null,
    ip: request.ip,
    requestId: request.id,
  };
}
