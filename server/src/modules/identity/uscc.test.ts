import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeUscc, organisationCodeCheckChar, parseUscc, usccCheckChar } from './uscc.ts';

test('published codes are valid with no warnings', () => {
  assert.equal(usccCheckChar('11100000000013338'), 'W');
  assert.equal(usccCheckChar('91610800064834709'), 'T');
  assert.equal(organisationCodeCheckChar('00001333'), '8');
  assert.equal(organisationCodeCheckChar('06483470'), '9');
  assert.deepEqual(parseUscc('11100000000013338W'), {
    ok: true,
    uscc: '11100000000013338W',
    registrationAuthority: '1',
    category: '1',
    regionCode: '100000',
    organisationCode: '000013338',
    warnings: [],
  });
  const company = parseUscc(' 91610800064834709t ');
  assert.equal(company.ok && company.uscc, '91610800064834709T');
  assert.equal(company.ok && company.regionCode, '610800');
  assert.deepEqual(company.ok && company.warnings, []);
});

test('organisation code check characters: 10 maps to X, 11 to 0, letters count from A = 10', () => {
  assert.equal(organisationCodeCheckChar('00000006'), 'X'); // sum 12, 11 - 1 = 10
  assert.equal(organisationCodeCheckChar('00000000'), '0'); // sum 0, 11 - 0 = 11
  assert.equal(organisationCodeCheckChar('00000005'), '1'); // sum 10
  assert.equal(organisationCodeCheckChar('A0000000'), '3'); // A = 10, sum 30
});

test('a changed 18th character gives only the USCC checksum warning', () => {
  const result = parseUscc('11100000000013338X');
  assert.equal(result.ok, true);
  assert.deepEqual(result.ok && result.warnings.map((w) => w.code), ['USCC_CHECKSUM']);
});

test('a changed organisation code digit gives both checksum warnings', () => {
  const result = parseUscc('91610800064834719T');
  assert.equal(result.ok, true);
  assert.deepEqual(result.ok && result.warnings.map((w) => w.code).sort(), [
    'USCC_CHECKSUM',
    'USCC_ORG_CODE_CHECKSUM',
  ]);
});

test('every single-character change of a valid code is caught by a warning', () => {
  const valid = '91610800064834709T';
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  for (let i = 0; i < valid.length; i++) {
    for (const replacement of charset) {
      if (replacement === valid[i]) continue;
      const result = parseUscc(valid.slice(0, i) + replacement + valid.slice(i + 1));
      assert.ok(result.ok && result.warnings.some((w) => w.code === 'USCC_CHECKSUM'), `position ${i}`);
    }
  }
});

test('format errors are rejected', () => {
  for (const input of [
    '',
    '11100000000013338', // 17 characters
    '11100000000013338W0', // 19 characters
    '9161080006483470IT', // I
    '9161080006483470OT', // O
    '9161080006483470ZT', // Z
    '9161080006483470ST', // S
    '9161080006483470VT', // V
    '91610800-64834709T',
  ]) {
    const result = parseUscc(input);
    assert.equal(!result.ok && result.code, 'USCC_FORMAT', input);
    assert.ok(!result.ok && result.message.zh.length > 0 && result.message.en.length > 0);
  }
});

test('makeUscc builds codes that parse with no warnings', () => {
  const code = makeUscc({ registrationAuthority: '1', category: '1', regionCode: '330000', sequence: 2001 });
  // Organisation code body 00002001: 2*5 + 1*2 = 12, 12 mod 11 = 1, 11 - 1 = 10 -> X.
  assert.equal(code, '1133000000002001XN');
  for (let sequence = 0; sequence < 2000; sequence += 7) {
    for (const [registrationAuthority, category, regionCode] of [
      ['9', '1', '330106'],
      ['9', '2', '330102'],
      ['5', '2', '330100'],
    ] as const) {
      const uscc = makeUscc({ registrationAuthority, category, regionCode, sequence: sequence * 4099 });
      const result = parseUscc(uscc);
      assert.ok(result.ok, uscc);
      assert.deepEqual(result.warnings, [], uscc);
      assert.equal(result.regionCode, regionCode);
      assert.equal(result.organisationCode.slice(0, 8), String(sequence * 4099).padStart(8, '0'));
    }
  }
  assert.throws(() =>
    makeUscc({ registrationAuthority: '9', category: '1', regionCode: '3301', sequence: 1 }),
  );
  assert.throws(() =>
    makeUscc({ registrationAuthority: '9', category: '1', regionCode: '330106', sequence: -1 }),
  );
  assert.throws(() =>
    makeUscc({ registrationAuthority: 'I', category: '1', regionCode: '330106', sequence: 1 }),
  );
});
