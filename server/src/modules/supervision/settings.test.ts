import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadSupervisionSettings } from './settings.ts';

test('the minimum cell size of the public disclosure is 5 unless configured', () => {
  assert.equal(loadSupervisionSettings({}).disclosureMinRatings, 5);
  assert.equal(loadSupervisionSettings({ TONGBAN_DISCLOSURE_MIN_RATINGS: '10' }).disclosureMinRatings, 10);
  assert.throws(() => loadSupervisionSettings({ TONGBAN_DISCLOSURE_MIN_RATINGS: '0' }), /1 to 1000/);
  assert.throws(() => loadSupervisionSettings({ TONGBAN_DISCLOSURE_MIN_RATINGS: 'x' }), /whole number/);
});
