// Supervision indicators as pure functions over aggregate counts (the store reads the counts with indexed
// GROUP BY queries; nothing here loops over cases). Every indicator has a definition in Chinese and English,
// shown next to its value and documented in docs/indicators.md.
import { addCalendarDays, type WorkingCalendar } from '../../platform/calendar/working-days.ts';
import type { Bilingual } from '../../platform/errors.ts';

export const INDICATOR_KEYS = [
  'casesHandled',
  'onlineRate',
  'instantShare',
  'compression',
  'itemsAtMostOneVisit',
  'itemsZeroVisits',
  'averageTrips',
  'materialsReduction',
  'onTimeRate',
  'overdueNow',
  'averageWorkingDays',
  'goodRate',
  'defaultRatings',
  'activeRatingRate',
  'rectificationRate',
  'onTimeRectificationRate',
  'complaintsPer1000',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export interface IndicatorDefinition {
  key: IndicatorKey;
  /** rate: a fraction 0–1; count; days; trips; per1000. */
  unit: 'rate' | 'count' | 'days' | 'trips' | 'per1000';
  /** Whether a higher value is better (rankings sort best first). */
  higherIsBetter: boolean;
  name: Bilingual;
  definition: Bilingual;
}

const def = (
  key: IndicatorKey,
  unit: IndicatorDefinition['unit'],
  higherIsBetter: boolean,
  name: Bilingual,
  definition: Bilingual,
): IndicatorDefinition => ({ key, unit, higherIsBetter, name, definition });

export const INDICATORS: readonly IndicatorDefinition[] = [
  def(
    'casesHandled',
    'count',
    true,
    { zh: '办件量', en: 'Cases handled' },
    {
      zh: '统计期内提交的事项办件数（一件事的各子办件分别计数，一件事主件不计）。',
      en: 'Item cases submitted in the period (each child of a bundle counts; the bundle parent does not).',
    },
  ),
  def(
    'onlineRate',
    'rate',
    true,
    { zh: '全程网办率', en: 'Online-application rate' },
    {
      zh: '通过网上（PC 端或移动端）提交的办件数 ÷ 办件量。',
      en: 'Cases submitted online (web or mobile) ÷ cases handled.',
    },
  ),
  def(
    'instantShare',
    'rate',
    true,
    { zh: '即办件比例', en: 'Instant-case share' },
    {
      zh: '统计期内办结的办件中，提交当日（北京时间）即作出决定的办件数 ÷ 办结件数（含秒批和即办件）。',
      en: 'Cases decided on the Beijing day they were submitted (秒批 and 即办件) ÷ cases decided in the period.',
    },
  ),
  def(
    'compression',
    'rate',
    true,
    { zh: '承诺时限压缩比', en: 'Promised-versus-statutory compression' },
    {
      zh: '对有法定时限（大于 0 个工作日）的已发布事项，取 1 − 承诺时限 ÷ 法定时限 的平均值。',
      en: 'Mean of 1 − promised ÷ statutory working days over published items with a statutory limit above 0.',
    },
  ),
  def(
    'itemsAtMostOneVisit',
    'rate',
    true,
    { zh: '最多跑一次事项比例', en: 'Items needing at most one visit' },
    {
      zh: '办事指南中到现场次数 ≤ 1 的已发布事项数 ÷ 已发布事项数。',
      en: 'Published items whose guide requires at most one on-site visit ÷ published items.',
    },
  ),
  def(
    'itemsZeroVisits',
    'rate',
    true,
    { zh: '零跑动事项比例', en: 'Items needing no visit' },
    {
      zh: '办事指南中到现场次数为 0 的已发布事项数 ÷ 已发布事项数。',
      en: 'Published items whose guide requires no on-site visit ÷ published items.',
    },
  ),
  def(
    'averageTrips',
    'trips',
    false,
    { zh: '件均跑动次数', en: 'Average trips per case' },
    {
      zh: '办件实际记录的到现场次数之和 ÷ 办件量。',
      en: 'On-site visits actually recorded on the cases ÷ cases handled.',
    },
  ),
  def(
    'materialsReduction',
    'rate',
    true,
    { zh: '材料减免率', en: 'Materials reduction' },
    {
      zh: '办件的必交材料中，由电子证照、共享数据、告知承诺或免交满足（申请人无需上传或窗口提交）的条数 ÷ 必交材料条数。',
      en: 'Required material rows of the cases satisfied by a licence, shared data, a commitment or a waiver (not uploaded or handed in) ÷ required material rows.',
    },
  ),
  def(
    'onTimeRate',
    'rate',
    true,
    { zh: '按时办结率', en: 'On-time rate' },
    {
      zh: '统计期内办结且有承诺期限的办件中，在承诺到期日（含当日，北京时间）前作出决定的办件数 ÷ 该类办件数。',
      en: 'Cases decided in the period on or before their promised due date (Beijing) ÷ cases decided in the period that had one.',
    },
  ),
  def(
    'overdueNow',
    'count',
    false,
    { zh: '当前超期件', en: 'Cases overdue now' },
    {
      zh: '当前仍在办理（已提交、审查中、办理中）且已过承诺到期日的办件数，不受统计期限制。',
      en: 'Open cases (submitted, in review, in progress) past their promised due date today, whatever the period.',
    },
  ),
  def(
    'averageWorkingDays',
    'days',
    false,
    { zh: '平均办理工作日', en: 'Average working days to decision' },
    {
      zh: '统计期内办结的办件，从提交日到决定日之间的工作日数（按工作日历，当日办结为 0）的平均值。',
      en: 'Mean working days (by the working-day calendar) from the submission day to the decision day of the cases decided in the period; same day is 0.',
    },
  ),
  def(
    'goodRate',
    'rate',
    true,
    { zh: '好评率', en: 'Good-rating rate' },
    {
      zh: '统计期内评价人主动作出的评价中，“非常满意”和“满意”的条数 ÷ 主动评价条数（不含默认评价）。',
      en: 'Ratings of 非常满意 or 满意 ÷ ratings given by people in the period (default ratings excluded).',
    },
  ),
  def(
    'defaultRatings',
    'count',
    false,
    { zh: '默认评价数', en: 'Default ratings' },
    {
      zh: '评价期满未评价而由系统记录的默认评价条数，单独统计，不计入好评率。',
      en: 'Ratings recorded by the system when nobody rated in time; counted apart, not in the good-rating rate.',
    },
  ),
  def(
    'activeRatingRate',
    'rate',
    true,
    { zh: '主动评价率', en: 'Active-evaluation rate' },
    {
      zh: '统计期内主动评价条数（不含默认评价）÷ 统计期内办结件数。',
      en: 'Ratings given by people in the period (not default ones) ÷ cases decided in the period.',
    },
  ),
  def(
    'rectificationRate',
    'rate',
    true,
    { zh: '差评整改率', en: 'Rectification rate' },
    {
      zh: '统计期内产生的差评整改中，已整改（立行立改或台账整改完成）的条数 ÷ 差评整改条数。',
      en: 'Rectifications opened in the period that were fixed (at once or on the ledger) ÷ rectifications opened.',
    },
  ),
  def(
    'onTimeRectificationRate',
    'rate',
    true,
    { zh: '按期整改率', en: 'On-time rectification rate' },
    {
      zh: '已整改的差评中，在整改期限（含批准的延期）内完成的条数 ÷ 已整改条数。',
      en: 'Fixed rectifications completed by their deadline (approved extensions included) ÷ fixed rectifications.',
    },
  ),
  def(
    'complaintsPer1000',
    'per1000',
    false,
    { zh: '千件投诉量', en: 'Complaints per 1,000 cases' },
    {
      zh: '统计期内收到的投诉数 ÷ 办件量 × 1000。',
      en: 'Complaints received in the period ÷ cases handled × 1,000.',
    },
  ),
];

export const definitionOf = (key: IndicatorKey): IndicatorDefinition =>
  INDICATORS.find((d) => d.key === key)!;

/** Catalogue facts of one published item. */
export interface ItemFacts {
  code: string;
  name: string;
  departmentId: string;
  regionCode: string;
  promisedDays: number;
  statutoryDays: number | null;
  requiredVisits: number;
  materials: Array<{
    key: string;
    necessity: string;
    concept?: string;
    licenceType?: string;
    dataResource?: string;
  }>;
}

/** Decided cases of one (submission day, decision day) pair, as the raw aggregate reads them. */
export interface DecidedPair {
  submittedOn: string;
  decidedOn: string;
  decided: number;
  withDue: number;
  onTime: number;
}

/** What the decision indicators need of a set of decided cases. */
export interface DecidedTotals {
  decided: number;
  /** Decided on the Beijing day they were submitted. */
  sameDay: number;
  withDue: number;
  onTime: number;
  /** Working days from submission day to decision day, summed over the cases. */
  workingDays: number;
}

/** The aggregate counts one set of indicators is computed from (one group: a region, department, item or day). */
export interface IndicatorInputs {
  submitted: number;
  online: number;
  trips: number;
  decided: DecidedTotals;
  materialsRequired: number;
  materialsReduced: number;
  overdueNow: number;
  items: Array<Pick<ItemFacts, 'promisedDays' | 'statutoryDays' | 'requiredVisits'>>;
  /** People's ratings per level 1–5. */
  ratingLevels: [number, number, number, number, number];
  defaultRatings: number;
  rectificationsOpened: number;
  rectificationsFixed: number;
  rectificationsFixedOnTime: number;
  complaints: number;
}

export const emptyDecided = (): DecidedTotals => ({
  decided: 0,
  sameDay: 0,
  withDue: 0,
  onTime: 0,
  workingDays: 0,
});

export const emptyInputs = (): IndicatorInputs => ({
  submitted: 0,
  online: 0,
  trips: 0,
  decided: emptyDecided(),
  materialsRequired: 0,
  materialsReduced: 0,
  overdueNow: 0,
  items: [],
  ratingLevels: [0, 0, 0, 0, 0],
  defaultRatings: 0,
  rectificationsOpened: 0,
  rectificationsFixed: 0,
  rectificationsFixedOnTime: 0,
  complaints: 0,
});

/** The sum of two groups' inputs (a group read from roll-ups and from raw rows, or days of one bucket). */
export function addInputs(a: IndicatorInputs, b: IndicatorInputs): IndicatorInputs {
  return {
    submitted: a.submitted + b.submitted,
    online: a.online + b.online,
    trips: a.trips + b.trips,
    decided: {
      decided: a.decided.decided + b.decided.decided,
      sameDay: a.decided.sameDay + b.decided.sameDay,
      withDue: a.decided.withDue + b.decided.withDue,
      onTime: a.decided.onTime + b.decided.onTime,
      workingDays: a.decided.workingDays + b.decided.workingDays,
    },
    materialsRequired: a.materialsRequired + b.materialsRequired,
    materialsReduced: a.materialsReduced + b.materialsReduced,
    overdueNow: a.overdueNow + b.overdueNow,
    items: [...a.items, ...b.items],
    ratingLevels: a.ratingLevels.map((n, i) => n + b.ratingLevels[i]!) as IndicatorInputs['ratingLevels'],
    defaultRatings: a.defaultRatings + b.defaultRatings,
    rectificationsOpened: a.rectificationsOpened + b.rectificationsOpened,
    rectificationsFixed: a.rectificationsFixed + b.rectificationsFixed,
    rectificationsFixedOnTime: a.rectificationsFixedOnTime + b.rectificationsFixedOnTime,
    complaints: a.complaints + b.complaints,
  };
}

export type IndicatorValues = Record<IndicatorKey, number | null>;

/** A ratio rounded to 4 decimals; null when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number, digits = 4): number | null {
  if (denominator <= 0) return null;
  const f = 10 ** digits;
  return Math.round((numerator / denominator) * f) / f;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * calendar.workingDaysBetween for dates among `days`, from one walk over their span: the count over (a, b] is
 * additive, so it is the difference of each day's count from the earliest day. A province year has tens of
 * thousands of day pairs, each spanning weeks: walking each pair cost seconds.
 */
function workingDayCounter(calendar: WorkingCalendar, days: string[]) {
  const sorted = [...new Set(days)].sort();
  const fromFirst = new Map<string, number>();
  let count = 0;
  sorted.forEach((day, i) => {
    if (i > 0) count += calendar.workingDaysBetween(sorted[i - 1]!, day);
    fromFirst.set(day, count);
  });
  return (from: string, to: string) => fromFirst.get(to)! - fromFirst.get(from)!;
}

/** Decision totals of (submission day, decision day) pairs; the calendar is walked once over their span. */
export function decidedTotals(pairs: readonly DecidedPair[], calendar: WorkingCalendar): DecidedTotals {
  const between = workingDayCounter(
    calendar,
    pairs.flatMap((d) => [d.submittedOn, d.decidedOn]),
  );
  return {
    decided: sum(pairs.map((d) => d.decided)),
    sameDay: sum(pairs.filter((d) => d.submittedOn === d.decidedOn).map((d) => d.decided)),
    withDue: sum(pairs.map((d) => d.withDue)),
    onTime: sum(pairs.map((d) => d.onTime)),
    workingDays: sum(pairs.map((d) => d.decided * between(d.submittedOn, d.decidedOn))),
  };
}

export function computeIndicators(input: IndicatorInputs): IndicatorValues {
  const { decided, sameDay, withDue, onTime, workingDays } = input.decided;
  const withLimit = input.items.filter((i) => i.statutoryDays !== null && i.statutoryDays > 0);
  const compression = sum(withLimit.map((i) => 1 - i.promisedDays / (i.statutoryDays as number)));
  const rated = sum(input.ratingLevels);
  const good = input.ratingLevels[3] + input.ratingLevels[4];
  return {
    casesHandled: input.submitted,
    onlineRate: ratio(input.online, input.submitted),
    instantShare: ratio(sameDay, decided),
    compression: ratio(compression, withLimit.length),
    itemsAtMostOneVisit: ratio(input.items.filter((i) => i.requiredVisits <= 1).length, input.items.length),
    itemsZeroVisits: ratio(input.items.filter((i) => i.requiredVisits === 0).length, input.items.length),
    averageTrips: ratio(input.trips, input.submitted, 2),
    materialsReduction: ratio(input.materialsReduced, input.materialsRequired),
    onTimeRate: ratio(onTime, withDue),
    overdueNow: input.overdueNow,
    averageWorkingDays: ratio(workingDays, decided, 2),
    goodRate: ratio(good, rated),
    defaultRatings: input.defaultRatings,
    activeRatingRate: ratio(rated, decided),
    rectificationRate: ratio(input.rectificationsFixed, input.rectificationsOpened),
    onTimeRectificationRate: ratio(input.rectificationsFixedOnTime, input.rectificationsFixed),
    complaintsPer1000: ratio(input.complaints * 1000, input.submitted, 2),
  };
}

// ---- periods ----

export interface Period {
  /** Beijing dates, both included. */
  from: string;
  to: string;
}

/** The half-open instant range [from 00:00, day after to 00:00) Beijing time, as ISO strings. */
export function periodInstants(p: Period): { from: string; to: string } {
  return {
    from: new Date(`${addCalendarDays(p.from, 0)}T00:00:00+08:00`).toISOString(),
    to: new Date(`${addCalendarDays(p.to, 1)}T00:00:00+08:00`).toISOString(),
  };
}

/** A run of consecutive Beijing dates, both included. */
export type DayRange = Period;

/**
 * How a period is read: the runs of days served by a clean roll-up, and the runs read from the raw rows
 * (today, days not rolled yet, days a change made stale). Runs keep the number of queries small.
 */
export function planDays(
  period: Period,
  rolled: ReadonlySet<string>,
): { rolled: DayRange[]; raw: DayRange[] } {
  const plan = { rolled: [] as DayRange[], raw: [] as DayRange[] };
  let run: { list: DayRange[]; range: DayRange } | null = null;
  for (let day = period.from; day <= period.to; day = addCalendarDays(day, 1)) {
    const list = rolled.has(day) ? plan.rolled : plan.raw;
    if (run && run.list === list) run.range.to = day;
    else {
      run = { list, range: { from: day, to: day } };
      list.push(run.range);
    }
  }
  return plan;
}

/** The bucket a Beijing date falls in: 'YYYY-MM' by month, the Monday 'YYYY-MM-DD' by week. */
export function bucketOf(date: string, granularity: 'month' | 'week'): string {
  if (granularity === 'month') return date.slice(0, 7);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addCalendarDays(date, -((weekday + 6) % 7));
}

// ---- citizen burden (四减) ----

/** Steps (applications), time (working days), materials and trips of one way of applying. */
export interface Burden {
  applications: number;
  days: number;
  materials: number;
  trips: number;
}

export interface BurdenComparison {
  /** Applying item by item, every material uploaded or handed in, each item's visits made. */
  itemByItem: Burden;
  /** With Tongban: one application, one set of materials, licences and shared data fetched. */
  tongban: Burden;
  /** Share saved per dimension (1 − tongban ÷ item by item); null when the baseline is 0. */
  reduction: Record<keyof Burden, number | null>;
}

const fetchable = (m: ItemFacts['materials'][number]) => !!(m.licenceType || m.dataResource);
const required = (m: ItemFacts['materials'][number]) => m.necessity === 'required';

function compare(itemByItem: Burden, tongban: Burden): BurdenComparison {
  const cut = (k: keyof Burden) =>
    itemByItem[k] > 0 ? ratio(itemByItem[k] - tongban[k], itemByItem[k]) : null;
  return {
    itemByItem,
    tongban,
    reduction: {
      applications: cut('applications'),
      days: cut('days'),
      materials: cut('materials'),
      trips: cut('trips'),
    },
  };
}

/**
 * One item: item by item means the statutory time limit (the promised one when the law sets none), every
 * required material handed in and the guide's visits; Tongban means the promised limit, only the required
 * materials no licence or shared data can supply, and the guide's visits.
 */
export function itemBurden(item: ItemFacts): BurdenComparison {
  const req = item.materials.filter(required);
  return compare(
    {
      applications: 1,
      days: item.statutoryDays ?? item.promisedDays,
      materials: req.length,
      trips: item.requiredVisits,
    },
    {
      applications: 1,
      days: item.promisedDays,
      materials: req.filter((m) => !fetchable(m)).length,
      trips: item.requiredVisits,
    },
  );
}

/**
 * A bundle (一件事): item by item is one application per component, their promised days added up (applied
 * one after the other), every required material of every item handed in, and every item's visits; with
 * Tongban it is one application, the bundle's promised days, each material concept once (一套材料) unless a
 * licence or shared data supplies it, and the most visits any one component needs (one trip serves all).
 */
export function bundleBurden(bundlePromisedDays: number, components: ItemFacts[]): BurdenComparison {
  const req = components.flatMap((c) => c.materials.filter(required).map((m) => ({ ...m, item: c.code })));
  const distinct = new Map<string, boolean>();
  for (const m of req) {
    const id = m.concept ?? `${m.item}/${m.key}`;
    distinct.set(id, (distinct.get(id) ?? false) || fetchable(m));
  }
  return compare(
    {
      applications: components.length,
      days: sum(components.map((c) => c.promisedDays)),
      materials: req.length,
      trips: sum(components.map((c) => c.requiredVisits)),
    },
    {
      applications: 1,
      days: bundlePromisedDays,
      materials: [...distinct.values()].filter((f) => !f).length,
      trips: Math.max(0, ...components.map((c) => c.requiredVisits)),
    },
  );
}

/** What an item's real cases of the period cost the applicants: averages per submitted case. */
export interface ObservedBurden {
  cases: number;
  /** Working days from submission to decision (decided cases). */
  days: number | null;
  /** Required materials someone uploaded or handed in. */
  materials: number | null;
  trips: number | null;
}

/** Null when the item had no case in the period. */
export function observedBurden(input: IndicatorInputs | undefined): ObservedBurden | null {
  if (!input || input.submitted === 0) return null;
  const v = computeIndicators(input);
  return {
    cases: input.submitted,
    days: v.averageWorkingDays,
    materials: ratio(input.materialsRequired - input.materialsReduced, input.submitted, 2),
    trips: v.averageTrips,
  };
}

// ---- public disclosure ----

/** Rates of a department with fewer ratings than the minimum cell size are withheld (null, suppressed). */
export function suppressSmallCell<T extends Record<string, unknown>>(
  rates: T,
  ratings: number,
  minimum: number,
): { values: T | null; suppressed: boolean } {
  return ratings < minimum ? { values: null, suppressed: true } : { values: rates, suppressed: false };
}
