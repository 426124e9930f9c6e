import type { Bilingual, FieldError } from '../../platform/errors.ts';
import { fieldError } from '../../platform/errors.ts';

// 好差评 rules that need no database: the five levels, which stage may be rated when and through which
// channel, and which options of a versioned option set a level offers (GB/T 39734, 国办发〔2019〕51号).

export const LEVELS = [5, 4, 3, 2, 1] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_NAMES: Readonly<Record<Level, Bilingual>> = {
  5: { zh: '非常满意', en: 'Very satisfied' },
  4: { zh: '满意', en: 'Satisfied' },
  3: { zh: '基本满意', en: 'Fairly satisfied' },
  2: { zh: '不满意', en: 'Dissatisfied' },
  1: { zh: '非常不满意', en: 'Very dissatisfied' },
};

/** 不满意 and 非常不满意 are 差评: each one opens a rectification. */
export const isBadLevel = (level: number): boolean => level <= 2;

/** 一事一评 online on the result; 一次一评 at the window on intake and on collecting the result. */
export const STAGES = ['result', 'window_intake', 'collection'] as const;
export type Stage = (typeof STAGES)[number];

export const CHANNELS = ['web', 'mobile', 'window_device', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Which option set a stage uses: online ratings the online set, window ratings the window set. */
export type OptionSetKind = 'online' | 'window';
export const optionSetKindOf = (stage: Stage): OptionSetKind => (stage === 'result' ? 'online' : 'window');

/** Channels a stage may be rated through: window stages only on the hall's device. */
export const CHANNELS_OF: Readonly<Record<Stage, readonly Channel[]>> = {
  result: ['web', 'mobile', 'sms'],
  window_intake: ['window_device'],
  collection: ['window_device'],
};

/** A case's facts as far as rating is concerned. */
export interface RateableFacts {
  status: string;
  /** How the case was filed (cases' channel: online, mobile, window, self_service, forwarded). */
  filedThrough: string;
  submitted: boolean;
}

/** Case states in which the result is known: the applicant can rate the handling (一事一评). */
export const DECIDED_STATUSES = ['approved', 'denied', 'not_accepted', 'revoked', 'completed'] as const;

/** Why the stage cannot be rated yet, or null when it can. */
export function notRateableReason(stage: Stage, facts: RateableFacts): Bilingual | null {
  const decided = (DECIDED_STATUSES as readonly string[]).includes(facts.status);
  if (stage === 'result' || stage === 'collection') {
    if (!decided) return { zh: '办件办结后才能评价', en: 'The case can be rated once it has been decided' };
    if (stage === 'collection' && facts.filedThrough !== 'window')
      return { zh: '该办件未在窗口办理', en: 'This case was not handled at a window' };
    return null;
  }
  if (facts.filedThrough !== 'window' || !facts.submitted)
    return { zh: '该办件未在窗口受理', en: 'This case was not filed at a window' };
  return null;
}

/** One option of a set: an indicator (二级指标) phrased for the levels it is offered at. */
export interface RatingOption {
  key: string;
  indicator: Bilingual;
  label: Bilingual;
  levels: Level[];
}

/** The options a level offers, in the set's order. */
export const optionsForLevel = (options: readonly RatingOption[], level: Level): RatingOption[] =>
  options.filter((o) => o.levels.includes(level));

/**
 * Checks the chosen options against the set and the level: every key must exist in the set and be
 * offered at that level, without repeats; a 差评 must say what went wrong (at least one option).
 */
export function optionErrors(options: readonly RatingOption[], level: Level, chosen: string[]): FieldError[] {
  const errors: FieldError[] = [];
  const byKey = new Map(options.map((o) => [o.key, o]));
  chosen.forEach((key, i) => {
    const option = byKey.get(key);
    if (!option) errors.push(fieldError(`options.${i}`, '该选项不存在', 'No such option'));
    else if (!option.levels.includes(level))
      errors.push(
        fieldError(
          `options.${i}`,
          `“${option.label.zh}”不适用于“${LEVEL_NAMES[level].zh}”`,
          `“${option.label.en}” is not offered for “${LEVEL_NAMES[level].en}”`,
        ),
      );
    else if (chosen.indexOf(key) !== i)
      errors.push(fieldError(`options.${i}`, '选项重复', 'Option chosen twice'));
  });
  if (isBadLevel(level) && chosen.length === 0)
    errors.push(
      fieldError('options', '差评请至少选择一项原因', 'Choose at least one reason for a bad rating'),
    );
  return errors;
}

/** Problems with an option set an administrator wants to publish. */
export function optionSetErrors(options: readonly RatingOption[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  options.forEach((o, i) => {
    if (seen.has(o.key)) errors.push(fieldError(`options.${i}.key`, '选项代码重复', 'Duplicate option key'));
    seen.add(o.key);
    if (o.levels.length === 0)
      errors.push(fieldError(`options.${i}.levels`, '请至少选择一个适用等级', 'Give at least one level'));
  });
  for (const level of LEVELS) {
    if (optionsForLevel(options, level).length === 0)
      errors.push(
        fieldError(
          'options',
          `“${LEVEL_NAMES[level].zh}”没有可选项`,
          `No option for “${LEVEL_NAMES[level].en}”`,
        ),
      );
  }
  return errors;
}

const opt = (
  key: string,
  indicator: string,
  indicatorEn: string,
  zh: string,
  en: string,
  levels: Level[],
) => ({
  key,
  indicator: { zh: indicator, en: indicatorEn },
  label: { zh, en },
  levels,
});
const GOOD: Level[] = [5, 4];
const FAIR: Level[] = [3];
const BAD: Level[] = [2, 1];

/** Version 1 of the online set (二级指标: 整体满意度, 办事效率, 办事指南精确度, 办事便捷度, 平台操作性). */
export const ONLINE_OPTIONS_V1: RatingOption[] = [
  opt('overall_good', '整体满意度', 'Overall', '整体服务满意', 'Satisfied overall', GOOD),
  opt('efficiency_good', '办事效率', 'Efficiency', '办理速度快', 'Handled quickly', GOOD),
  opt(
    'guide_good',
    '办事指南精确度',
    'Guide accuracy',
    '办事指南清晰准确',
    'The guide was clear and accurate',
    GOOD,
  ),
  opt('convenience_good', '办事便捷度', 'Convenience', '无需跑腿，材料少', 'No trips, few materials', GOOD),
  opt('platform_good', '平台操作性', 'Usability', '网站操作简便', 'The site was easy to use', GOOD),
  opt('overall_fair', '整体满意度', 'Overall', '基本满足需求', 'Met my needs on the whole', FAIR),
  opt('efficiency_fair', '办事效率', 'Efficiency', '办理时间可再缩短', 'Could be quicker', FAIR),
  opt(
    'guide_fair',
    '办事指南精确度',
    'Guide accuracy',
    '指南个别内容不够清楚',
    'Parts of the guide were unclear',
    FAIR,
  ),
  opt('platform_fair', '平台操作性', 'Usability', '操作步骤可再简化', 'Steps could be simpler', FAIR),
  opt('overall_bad', '整体满意度', 'Overall', '整体服务不满意', 'Dissatisfied overall', BAD),
  opt('efficiency_bad', '办事效率', 'Efficiency', '办理超时或拖延', 'Late or delayed', BAD),
  opt(
    'guide_bad',
    '办事指南精确度',
    'Guide accuracy',
    '办事指南与实际要求不符',
    'The guide did not match what was asked',
    BAD,
  ),
  opt(
    'convenience_bad',
    '办事便捷度',
    'Convenience',
    '要求重复提交材料或多次跑腿',
    'Asked for materials again or extra trips',
    BAD,
  ),
  opt(
    'platform_bad',
    '平台操作性',
    'Usability',
    '网站操作复杂或出错',
    'The site was confusing or failed',
    BAD,
  ),
];

/** Version 1 of the window set (二级指标: 整体满意度, 服务效率, 服务水平, 服务态度). */
export const WINDOW_OPTIONS_V1: RatingOption[] = [
  opt('overall_good', '整体满意度', 'Overall', '整体服务满意', 'Satisfied overall', GOOD),
  opt('efficiency_good', '服务效率', 'Efficiency', '等候时间短，办理快', 'Short wait, quick service', GOOD),
  opt(
    'competence_good',
    '服务水平',
    'Competence',
    '业务熟练，一次说清',
    'Knew the business, explained it at once',
    GOOD,
  ),
  opt('attitude_good', '服务态度', 'Attitude', '热情耐心', 'Friendly and patient', GOOD),
  opt('overall_fair', '整体满意度', 'Overall', '基本满足需求', 'Met my needs on the whole', FAIR),
  opt('efficiency_fair', '服务效率', 'Efficiency', '等候时间稍长', 'The wait was a little long', FAIR),
  opt('attitude_fair', '服务态度', 'Attitude', '服务态度一般', 'Attitude was ordinary', FAIR),
  opt('overall_bad', '整体满意度', 'Overall', '整体服务不满意', 'Dissatisfied overall', BAD),
  opt('efficiency_bad', '服务效率', 'Efficiency', '等候时间过长', 'Waited far too long', BAD),
  opt(
    'competence_bad',
    '服务水平',
    'Competence',
    '业务不熟，解释不清',
    'Did not know the business, unclear answers',
    BAD,
  ),
  opt('attitude_bad', '服务态度', 'Attitude', '态度生硬或推诿', 'Rude or passed me around', BAD),
];
