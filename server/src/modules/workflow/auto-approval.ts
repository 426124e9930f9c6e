// 秒批 (automatic approval, DOMAIN.md §5): an application is approved without a person only when every
// preset rule holds on facts from the form, the applicant's profile and shared data. Pure: the caller
// gathers the facts; this module only judges them and explains each verdict.
import type { AutoApprovalRule, AutoRuleOp } from '../catalog/content.ts';

export type FactValue = string | number | boolean | null;
/** Facts about one application: keys like 'form.age', 'applicant.age', 'applicant.regionCode', 'data.household.regionCode'. */
export type Facts = Record<string, FactValue | undefined>;

export interface RuleResult {
  key: string;
  description: string;
  fact: string;
  op: AutoRuleOp;
  expected: unknown;
  actual: FactValue | undefined;
  passed: boolean;
  /** Why it failed, zh+en, e.g. 事实不可得 when the fact is missing; null when it passed. */
  reason: { zh: string; en: string } | null;
}

export interface AutoApprovalTrace {
  passed: boolean;
  results: RuleResult[];
  evaluatedAt: string;
}

type Reason = NonNullable<RuleResult['reason']>;

const OP_SYMBOLS: Record<AutoRuleOp, string> = {
  eq: '=',
  ne: '≠',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  in: 'in',
  startsWith: 'startsWith',
  exists: 'exists',
};

// Plain decimal numbers only: '1e3', '0x10', '' and ' ' are text, not numbers.
const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && NUMERIC_TEXT.test(value.trim())) return Number(value.trim());
  return null;
}

/** A fact that is absent, null or blank text is no evidence either way. */
function unavailable(value: FactValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function show(value: unknown, lang: 'zh' | 'en'): string {
  if (typeof value === 'string') return lang === 'zh' ? `“${value}”` : `"${value}"`;
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : String(value);
  if (Array.isArray(value))
    return `[${value.map((item) => show(item, lang)).join(lang === 'zh' ? '、' : ', ')}]`;
  return String(value);
}

/**
 * Two strings are identifiers (codes with leading zeros must not match numerically), so they compare as
 * text; a number against a number or numeric text compares numerically; anything else must be identical.
 */
function same(actual: FactValue, expected: string | number | boolean): boolean {
  if (typeof actual === 'string' && typeof expected === 'string') return actual === expected;
  if (typeof actual === 'number' || typeof expected === 'number') {
    const a = asNumber(actual);
    const b = asNumber(expected);
    if (a !== null && b !== null) return a === b;
  }
  return actual === expected;
}

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function judge(rule: AutoApprovalRule, actual: FactValue | undefined): Reason | null {
  const d = rule.description;
  const misconfigured = (zh: string, en: string): Reason => ({
    zh: `${d}：规则配置有误，${zh}`,
    en: `${d}: the rule is misconfigured: ${en}`,
  });
  const notSatisfied = (value: FactValue, expected: unknown = rule.value): Reason => ({
    zh: `${d}：实际值 ${show(value, 'zh')}，不满足 ${OP_SYMBOLS[rule.op]} ${show(expected, 'zh')}`,
    en: `${d}: actual ${show(value, 'en')} does not satisfy ${OP_SYMBOLS[rule.op]} ${show(expected, 'en')}`,
  });
  // Applicants read these reasons: say what is missing in words; the rule's fact path stays in the trace.
  const missing: Reason = {
    zh: `${d}：暂无可核验的数据，需人工审核`,
    en: `${d}: no data to check this against (${rule.fact}); a person will review it`,
  };

  if (rule.op === 'exists') {
    // value false turns the rule into "must be absent", e.g. no record in the dishonest-persons list.
    if (rule.value !== undefined && typeof rule.value !== 'boolean')
      return misconfigured('“存在”规则的比较值只能为是/否', 'exists takes true, false or no value');
    const wantPresent = rule.value !== false;
    if (wantPresent) return unavailable(actual) ? missing : null;
    return unavailable(actual)
      ? null
      : {
          zh: `${d}：应无此项，实际值 ${show(actual, 'zh')}`,
          en: `${d}: expected no value, found ${show(actual, 'en')}`,
        };
  }

  if (unavailable(actual)) return missing;
  const value = actual as FactValue;

  switch (rule.op) {
    case 'eq':
    case 'ne': {
      if (!isScalar(rule.value))
        return misconfigured(
          '比较值须为单个文本、数字或是/否',
          `${rule.op} needs a single text, number or boolean`,
        );
      return same(value, rule.value) === (rule.op === 'eq') ? null : notSatisfied(value);
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const bound = asNumber(rule.value);
      if (bound === null) return misconfigured('比较值须为数字', `${rule.op} needs a number`);
      const number = asNumber(value);
      if (number === null)
        return {
          zh: `${d}：实际值 ${show(value, 'zh')} 不是数字，无法比较 ${OP_SYMBOLS[rule.op]} ${bound}`,
          en: `${d}: actual ${show(value, 'en')} is not a number, cannot compare ${OP_SYMBOLS[rule.op]} ${bound}`,
        };
      const holds =
        rule.op === 'gt'
          ? number > bound
          : rule.op === 'gte'
            ? number >= bound
            : rule.op === 'lt'
              ? number < bound
              : number <= bound;
      return holds ? null : notSatisfied(value, bound);
    }
    case 'in': {
      if (!Array.isArray(rule.value)) return misconfigured('“属于”规则的比较值须为列表', 'in needs a list');
      if (rule.value.some((item) => same(value, item))) return null;
      return {
        zh: `${d}：实际值 ${show(value, 'zh')} 不在 ${show(rule.value, 'zh')} 之中`,
        en: `${d}: actual ${show(value, 'en')} is not one of ${show(rule.value, 'en')}`,
      };
    }
    case 'startsWith': {
      if (typeof rule.value !== 'string' || rule.value === '')
        return misconfigured('“开头为”规则的比较值须为非空文本', 'startsWith needs non-empty text');
      if (typeof value !== 'string')
        return {
          zh: `${d}：实际值 ${show(value, 'zh')} 不是文本，无法判断开头`,
          en: `${d}: actual ${show(value, 'en')} is not text, cannot test its start`,
        };
      if (value.startsWith(rule.value)) return null;
      return {
        zh: `${d}：实际值 ${show(value, 'zh')} 不以 ${show(rule.value, 'zh')} 开头`,
        en: `${d}: actual ${show(value, 'en')} does not start with ${show(rule.value, 'en')}`,
      };
    }
  }
}

/**
 * Evaluates every rule (no short-circuit, so the trace shows all of them). Passes only when there is at
 * least one rule and all of them hold: an empty rule set never approves anything.
 */
export function evaluateAutoApproval(rules: AutoApprovalRule[], facts: Facts, now: Date): AutoApprovalTrace {
  const results = rules.map((rule): RuleResult => {
    const actual = Object.hasOwn(facts, rule.fact) ? facts[rule.fact] : undefined;
    const reason = judge(rule, actual);
    return {
      key: rule.key,
      description: rule.description,
      fact: rule.fact,
      op: rule.op,
      expected: rule.value,
      actual,
      passed: reason === null,
      reason,
    };
  });
  return {
    passed: results.length > 0 && results.every((result) => result.passed),
    results,
    evaluatedAt: now.toISOString(),
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const REGION = /^\d{6}$/;

function civilDate(text: string, what: string): [number, number, number] {
  const match = DATE.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day)
      return [year, month, day];
  }
  throw new RangeError(`${what} is not a 'YYYY-MM-DD' date: ${text}`);
}

/**
 * Whole years on `today`. The age goes up on the birthday; someone born on 29 February turns a year
 * older on 1 March in common years (never a day early, which matters for "at least N years old" rules).
 */
function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = civilDate(birthDate, 'birthDate');
  const [ty, tm, td] = civilDate(today, 'today');
  if (birthDate > today) throw new RangeError(`birthDate ${birthDate} is after ${today}`);
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

function regionCode(code: string, what: string): string {
  if (!REGION.test(code)) throw new RangeError(`${what} is not a 6-digit region code: ${code}`);
  return code;
}

/**
 * Facts about the applicant from their profile: `applicant.kind`, `applicant.hasBadCredit`, and for a
 * person `applicant.age` (whole years on `today`, a Beijing date), `applicant.sex` and
 * `applicant.regionCode` (the ID number's address code); for an organisation `applicant.regionCode` is
 * its registered region (the credit code's registering-authority code). Facts the profile lacks are
 * left out, so rules on them fail as unavailable. Malformed input throws RangeError: the profile is
 * validated before it gets here.
 */
export function applicantFacts(
  input: {
    kind: 'person' | 'organisation';
    birthDate?: string;
    sex?: 'male' | 'female';
    idRegionCode?: string;
    organisationRegionCode?: string;
    hasBadCredit: boolean;
  },
  today: string,
): Facts {
  civilDate(today, 'today');
  const facts: Facts = { 'applicant.kind': input.kind, 'applicant.hasBadCredit': input.hasBadCredit };
  if (input.kind === 'person') {
    if (input.birthDate !== undefined) facts['applicant.age'] = ageOn(input.birthDate, today);
    if (input.sex !== undefined) facts['applicant.sex'] = input.sex;
    if (input.idRegionCode !== undefined)
      facts['applicant.regionCode'] = regionCode(input.idRegionCode, 'idRegionCode');
  } else if (input.organisationRegionCode !== undefined) {
    facts['applicant.regionCode'] = regionCode(input.organisationRegionCode, 'organisationRegionCode');
  }
  return facts;
}

/**
 * Form data flattened to `form.<field>` facts: text (trimmed), finite numbers and booleans; a rows field
 * gives `form.<field>.count`. Blank text, null and nested objects give no fact.
 */
export function formFacts(form: Record<string, unknown>): Facts {
  const facts: Facts = {};
  for (const [field, value] of Object.entries(form)) {
    if (Array.isArray(value)) facts[`form.${field}.count`] = value.length;
    else if (typeof value === 'string') {
      if (value.trim() !== '') facts[`form.${field}`] = value.trim();
    } else if (typeof value === 'number') {
      if (Number.isFinite(value)) facts[`form.${field}`] = value;
    } else if (typeof value === 'boolean') facts[`form.${field}`] = value;
  }
  return facts;
}
