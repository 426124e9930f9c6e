import { beijingDay } from '../calendar/working-days.ts';
import { newId } from '../ids.ts';
import type { Queryable, Tx } from './database.ts';

// Daily roll-ups (the supervision module's indicator cells) summarise closed Beijing days. A change to a
// fact dated on a past day marks that day stale in the same transaction as the change: readers compute a
// stale day from the raw rows until the roll-up job has rolled it again. Facts of today need no mark: today
// is never read from a roll-up.

/**
 * Marks the Beijing days of these instants stale when they are before the day of `at` (the change's time).
 * Several marks for one day are fine: the roll-up job removes the ones it saw when it rolls the day.
 */
export async function markDaysStale(tx: Tx, instants: ReadonlyArray<string | null>, at: Date): Promise<void> {
  const today = beijingDay(at);
  const days = [...new Set(instants.filter((i): i is string => i !== null).map(beijingDay))].filter(
    (d) => d < today,
  );
  if (days.length === 0) return;
  const markedAt = at.toISOString();
  await tx
    .insertInto('rollup_stale_days')
    .values(days.map((day) => ({ id: newId(), day, marked_at: markedAt })))
    .execute();
}

/** Marks every rolled day from `day` on stale (a working-calendar change moves working-day counts). */
export async function markRolledDaysStaleFrom(tx: Tx, day: string, at: Date): Promise<void> {
  const rolled = await tx.selectFrom('rollup_days').select('day').where('day', '>=', day).execute();
  if (rolled.length === 0) return;
  const markedAt = at.toISOString();
  for (let i = 0; i < rolled.length; i += 500)
    await tx
      .insertInto('rollup_stale_days')
      .values(rolled.slice(i, i + 500).map((r) => ({ id: newId(), day: r.day, marked_at: markedAt })))
      .execute();
}

/** Days in [from, to] that have a roll-up no change has made stale since. */
export async function cleanRolledDays(q: Queryable, from: string, to: string): Promise<Set<string>> {
  const [rolled, stale] = await Promise.all([
    q.selectFrom('rollup_days').select('day').where('day', '>=', from).where('day', '<=', to).execute(),
    q
      .selectFrom('rollup_stale_days')
      .select('day')
      .distinct()
      .where('day', '>=', from)
      .where('day', '<=', to)
      .execute(),
  ]);
  const staleDays = new Set(stale.map((r) => r.day));
  return new Set(rolled.map((r) => r.day).filter((d) => !staleDays.has(d)));
}
