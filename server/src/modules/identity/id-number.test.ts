import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ID_NUMBER_PATTERN,
  idNumberCheckChar,
  maskIdNumber,
  maskIdNumbersInText,
  parseIdNumber,
} from './id-number.ts';

const TODAY = { today: '2026-03-01' };

test('the standard example 11010519491231002X is valid with check character X', () => {
  assert.equal(idNumberCheckChar('11010519491231002'), 'X');
  assert.deepEqual(parseIdNumber('11010519491231002X', TODAY), {
    ok: true,
    idNumber: '11010519491231002X',
    regionCode: '110105',
    birthDate: '1949-12-31',
    sex: 'female',
  });
});

test('a lowercase x and surrounding spaces are normalised', () => {
  const result = parseIdNumber(' 11010519491231002x ', TODAY);
  assert.equal(result.ok && result.idNumber, '11010519491231002X');
});

test('altering any single character of a valid number is rejected', () => {
  const valid = '11010519491231002X';
  for (let i = 0; i < valid.length; i++) {
    for (const replacement of '0123456789X') {
      if (replacement === valid[i] || (replacement === 'X' && i < 17)) continue;
      const altered = valid.slice(0, i) + replacement + valid.slice(i + 1);
      const result = parseIdNumber(altered, TODAY);
      assert.equal(result.ok, false, `${altered} should be rejected`);
    }
  }
});

test('a wrong check character is reported as a checksum error', () => {
  const result = parseIdNumber('110105194912310021', TODAY);
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.code, 'ID_NUMBER_CHECKSUM');
  assert.ok(!result.ok && result.message.zh.includes('校验位'));
});

test('a 15-digit legacy number is converted to 18 characters', () => {
  // 15-digit form of the standard example: drop "19" and the check character.
  const result = parseIdNumber('110105491231002', TODAY);
  assert.deepEqual(result, {
    ok: true,
    idNumber: '11010519491231002X',
    regionCode: '110105',
    birthDate: '1949-12-31',
    sex: 'female',
  });
  // Check character worked by hand: sum 160, 160 mod 11 = 6 -> '6'.
  const male = parseIdNumber('330106800101013', TODAY);
  assert.equal(male.ok && male.idNumber, '330106198001010136');
  assert.equal(male.ok && male.sex, 'male');
  assert.equal(parseIdNumber('330106198001010136', TODAY).ok, true);
});

test('sex follows the parity of the 3-digit sequence number', () => {
  const make = (sequence: string) => {
    const first17 = `33010619900515${sequence}`;
    return parseIdNumber(first17 + idNumberCheckChar(first17), TODAY);
  };
  for (const [sequence, sex] of [
    ['001', 'male'],
    ['013', 'male'],
    ['999', 'male'],
    ['002', 'female'],
    ['010', 'female'],
    ['998', 'female'],
  ] as const) {
    const result = make(sequence);
    assert.equal(result.ok && result.sex, sex, sequence);
  }
});

test('impossible, too early and future birth dates are rejected', () => {
  const withCheck = (first17: string) => first17 + idNumberCheckChar(first17);
  for (const first17 of [
    '33010620230230001', // 30 February
    '33010619990229001', // 1999 is not a leap year
    '33010619901301001', // month 13
    '33010619900100001', // day 0
    '33010618991231001', // before 1900
    '33010620260302001', // tomorrow relative to TODAY
  ]) {
    const result = parseIdNumber(withCheck(first17), TODAY);
    assert.equal(!result.ok && result.code, 'ID_NUMBER_BIRTH_DATE', first17);
  }
  assert.equal(parseIdNumber(withCheck('33010620000229002'), TODAY).ok, true, '2000 is a leap year');
  assert.equal(parseIdNumber(withCheck('33010620260301002'), TODAY).ok, true, 'born today');
});

test('malformed input is a format error', () => {
  for (const input of [
    '',
    '1101051949123100',
    '11010519491231002XX',
    '1101051949123100XX',
    '01010519491231002X',
  ]) {
    const result = parseIdNumber(input, TODAY);
    assert.equal(!result.ok && result.code, 'ID_NUMBER_FORMAT', JSON.stringify(input));
  }
  assert.throws(() => idNumberCheckChar('1101051949123100X'), RangeError);
});

test('maskIdNumber keeps the region code and the last four characters', () => {
  assert.equal(maskIdNumber('11010519491231002X'), '110105********002X');
  assert.equal(maskIdNumber('11010519491231002x'), '110105********002X');
});

test('ID numbers inside free text are masked, other numbers are left alone', () => {
  const line =
    'login id=11010519491231002X mobile=13800000001 order=2024011012345678901234 x 330106198001010136.';
  assert.equal(
    maskIdNumbersInText(line),
    'login id=110105********002X mobile=13800000001 order=2024011012345678901234 x 330106********0136.',
  );
  // The exported global pattern still finds every match after being used by replace().
  assert.equal(line.match(ID_NUMBER_PATTERN)?.length, 2);
});
