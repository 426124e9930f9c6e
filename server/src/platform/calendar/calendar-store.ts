import { markRolledDaysStaleFrom } from '../db/rollup-days.ts';
import type { Queryable, Tx } from '../db/database.ts';
import { nowIso } from '../ids.ts';
import { appendAudit, type AuditContext } from '../audit/audit.ts';
import { loadOfficialCalendarDays } from './official-calendar.ts';
import { WorkingCalendar, type CalendarDay } from './working-days.ts';

/**
 * The working-day calendar lives in the database so an administrator can correct it, or add a
 * year the State Council has just announced, without a release. Rows marked `admin` survive a
 * re-import of the official data.
 */
export async function loadWorkingCalendar(q: Queryable): Promise<WorkingCalendar> {
  // Deadlines are computed on every submission and decision: rebuild only when the rows changed. The check
  // reads the database each time, so an edit made through any instance is seen by all at once.
  const { n, at } = await q
    .selectFrom('calendar_days')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('at')])
    .executeTakeFirstOrThrow();
  const fingerprint = `${n}|${String(at)}`;
  if (cached?.fingerprint !== fingerprint) {
    const rows = await q.selectFrom('calendar_days').select(['date', 'kind', 'name']).execute();
    cached = { fingerprint, calendar: new WorkingCalendar(rows) };
  }
  return cached.calendar;
}

let cached: { fingerprint: string; calendar: WorkingCalendar } | null = null;

export async function calendarDaysOfYear(q: Queryable, year: number): Promise<CalendarDay[]> {
  return q
    .selectFrom('calendar_days')
    .select(['date', 'kind', 'name'])
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .orderBy('date')
    .execute();
}

/** Loads the official holidays and make-up days from the `chinese-days` package; returns rows added or changed. */
export async function importOfficialCalendar(tx: Tx, audit: AuditContext): Promise<number> {
  const existing = new Map(
    (await tx.selectFrom('calendar_days').select(['date', 'kind', 'name', 'source']).execute()).map((r) => [
      r.date,
      r,
    ]),
  );
  let changed = 0;
  let earliest: string | null = null;
  const now = nowIso();
  for (const day of loadOfficialCalendarDays()) {
    const current = existing.get(day.date);
    if (current?.source === 'admin' || (current && current.kind === day.kind && current.name === day.name))
      continue;
    await tx
      .insertInto('calendar_days')
      .values({ ...day, source: 'official', updated_at: now })
      .onConflict((oc) =>
        oc
          .column('date')
          .doUpdateSet({ kind: day.kind, name: day.name, source: 'official', updated_at: now }),
      )
      .execute();
    changed++;
    if (earliest === null || day.date < earliest) earliest = day.date;
  }
  if (earliest !== null) await markRolledDaysStaleFrom(tx, earliest, new Date(now));
  if (changed > 0) {
    await appendAudit(tx, audit, {
      action: 'calendar.import',
      recordType: 'calendar',
      recordId: null,
      detail: { changed },
    });
  }
  return changed;
}

export async function setCalendarDay(tx: Tx, audit: AuditContext, day: CalendarDay): Promise<void> {
  const now = nowIso();
  await tx
    .insertInto('calendar_days')
    .values({ ...day, source: 'admin', updated_at: now })
    .onConflict((oc) =>
      oc.column('date').doUpdateSet({ kind: day.kind, name: day.name, source: 'admin', updated_at: now }),
    )
    .execute();
  await markRolledDaysStaleFrom(tx, day.date, new Date(now));
  await appendAudit(tx, audit, {
    action: 'calendar.set_day',
    recordType: 'calendar',
    recordId: day.date,
    detail: { kind: day.kind, name: day.name },
  });
}

/** Removes an entry, so the date reverts to an ordinary weekday or weekend day. */
export async function clearCalendarDay(tx: Tx, audit: AuditContext, date: string): Promise<boolean> {
  const result = await tx.deleteFrom('calendar_days').where('date', '=', date).executeTakeFirst();
  const removed = Number(result.numDeletedRows) > 0;
  if (removed) {
    await markRolledDaysStaleFrom(tx, date, new Date());
    await appendAudit(tx, audit, { action: 'calendar.clear_day', recordType: 'calendar', recordId: date });
  }
  return removed;
}
