import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  LEVELS,
  notRateableReason,
  ONLINE_OPTIONS_V1,
  optionErrors,
  optionSetErrors,
  optionsForLevel,
  WINDOW_OPTIONS_V1,
} from './levels.ts';
import { loadFeedbackSettings } from './settings.ts';
import { signRatingToken, verifyRatingToken } from './rating-token.ts';
import crypto from 'node:crypto';

describe('rating levels and options', () => {
  it('offers different options for good and bad levels, from both shipped sets', () => {
    for (const options of [ONLINE_OPTIONS_V1, WINDOW_OPTIONS_V1]) {
      assert.deepEqual(optionSetErrors(options), []);
      for (const level of LEVELS) assert.ok(optionsForLevel(options, level).length > 0);
    }
    const good = optionsForLevel(ONLINE_OPTIONS_V1, 5).map((o) => o.key);
    const bad = optionsForLevel(ONLINE_OPTIONS_V1, 1).map((o) => o.key);
    assert.ok(good.includes('efficiency_good') && !good.includes('efficiency_bad'));
    assert.ok(bad.includes('efficiency_bad') && !bad.includes('efficiency_good'));
    assert.deepEqual(
      [...new Set(ONLINE_OPTIONS_V1.map((o) => o.indicator.zh))],
      ['整体满意度', '办事效率', '办事指南精确度', '办事便捷度', '平台操作性'],
    );
  });

  it('refuses an option of another level, an unknown one, a repeat, and a 差评 without a reason', () => {
    assert.deepEqual(optionErrors(ONLINE_OPTIONS_V1, 5, ['efficiency_good', 'guide_good']), []);
    assert.deepEqual(optionErrors(ONLINE_OPTIONS_V1, 4, []), []);
    const fields = (level: 1 | 2 | 3 | 4 | 5, keys: string[]) =>
      optionErrors(ONLINE_OPTIONS_V1, level, keys).map((e) => e.field);
    assert.deepEqual(fields(1, ['efficiency_good']), ['options.0']);
    assert.deepEqual(fields(5, ['nope']), ['options.0']);
    assert.deepEqual(fields(2, ['efficiency_bad', 'efficiency_bad']), ['options.1']);
    assert.deepEqual(fields(1, []), ['options']);
    assert.match(optionErrors(ONLINE_OPTIONS_V1, 1, ['efficiency_good'])[0]!.message.zh, /非常不满意/);
  });

  it('rates the result once decided, window stages only for cases filed at a window', () => {
    const decided = { status: 'approved', filedThrough: 'online', submitted: true };
    assert.equal(notRateableReason('result', decided), null);
    assert.ok(notRateableReason('result', { ...decided, status: 'in_review' }));
    assert.ok(notRateableReason('window_intake', decided));
    assert.equal(
      notRateableReason('window_intake', { ...decided, status: 'in_review', filedThrough: 'window' }),
      null,
    );
    assert.ok(notRateableReason('collection', { ...decided, status: 'in_review', filedThrough: 'window' }));
  });

  it('reads the deadlines from the environment and refuses a default 差评', () => {
    assert.deepEqual(loadFeedbackSettings({}), {
      defaultRatingDays: 7,
      defaultRatingLevel: 3,
      rectificationDays: 5,
      complaintDays: 5,
      consultationDays: 3,
    });
    assert.equal(loadFeedbackSettings({ TONGBAN_RECTIFICATION_DAYS: '15' }).rectificationDays, 15);
    assert.throws(
      () => loadFeedbackSettings({ TONGBAN_DEFAULT_RATING_LEVEL: '2' }),
      /TONGBAN_DEFAULT_RATING_LEVEL/,
    );
  });
});

describe('rating links', () => {
  const key = crypto.randomBytes(32);
  const mac = (text: string) => crypto.createHmac('sha256', key).update(text).digest('hex');
  const claims = {
    caseId: 'c1',
    stage: 'result' as const,
    personId: 'p1',
    channel: 'sms' as const,
    exp: 2_000,
  };

  it('accepts its own token until it expires, and no altered one', () => {
    const token = signRatingToken(mac, claims);
    assert.deepEqual(verifyRatingToken(mac, token, new Date(1_000)), { ok: true, claims });
    assert.deepEqual(verifyRatingToken(mac, token, new Date(2_000)), { ok: false, reason: 'expired' });
    const [body, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, personId: 'p2' })).toString('base64url');
    assert.deepEqual(verifyRatingToken(mac, `${forged}.${sig}`, new Date(1_000)), {
      ok: false,
      reason: 'invalid',
    });
    assert.deepEqual(verifyRatingToken(mac, `${body}.${sig}x`, new Date(1_000)), {
      ok: false,
      reason: 'invalid',
    });
    assert.deepEqual(verifyRatingToken(mac, 'garbage', new Date(1_000)), { ok: false, reason: 'invalid' });
  });
});
