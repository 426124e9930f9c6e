// The official holiday calendar shipped in the `chinese-days` package (State Council notices, 2004 onwards).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { WorkingCalendar, type CalendarDay } from './working-days.ts';

interface ChineseDaysJson {
  /** date → "English name,中文名,day count", e.g. "National Day,国庆节,3" */
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let cached: CalendarDay[] | undefined;

function chineseName(value: string, date: string): string {
  const parts = value.split(',');
  const name = parts[1]?.trim();
  if (!name) throw new Error(`chinese-days: unexpected entry for ${date}: "${value}"`);
  return name;
}

/** Holidays and make-up working days from the package, sorted by date; read once per process. */
export function loadOfficialCalendarDays(): CalendarDay[] {
  if (!cached) {
    // Resolved through node's resolver so hoisted or nested node_modules both work.
    const file = createRequire(import.meta.url).resolve('chinese-days/dist/chinese-days.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as ChineseDaysJson;
    const days: CalendarDay[] = [
      ...Object.entries(json.holidays).map(([date, value]) => ({
        date,
        kind: 'holiday' as const,
        name: chineseName(value, date),
      })),
      ...Object.entries(json.workdays).map(([date, value]) => ({
        date,
        kind: 'workday' as const,
        name: chineseName(value, date),
      })),
    ];
    cached = days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return cached.map((day) => ({ ...day }));
}

export function createOfficialCalendar(): WorkingCalendar {
  return new WorkingCalendar(loadOfficialCalendarDays());
}
