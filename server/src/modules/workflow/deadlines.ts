// The working-day clock of cases and tasks. Instants are Dates; days are Asia/Shanghai civil dates
// 'YYYY-MM-DD' (UTC+8 all year, no daylight saving), so an instant's day never depends on the host zone.
import { addCalendarDays, type WorkingCalendar } from '../../platform/calendar/working-days.ts';

const BEIJING_OFFSET_MS = 8 * 3_600_000;

function checkInstant(instant: Date, what: string): number {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`${what} is not a valid instant`);
  return ms;
}

/** The date itself; throws RangeError when it is not a real 'YYYY-MM-DD' date. */
function checkDate(date: string): string {
  return addCalendarDays(date, 0);
}

function checkDays(workingDays: number, what: string): void {
  if (!Number.isInteger(workingDays) || workingDays < 0)
    throw new RangeError(`${what} must be a whole number of working days ≥ 0, got ${workingDays}`);
}

/** The civil date in Beijing (UTC+8) at the instant. */
export function beijingDate(instant: Date): string {
  return new Date(checkInstant(instant, 'instant') + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant at 24:00 Beijing time of the date (= 16:00Z that date): the end of a due day. */
export function endOfBeijingDay(date: string): Date {
  return new Date(`${addCalendarDays(date, 1)}T00:00:00+08:00`);
}

/**
 * Due date n working days after the instant: counting starts the day after (Beijing); n = 0 gives that
 * day if it is a working day, else the next working day.
 */
export function dueDateAfter(calendar: WorkingCalendar, from: Date, workingDays: number): string {
  checkDays(workingDays, 'workingDays');
  return calendar.addWorkingDays(beijingDate(from), workingDays);
}

/**
 * Working days between two instants' Beijing dates that the clock stood still: the working days in
 * (from, to]. The day of suspension was already running; suspending and resuming on one day costs nothing.
 */
export function workingDaysSuspended(calendar: WorkingCalendar, from: Date, to: Date): number {
  if (checkInstant(to, 'to') < checkInstant(from, 'from'))
    throw new RangeError('a suspension cannot end before it starts');
  return calendar.workingDaysBetween(beijingDate(from), beijingDate(to));
}

/** A due date pushed back by n working days (resume after a suspension); n = 0 leaves it unchanged. */
export function extendDueDate(calendar: WorkingCalendar, due: string, workingDays: number): string {
  checkDays(workingDays, 'workingDays');
  return workingDays === 0 ? checkDate(due) : calendar.addWorkingDays(due, workingDays);
}

export type DeadlineLevel = 'normal' | 'warning' | 'overdue';

/**
 * How far along the clock is. Overdue once the (effective) now is past the end of the due day; otherwise
 * warning when the working days used since the start, in (start, now], reach warnAt of the budget (the
 * working days in (start, due]), and a zero-day budget is warning throughout its due day. A suspended
 * clock reports its level at suspension time.
 */
export function deadlineLevel(
  calendar: WorkingCalendar,
  args: { startedAt: Date; due: string; now: Date; warnAt: number; suspendedAt?: Date | null },
): DeadlineLevel {
  const { startedAt, due, now, warnAt, suspendedAt } = args;
  if (!(warnAt >= 0 && warnAt <= 1)) throw new RangeError(`warnAt must be within [0, 1], got ${warnAt}`);
  const at = beijingDate(suspendedAt ?? now);
  if (at > checkDate(due)) return 'overdue';
  const start = beijingDate(startedAt);
  const budget = calendar.workingDaysBetween(start, due);
  if (budget <= 0) return 'warning';
  const used = calendar.workingDaysBetween(start, at);
  return used / budget >= warnAt ? 'warning' : 'normal';
}

/**
 * Working days left until the due date, from now's Beijing date: 0 on the due day. Once past the due
 * day it is negative, at least −1 even on the weekend right after it, then −(working days since due).
 */
export function workingDaysLeft(calendar: WorkingCalendar, due: string, now: Date): number {
  const today = beijingDate(now);
  const left = calendar.workingDaysBetween(today, due);
  return today > due ? Math.min(left, -1) : left;
}
