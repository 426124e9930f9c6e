import assert from 'node:assert/strict';
import { test } from 'node:test';
import { admission, afterFailure, afterSuccess, CLOSED, type Breaker } from './breaker.ts';

const s = { failureThreshold: 3, coolDownMs: 10_000 };
const t0 = new Date('2026-03-02T01:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

test('the breaker opens after the threshold of consecutive failures', () => {
  let b: Breaker = CLOSED;
  b = afterFailure(b, t0, s);
  b = afterFailure(b, t0, s);
  assert.equal(b.state, 'closed');
  assert.equal(admission(b, t0, s), 'call');
  b = afterFailure(b, t0, s);
  assert.equal(b.state, 'open');
  assert.equal(admission(b, later(9_999), s), 'refuse');
});

test('after the cool-down one trial goes out; success closes, failure reopens', () => {
  const open: Breaker = { state: 'open', failures: 3, openedAt: t0.toISOString() };
  assert.equal(admission(open, later(10_000), s), 'trial');
  const halfOpen: Breaker = { ...open, state: 'half_open' };
  assert.equal(admission(halfOpen, later(10_000), s), 'refuse');
  assert.deepEqual(afterSuccess(), CLOSED);
  const reopened = afterFailure(halfOpen, later(10_001), s);
  assert.equal(reopened.state, 'open');
  assert.equal(reopened.openedAt, later(10_001).toISOString());
  assert.equal(admission(reopened, later(15_000), s), 'refuse');
});

test('a success resets the failure count', () => {
  let b = afterFailure(afterFailure(CLOSED, t0, s), t0, s);
  b = afterSuccess();
  b = afterFailure(afterFailure(b, t0, s), t0, s);
  assert.equal(b.state, 'closed');
});
