import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { touchedFactInstants } from './rolled-facts.ts';

const submitted = '2026-10-12T02:00:00.000Z';
const decided = '2026-10-14T03:00:00.000Z';
const now = '2026-10-20T04:00:00.000Z';
const facts = {
  submitted_at: submitted,
  decided_at: null,
  service_kind: 'item' as const,
  region_code: '330106',
  department_id: 'd1',
  service_code: 'S1',
  channel: 'online' as const,
  trips: 0,
  materials_required: 2,
  materials_reduced: 0,
  promised_due_date: '2026-10-16',
};

describe('which roll-up days a change to a case touches', () => {
  test('a trip counts on the submission day', () => {
    assert.deepEqual(touchedFactInstants(facts, { trips: 1 }), [submitted, submitted]);
  });

  test('a decision counts on the decision day only', () => {
    assert.deepEqual(touchedFactInstants(facts, { decided_at: now }), [null, now]);
  });

  test('a resubmission moves the case from its old submission day to the new one', () => {
    assert.deepEqual(touchedFactInstants(facts, { submitted_at: now }), [submitted, now, null, null]);
  });

  test('a decided case changing its due date touches its decision day', () => {
    const done = { ...facts, decided_at: decided };
    assert.deepEqual(touchedFactInstants(done, { promised_due_date: '2026-10-19' }), [decided, decided]);
  });

  test('status changes and unchanged values touch nothing', () => {
    assert.deepEqual(touchedFactInstants(facts, { trips: 0, region_code: '330106' }), []);
    assert.deepEqual(touchedFactInstants(facts, {}), []);
  });
});
