import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AutoApprovalRule } from '../catalog/content.ts';
import { applicantFacts, evaluateAutoApproval, formFacts, type Facts } from './auto-approval.ts';

const NOW = new Date('2026-10-12T02:00:00Z');

function rule(partial: Partial<AutoApprovalRule> & Pick<AutoApprovalRule, 'fact' | 'op'>): AutoApprovalRule {
  return { key: 'r', description: '规则', ...partial };
}

/** Evaluates one rule and returns its result. */
function one(r: AutoApprovalRule, facts: Facts) {
  const trace = evaluateAutoApproval([r], facts, NOW);
  assert.equal(trace.results.length, 1);
  assert.equal(trace.passed, trace.results[0]!.passed);
  return trace.results[0]!;
}

const ageRule = rule({ key: 'age', description: '申请人年龄', fact: 'applicant.age', op: 'gte', value: 60 });

test('age 60 passes "≥ 60"; 59 fails with a readable reason', () => {
  const pass = one(ageRule, { 'applicant.age': 60 });
  assert.equal(pass.passed, true);
  assert.equal(pass.reason, null);
  assert.equal(pass.actual, 60);
  assert.equal(pass.expected, 60);

  const fail = one(ageRule, { 'applicant.age': 59 });
  assert.equal(fail.passed, false);
  assert.deepEqual(fail.reason, {
    zh: '申请人年龄：实际值 59，不满足 ≥ 60',
    en: '申请人年龄: actual 59 does not satisfy ≥ 60',
  });
});

test('the trace lists every rule in order, even after a failure', () => {
  const rules: AutoApprovalRule[] = [
    ageRule,
    rule({ key: 'kind', description: '申请人为个人', fact: 'applicant.kind', op: 'eq', value: 'person' }),
    rule({
      key: 'hukou',
      description: '户籍在西湖区',
      fact: 'data.household.regionCode',
      op: 'eq',
      value: '330106',
    }),
    rule({
      key: 'credit',
      description: '无不良信用',
      fact: 'applicant.hasBadCredit',
      op: 'eq',
      value: false,
    }),
  ];
  const trace = evaluateAutoApproval(
    rules,
    { 'applicant.age': 59, 'applicant.kind': 'person', 'applicant.hasBadCredit': false },
    NOW,
  );
  assert.equal(trace.passed, false);
  assert.equal(trace.evaluatedAt, '2026-10-12T02:00:00.000Z');
  assert.deepEqual(
    trace.results.map((r) => [r.key, r.passed]),
    [
      ['age', false],
      ['kind', true],
      ['hukou', false],
      ['credit', true],
    ],
  );
  assert.deepEqual(
    trace.results.map((r) => r.fact),
    rules.map((r) => r.fact),
  );
});

test('all rules passing approves; no rules never approves', () => {
  const facts = { 'applicant.age': 65, 'form.vehicles.count': 1 };
  const rules = [ageRule, rule({ fact: 'form.vehicles.count', op: 'lte', value: 1 })];
  assert.equal(evaluateAutoApproval(rules, facts, NOW).passed, true);
  assert.equal(evaluateAutoApproval([], facts, NOW).passed, false);
});

test('a missing fact fails as unavailable, for every operator but exists', () => {
  const hukou = rule({
    description: '户籍在西湖区',
    fact: 'data.household.regionCode',
    op: 'eq',
    value: '330106',
  });
  const result = one(hukou, { 'applicant.age': 60 });
  assert.equal(result.passed, false);
  assert.equal(result.actual, undefined);
  assert.deepEqual(result.reason, {
    zh: '户籍在西湖区：暂无可核验的数据，需人工审核',
    en: '户籍在西湖区: no data to check this against (data.household.regionCode); a person will review it',
  });
  // ne must not pass just because there is nothing to compare.
  for (const op of ['ne', 'gt', 'gte', 'lt', 'lte', 'startsWith'] as const) {
    const r = one(rule({ fact: 'data.x.y', op, value: op === 'startsWith' ? '33' : 1 }), {});
    assert.equal(r.passed, false, op);
    assert.match(r.reason!.zh, /暂无可核验的数据/);
    assert.match(r.reason!.en, /no data to check/);
  }
  assert.equal(one(rule({ fact: 'data.x.y', op: 'in', value: ['a'] }), {}).passed, false);
  // null and blank text are no evidence either.
  assert.match(one(hukou, { 'data.household.regionCode': null }).reason!.en, /no data to check/);
  assert.match(one(hukou, { 'data.household.regionCode': '  ' }).reason!.en, /no data to check/);
});

test('exists tests presence; exists false requires absence', () => {
  const present = rule({ description: '有婚姻登记记录', fact: 'data.marriage.certNo', op: 'exists' });
  assert.equal(one(present, { 'data.marriage.certNo': 'J330106-2020-001' }).passed, true);
  assert.equal(one({ ...present, value: true }, { 'data.marriage.certNo': 'J1' }).passed, true);
  const missing = one(present, {});
  assert.equal(missing.passed, false);
  assert.match(missing.reason!.zh, /暂无可核验的数据/);
  assert.equal(one(present, { 'data.marriage.certNo': false }).passed, true); // false is a value

  const absent = rule({
    description: '不在失信被执行人名单',
    fact: 'data.dishonest.caseNo',
    op: 'exists',
    value: false,
  });
  assert.equal(one(absent, {}).passed, true);
  const found = one(absent, { 'data.dishonest.caseNo': '(2025)浙0106执123号' });
  assert.equal(found.passed, false);
  assert.equal(found.reason!.zh, '不在失信被执行人名单：应无此项，实际值 “(2025)浙0106执123号”');

  const bad = one({ ...present, value: 'yes' }, { 'data.marriage.certNo': 'J1' });
  assert.equal(bad.passed, false);
  assert.match(bad.reason!.zh, /规则配置有误/);
});

test('eq and ne: numbers compare numerically, two strings compare as text', () => {
  const count = rule({ fact: 'form.children', op: 'eq', value: 2 });
  assert.equal(one(count, { 'form.children': 2 }).passed, true);
  assert.equal(one(count, { 'form.children': '2' }).passed, true);
  assert.equal(one(count, { 'form.children': '2.0' }).passed, true);
  assert.equal(one(count, { 'form.children': 3 }).passed, false);
  assert.equal(one(count, { 'form.children': 'two' }).passed, false);
  // Codes keep their leading zeros: '007' is not '7'.
  assert.equal(one(rule({ fact: 'form.code', op: 'eq', value: '7' }), { 'form.code': '007' }).passed, false);
  assert.equal(one(rule({ fact: 'form.code', op: 'eq', value: '007' }), { 'form.code': '007' }).passed, true);
  // Booleans are not text.
  const credit = rule({ fact: 'applicant.hasBadCredit', op: 'eq', value: false });
  assert.equal(one(credit, { 'applicant.hasBadCredit': false }).passed, true);
  assert.equal(one(credit, { 'applicant.hasBadCredit': 'false' }).passed, false);

  const notMale = rule({ description: '申请人非男性', fact: 'applicant.sex', op: 'ne', value: 'male' });
  assert.equal(one(notMale, { 'applicant.sex': 'female' }).passed, true);
  const fail = one(notMale, { 'applicant.sex': 'male' });
  assert.equal(fail.passed, false);
  assert.deepEqual(fail.reason, {
    zh: '申请人非男性：实际值 “male”，不满足 ≠ “male”',
    en: '申请人非男性: actual "male" does not satisfy ≠ "male"',
  });
  assert.equal(one(rule({ fact: 'form.n', op: 'ne', value: 5 }), { 'form.n': '5' }).passed, false);
  assert.match(
    one(rule({ fact: 'form.n', op: 'eq', value: [1] }), { 'form.n': 1 }).reason!.zh,
    /规则配置有误/,
  );
});

test('gt, gte, lt, lte need numbers', () => {
  const facts = { 'form.area': 120 };
  assert.equal(one(rule({ fact: 'form.area', op: 'gt', value: 119.5 }), facts).passed, true);
  assert.equal(one(rule({ fact: 'form.area', op: 'gt', value: 120 }), facts).passed, false);
  assert.equal(one(rule({ fact: 'form.area', op: 'gte', value: 120 }), facts).passed, true);
  assert.equal(one(rule({ fact: 'form.area', op: 'lt', value: 120 }), facts).passed, false);
  assert.equal(one(rule({ fact: 'form.area', op: 'lt', value: 121 }), facts).passed, true);
  assert.equal(one(rule({ fact: 'form.area', op: 'lte', value: 120 }), facts).passed, true);
  assert.equal(one(rule({ fact: 'form.area', op: 'lte', value: 119 }), facts).passed, false);
  // Numeric text from shared data is compared as a number.
  assert.equal(
    one(rule({ fact: 'data.social.months', op: 'gte', value: 12 }), { 'data.social.months': '36' }).passed,
    true,
  );

  const nonNumeric = one(
    rule({ description: '参保月数', fact: 'data.social.months', op: 'gte', value: 12 }),
    {
      'data.social.months': '三年',
    },
  );
  assert.equal(nonNumeric.passed, false);
  assert.deepEqual(nonNumeric.reason, {
    zh: '参保月数：实际值 “三年” 不是数字，无法比较 ≥ 12',
    en: '参保月数: actual "三年" is not a number, cannot compare ≥ 12',
  });
  assert.equal(one(rule({ fact: 'form.flag', op: 'gt', value: 0 }), { 'form.flag': true }).passed, false);
  assert.equal(one(rule({ fact: 'form.n', op: 'gt', value: '1e3' }), { 'form.n': 5000 }).passed, false);
  assert.match(
    one(rule({ fact: 'form.n', op: 'lt', value: 'abc' }), { 'form.n': 1 }).reason!.zh,
    /规则配置有误/,
  );
});

test('in needs a list and matches any member', () => {
  const region = rule({
    description: '户籍在杭州主城区',
    fact: 'applicant.regionCode',
    op: 'in',
    value: ['330102', '330105', '330106'],
  });
  assert.equal(one(region, { 'applicant.regionCode': '330106' }).passed, true);
  const fail = one(region, { 'applicant.regionCode': '320102' });
  assert.equal(fail.passed, false);
  assert.deepEqual(fail.reason, {
    zh: '户籍在杭州主城区：实际值 “320102” 不在 [“330102”、“330105”、“330106”] 之中',
    en: '户籍在杭州主城区: actual "320102" is not one of ["330102", "330105", "330106"]',
  });
  assert.equal(one(rule({ fact: 'form.level', op: 'in', value: [1, 2] }), { 'form.level': 2 }).passed, true);
  const notList = one({ ...region, value: '330106' }, { 'applicant.regionCode': '330106' });
  assert.equal(notList.passed, false);
  assert.match(notList.reason!.zh, /规则配置有误/);
  assert.match(notList.reason!.en, /misconfigured/);
});

test('startsWith tests the start of text', () => {
  const hangzhou = rule({
    description: '户籍在杭州市',
    fact: 'applicant.regionCode',
    op: 'startsWith',
    value: '3301',
  });
  assert.equal(one(hangzhou, { 'applicant.regionCode': '330106' }).passed, true);
  const fail = one(hangzhou, { 'applicant.regionCode': '320106' });
  assert.equal(fail.passed, false);
  assert.deepEqual(fail.reason, {
    zh: '户籍在杭州市：实际值 “320106” 不以 “3301” 开头',
    en: '户籍在杭州市: actual "320106" does not start with "3301"',
  });
  const number = one(hangzhou, { 'applicant.regionCode': 330106 });
  assert.equal(number.passed, false);
  assert.match(number.reason!.zh, /不是文本/);
  assert.match(
    one({ ...hangzhou, value: 33 }, { 'applicant.regionCode': '330106' }).reason!.zh,
    /规则配置有误/,
  );
});

test('age on and around the birthday', () => {
  const age = (birthDate: string, today: string) =>
    applicantFacts({ kind: 'person', birthDate, hasBadCredit: false }, today)['applicant.age'];
  assert.equal(age('1966-10-12', '2026-10-11'), 59);
  assert.equal(age('1966-10-12', '2026-10-12'), 60);
  assert.equal(age('1966-10-12', '2026-10-13'), 60);
  assert.equal(age('1966-10-12', '2027-10-11'), 60);
  assert.equal(age('2000-12-31', '2026-01-01'), 25);
  assert.equal(age('2001-01-01', '2025-12-31'), 24);
  assert.equal(age('2026-10-12', '2026-10-12'), 0);
  assert.throws(() => age('2026-10-13', '2026-10-12'), RangeError);
  assert.throws(() => age('1966-02-30', '2026-10-12'), RangeError);
  assert.throws(() => age('1966-10-12', '20261012'), RangeError);
});

test('someone born on 29 February turns older on 1 March in common years', () => {
  const age = (today: string) =>
    applicantFacts({ kind: 'person', birthDate: '1964-02-29', hasBadCredit: false }, today)['applicant.age'];
  assert.equal(age('2024-02-28'), 59);
  assert.equal(age('2024-02-29'), 60); // leap year: on the day
  assert.equal(age('2025-02-28'), 60);
  assert.equal(age('2025-03-01'), 61);
  assert.equal(age('2026-02-28'), 61);
  assert.equal(age('2026-03-01'), 62);
  // Feeding the age into a "≥ 62" rule on 2026-02-28 fails, on 03-01 passes.
  const rule62 = rule({ fact: 'applicant.age', op: 'gte', value: 62 });
  assert.equal(one(rule62, { 'applicant.age': age('2026-02-28') }).passed, false);
  assert.equal(one(rule62, { 'applicant.age': age('2026-03-01') }).passed, true);
});

test('applicant facts for a person and an organisation', () => {
  assert.deepEqual(
    applicantFacts(
      { kind: 'person', birthDate: '1966-10-12', sex: 'female', idRegionCode: '330106', hasBadCredit: false },
      '2026-10-12',
    ),
    {
      'applicant.kind': 'person',
      'applicant.hasBadCredit': false,
      'applicant.age': 60,
      'applicant.sex': 'female',
      'applicant.regionCode': '330106',
    },
  );
  // An organisation has no age or sex; its region is the registered one.
  assert.deepEqual(
    applicantFacts(
      {
        kind: 'organisation',
        birthDate: '1966-10-12',
        sex: 'male',
        idRegionCode: '110105',
        organisationRegionCode: '330100',
        hasBadCredit: true,
      },
      '2026-10-12',
    ),
    { 'applicant.kind': 'organisation', 'applicant.hasBadCredit': true, 'applicant.regionCode': '330100' },
  );
  // What the profile lacks is absent, so rules on it fail as unavailable.
  const sparse = applicantFacts({ kind: 'person', hasBadCredit: false }, '2026-10-12');
  assert.deepEqual(sparse, { 'applicant.kind': 'person', 'applicant.hasBadCredit': false });
  assert.match(one(ageRule, sparse).reason!.en, /no data to check/);
  assert.throws(
    () => applicantFacts({ kind: 'person', idRegionCode: '3301', hasBadCredit: false }, '2026-10-12'),
    RangeError,
  );
});

test('form data becomes form.<field> facts; rows give a count', () => {
  const facts = formFacts({
    name: ' 张三 ',
    area: 88.5,
    married: true,
    note: '   ',
    spouse: null,
    address: { street: '文三路' },
    ratio: Number.NaN,
    children: [{ name: '甲' }, { name: '乙' }],
    vehicles: [],
  });
  assert.deepEqual(facts, {
    'form.name': '张三',
    'form.area': 88.5,
    'form.married': true,
    'form.children.count': 2,
    'form.vehicles.count': 0,
  });
});

test('form, applicant and shared-data facts together decide one application', () => {
  const rules: AutoApprovalRule[] = [
    ageRule,
    rule({
      key: 'hz',
      description: '户籍在杭州市',
      fact: 'data.household.regionCode',
      op: 'startsWith',
      value: '3301',
    }),
    rule({ key: 'children', description: '子女不超过3人', fact: 'form.children.count', op: 'lte', value: 3 }),
    rule({
      key: 'credit',
      description: '无不良信用',
      fact: 'applicant.hasBadCredit',
      op: 'eq',
      value: false,
    }),
  ];
  const facts: Facts = {
    ...formFacts({ children: [{ name: '甲' }] }),
    ...applicantFacts({ kind: 'person', birthDate: '1966-10-12', hasBadCredit: false }, '2026-10-12'),
    'data.household.regionCode': '330106',
  };
  assert.equal(evaluateAutoApproval(rules, facts, NOW).passed, true);
  const dayBefore = {
    ...facts,
    ...applicantFacts({ kind: 'person', birthDate: '1966-10-12', hasBadCredit: false }, '2026-10-11'),
  };
  const trace = evaluateAutoApproval(rules, dayBefore, NOW);
  assert.equal(trace.passed, false);
  assert.deepEqual(
    trace.results.filter((r) => !r.passed).map((r) => r.key),
    ['age'],
  );
});
