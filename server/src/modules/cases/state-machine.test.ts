import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Problem } from '../../platform/errors.ts';
import {
  allowedActions,
  CASE_ACTIONS,
  CASE_STATUSES,
  FINAL_STATUSES,
  nextStatus,
  TRANSITIONS,
} from './state-machine.ts';

describe('case state machine', () => {
  it('answers every state × action pair: the table’s moves succeed, every other one is refused with 409', () => {
    let allowed = 0;
    let refused = 0;
    for (const status of CASE_STATUSES) {
      for (const action of CASE_ACTIONS) {
        if (TRANSITIONS[action].from.includes(status)) {
          assert.equal(nextStatus(status, action), TRANSITIONS[action].to);
          allowed++;
        } else {
          assert.throws(
            () => nextStatus(status, action),
            (e: unknown) => e instanceof Problem && e.status === 409 && e.code === 'CASE_ACTION_NOT_ALLOWED',
            `${status} → ${action} must be refused`,
          );
          refused++;
        }
      }
    }
    assert.equal(allowed + refused, CASE_STATUSES.length * CASE_ACTIONS.length);
    assert.equal(allowed, 25);
  });

  it('follows the ordinary path: submit → accept → approve', () => {
    assert.equal(nextStatus('draft', 'submit'), 'submitted');
    assert.equal(nextStatus('submitted', 'accept'), 'in_review');
    assert.equal(nextStatus('in_review', 'approve'), 'approved');
  });

  it('allows one correction round trip and refusal after it', () => {
    assert.equal(nextStatus('submitted', 'request_correction'), 'correction_requested');
    assert.equal(nextStatus('correction_requested', 'resubmit'), 'submitted');
    assert.equal(nextStatus('correction_requested', 'refuse'), 'not_accepted');
  });

  it('stops and restarts the clock only while in review', () => {
    assert.equal(nextStatus('in_review', 'suspend'), 'suspended');
    assert.equal(nextStatus('suspended', 'resume'), 'in_review');
    assert.deepEqual(allowedActions('suspended').sort(), ['resume', 'withdraw']);
    assert.throws(() => nextStatus('submitted', 'suspend'));
  });

  it('cannot decide a suspended case or one not yet accepted', () => {
    for (const status of ['suspended', 'submitted', 'correction_requested'] as const) {
      assert.throws(() => nextStatus(status, 'approve'));
      assert.throws(() => nextStatus(status, 'deny'));
    }
  });

  it('lets nothing but revocation leave an approved case, and nothing leave the other final states', () => {
    assert.deepEqual(allowedActions('approved'), ['revoke']);
    for (const status of FINAL_STATUSES.filter((s) => s !== 'approved')) {
      assert.deepEqual(allowedActions(status), [], status);
    }
  });

  it('names the state in Chinese and the action in English when refusing', () => {
    try {
      nextStatus('denied', 'approve');
      assert.fail('must throw');
    } catch (error) {
      assert.ok(error instanceof Problem);
      assert.match(error.bilingual.zh, /不予许可/);
      assert.match(error.bilingual.en, /denied cannot be approved/);
    }
  });
});
