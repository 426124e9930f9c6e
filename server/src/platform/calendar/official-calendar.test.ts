import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOfficialCalendar, loadOfficialCalendarDays } from './official-calendar.ts';

test('the packaged calendar has 2026 Spring Festival with its Chinese names', () => {
  const days = loadOfficialCalendarDays();
  const byDate = new Map(days.map((day) => [day.date, day]));
  assert.deepEqual(byDate.get('2026-02-16'), { date: '2026-02-16', kind: 'holiday', name: '春节' });
  assert.deepEqual(byDate.get('2026-02-14'), { date: '2026-02-14', kind: 'workday', name: '春节' });
  assert.deepEqual(byDate.get('2025-10-06'), { date: '2025-10-06', kind: 'holiday', name: '中秋' });
  assert.equal(byDate.get('2025-09-28')?.kind, 'workday');
  assert.equal(byDate.get('2026-03-02'), undefined);
  for (const day of days) assert.match(day.date, /^\d{4}-\d{2}-\d{2}$/);
  assert.deepEqual(
    days.map((day) => day.date),
    days.map((day) => day.date).sort(),
  );
});

test('callers cannot change the cached data', () => {
  const first = loadOfficialCalendarDays();
  first[0]!.name = 'changed';
  first.length = 0;
  assert.notEqual(loadOfficialCalendarDays()[0]!.name, 'changed');
});

test('the official calendar gives the same deadlines as the published arrangements', () => {
  const calendar = createOfficialCalendar();
  assert.equal(calendar.addWorkingDays('2025-09-30', 1), '2025-10-09');
  assert.equal(calendar.addWorkingDays('2025-09-30', 3), '2025-10-11');
  assert.equal(calendar.addWorkingDays('2025-12-31', 1), '2026-01-04');
  assert.equal(calendar.addWorkingDays('2026-02-14', 1), '2026-02-24');
  assert.equal(calendar.addWorkingDays('2026-02-10', 20), '2026-03-16');
  assert.equal(calendar.workingDaysBetween('2025-09-26', '2025-10-13'), 7);
});
