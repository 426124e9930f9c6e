import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Problem } from '../../platform/errors.ts';
import { visitAddsTrip, type Visit } from './visits.ts';

// 09:30 and 16:00 on 2026-11-27 in Beijing; 2026-11-27T17:00Z is already the 28th there.
const morning = '2026-11-27T01:30:00Z';
const afternoon = new Date('2026-11-27T08:00:00Z');
const nextBeijingDay = new Date('2026-11-27T17:00:00Z');
const filedAtWindow: Visit[] = [{ kind: 'submission', at: morning }];

const refused = (code: string) => (e: unknown) => e instanceof Problem && e.status === 409 && e.code === code;

test('taking the result home on the day the case was filed at the window is the same trip', () => {
  assert.equal(visitAddsTrip(filedAtWindow, 'collection', afternoon, 'approved'), false);
});

test('coming back on another Beijing day is one more trip', () => {
  assert.equal(visitAddsTrip(filedAtWindow, 'collection', nextBeijingDay, 'approved'), true);
  assert.equal(visitAddsTrip(filedAtWindow, 'supplement', nextBeijingDay, 'in_review'), true);
});

test('an online applicant who comes only to collect makes one trip', () => {
  assert.equal(visitAddsTrip([], 'collection', afternoon, 'denied'), true);
});

test('a result is collected once, and only when the case has one', () => {
  const collected: Visit[] = [...filedAtWindow, { kind: 'collection', at: morning }];
  assert.throws(
    () => visitAddsTrip(collected, 'collection', nextBeijingDay, 'approved'),
    refused('RESULT_ALREADY_COLLECTED'),
  );
  assert.throws(
    () => visitAddsTrip(filedAtWindow, 'collection', afternoon, 'in_review'),
    refused('NO_RESULT_TO_COLLECT'),
  );
  assert.equal(visitAddsTrip(collected, 'supplement', afternoon, 'approved'), false);
});
