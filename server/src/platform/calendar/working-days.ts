// The working-day clock. Dates are civil dates in Asia/Shanghai written 'YYYY-MM-DD'; all arithmetic is
// UTC Date math on those strings so the host's time zone can never shift a day.

export interface CalendarDay {
  /** 'YYYY-MM-DD' */
  date: string;
  /** holiday = official day off; workday = make-up working day (调休) falling on a weekend. */
  kind: 'holiday' | 'workday';
  name: string;
}

const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3600_000;

/**
 * The Beijing civil date of an instant (a Date or an ISO string). China has kept UTC+8 all year since 1991,
 * so this is arithmetic, not a time-zone lookup (which was 3.6 % of a licence verification's CPU).
 */
export function beijingDay(at: Date | string): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

function toUtcMs(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const check = new Date(ms);
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return ms;
    }
  }
  throw new RangeError(`Not a 'YYYY-MM-DD' date: ${date}`);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Adds calendar days to a 'YYYY-MM-DD' date. */
export function addCalendarDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

export class WorkingCalendar {
  private readonly overrides = new Map<string, CalendarDay>();

  constructor(days: readonly CalendarDay[]) {
    for (const day of days) {
      toUtcMs(day.date);
      const existing = this.overrides.get(day.date);
      if (existing && existing.kind !== day.kind) {
        throw new Error(`${day.date} is listed both as a holiday and as a make-up working day`);
      }
      this.overrides.set(day.date, day);
    }
  }

  /** The holiday or make-up working day entry for the date, if any. */
  dayInfo(date: string): CalendarDay | undefined {
    toUtcMs(date);
    return this.overrides.get(date);
  }

  isWorkingDay(date: string): boolean {
    const ms = toUtcMs(date);
    const override = this.overrides.get(date);
    if (override) return override.kind === 'workday';
    const weekday = new Date(ms).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The first working day strictly after the date. */
  nextWorkingDay(date: string): string {
    let current = addCalendarDays(date, 1);
    while (!this.isWorkingDay(current)) current = addCalendarDays(current, 1);
    return current;
  }

  /**
   * The date n working days after startDate, counting from the day after (a deadline of n working days).
   * n = 0 gives startDate itself if it is a working day, else the next one; negative n counts backwards.
   */
  addWorkingDays(startDate: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs an integer, got ${n}`);
    if (n === 0) return this.isWorkingDay(startDate) ? startDate : this.nextWorkingDay(startDate);
    const step = n > 0 ? 1 : -1;
    let current = startDate;
    for (let remaining = Math.abs(n); remaining > 0;) {
      current = addCalendarDays(current, step);
      if (this.isWorkingDay(current)) remaining--;
    }
    return current;
  }

  /** Working days in (from, to]; negative when to is before from. */
  workingDaysBetween(from: string, to: string): number {
    const fromMs = toUtcMs(from);
    const toMs = toUtcMs(to);
    if (toMs < fromMs) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let ms = fromMs + DAY_MS; ms <= toMs; ms += DAY_MS) {
      if (this.isWorkingDay(fromUtcMs(ms))) count++;
    }
    return count;
  }
}
