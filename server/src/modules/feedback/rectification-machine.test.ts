import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Problem } from '../../platform/errors.ts';
import {
  actionsFor,
  nextRectificationStatus,
  RECTIFICATION_ACTIONS,
  RECTIFICATION_STATUSES,
  RECTIFICATION_TRANSITIONS,
} from './rectification-machine.ts';

describe('rectification state machine', () => {
  it('answers every state × action pair: table moves succeed, all others are refused with 409', () => {
    let allowed = 0;
    for (const status of RECTIFICATION_STATUSES) {
      for (const action of RECTIFICATION_ACTIONS) {
        const t = RECTIFICATION_TRANSITIONS[action];
        if (t.from.includes(status)) {
          assert.equal(nextRectificationStatus(status, action), t.to ?? status, `${status} → ${action}`);
          allowed++;
        } else {
          assert.throws(
            () => nextRectificationStatus(status, action),
            (e: unknown) =>
              e instanceof Problem && e.status === 409 && e.code === 'RECTIFICATION_ACTION_NOT_ALLOWED',
            `${status} → ${action} must be refused`,
          );
        }
      }
    }
    assert.equal(allowed, 23);
  });

  it('walks the valid path: verify → ledger → done → reported → rated', () => {
    let s = nextRectificationStatus('verifying', 'verify_valid');
    assert.equal(s, 'rectifying');
    s = nextRectificationStatus(s, 'record_callback');
    assert.equal(s, 'rectifying', 'a call-back does not move the state');
    s = nextRectificationStatus(s, 'put_on_ledger');
    assert.equal(nextRectificationStatus(s, 'request_extension'), 'on_ledger');
    s = nextRectificationStatus(s, 'complete_ledger');
    s = nextRectificationStatus(s, 'feed_back');
    assert.equal(s, 'awaiting_rating');
    assert.equal(nextRectificationStatus(s, 'reopen'), 'rectifying');
    assert.equal(nextRectificationStatus(s, 'accept_result'), 'closed');
  });

  it('sends not-valid and malicious verdicts to the supervisor, who closes or returns them', () => {
    for (const action of ['verify_invalid', 'verify_malicious'] as const) {
      assert.equal(nextRectificationStatus('verifying', action), 'appeal_review');
    }
    assert.equal(nextRectificationStatus('appeal_review', 'uphold_appeal'), 'closed');
    assert.equal(nextRectificationStatus('appeal_review', 'reject_appeal'), 'rectifying');
    assert.deepEqual(actionsFor('appeal_review', 'supervisor'), ['uphold_appeal', 'reject_appeal']);
    assert.deepEqual(actionsFor('appeal_review', 'department'), ['record_callback']);
  });

  it('lets nothing happen to a closed rectification and only the evaluator act while awaiting the rating', () => {
    for (const party of ['department', 'supervisor', 'evaluator', 'system'] as const) {
      assert.deepEqual(actionsFor('closed', party), []);
    }
    assert.deepEqual(actionsFor('awaiting_rating', 'department'), []);
    assert.deepEqual(actionsFor('awaiting_rating', 'evaluator'), ['accept_result', 'reopen']);
  });
});
