import type { Queryable } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/ids.ts';
import type { DeliveryStatus, NotifyTables } from './tables.ts';

// Queries over the notify module's own tables.

export type MessageRow = NotifyTables['notify_messages'];
export type DeliveryRow = NotifyTables['notify_deliveries'];

export const insertMessage = (q: Queryable, row: MessageRow) =>
  q.insertInto('notify_messages').values(row).execute();

export const insertDelivery = (q: Queryable, row: DeliveryRow) =>
  q.insertInto('notify_deliveries').values(row).execute();

export const findMessage = (q: Queryable, id: string) =>
  q.selectFrom('notify_messages').selectAll().where('id', '=', id).executeTakeFirst();

export const findDelivery = (q: Queryable, id: string) =>
  q.selectFrom('notify_deliveries').selectAll().where('id', '=', id).executeTakeFirst();

/** A person's messages, newest first, `limit + 1` after the cursor (a message id). */
export const messagesOf = (q: Queryable, personId: string, after: string | undefined, limit: number) =>
  q
    .selectFrom('notify_messages')
    .selectAll()
    .where('person_id', '=', personId)
    .$if(after !== undefined, (b) => b.where('id', '<', after!))
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();

export async function unreadCount(q: Queryable, personId: string): Promise<number> {
  const row = await q
    .selectFrom('notify_messages')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks one message read; a message read before keeps its first reading time. */
export const markRead = (q: Queryable, id: string, at: string) =>
  q
    .updateTable('notify_messages')
    .set({ read_at: at })
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .execute();

export async function markAllRead(q: Queryable, personId: string, at: string): Promise<number> {
  const result = await q
    .updateTable('notify_messages')
    .set({ read_at: at })
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Records the outcome of one delivery attempt. */
export const recordAttempt = (
  q: Queryable,
  id: string,
  outcome: { status: DeliveryStatus; attempts: number; error: string | null },
) => {
  const now = nowIso();
  return q
    .updateTable('notify_deliveries')
    .set({
      status: outcome.status,
      attempts: outcome.attempts,
      last_error: outcome.error,
      updated_at: now,
      ...(outcome.status === 'sent' ? { sent_at: now } : {}),
    })
    .where('id', '=', id)
    .execute();
};
