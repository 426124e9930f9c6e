// Dates of a licence's life, as Beijing calendar days (YYYY-MM-DD): pure.

export { beijingDay } from '../../platform/calendar/working-days.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * The last valid day for a validity in years: the day before the anniversary (2026-11-26 + 5 years →
 * 2031-11-25); 29 February starts run to 28 February. Null years = long-term (长期).
 */
export function validUntilFor(validFrom: string, years: number | null): string | null {
  if (years === null) return null;
  if (!isDay(validFrom)) throw new RangeError(`validUntilFor: ${validFrom}`);
  const [y, m, d] = validFrom.split('-').map(Number) as [number, number, number];
  const anniversary = new Date(Date.UTC(y + years, m - 1, d));
  // Feb 29 + n years rolls to Mar 1 in a common year; the day before is then Feb 28, as intended.
  anniversary.setUTCDate(anniversary.getUTCDate() - 1);
  return anniversary.toISOString().slice(0, 10);
}

/** Whole days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const REMINDER_DAYS = 30;

/** A reminder is due from 30 days before the last valid day until that day, for licences that expire. */
export function reminderDue(validUntil: string | null, today: string, days = REMINDER_DAYS): boolean {
  if (validUntil === null) return false;
  const left = daysBetween(today, validUntil);
  return left >= 0 && left <= days;
}

/** Expired once the last valid day has passed. */
export function isExpired(validUntil: string | null, today: string): boolean {
  return validUntil !== null && validUntil < today;
}
