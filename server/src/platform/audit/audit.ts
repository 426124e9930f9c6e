import crypto from 'node:crypto';
import { sql } from 'kysely';
import { engineOf } from '../db/column-types.ts';
import type { Db, Queryable, Tx } from '../db/database.ts';
import type { PlatformTables } from '../db/tables.ts';
import { newId, nowIso } from '../ids.ts';
import { cursorPage } from '../http/pagination.ts';

/** Who did it and from where: taken from the request by the HTTP layer, or from the CLI. */
export interface AuditContext {
  actorAccountId: string | null;
  actorName: string | null;
  /** The organisation (or person) the actor acted for, when acting on someone's behalf. */
  actingFor: string | null;
  ip: string | null;
  requestId: string | null;
}

export interface AuditEvent {
  action: string;
  recordType: string;
  recordId?: string | null;
  /** Extra facts; never clear-text personal identifiers. */
  detail?: Record<string, unknown>;
}

export const systemContext = (name: string): AuditContext => ({
  actorAccountId: null,
  actorName: name,
  actingFor: null,
  ip: null,
  requestId: null,
});

const GENESIS = '0'.repeat(64);
type AuditRow = PlatformTables['audit_log'];

/** The exact bytes a row's hash covers: every field but seq and hash, in a fixed order. */
function canonical(row: Omit<AuditRow, 'seq' | 'hash'>): string {
  return JSON.stringify([
    row.prev_hash,
    row.id,
    row.at,
    row.actor_account_id,
    row.actor_name,
    row.acting_for,
    row.action,
    row.record_type,
    row.record_id,
    row.ip,
    row.request_id,
    row.detail,
  ]);
}

function hashOf(row: Omit<AuditRow, 'seq' | 'hash'>): string {
  return crypto.createHash('sha256').update(canonical(row)).digest('hex');
}

/**
 * Appends one row to the hash chain inside the caller's transaction, so the record of a change
 * commits with the change. On PostgreSQL an advisory lock orders appends across instances.
 */
export async function appendAudit(tx: Tx, context: AuditContext, event: AuditEvent): Promise<void> {
  if (engineOf(tx) === 'postgres') await sql`select pg_advisory_xact_lock(7310001)`.execute(tx);
  const last = await tx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row = {
    id: newId(),
    at: nowIso(),
    actor_account_id: context.actorAccountId,
    actor_name: context.actorName,
    acting_for: context.actingFor,
    action: event.action,
    record_type: event.recordType,
    record_id: event.recordId ?? null,
    ip: context.ip,
    request_id: context.requestId,
    detail: JSON.stringify(event.detail ?? {}),
    prev_hash: last?.hash ?? GENESIS,
  };
  await tx
    .insertInto('audit_log')
    .values({ ...row, hash: hashOf(row) })
    .execute();
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
}

/** Walks the whole chain in order and names the first row whose hash or link does not hold. */
export async function verifyAuditChain(db: Queryable, pageSize = 2000): Promise<ChainReport> {
  let prev = GENESIS;
  let checked = 0;
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      const { seq, hash, ...rest } = row;
      if (rest.prev_hash !== prev || hashOf(rest) !== hash)
        return { ok: false, checked, firstBrokenSeq: seq };
      prev = hash;
      checked++;
      after = seq;
    }
    if (rows.length < pageSize) return { ok: true, checked, firstBrokenSeq: null };
  }
}

export interface AuditPage {
  items: Array<{
    seq: number;
    at: string;
    actorName: string | null;
    actingFor: string | null;
    action: string;
    recordType: string;
    recordId: string | null;
    ip: string | null;
  }>;
  nextCursor: string | null;
}

/** Newest first, cursor = the last seq seen. */
export async function listAudit(db: Db, limit: number, cursor: string | null): Promise<AuditPage> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor_name', 'acting_for', 'action', 'record_type', 'record_id', 'ip'])
    .$if(cursor !== null, (q) => q.where('seq', '<', Number(cursor)))
    .orderBy('seq', 'desc')
    .limit(limit + 1)
    .execute();
  const { page, nextCursor } = cursorPage(rows, limit, (row) => String(row.seq));
  return {
    items: page.map((r) => ({
      seq: r.seq,
      at: r.at,
      actorName: r.actor_name,
      actingFor: r.acting_for,
      action: r.action,
      recordType: r.record_type,
      recordId: r.record_id,
      ip: r.ip,
    })),
    nextCursor,
  };
}
