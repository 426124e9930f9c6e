import assert from 'node:assert/strict';
import { test } from 'node:test';
import { beijingDay, isDay, isExpired, reminderDue, validUntilFor } from './validity.ts';

test('validity in years ends the day before the anniversary; long-term has no end', () => {
  assert.equal(validUntilFor('2026-11-26', 5), '2031-11-25');
  assert.equal(validUntilFor('2026-01-01', 10), '2035-12-31');
  assert.equal(validUntilFor('2024-02-29', 1), '2025-02-28');
  assert.equal(validUntilFor('2026-11-26', null), null);
  assert.throws(() => validUntilFor('2026-02-30', 1));
});

test('reminders run from 30 days before the last day to the last day; expiry starts the day after', () => {
  assert.equal(reminderDue('2026-12-31', '2026-11-30'), false);
  assert.equal(reminderDue('2026-12-31', '2026-12-01'), true);
  assert.equal(reminderDue('2026-12-31', '2026-12-31'), true);
  assert.equal(reminderDue('2026-12-31', '2027-01-01'), false);
  assert.equal(reminderDue(null, '2026-12-01'), false);
  assert.equal(isExpired('2026-12-31', '2026-12-31'), false);
  assert.equal(isExpired('2026-12-31', '2027-01-01'), true);
  assert.equal(isExpired(null, '2099-01-01'), false);
});

test('days are Beijing days', () => {
  assert.equal(beijingDay(new Date('2026-11-26T16:30:00Z')), '2026-11-27');
  assert.equal(
    beijingDay('2026-11-26T15:59:59.999Z'),
    '2026-11-26',
    'an ISO instant a moment before Beijing midnight',
  );
  assert.equal(isDay('2026-02-28'), true);
  assert.equal(isDay('2026-02-29'), false);
  assert.equal(isDay('2026-2-28'), false);
});
