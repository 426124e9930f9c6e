// The benchmark dataset generator (bench/generate.ts) must give the same dataset for the same seed, valid
// identifiers, and the product's own working-day arithmetic; its pure parts are checked here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DAY_MS, FastCalendar, beijingDay } from '../../bench/generate/calendar.ts';
import { generatedOrganisation, generatedPerson } from '../../bench/generate/people.ts';
import { itemWeights, planCase, type World } from '../../bench/generate/plan.ts';
import { sampleItemContent } from '../src/modules/catalog/content.fixture.ts';
import { loadFeedbackSettings } from '../src/modules/feedback/settings.ts';
import { ONLINE_OPTIONS_V1, WINDOW_OPTIONS_V1 } from '../src/modules/feedback/levels.ts';
import { parseIdNumber } from '../src/modules/identity/id-number.ts';
import { parseUscc } from '../src/modules/identity/uscc.ts';
import { createOfficialCalendar } from '../src/platform/calendar/official-calendar.ts';

const NOW = Date.parse('2026-11-16T02:00:00.000Z');
const official = createOfficialCalendar();
const calendar = new FastCalendar(official, beijingDay(NOW) - 1200, beijingDay(NOW) + 800);

function world(seed: number): World {
  const people = Array.from({ length: 50 }, (_, i) => {
    const p = generatedPerson(seed, i, ['330106', '330102']);
    return { id: `person-${i}`, accountId: `account-${i}`, ...p };
  });
  return {
    seed,
    mix: 'realistic',
    now: NOW,
    start: NOW - 730 * DAY_MS,
    calendar,
    items: [
      {
        id: 'item-1',
        versionId: 'version-1',
        code: '11330106MB0000000X3000117002000',
        name: '食品经营许可证核发',
        departmentId: 'department-1',
        regionCode: '330106',
        content: sampleItemContent({ serviceObjects: ['natural_person', 'legal_person'] }),
        departmentByUscc: new Map(),
        licence: null,
      },
    ],
    itemWeights: itemWeights(1, seed),
    people,
    organisations: [
      { id: 'org-1', name: '杭州测试餐饮有限公司', uscc: '91330106MA2B00001X', representative: 0 },
    ],
    staff: new Map([['department-1', { window: ['staff-w'], reviewer: ['staff-r'], leader: ['staff-l'] }]]),
    anyWindowStaff: ['staff-w'],
    fileIds: ['f'.repeat(64)],
    optionSets: {
      online: { id: 'set-online', version: 1, options: ONLINE_OPTIONS_V1 },
      window: { id: 'set-window', version: 1, options: WINDOW_OPTIONS_V1 },
    },
    feedback: loadFeedbackSettings({}),
    acceptanceDays: 5,
    warnPercent: 80,
  };
}

test('the same seed gives the same cases; another seed gives others', () => {
  const a = world(7);
  const plans = (w: World) => Array.from({ length: 300 }, (_, i) => planCase(w, i));
  assert.deepEqual(plans(a), plans(world(7)));
  const other = plans(world(8));
  assert.notDeepEqual(plans(a), other);
});

test('generated cases keep their dates in order and before now', () => {
  const w = world(11);
  for (let i = 0; i < 500; i++) {
    const { row, tasks, evaluations } = planCase(w, i);
    for (const at of [row.created_at, row.submitted_at, row.accepted_at, row.decided_at, row.closed_at])
      if (at) assert.ok(Date.parse(at) <= NOW, `case ${i}: ${at} is after now`);
    if (row.submitted_at)
      assert.ok(row.created_at <= row.submitted_at, `case ${i} submitted before it was created`);
    if (row.decided_at)
      assert.ok(row.accepted_at! <= row.decided_at, `case ${i} decided before it was accepted`);
    for (const t of tasks) {
      assert.ok(
        t.completed_at === null || t.started_at <= t.completed_at,
        `case ${i}: task ends before it starts ${JSON.stringify({ s: row.status, sub: row.submitted_at, t })}`,
      );
      assert.equal(t.status === 'open' || t.status === 'claimed', t.completed_at === null);
    }
    const open = tasks.filter((t) => t.status === 'open' || t.status === 'claimed');
    if (['approved', 'denied', 'withdrawn', 'not_accepted', 'draft'].includes(row.status))
      assert.equal(open.length, 0, `case ${i} (${row.status}) has an open task`);
    if (['in_review', 'submitted', 'suspended'].includes(row.status)) assert.equal(open.length, 1);
    for (const e of evaluations) assert.equal(e.is_bad, e.level <= 2);
  }
});

test('generated ID numbers and credit codes are valid', () => {
  for (let i = 0; i < 200; i++) {
    const p = generatedPerson(3, i, ['330106', '330481']);
    assert.equal(parseIdNumber(p.idNumber, { today: '2026-11-16' }).ok, true, p.idNumber);
    const o = generatedOrganisation(3, i, ['330106', '330481']);
    const parsed = parseUscc(o.uscc);
    assert.equal(parsed.ok && parsed.warnings.length === 0, true, o.uscc);
  }
});

test('the array calendar adds working days as the product calendar does', () => {
  const from = beijingDay(NOW) - 400;
  for (let d = from; d < from + 400; d += 3)
    for (const n of [0, 1, 2, 5, 20, -1, -7]) {
      const date = new Date(d * DAY_MS).toISOString().slice(0, 10);
      assert.equal(
        calendar.date(calendar.addWorkingDays(d, n)),
        official.addWorkingDays(date, n),
        `${date} ${n}`,
      );
    }
});
