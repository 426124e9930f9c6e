import { useQueries } from '@tanstack/react-query';
import { api, unwrap, type CalendarDay } from '../../../api/client';

/** Whether a Beijing date is a working day: the calendar's holidays and make-up days, else Monday–Friday. */
function isWorkingDay(date: string, exceptions: Map<string, CalendarDay['kind']>): boolean {
  const kind = exceptions.get(date);
  if (kind) return kind === 'workday';
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

const nextDate = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** Working days after `today` up to and including `due` (0 when it has passed). */
export function workingDaysBetween(today: string, due: string, days: CalendarDay[]): number {
  const exceptions = new Map(days.map((d) => [d.date, d.kind]));
  let count = 0;
  for (let d = nextDate(today); d <= due; d = nextDate(d)) if (isWorkingDay(d, exceptions)) count++;
  return count;
}

/** Working days left until a due date, from the official calendar (null while it loads or without a date). */
export function useWorkingDaysLeft(today: string, due: string | null): number | null {
  const first = Number(today.slice(0, 4));
  const last = due ? Number(due.slice(0, 4)) : first;
  const years = due && last >= first ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
  const calendars = useQueries({
    queries: years.map((year) => ({
      queryKey: ['calendar', year],
      queryFn: () => unwrap(api.GET('/api/v1/calendar/{year}', { params: { path: { year } } })),
      staleTime: 3_600_000,
    })),
  });
  if (!due) return null;
  if (due <= today) return 0;
  if (calendars.some((c) => !c.data)) return null;
  return workingDaysBetween(
    today,
    due,
    calendars.flatMap((c) => c.data!.days),
  );
}
