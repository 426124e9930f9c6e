import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  licenceCheckChar,
  makeLicenceIdentifier,
  parseLicenceIdentifier,
  versionText,
} from './identifier.ts';

// Verified samples (DOMAIN.md §1.4).
const SAMPLE_U = '1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U';
const SAMPLE_9 = '1.2.156.3005.2.11100000MB03271699022.340100.000000016.001.9';

test('the check character of both verified samples', () => {
  assert.equal(licenceCheckChar('11100000000013338W01111430000006122244L20230000403001'), 'U');
  assert.equal(licenceCheckChar('11100000MB03271699022340100000000016001'), '9');
});

test('both verified samples parse; a wrong check character is refused as such', () => {
  const u = parseLicenceIdentifier(SAMPLE_U);
  assert.ok(u.ok);
  assert.equal(u.typeCode, '11100000000013338W011');
  assert.equal(u.issuerCode, '11430000006122244L');
  assert.equal(u.serial, '20230000403');
  assert.equal(u.version, '001');
  assert.ok(parseLicenceIdentifier(SAMPLE_9).ok);
  assert.deepEqual(parseLicenceIdentifier(SAMPLE_U.replace(/U$/, 'V')), { ok: false, reason: 'check' });
  assert.deepEqual(parseLicenceIdentifier(SAMPLE_9.replace(/9$/, '8')), { ok: false, reason: 'check' });
  // One changed digit in the serial is caught by the check character too.
  assert.deepEqual(parseLicenceIdentifier(SAMPLE_U.replace('20230000403', '20230000404')), {
    ok: false,
    reason: 'check',
  });
});

test('making an identifier reproduces the sample and round-trips', () => {
  const made = makeLicenceIdentifier({
    typeCode: '11100000000013338W011',
    issuerCode: '11430000006122244L',
    serial: '20230000403',
    version: '001',
  });
  assert.equal(made, SAMPLE_U);
  assert.equal(parseLicenceIdentifier(` ${made.toLowerCase()} `).ok, true);
});

test('malformed identifiers are refused', () => {
  for (const bad of [
    '',
    '1.2.156.3005.2',
    '1.2.156.3005.3.A.B.C.001.X',
    `${SAMPLE_U}.X`,
    SAMPLE_U.replace('.001.', '.1.'),
  ])
    assert.deepEqual(parseLicenceIdentifier(bad), { ok: false, reason: 'format' }, bad);
  assert.throws(() => licenceCheckChar('ab-c'));
  assert.throws(() =>
    makeLicenceIdentifier({
      typeCode: 'X',
      issuerCode: '11430000006122244L',
      serial: '2023000040',
      version: '001',
    }),
  );
  assert.equal(versionText(2), '002');
  assert.throws(() => versionText(0));
});
