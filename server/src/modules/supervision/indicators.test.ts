import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { WorkingCalendar } from '../../platform/calendar/working-days.ts';
import {
  bucketOf,
  bundleBurden,
  computeIndicators,
  decidedTotals,
  planDays,
  addInputs,
  emptyInputs,
  INDICATOR_KEYS,
  INDICATORS,
  itemBurden,
  periodInstants,
  ratio,
  suppressSmallCell,
  type ItemFacts,
} from './indicators.ts';

// 2026-10-01..07 National Day holiday, 2026-10-10 (Saturday) a make-up working day.
const calendar = new WorkingCalendar([
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
    date: `2026-10-${d}`,
    kind: 'holiday' as const,
    name: '国庆节',
  })),
  { date: '2026-10-10', kind: 'workday' as const, name: '国庆节调休' },
]);

describe('supervision indicators', () => {
  test('every indicator has a Chinese and English name and definition', () => {
    assert.deepEqual(
      INDICATORS.map((d) => d.key),
      [...INDICATOR_KEYS],
    );
    for (const d of INDICATORS) {
      assert.ok(d.name.zh && d.name.en && d.definition.zh.length > 10 && d.definition.en.length > 10, d.key);
    }
  });

  test('an empty scope gives counts of 0 and no rates (nothing to divide by)', () => {
    const v = computeIndicators(emptyInputs());
    assert.equal(v.casesHandled, 0);
    assert.equal(v.overdueNow, 0);
    assert.equal(v.onlineRate, null);
    assert.equal(v.goodRate, null);
    assert.equal(v.averageWorkingDays, null);
    assert.equal(v.complaintsPer1000, null);
  });

  test('hand-computed values for every formula', () => {
    const v = computeIndicators({
      submitted: 8,
      online: 6,
      trips: 3,
      decided: decidedTotals(
        [
          // Same day: instant, 0 working days, on time.
          { submittedOn: '2026-09-29', decidedOn: '2026-09-29', decided: 2, withDue: 2, onTime: 2 },
          // Across the holiday: 09-30 → 10-09 counts only 10-08 and 10-09 = 2 working days.
          { submittedOn: '2026-09-30', decidedOn: '2026-10-09', decided: 1, withDue: 1, onTime: 0 },
          // Friday → the make-up Saturday → Monday: 10-10 and 10-12 = 2 working days.
          { submittedOn: '2026-10-09', decidedOn: '2026-10-12', decided: 1, withDue: 1, onTime: 1 },
        ],
        calendar,
      ),
      materialsRequired: 10,
      materialsReduced: 4,
      overdueNow: 2,
      items: [
        { promisedDays: 5, statutoryDays: 20, requiredVisits: 0 },
        { promisedDays: 0, statutoryDays: 10, requiredVisits: 1 },
        { promisedDays: 3, statutoryDays: null, requiredVisits: 2 },
      ],
      ratingLevels: [1, 0, 1, 2, 4],
      defaultRatings: 3,
      rectificationsOpened: 2,
      rectificationsFixed: 1,
      rectificationsFixedOnTime: 1,
      complaints: 1,
    });
    assert.equal(v.casesHandled, 8);
    assert.equal(v.onlineRate, 0.75);
    assert.equal(v.instantShare, 0.5); // 2 of 4 decided
    assert.equal(v.compression, 0.875); // mean(1 − 5/20, 1 − 0/10) = (0.75 + 1) / 2
    assert.equal(v.itemsAtMostOneVisit, 0.6667);
    assert.equal(v.itemsZeroVisits, 0.3333);
    assert.equal(v.averageTrips, 0.38); // 3 / 8
    assert.equal(v.materialsReduction, 0.4);
    assert.equal(v.onTimeRate, 0.75);
    assert.equal(v.overdueNow, 2);
    assert.equal(v.averageWorkingDays, 1); // (0 + 0 + 2 + 2) / 4
    assert.equal(v.goodRate, 0.75); // (2 + 4) / 8, default ratings excluded
    assert.equal(v.defaultRatings, 3);
    assert.equal(v.activeRatingRate, 2); // 8 people's ratings / 4 decided cases
    assert.equal(v.rectificationRate, 0.5);
    assert.equal(v.onTimeRectificationRate, 1);
    assert.equal(v.complaintsPer1000, 125);
  });

  test('a period is read as runs of rolled days and runs of raw days (today, unrolled, stale)', () => {
    const rolled = new Set(['2026-10-01', '2026-10-02', '2026-10-04', '2026-10-05']);
    assert.deepEqual(planDays({ from: '2026-09-30', to: '2026-10-06' }, rolled), {
      rolled: [
        { from: '2026-10-01', to: '2026-10-02' },
        { from: '2026-10-04', to: '2026-10-05' },
      ],
      raw: [
        { from: '2026-09-30', to: '2026-09-30' },
        { from: '2026-10-03', to: '2026-10-03' },
        { from: '2026-10-06', to: '2026-10-06' },
      ],
    });
    assert.deepEqual(planDays({ from: '2026-10-01', to: '2026-10-02' }, rolled), {
      rolled: [{ from: '2026-10-01', to: '2026-10-02' }],
      raw: [],
    });
  });

  test('inputs of two parts add up to the indicators of the whole', () => {
    const part = (submitted: number, decided: number, good: number) => ({
      ...emptyInputs(),
      submitted,
      online: submitted,
      decided: { decided, sameDay: decided, withDue: decided, onTime: 0, workingDays: 2 * decided },
      ratingLevels: [0, 0, 0, 0, good] as [number, number, number, number, number],
    });
    const v = computeIndicators(addInputs(part(3, 1, 2), part(1, 3, 0)));
    assert.equal(v.casesHandled, 4);
    assert.equal(v.averageWorkingDays, 2);
    assert.equal(v.instantShare, 1);
    assert.equal(v.onTimeRate, 0);
    assert.equal(v.activeRatingRate, 0.5);
  });

  test('ratio rounds and refuses a zero denominator', () => {
    assert.equal(ratio(1, 3), 0.3333);
    assert.equal(ratio(2, 3, 2), 0.67);
    assert.equal(ratio(5, 0), null);
  });

  test('a period of Beijing dates is the half-open UTC instant range', () => {
    assert.deepEqual(periodInstants({ from: '2026-11-01', to: '2026-11-30' }), {
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
    });
    assert.throws(() => periodInstants({ from: '2026-02-30', to: '2026-03-01' }), RangeError);
  });

  test('trend buckets: month, and the Monday of the week', () => {
    assert.equal(bucketOf('2026-11-27', 'month'), '2026-11');
    assert.equal(bucketOf('2026-11-27', 'week'), '2026-11-23'); // Friday → Monday
    assert.equal(bucketOf('2026-11-23', 'week'), '2026-11-23');
    assert.equal(bucketOf('2026-11-29', 'week'), '2026-11-23'); // Sunday belongs to the week before
  });
});

const material = (key: string, extra: Partial<ItemFacts['materials'][number]> = {}) => ({
  key,
  necessity: 'required',
  ...extra,
});

const item = (code: string, over: Partial<ItemFacts>): ItemFacts => ({
  code,
  name: code,
  departmentId: 'd',
  regionCode: '330106',
  promisedDays: 5,
  statutoryDays: 20,
  requiredVisits: 1,
  materials: [],
  ...over,
});

describe('citizen burden (四减)', () => {
  test('an item: statutory versus promised days, licence and data sources take materials off', () => {
    const b = itemBurden(
      item('A', {
        materials: [
          material('M1', { licenceType: 'id_card' }),
          material('M2', { dataResource: 'household' }),
          material('M3'),
          { key: 'M4', necessity: 'optional' },
        ],
      }),
    );
    assert.deepEqual(b.itemByItem, { applications: 1, days: 20, materials: 3, trips: 1 });
    assert.deepEqual(b.tongban, { applications: 1, days: 5, materials: 1, trips: 1 });
    assert.deepEqual(b.reduction, { applications: 0, days: 0.75, materials: 0.6667, trips: 0 });
  });

  test('a bundle: one application, one set of materials by concept, the longest visit need', () => {
    const b = bundleBurden(7, [
      item('A', {
        promisedDays: 5,
        requiredVisits: 1,
        materials: [material('M1', { concept: 'id_card' }), material('M2', { concept: 'lease' })],
      }),
      item('B', {
        promisedDays: 10,
        requiredVisits: 2,
        materials: [
          material('M1', { concept: 'id_card' }),
          material('M2', { concept: 'business_licence', licenceType: 'business_licence' }),
          material('M3'),
        ],
      }),
    ]);
    assert.deepEqual(b.itemByItem, { applications: 2, days: 15, materials: 5, trips: 3 });
    // id_card and lease once each, business licence fetched, B/M3 once: 3 to hand in.
    assert.deepEqual(b.tongban, { applications: 1, days: 7, materials: 3, trips: 2 });
    assert.equal(b.reduction.applications, 0.5);
    assert.equal(b.reduction.days, 0.5333);
    assert.equal(b.reduction.materials, 0.4);
    assert.equal(b.reduction.trips, 0.3333);
  });
});

describe('public disclosure cell size', () => {
  test('rates are withheld below the minimum number of ratings, shown from it on', () => {
    assert.deepEqual(suppressSmallCell({ goodRate: 1 }, 4, 5), { values: null, suppressed: true });
    assert.deepEqual(suppressSmallCell({ goodRate: 0.8 }, 5, 5), {
      values: { goodRate: 0.8 },
      suppressed: false,
    });
  });
});
