// The product's working-day calendar turned into arrays over a fixed range, so a million cases can add
// working days with index arithmetic. Built from WorkingCalendar.isWorkingDay, so the answers are the same.
import type { WorkingCalendar } from '../../server/src/platform/calendar/working-days.ts';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
const BEIJING_MS = 8 * HOUR_MS;

/** Beijing civil day number (days since 1970-01-01) of an instant. */
export const beijingDay = (ms: number) => Math.floor((ms + BEIJING_MS) / DAY_MS);

/** The instant `hours` (fractional) after midnight Beijing time on day d. */
export const instantOn = (d: number, hours: number) => d * DAY_MS - BEIJING_MS + Math.round(hours * HOUR_MS);

export class FastCalendar {
  readonly first: number;
  readonly last: number;
  readonly #working: Uint8Array;
  /** Working days in [first, d]. */
  readonly #ordinal: Int32Array;
  /** Day numbers of the working days, ascending. */
  readonly #workingDays: Int32Array;
  readonly #dates: string[];

  constructor(calendar: WorkingCalendar, first: number, last: number) {
    this.first = first;
    this.last = last;
    const n = last - first + 1;
    this.#working = new Uint8Array(n);
    this.#ordinal = new Int32Array(n);
    this.#dates = [];
    const list: number[] = [];
    let count = 0;
    for (let i = 0; i < n; i++) {
      const date = new Date((first + i) * DAY_MS).toISOString().slice(0, 10);
      this.#dates.push(date);
      if (calendar.isWorkingDay(date)) {
        this.#working[i] = 1;
        count++;
        list.push(first + i);
      }
      this.#ordinal[i] = count;
    }
    this.#workingDays = Int32Array.from(list);
  }

  #at(d: number): number {
    const i = d - this.first;
    if (i < 0 || i > this.last - this.first) throw new RangeError(`day ${d} is outside the generated range`);
    return i;
  }

  date(d: number): string {
    return this.#dates[this.#at(d)]!;
  }

  isWorkingDay(d: number): boolean {
    return this.#working[this.#at(d)] === 1;
  }

  /** As WorkingCalendar.addWorkingDays: n = 0 is d itself if working, else the next working day. */
  addWorkingDays(d: number, n: number): number {
    const i = this.#at(d);
    const before = this.#ordinal[i]!; // working days ≤ d
    if (n === 0) return this.#working[i] ? d : this.#workingDays[before]!;
    const index = n > 0 ? before + n - 1 : before - (this.#working[i] ? 1 : 0) + n;
    const day = this.#workingDays[index];
    if (day === undefined) throw new RangeError(`${n} working days from day ${d} leave the generated range`);
    return day;
  }

  /** Working days in (from, to]. */
  workingDaysBetween(from: number, to: number): number {
    return this.#ordinal[this.#at(to)]! - this.#ordinal[this.#at(from)]!;
  }
}
