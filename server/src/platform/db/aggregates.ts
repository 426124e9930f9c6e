import { sql, type RawBuilder } from 'kysely';
import { engineOf } from './column-types.ts';
import type { Queryable } from './database.ts';

/** `group by key`, or nothing for one whole-scope group: PostgreSQL refuses a constant in GROUP BY. */
export function groupByKey(by: string, key: RawBuilder<unknown>): RawBuilder<unknown> {
  return by === 'none' ? sql`` : sql`group by ${key}`;
}

/** The Beijing civil date (`YYYY-MM-DD`) of a timestamp column, in each engine's dialect. */
export function beijingDayOfColumn(q: Queryable, column: string): RawBuilder<string> {
  return engineOf(q) === 'postgres'
    ? sql<string>`to_char(${sql.ref(column)} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`
    : sql<string>`date(${sql.ref(column)}, '+8 hours')`;
}
