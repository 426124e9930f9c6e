import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkingCalendar, addCalendarDays, type CalendarDay } from './working-days.ts';

function range(from: string, to: string, kind: CalendarDay['kind'], name: string): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let date = from; date <= to; date = addCalendarDays(date, 1)) days.push({ date, kind, name });
  return days;
}

// Real State Council arrangements (cross-checked against chinese-days/dist/chinese-days.json).
const DAYS: CalendarDay[] = [
  // 2025 National Day + Mid-Autumn: 10-01..10-08 off; Sunday 09-28 and Saturday 10-11 are worked.
  ...range('2025-10-01', '2025-10-08', 'holiday', '国庆节'),
  { date: '2025-09-28', kind: 'workday', name: '国庆节' },
  { date: '2025-10-11', kind: 'workday', name: '国庆节' },
  // 2026 New Year: 01-01..01-03 off; Sunday 01-04 is worked.
  ...range('2026-01-01', '2026-01-03', 'holiday', '元旦'),
  { date: '2026-01-04', kind: 'workday', name: '元旦' },
  // 2026 Spring Festival: 02-15..02-23 off; Saturdays 02-14 and 02-28 are worked.
  ...range('2026-02-15', '2026-02-23', 'holiday', '春节'),
  { date: '2026-02-14', kind: 'workday', name: '春节' },
  { date: '2026-02-28', kind: 'workday', name: '春节' },
];
const calendar = new WorkingCalendar(DAYS);

test('calendar-day arithmetic crosses months, leap days and years', () => {
  assert.equal(addCalendarDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addCalendarDays('2025-02-28', 1), '2025-03-01');
  assert.equal(addCalendarDays('2025-12-31', 1), '2026-01-01');
  assert.equal(addCalendarDays('2026-03-01', -1), '2026-02-28');
});

test('weekends, holidays and make-up working days', () => {
  assert.equal(calendar.isWorkingDay('2025-09-26'), true); // Friday
  assert.equal(calendar.isWorkingDay('2025-09-27'), false); // Saturday
  assert.equal(calendar.isWorkingDay('2025-09-28'), true); // Sunday, make-up day
  assert.equal(calendar.isWorkingDay('2025-10-01'), false);
  assert.equal(calendar.isWorkingDay('2025-10-08'), false); // Wednesday, holiday
  assert.equal(calendar.isWorkingDay('2025-10-09'), true);
  assert.equal(calendar.isWorkingDay('2025-10-11'), true); // Saturday, make-up day
  assert.equal(calendar.isWorkingDay('2025-10-12'), false); // Sunday
  assert.equal(calendar.isWorkingDay('2026-01-02'), false); // Friday, holiday
  assert.equal(calendar.isWorkingDay('2026-01-04'), true); // Sunday, make-up day
  assert.equal(calendar.isWorkingDay('2026-02-14'), true);
  assert.equal(calendar.isWorkingDay('2026-02-23'), false); // Monday, holiday
  assert.equal(calendar.isWorkingDay('2026-02-28'), true);
  assert.deepEqual(calendar.dayInfo('2026-02-16'), { date: '2026-02-16', kind: 'holiday', name: '春节' });
  assert.equal(calendar.dayInfo('2026-03-02'), undefined);
});

test('addWorkingDays over the 2025 National Day holiday', () => {
  assert.equal(calendar.addWorkingDays('2025-09-30', 1), '2025-10-09');
  assert.equal(calendar.addWorkingDays('2025-09-30', 3), '2025-10-11');
  assert.equal(calendar.addWorkingDays('2025-09-30', 4), '2025-10-13');
  assert.equal(calendar.addWorkingDays('2025-09-26', 1), '2025-09-28');
  assert.equal(calendar.addWorkingDays('2025-09-24', 10), '2025-10-14');
  assert.equal(calendar.addWorkingDays('2025-10-09', -1), '2025-09-30');
  assert.equal(calendar.addWorkingDays('2025-09-29', -1), '2025-09-28');
});

test('addWorkingDays over the 2026 New Year and Spring Festival', () => {
  assert.equal(calendar.addWorkingDays('2025-12-31', 1), '2026-01-04');
  assert.equal(calendar.addWorkingDays('2025-12-31', 2), '2026-01-05');
  assert.equal(calendar.addWorkingDays('2026-02-13', 1), '2026-02-14');
  assert.equal(calendar.addWorkingDays('2026-02-14', 1), '2026-02-24');
  assert.equal(calendar.addWorkingDays('2026-02-12', 5), '2026-02-26');
  assert.equal(calendar.addWorkingDays('2026-02-10', 20), '2026-03-16');
});

test('addWorkingDays with n = 0 keeps a working day and moves a day off forward', () => {
  assert.equal(calendar.addWorkingDays('2025-09-30', 0), '2025-09-30');
  assert.equal(calendar.addWorkingDays('2025-10-11', 0), '2025-10-11');
  assert.equal(calendar.addWorkingDays('2025-10-01', 0), '2025-10-09');
  assert.equal(calendar.addWorkingDays('2026-02-15', 0), '2026-02-24');
  assert.throws(() => calendar.addWorkingDays('2025-10-01', 1.5), RangeError);
});

test('nextWorkingDay is strictly after the date', () => {
  assert.equal(calendar.nextWorkingDay('2025-09-30'), '2025-10-09');
  assert.equal(calendar.nextWorkingDay('2025-10-10'), '2025-10-11');
  assert.equal(calendar.nextWorkingDay('2025-10-11'), '2025-10-13');
  assert.equal(calendar.nextWorkingDay('2026-02-13'), '2026-02-14');
});

test('workingDaysBetween counts (from, to] and is negative backwards', () => {
  assert.equal(calendar.workingDaysBetween('2025-09-30', '2025-10-11'), 3);
  assert.equal(calendar.workingDaysBetween('2025-10-11', '2025-09-30'), -3);
  assert.equal(calendar.workingDaysBetween('2025-09-26', '2025-10-13'), 7);
  assert.equal(calendar.workingDaysBetween('2025-10-01', '2025-10-08'), 0);
  assert.equal(calendar.workingDaysBetween('2025-10-09', '2025-10-09'), 0);
  assert.equal(calendar.workingDaysBetween('2025-12-31', '2026-01-05'), 2);
  assert.equal(calendar.workingDaysBetween('2026-02-13', '2026-02-28'), 6); // 02-14, 02-24..27, 02-28
  // Without the official calendar the same span has 11 weekdays.
  assert.equal(new WorkingCalendar([]).workingDaysBetween('2025-09-26', '2025-10-13'), 11);
});

test('addWorkingDays and workingDaysBetween agree', () => {
  for (let start = '2025-09-20'; start <= '2026-03-10'; start = addCalendarDays(start, 1)) {
    for (const n of [1, 2, 5, 7, 15, 20]) {
      const end = calendar.addWorkingDays(start, n);
      assert.equal(calendar.isWorkingDay(end), true, `${start} + ${n}`);
      assert.equal(calendar.workingDaysBetween(start, end), n, `${start} + ${n}`);
      assert.equal(calendar.workingDaysBetween(start, addCalendarDays(end, -1)), n - 1, `${start} + ${n}`);
    }
  }
});

test('results do not depend on the host time zone', () => {
  const saved = process.env.TZ;
  try {
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Shanghai']) {
      process.env.TZ = tz;
      assert.equal(calendar.addWorkingDays('2025-09-30', 1), '2025-10-09', tz);
      assert.equal(calendar.addWorkingDays('2025-10-17', 1), '2025-10-20', tz);
      assert.equal(calendar.isWorkingDay('2025-10-13'), true, tz); // Monday
      assert.equal(calendar.isWorkingDay('2025-10-18'), false, tz); // Saturday
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('malformed dates and contradictory entries are rejected', () => {
  assert.throws(() => calendar.isWorkingDay('2025-02-30'), RangeError);
  assert.throws(() => calendar.isWorkingDay('2025/10/01'), RangeError);
  assert.throws(() => calendar.addWorkingDays('2025-10-1', 1), RangeError);
  assert.throws(
    () =>
      new WorkingCalendar([
        { date: '2025-10-01', kind: 'holiday', name: '国庆节' },
        { date: '2025-10-01', kind: 'workday', name: '国庆节' },
      ]),
    /both/,
  );
});
