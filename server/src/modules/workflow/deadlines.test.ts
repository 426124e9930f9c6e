import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOfficialCalendar } from '../../platform/calendar/official-calendar.ts';
import {
  beijingDate,
  deadlineLevel,
  dueDateAfter,
  endOfBeijingDay,
  extendDueDate,
  workingDaysLeft,
  workingDaysSuspended,
} from './deadlines.ts';

// Official 2026 arrangements (chinese-days): 中秋 09-25..09-27 off, 国庆 10-01..10-07 off,
// Sunday 09-20 and Saturday 10-10 are make-up working days.
const calendar = createOfficialCalendar();

/** An instant given as Beijing wall-clock time. */
const bj = (dateTime: string) => new Date(`${dateTime}+08:00`);

test('the data these tests rely on is the official 2026 arrangement', () => {
  assert.equal(calendar.isWorkingDay('2026-09-30'), true);
  for (const date of ['2026-10-01', '2026-10-04', '2026-10-07', '2026-09-25']) {
    assert.equal(calendar.isWorkingDay(date), false, date);
  }
  assert.equal(calendar.isWorkingDay('2026-10-10'), true); // Saturday, make-up day
  assert.equal(calendar.isWorkingDay('2026-09-20'), true); // Sunday, make-up day
});

test('an instant belongs to its Beijing date, whatever the UTC date', () => {
  assert.equal(beijingDate(new Date('2026-09-30T15:30:00Z')), '2026-09-30'); // 23:30 Beijing
  assert.equal(beijingDate(new Date('2026-09-30T15:59:59.999Z')), '2026-09-30');
  assert.equal(beijingDate(new Date('2026-09-30T16:00:00Z')), '2026-10-01'); // midnight Beijing
  assert.equal(beijingDate(new Date('2026-09-30T16:30:00Z')), '2026-10-01'); // 00:30 Beijing
  assert.equal(beijingDate(new Date('2026-12-31T16:00:00Z')), '2027-01-01');
  assert.throws(() => beijingDate(new Date('nonsense')), RangeError);
});

test('the end of a Beijing day is 16:00Z of that date', () => {
  assert.equal(endOfBeijingDay('2026-09-30').toISOString(), '2026-09-30T16:00:00.000Z');
  assert.equal(endOfBeijingDay('2026-12-31').toISOString(), '2026-12-31T16:00:00.000Z');
  assert.equal(endOfBeijingDay('2028-02-29').toISOString(), '2028-02-29T16:00:00.000Z');
  const end = endOfBeijingDay('2026-10-12');
  assert.equal(beijingDate(new Date(end.getTime() - 1)), '2026-10-12');
  assert.equal(beijingDate(end), '2026-10-13');
  assert.throws(() => endOfBeijingDay('2026-02-30'), RangeError);
});

test('5 working days from 2026-09-29 16:00 Beijing cross National Day', () => {
  // 09-30 (1), 10-08 (2), 10-09 (3), Saturday 10-10 make-up (4), 10-12 (5).
  assert.equal(dueDateAfter(calendar, bj('2026-09-29T16:00:00'), 5), '2026-10-12');
  assert.equal(dueDateAfter(calendar, bj('2026-09-29T16:00:00'), 1), '2026-09-30');
  assert.equal(dueDateAfter(calendar, bj('2026-09-29T16:00:00'), 2), '2026-10-08');
});

test('late evening and just after midnight in Beijing count as different days', () => {
  // Friday 10-09 at 23:30 Beijing (15:30Z): counting starts Saturday 10-10, a make-up working day.
  assert.equal(dueDateAfter(calendar, new Date('2026-10-09T15:30:00Z'), 1), '2026-10-10');
  // Saturday 10-10 at 00:30 Beijing (16:30Z on Friday in UTC): counting starts Sunday, so Monday.
  assert.equal(dueDateAfter(calendar, new Date('2026-10-09T16:30:00Z'), 1), '2026-10-12');
  // 09-30 at 23:30 Beijing counts as the 30th; at 00:30 on 10-01 it is a holiday.
  assert.equal(dueDateAfter(calendar, new Date('2026-09-30T15:30:00Z'), 0), '2026-09-30');
  assert.equal(dueDateAfter(calendar, new Date('2026-09-30T16:30:00Z'), 0), '2026-10-08');
});

test('a zero-day deadline is the same day if working, else the next working day', () => {
  assert.equal(dueDateAfter(calendar, bj('2026-09-29T10:00:00'), 0), '2026-09-29');
  assert.equal(dueDateAfter(calendar, bj('2026-10-03T10:00:00'), 0), '2026-10-08');
  assert.equal(dueDateAfter(calendar, bj('2026-09-20T10:00:00'), 0), '2026-09-20'); // make-up Sunday
  assert.equal(dueDateAfter(calendar, bj('2026-09-24T10:00:00'), 1), '2026-09-28'); // over 中秋
  assert.throws(() => dueDateAfter(calendar, bj('2026-09-24T10:00:00'), -1), RangeError);
  assert.throws(() => dueDateAfter(calendar, bj('2026-09-24T10:00:00'), 1.5), RangeError);
});

test('a suspension over the holiday adds only the working days it covered', () => {
  const started = bj('2026-09-28T09:00:00');
  const due = dueDateAfter(calendar, started, 5);
  assert.equal(due, '2026-10-10'); // 09-29, 09-30, 10-08, 10-09, 10-10
  // Suspended 09-29 10:00, resumed 10-09 10:00: 09-30, 10-08 and 10-09 stood still; 10-01..10-07 were off anyway.
  const suspended = workingDaysSuspended(calendar, bj('2026-09-29T10:00:00'), bj('2026-10-09T10:00:00'));
  assert.equal(suspended, 3);
  assert.equal(extendDueDate(calendar, due, suspended), '2026-10-14'); // 10-12, 10-13, 10-14
  // Suspended over the holiday only: nothing to add.
  assert.equal(workingDaysSuspended(calendar, bj('2026-09-30T18:00:00'), bj('2026-10-07T12:00:00')), 0);
  // Same day: the clock ran that day anyway.
  assert.equal(workingDaysSuspended(calendar, bj('2026-10-12T09:00:00'), bj('2026-10-12T17:00:00')), 0);
  // Resumed on the make-up Saturday: that day counts as suspended.
  assert.equal(workingDaysSuspended(calendar, bj('2026-10-09T09:00:00'), bj('2026-10-10T09:00:00')), 1);
  assert.throws(
    () => workingDaysSuspended(calendar, bj('2026-10-09T10:00:00'), bj('2026-10-09T09:00:00')),
    RangeError,
  );
});

test('extending a due date', () => {
  assert.equal(extendDueDate(calendar, '2026-09-29', 0), '2026-09-29');
  assert.equal(extendDueDate(calendar, '2026-09-30', 1), '2026-10-08');
  assert.equal(extendDueDate(calendar, '2026-10-09', 1), '2026-10-10');
  assert.throws(() => extendDueDate(calendar, '2026-09-30', -2), RangeError);
  assert.throws(() => extendDueDate(calendar, '2026-13-01', 0), RangeError);
});

test('deadline levels: normal, warning at 80% of the budget, overdue the day after due', () => {
  const startedAt = bj('2026-10-12T09:00:00'); // Monday
  const due = dueDateAfter(calendar, startedAt, 5);
  assert.equal(due, '2026-10-19');
  const level = (now: string) => deadlineLevel(calendar, { startedAt, due, now: bj(now), warnAt: 0.8 });
  assert.equal(level('2026-10-12T17:00:00'), 'normal');
  assert.equal(level('2026-10-15T17:00:00'), 'normal'); // 3 of 5 used
  assert.equal(level('2026-10-16T09:00:00'), 'warning'); // 4 of 5 = 80%
  assert.equal(level('2026-10-17T12:00:00'), 'warning'); // weekend, still 4 used
  assert.equal(level('2026-10-19T23:59:59'), 'warning'); // due day
  assert.equal(level('2026-10-20T00:00:00'), 'overdue');
  assert.equal(level('2026-11-30T10:00:00'), 'overdue');
});

test('holidays do not use up the budget', () => {
  const startedAt = bj('2026-09-28T09:00:00');
  const due = '2026-10-10';
  const level = (now: string) => deadlineLevel(calendar, { startedAt, due, now: bj(now), warnAt: 0.8 });
  assert.equal(level('2026-10-07T12:00:00'), 'normal'); // 2 of 5 used after a week
  assert.equal(level('2026-10-09T09:00:00'), 'warning'); // 4 of 5
  assert.equal(level('2026-10-11T09:00:00'), 'overdue');
});

test('a suspended clock reports its level at suspension time', () => {
  const startedAt = bj('2026-10-12T09:00:00');
  const due = '2026-10-19';
  const now = bj('2026-10-26T10:00:00');
  assert.equal(deadlineLevel(calendar, { startedAt, due, now, warnAt: 0.8 }), 'overdue');
  assert.equal(
    deadlineLevel(calendar, { startedAt, due, now, warnAt: 0.8, suspendedAt: bj('2026-10-13T10:00:00') }),
    'normal',
  );
  assert.equal(
    deadlineLevel(calendar, { startedAt, due, now, warnAt: 0.8, suspendedAt: bj('2026-10-16T10:00:00') }),
    'warning',
  );
  assert.equal(
    deadlineLevel(calendar, { startedAt, due, now, warnAt: 0.8, suspendedAt: bj('2026-10-20T10:00:00') }),
    'overdue',
  );
  assert.equal(deadlineLevel(calendar, { startedAt, due, now, warnAt: 0.8, suspendedAt: null }), 'overdue');
});

test('a zero-day budget is a warning on its due day and overdue after', () => {
  const startedAt = bj('2026-10-12T09:00:00');
  const due = dueDateAfter(calendar, startedAt, 0);
  assert.equal(due, '2026-10-12');
  const level = (now: string) => deadlineLevel(calendar, { startedAt, due, now: bj(now), warnAt: 0.8 });
  assert.equal(level('2026-10-12T09:00:01'), 'warning');
  assert.equal(level('2026-10-13T00:00:00'), 'overdue');
});

test('the warning threshold is configurable and checked', () => {
  const startedAt = bj('2026-10-12T09:00:00');
  const args = { startedAt, due: '2026-10-19', now: bj('2026-10-15T10:00:00') }; // 3 of 5 used
  assert.equal(deadlineLevel(calendar, { ...args, warnAt: 0.6 }), 'warning');
  assert.equal(deadlineLevel(calendar, { ...args, warnAt: 0.61 }), 'normal');
  assert.throws(() => deadlineLevel(calendar, { ...args, warnAt: 80 }), RangeError);
  assert.throws(() => deadlineLevel(calendar, { ...args, warnAt: Number.NaN }), RangeError);
});

test('working days left count down to 0 on the due day and go negative after', () => {
  const due = '2026-10-12';
  assert.equal(workingDaysLeft(calendar, due, bj('2026-09-29T16:00:00')), 5);
  assert.equal(workingDaysLeft(calendar, due, bj('2026-10-03T10:00:00')), 4); // holiday
  assert.equal(workingDaysLeft(calendar, due, bj('2026-10-10T10:00:00')), 1); // make-up Saturday
  assert.equal(workingDaysLeft(calendar, due, bj('2026-10-12T23:59:00')), 0);
  assert.equal(workingDaysLeft(calendar, due, bj('2026-10-13T00:00:00')), -1);
  assert.equal(workingDaysLeft(calendar, due, bj('2026-10-14T10:00:00')), -2);
  // Due on a Friday: the weekend after is already overdue.
  assert.equal(workingDaysLeft(calendar, '2026-10-16', bj('2026-10-17T10:00:00')), -1);
  assert.equal(workingDaysLeft(calendar, '2026-10-16', bj('2026-10-19T10:00:00')), -1);
  assert.equal(workingDaysLeft(calendar, '2026-10-16', bj('2026-10-20T10:00:00')), -2);
});
