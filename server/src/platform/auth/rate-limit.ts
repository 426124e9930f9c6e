import { sql } from 'kysely';
import type { Queryable } from '../db/database.ts';

/**
 * Fixed-window counter kept in the database, so every instance counts the same hits.
 * Returns the hit count in the current window, including this one.
 */
export async function countHit(
  q: Queryable,
  key: string,
  windowMs: number,
  now = new Date(),
): Promise<number> {
  const nowText = now.toISOString();
  const windowOpenedAfter = new Date(now.getTime() - windowMs).toISOString();
  const result = await sql<{ count: number }>`
    insert into rate_limits (key, window_start, count) values (${key}, ${nowText}, 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start <= ${windowOpenedAfter} then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start <= ${windowOpenedAfter} then ${nowText} else rate_limits.window_start end
    returning count`.execute(q);
  return Number(result.rows[0]?.count ?? 1);
}

/** Drops counters whose window closed long ago. */
export async function purgeRateLimits(q: Queryable, olderThanMs: number, now = new Date()): Promise<number> {
  const result = await q
    .deleteFrom('rate_limits')
    .where('window_start', '<', new Date(now.getTime() - olderThanMs).toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
