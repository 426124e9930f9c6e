import { sql } from 'kysely';
import { startsWith } from '../../platform/db/like.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { CELL_COUNTS } from '../../platform/db/migrations/0018_indicator_rollups.ts';
import { emptyInputs, type DayRange, type IndicatorInputs } from './indicators.ts';
import type { IndicatorCellRow } from './tables.ts';

/** What a roll-up read covers: the cases module's aggregate scope, by Beijing days instead of instants. */
export interface CellScope {
  regionPrefix?: string;
  departmentId?: string;
  itemCode?: string;
}
export type CellGroupBy = 'none' | 'department' | 'region' | 'item' | 'day';

const CELL_KEY: Record<CellGroupBy, ReturnType<typeof sql<string>>> = {
  none: sql<string>`''`,
  department: sql<string>`department_id`,
  region: sql<string>`region_code`,
  item: sql<string>`item_code`,
  day: sql<string>`day`,
};

/** The cells' counts summed per group over the given runs of days (each run is a clean roll-up). */
export async function cellInputs(
  q: Queryable,
  s: CellScope,
  days: readonly DayRange[],
  by: CellGroupBy,
): Promise<Map<string, IndicatorInputs>> {
  const groups = new Map<string, IndicatorInputs>();
  if (days.length === 0) return groups;
  const where = [
    sql`(${sql.join(
      days.map((d) => sql`(day >= ${d.from} and day <= ${d.to})`),
      sql` or `,
    )})`,
  ];
  if (s.regionPrefix) where.push(startsWith('region_code', s.regionPrefix));
  if (s.departmentId) where.push(sql`department_id = ${s.departmentId}`);
  if (s.itemCode) where.push(sql`item_code = ${s.itemCode}`);
  const key = CELL_KEY[by];
  const sums = CELL_COUNTS.map((c) => sql`sum(${sql.ref(c)}) as ${sql.ref(c)}`);
  const result = await sql<Record<(typeof CELL_COUNTS)[number], number | string | null> & { key: string }>`
    select ${key} as key, ${sql.join(sums)}
    from indicator_cells
    where ${sql.join(where, sql` and `)}
    ${by === 'none' ? sql`` : sql`group by ${key}`}`.execute(q);
  for (const r of result.rows) {
    const n = (c: (typeof CELL_COUNTS)[number]) => Number(r[c] ?? 0);
    groups.set(String(r.key ?? ''), {
      ...emptyInputs(),
      submitted: n('submitted'),
      online: n('online'),
      trips: n('trips'),
      materialsRequired: n('materials_required'),
      materialsReduced: n('materials_reduced'),
      decided: {
        decided: n('decided'),
        sameDay: n('decided_same_day'),
        withDue: n('decided_with_due'),
        onTime: n('decided_on_time'),
        workingDays: n('decided_working_days'),
      },
      ratingLevels: [n('rating_1'), n('rating_2'), n('rating_3'), n('rating_4'), n('rating_5')],
      defaultRatings: n('default_ratings'),
      rectificationsOpened: n('rectifications_opened'),
      rectificationsFixed: n('rectifications_fixed'),
      rectificationsFixedOnTime: n('rectifications_fixed_on_time'),
      complaints: n('complaints'),
    });
  }
  return groups;
}

/** A roll-up cell from one (region|department|item) group's inputs of a day. */
export function cellRow(day: string, cell: string, g: IndicatorInputs): IndicatorCellRow {
  const [regionCode = '', departmentId = '', itemCode = ''] = cell.split('|');
  return {
    day,
    region_code: regionCode,
    department_id: departmentId,
    item_code: itemCode,
    submitted: g.submitted,
    online: g.online,
    trips: g.trips,
    materials_required: g.materialsRequired,
    materials_reduced: g.materialsReduced,
    decided: g.decided.decided,
    decided_same_day: g.decided.sameDay,
    decided_with_due: g.decided.withDue,
    decided_on_time: g.decided.onTime,
    decided_working_days: g.decided.workingDays,
    rating_1: g.ratingLevels[0],
    rating_2: g.ratingLevels[1],
    rating_3: g.ratingLevels[2],
    rating_4: g.ratingLevels[3],
    rating_5: g.ratingLevels[4],
    default_ratings: g.defaultRatings,
    rectifications_opened: g.rectificationsOpened,
    rectifications_fixed: g.rectificationsFixed,
    rectifications_fixed_on_time: g.rectificationsFixedOnTime,
    complaints: g.complaints,
  };
}

/**
 * Replaces a day's cells, records the day as rolled and removes the stale marks the roll saw (`marks`,
 * read before the raw rows): a mark added while the day was being rolled stays, and the day is rolled again.
 */
export async function writeRolledDay(
  tx: Tx,
  day: string,
  cells: IndicatorCellRow[],
  marks: string[],
  at: string,
): Promise<void> {
  await tx.deleteFrom('indicator_cells').where('day', '=', day).execute();
  for (let i = 0; i < cells.length; i += 200)
    await tx
      .insertInto('indicator_cells')
      .values(cells.slice(i, i + 200))
      .execute();
  await tx
    .insertInto('rollup_days')
    .values({ day, rolled_at: at })
    .onConflict((oc) => oc.column('day').doUpdateSet({ rolled_at: at }))
    .execute();
  for (let i = 0; i < marks.length; i += 500)
    await tx
      .deleteFrom('rollup_stale_days')
      .where('id', 'in', marks.slice(i, i + 500))
      .execute();
}

/** Ids of a day's stale marks. */
export const staleMarks = async (q: Queryable, day: string) =>
  (await q.selectFrom('rollup_stale_days').select('id').where('day', '=', day).execute()).map((r) => r.id);

/** Days with stale marks, up to `through`, oldest first. */
export const staleDays = async (q: Queryable, through: string, limit: number) =>
  (
    await q
      .selectFrom('rollup_stale_days')
      .select('day')
      .distinct()
      .where('day', '<=', through)
      .orderBy('day')
      .limit(limit)
      .execute()
  ).map((r) => r.day);

/** Rolled days from `from` on. */
export const rolledDaysFrom = async (q: Queryable, from: string) =>
  new Set(
    (await q.selectFrom('rollup_days').select('day').where('day', '>=', from).execute()).map((r) => r.day),
  );
