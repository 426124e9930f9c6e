import type ExcelJS from 'exceljs';
import { loadExcel } from '../../platform/files/excel.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize, hasRole } from '../../platform/auth/policy.ts';
import { loadWorkingCalendar } from '../../platform/calendar/calendar-store.ts';
import type { WorkingCalendar } from '../../platform/calendar/working-days.ts';
import type { Platform } from '../../platform/context.ts';
import { cursorPage, sortedCursor } from '../../platform/http/pagination.ts';
import { addCalendarDays } from '../../platform/calendar/working-days.ts';
import { inTransaction, type Queryable } from '../../platform/db/database.ts';
import { cleanRolledDays } from '../../platform/db/rollup-days.ts';
import { fieldError, problems } from '../../platform/errors.ts';
import type { BundleContent, ItemContent } from '../catalog/content.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { CasesService } from '../cases/service.ts';
import type { FeedbackService } from '../feedback/service.ts';
import type { IdentityService } from '../identity/service.ts';
import type { WorkflowService } from '../workflow/service.ts';
import { beijingDate } from '../workflow/deadlines.ts';
import * as store from './store.ts';
import {
  addInputs,
  bucketOf,
  decidedTotals,
  planDays,
  type DecidedPair,
  bundleBurden,
  computeIndicators,
  observedBurden,
  definitionOf,
  emptyInputs,
  INDICATORS,
  itemBurden,
  periodInstants,
  suppressSmallCell,
  type IndicatorInputs,
  type IndicatorKey,
  type IndicatorValues,
  type ItemFacts,
} from './indicators.ts';
import { regionPrefix, supervisionPolicy } from './policy.ts';
import type { SupervisionSettings } from './settings.ts';

export interface ScopeQuery {
  regionCode?: string;
  departmentId?: string;
  itemCode?: string;
  from?: string;
  to?: string;
}

export type GroupBy = 'department' | 'region' | 'item';

/** A resolved, authorised scope: what the aggregate queries filter on. */
interface Scope {
  regionCode: string | null;
  departmentId: string | null;
  itemCode: string | null;
  from: string;
  to: string;
}

/** Indicators that mean something per day bucket (catalogue facts and "overdue now" do not). */
export const TREND_INDICATORS: IndicatorKey[] = INDICATORS.map((d) => d.key).filter(
  (k) => !['compression', 'itemsAtMostOneVisit', 'itemsZeroVisits', 'overdueNow'].includes(k),
);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const minDay = (a: string, b: string) => (a < b ? a : b);

/** First character kept, the rest hidden: 张三 → 张＊, 杭州西子湖餐饮 → 杭＊＊＊＊＊＊. */
export const maskName = (name: string) => [...name].map((c, i) => (i === 0 ? c : '＊')).join('');

export function createSupervisionService(
  platform: Platform,
  deps: {
    identity: IdentityService;
    catalog: CatalogService;
    cases: CasesService;
    workflow: WorkflowService;
    feedback: FeedbackService;
  },
  settings: SupervisionSettings,
) {
  const { db } = platform;
  const today = () => beijingDate(platform.clock.now());

  function period(query: ScopeQuery): { from: string; to: string } {
    const to = query.to ?? today();
    const from = query.from ?? `${to.slice(0, 4)}-01-01`;
    if (from > to)
      throw problems.validation([
        fieldError('from', '开始日期不能晚于结束日期', 'The start date cannot be after the end date'),
      ]);
    return { from, to };
  }

  /** Fills in the caller's own region or department when none is asked for, then authorises. */
  async function resolve(actor: Actor, query: ScopeQuery): Promise<Scope> {
    let regionCode = query.regionCode ?? null;
    let departmentId = query.departmentId ?? null;
    if (regionCode === null && departmentId === null && !hasRole(actor, 'admin')) {
      const supervisor = actor.roles.find((g) => g.role === 'supervisor');
      const leader = actor.roles.find((g) => g.role === 'leader');
      if (supervisor) regionCode = supervisor.regionCode;
      else if (leader) departmentId = leader.departmentId;
    }
    let policyRegion = regionCode;
    if (departmentId !== null) {
      const department = (await deps.identity.departmentsById([departmentId])).get(departmentId);
      if (!department) throw problems.notFound({ zh: '该部门', en: 'Department' });
      policyRegion ??= department.regionCode;
    }
    authorize(supervisionPolicy, 'view', actor, { regionCode: policyRegion, departmentId });
    return { regionCode, departmentId, itemCode: query.itemCode ?? null, ...period(query) };
  }

  function aggregateScope(s: Scope) {
    return {
      ...(s.regionCode ? { regionPrefix: regionPrefix(s.regionCode) } : {}),
      ...(s.departmentId ? { departmentId: s.departmentId } : {}),
      ...(s.itemCode ? { itemCode: s.itemCode } : {}),
      ...periodInstants(s),
    };
  }

  /** Published items and bundles with the facts indicators and 四减 need (the catalogue, not cases). */
  async function catalogue() {
    const { items, bundles } = await deps.catalog.publishedCatalogue(db);
    const facts: ItemFacts[] = items.map((row) => {
      const c = JSON.parse(row.content) as ItemContent;
      return {
        code: row.implementation_code,
        name: c.name,
        departmentId: row.department_id,
        regionCode: row.region_code,
        promisedDays: c.promisedDays,
        statutoryDays: c.statutoryDays,
        requiredVisits: c.requiredVisits,
        materials: c.materials.map((m) => ({
          key: m.key,
          necessity: m.necessity,
          ...(m.concept ? { concept: m.concept } : {}),
          ...(m.licenceType ? { licenceType: m.licenceType } : {}),
          ...(m.dataResource ? { dataResource: m.dataResource } : {}),
        })),
      };
    });
    return {
      items: facts,
      bundles: bundles.map((row) => ({ code: row.code, content: JSON.parse(row.content) as BundleContent })),
    };
  }

  const inScope = (s: Scope) => (i: ItemFacts) =>
    (s.regionCode === null || i.regionCode.startsWith(regionPrefix(s.regionCode))) &&
    (s.departmentId === null || i.departmentId === s.departmentId) &&
    (s.itemCode === null || i.code === s.itemCode);

  const itemKey = (by: GroupBy | 'none', i: ItemFacts) =>
    by === 'department' ? i.departmentId : by === 'region' ? i.regionCode : by === 'item' ? i.code : '';

  type RawGroupBy = GroupBy | 'none' | 'day' | 'cell';

  /** The period-dated aggregates of the scope from the raw rows, grouped; one IndicatorInputs per key. */
  async function rawInputs(q: Queryable, s: Scope, by: RawGroupBy, calendar: WorkingCalendar) {
    const a = aggregateScope(s);
    const [submitted, decided, materials, ratings, rects, complaints] = await Promise.all([
      deps.cases.aggregates.submitted(q, a, by),
      deps.cases.aggregates.decided(q, a, by),
      deps.cases.aggregates.materials(q, a, by),
      deps.feedback.aggregates.ratings(q, a, by),
      deps.feedback.aggregates.rectifications(q, a, by),
      deps.feedback.aggregates.complaints(q, a, by),
    ]);
    const groups = new Map<string, IndicatorInputs>();
    const at = (key: string) => {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = emptyInputs()));
      return g;
    };
    for (const r of submitted)
      Object.assign(at(r.key), { submitted: r.submitted, online: r.online, trips: r.trips });
    const pairs = new Map<string, DecidedPair[]>();
    for (const r of decided) pairs.set(r.key, [...(pairs.get(r.key) ?? []), r]);
    for (const [key, list] of pairs) at(key).decided = decidedTotals(list, calendar);
    for (const r of materials)
      Object.assign(at(r.key), { materialsRequired: r.required, materialsReduced: r.reduced });
    for (const r of ratings) Object.assign(at(r.key), { ratingLevels: r.levels, defaultRatings: r.defaults });
    for (const r of rects)
      Object.assign(at(r.key), {
        rectificationsOpened: r.opened,
        rectificationsFixed: r.fixed,
        rectificationsFixedOnTime: r.fixedOnTime,
      });
    for (const r of complaints) at(r.key).complaints = r.complaints;
    return groups;
  }

  /**
   * Every aggregate of the scope, grouped; one IndicatorInputs per group key. Closed days come from the
   * daily roll-up cells; today, days not rolled yet and days a change made stale come from the raw rows.
   */
  async function gather(s: Scope, by: GroupBy | 'none' | 'day'): Promise<Map<string, IndicatorInputs>> {
    // Only days before today: a roll-up of today or later (a clock set back) is never read.
    const rolled = await cleanRolledDays(db, s.from, minDay(s.to, addCalendarDays(today(), -1)));
    const plan = planDays({ from: s.from, to: s.to }, rolled);
    const calendar = plan.raw.length > 0 ? await loadWorkingCalendar(db) : null;
    const cellScope = {
      ...(s.regionCode ? { regionPrefix: regionPrefix(s.regionCode) } : {}),
      ...(s.departmentId ? { departmentId: s.departmentId } : {}),
      ...(s.itemCode ? { itemCode: s.itemCode } : {}),
    };
    const [fromCells, overdue, cat, ...fromRaw] = await Promise.all([
      store.cellInputs(db, cellScope, plan.rolled, by),
      by === 'day' ? Promise.resolve([]) : deps.cases.aggregates.overdue(db, aggregateScope(s), by, today()),
      by === 'day' ? Promise.resolve(null) : catalogue(),
      ...plan.raw.map((range) => rawInputs(db, { ...s, ...range }, by, calendar!)),
    ]);
    const groups = new Map<string, IndicatorInputs>();
    const at = (key: string) => {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = emptyInputs()));
      return g;
    };
    for (const part of [fromCells, ...fromRaw])
      for (const [key, g] of part) groups.set(key, addInputs(at(key), g));
    for (const r of overdue) at(r.key).overdueNow = r.overdue;
    if (cat && by !== 'day') for (const i of cat.items.filter(inScope(s))) at(itemKey(by, i)).items.push(i);
    if (by === 'none') at('');
    return groups;
  }

  /**
   * Rolls one closed day: its raw aggregates per (region, department, item) become its cells. The marks are
   * read first, so a change committed after them either shows in the raw rows or leaves its mark.
   */
  async function rollDay(day: string) {
    await inTransaction(db, async (tx) => {
      const marks = await store.staleMarks(tx, day);
      const calendar = await loadWorkingCalendar(tx);
      const all: Scope = { regionCode: null, departmentId: null, itemCode: null, from: day, to: day };
      const cells = [...(await rawInputs(tx, all, 'cell', calendar))].map(([cell, g]) =>
        store.cellRow(day, cell, g),
      );
      await store.writeRolledDay(tx, day, cells, marks, platform.clock.now().toISOString());
    });
  }

  /**
   * Rolls up to `limit` closed days: stale ones first, then days never rolled since the first submission.
   * A day is closed 10 minutes after it ends, so a transaction still open at midnight has committed.
   * Returns how many days it rolled.
   */
  async function rollIndicatorDays(limit = 92): Promise<number> {
    const lastClosed = addCalendarDays(
      beijingDate(new Date(platform.clock.now().getTime() - 10 * 60_000)),
      -1,
    );
    const days = await store.staleDays(db, lastClosed, limit);
    const first = await deps.cases.aggregates.firstSubmissionDay(db);
    if (first !== null && days.length < limit) {
      const rolled = await store.rolledDaysFrom(db, first);
      for (let d = first; d <= lastClosed && days.length < limit; d = addCalendarDays(d, 1))
        if (!rolled.has(d) && !days.includes(d)) days.push(d);
    }
    for (const day of days) await rollDay(day);
    return days.length;
  }

  platform.jobs.registerRecurring('supervision.roll-indicator-days', 60_000, async (_payload, context) => {
    const rolled = await rollIndicatorDays();
    if (rolled > 0) context.log.info({ rolled }, 'indicator days rolled up');
  });

  const valuesView = (values: IndicatorValues) => INDICATORS.map((d) => ({ ...d, value: values[d.key] }));

  async function scopeView(s: Scope) {
    const [departments, regions] = await Promise.all([
      s.departmentId ? deps.identity.departmentsById([s.departmentId]) : Promise.resolve(new Map()),
      deps.identity.regionsByCode(),
    ]);
    return {
      regionCode: s.regionCode,
      regionName: s.regionCode ? (regions.get(s.regionCode)?.name ?? s.regionCode) : null,
      departmentId: s.departmentId,
      departmentName: s.departmentId ? (departments.get(s.departmentId)?.name ?? null) : null,
      itemCode: s.itemCode,
      from: s.from,
      to: s.to,
    };
  }

  async function indicatorsOf(s: Scope) {
    const groups = await gather(s, 'none');
    return computeIndicators(groups.get('')!);
  }

  async function indicators(actor: Actor, query: ScopeQuery) {
    const s = await resolve(actor, query);
    return { scope: await scopeView(s), indicators: valuesView(await indicatorsOf(s)) };
  }

  /** Names of the groups: departments, regions, items. */
  async function names(by: GroupBy, keys: string[]) {
    if (by === 'department') {
      const map = await deps.identity.departmentsById(keys.filter(Boolean));
      return (k: string) => map.get(k)?.name ?? k;
    }
    if (by === 'region') {
      const map = await deps.identity.regionsByCode();
      return (k: string) => map.get(k)?.name ?? k;
    }
    const { items } = await catalogue();
    const map = new Map(items.map((i) => [i.code, i.name]));
    return (k: string) => map.get(k) ?? k;
  }

  async function breakdownOf(s: Scope, by: GroupBy) {
    const groups = await gather(s, by);
    const keys = [...groups.keys()].filter((k) => k !== '');
    const nameOf = await names(by, keys);
    return keys
      .map((key) => ({ key, name: nameOf(key), values: computeIndicators(groups.get(key)!) }))
      .sort((x, y) => x.key.localeCompare(y.key));
  }

  /** Drill-down: the scope's indicators per region, department or item. */
  async function breakdown(actor: Actor, query: ScopeQuery, by: GroupBy) {
    const s = await resolve(actor, query);
    const rows = await breakdownOf(s, by);
    return {
      scope: await scopeView(s),
      by,
      definitions: INDICATORS,
      rows: rows.map((r) => ({ key: r.key, name: r.name, values: r.values })),
    };
  }

  async function rankings(actor: Actor, query: ScopeQuery, by: GroupBy, indicator: IndicatorKey) {
    const s = await resolve(actor, query);
    const d = definitionOf(indicator);
    const rows = (await breakdownOf(s, by))
      .map((r) => ({ key: r.key, name: r.name, value: r.values[indicator] }))
      .filter((r) => r.value !== null)
      .sort((x, y) => (d.higherIsBetter ? y.value! - x.value! : x.value! - y.value!));
    return {
      scope: await scopeView(s),
      indicator: d,
      rows: rows.map((r, i) => ({ ...r, rank: i + 1 })),
    };
  }

  async function trend(
    actor: Actor,
    query: ScopeQuery,
    indicator: IndicatorKey,
    granularity: 'month' | 'week',
  ) {
    if (!TREND_INDICATORS.includes(indicator))
      throw problems.validation([
        fieldError('indicator', '该指标不随时间分段统计', 'This indicator has no trend over time'),
      ]);
    const s = await resolve(actor, query);
    const days = await gather(s, 'day');
    const buckets = new Map<string, IndicatorInputs>();
    for (const [day, g] of days) {
      if (!day) continue;
      const key = bucketOf(day, granularity);
      const b = buckets.get(key) ?? emptyInputs();
      buckets.set(key, addInputs(b, g));
    }
    const points = [...buckets.entries()]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([bucket, g]) => ({ bucket, value: computeIndicators(g)[indicator] }));
    return { scope: await scopeView(s), indicator: definitionOf(indicator), granularity, points };
  }

  async function caseList(actor: Actor, query: ScopeQuery & { cursor?: string; limit: number }) {
    const s = await resolve(actor, query);
    const after = query.cursor === undefined ? undefined : sortedCursor.parse(query.cursor, INSTANT);
    const rows = await deps.cases.aggregates.cases(db, {
      ...aggregateScope(s),
      ...(after ? { after: { submittedAt: after.value, id: after.id } } : {}),
      limit: query.limit,
    });
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => sortedCursor.of(r.submitted_at!, r.id));
    const departments = await deps.identity.departmentsById([
      ...new Set(page.map((r) => r.department_id).filter((d): d is string => d !== null)),
    ]);
    return {
      items: page.map((r) => {
        const decidedOn = r.decided_at ? beijingDate(new Date(r.decided_at)) : null;
        return {
          id: r.id,
          caseNumber: r.case_number,
          serviceCode: r.service_code,
          serviceName: r.service_name,
          departmentName: r.department_id ? (departments.get(r.department_id)?.name ?? null) : null,
          regionCode: r.region_code,
          applicantName: maskName(r.applicant_name),
          channel: r.channel,
          status: r.status,
          submittedAt: r.submitted_at,
          decidedAt: r.decided_at,
          promisedDueDate: r.promised_due_date,
          onTime: decidedOn && r.promised_due_date ? decidedOn <= r.promised_due_date : null,
          trips: r.trips,
        };
      }),
      nextCursor,
    };
  }

  async function alerts(
    actor: Actor,
    query: ScopeQuery & { level: 'overdue' | 'warning'; cursor?: string; limit: number },
  ) {
    const s = await resolve(actor, query);
    const after = query.cursor === undefined ? undefined : sortedCursor.parse(query.cursor, DATE);
    const rows = await deps.workflow.taskAlerts(db, {
      level: query.level,
      today: today(),
      ...(s.regionCode ? { regionPrefix: regionPrefix(s.regionCode) } : {}),
      ...(s.departmentId ? { departmentId: s.departmentId } : {}),
      ...(s.itemCode ? { itemCode: s.itemCode } : {}),
      ...(after ? { after: { dueDate: after.value, id: after.id } } : {}),
      limit: query.limit,
    });
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => sortedCursor.of(r.due_date!, r.id));
    const departments = await deps.identity.departmentsById([...new Set(page.map((r) => r.department_id))]);
    return {
      items: page.map((r) => ({
        taskId: r.id,
        caseId: r.case_id,
        caseNumber: r.case_number,
        serviceName: r.service_name,
        stepName: r.step_name,
        departmentName: departments.get(r.department_id)?.name ?? null,
        dueDate: r.due_date,
        level: query.level,
        claimed: r.assignee_account_id !== null,
      })),
      nextCursor,
    };
  }

  /** 四减 for every published item and bundle in the scope (catalogue only, no authorisation needed). */
  async function burdens(filter: { regionCode?: string; departmentId?: string }) {
    const { items, bundles } = await catalogue();
    const byCode = new Map(items.map((i) => [i.code, i]));
    const scoped = items.filter(
      (i) =>
        (!filter.regionCode || i.regionCode.startsWith(regionPrefix(filter.regionCode))) &&
        (!filter.departmentId || i.departmentId === filter.departmentId),
    );
    return {
      items: scoped.map((i) => ({
        code: i.code,
        name: i.name,
        departmentId: i.departmentId,
        ...itemBurden(i),
      })),
      bundles: bundles.flatMap((b) => {
        const components = b.content.items.map((c) => byCode.get(c.itemCode));
        if (components.some((c) => c === undefined)) return [];
        const comps = components as ItemFacts[];
        if (
          filter.regionCode &&
          !comps.some((c) => c.regionCode.startsWith(regionPrefix(filter.regionCode!)))
        )
          return [];
        if (filter.departmentId && !comps.some((c) => c.departmentId === filter.departmentId)) return [];
        return [{ code: b.code, name: b.content.name, ...bundleBurden(b.content.promisedDays, comps) }];
      }),
    };
  }

  /** 四减 from the catalogue, with what each item's real cases of the period cost next to it. */
  async function burden(actor: Actor, query: ScopeQuery) {
    const s = await resolve(actor, query);
    const [figures, groups] = await Promise.all([
      burdens({
        ...(s.regionCode ? { regionCode: s.regionCode } : {}),
        ...(s.departmentId ? { departmentId: s.departmentId } : {}),
      }),
      gather(s, 'item'),
    ]);
    return {
      ...figures,
      items: figures.items.map((i) => ({ ...i, observed: observedBurden(groups.get(i.code)) })),
    };
  }

  /**
   * 公开: per department aggregates only, for anyone. A department with fewer people's ratings than the
   * minimum cell size shows no rating distribution, rates or rectification counts.
   */
  async function disclosure(query: { regionCode?: string; from?: string; to?: string }) {
    const p = period(query);
    const s: Scope = { regionCode: query.regionCode ?? null, departmentId: null, itemCode: null, ...p };
    const [groups, bundleBurdens] = await Promise.all([
      gather(s, 'department'),
      burdens(query.regionCode ? { regionCode: query.regionCode } : {}),
    ]);
    const keys = [...groups.keys()].filter((k) => k !== '');
    const departments = await deps.identity.departmentsById(keys);
    const rows = keys
      .filter((k) => departments.has(k))
      .map((key) => {
        const g = groups.get(key)!;
        const v = computeIndicators(g);
        const rated = g.ratingLevels.reduce((a, b) => a + b, 0);
        const cell = suppressSmallCell(
          {
            goodRate: v.goodRate,
            levels: g.ratingLevels,
            rectificationsOpened: g.rectificationsOpened,
            rectificationsFixed: g.rectificationsFixed,
            onTimeRectificationRate: v.onTimeRectificationRate,
          },
          rated,
          settings.disclosureMinRatings,
        );
        return {
          departmentId: key,
          departmentName: departments.get(key)!.name,
          ratings: rated,
          defaultRatings: g.defaultRatings,
          suppressed: cell.suppressed,
          goodRate: cell.values?.goodRate ?? null,
          levels: cell.values?.levels ?? null,
          rectificationsOpened: cell.values?.rectificationsOpened ?? null,
          rectificationsFixed: cell.values?.rectificationsFixed ?? null,
          onTimeRectificationRate: cell.values?.onTimeRectificationRate ?? null,
          casesHandled: v.casesHandled,
          onTimeRate: v.onTimeRate,
          compression: v.compression,
          itemsAtMostOneVisit: v.itemsAtMostOneVisit,
          itemsZeroVisits: v.itemsZeroVisits,
          materialsReduction: v.materialsReduction,
        };
      })
      .sort((x, y) => x.departmentName.localeCompare(y.departmentName, 'zh-CN'));
    return {
      from: p.from,
      to: p.to,
      minimumRatings: settings.disclosureMinRatings,
      definitions: INDICATORS.filter((d) =>
        [
          'goodRate',
          'defaultRatings',
          'rectificationRate',
          'onTimeRectificationRate',
          'onTimeRate',
          'compression',
          'itemsAtMostOneVisit',
          'itemsZeroVisits',
          'materialsReduction',
        ].includes(d.key),
      ),
      departments: rows,
      bundles: bundleBurdens.bundles,
    };
  }

  /** The scope's indicator tables as .xlsx: a summary, one sheet per breakdown, the definitions. */
  async function exportWorkbook(
    actor: Actor,
    query: ScopeQuery,
  ): Promise<{ fileName: string; data: Buffer }> {
    const s = await resolve(actor, query);
    const [summary, byRegion, byDepartment, byItem, scope] = await Promise.all([
      indicatorsOf(s),
      breakdownOf(s, 'region'),
      breakdownOf(s, 'department'),
      breakdownOf(s, 'item'),
      scopeView(s),
    ]);
    const book = new (await loadExcel()).Workbook();
    book.creator = 'Tongban';
    const format = (sheet: ExcelJS.Worksheet) => {
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
    };
    const numFmt = (unit: string) => (unit === 'rate' ? '0.00%' : unit === 'count' ? '0' : '0.00');

    const sum = book.addWorksheet('指标汇总');
    sum.columns = [
      { header: '指标', key: 'name', width: 24 },
      { header: '数值', key: 'value', width: 14 },
      { header: '统计范围', key: 'scope', width: 48 },
    ];
    const scopeText = [
      scope.regionName ?? '全部区域',
      scope.departmentName ?? '全部部门',
      scope.itemCode ?? '全部事项',
      `${scope.from} 至 ${scope.to}`,
    ].join(' / ');
    for (const d of INDICATORS) {
      const row = sum.addRow({ name: d.name.zh, value: summary[d.key], scope: scopeText });
      row.getCell('value').numFmt = numFmt(d.unit);
    }
    format(sum);

    for (const [title, rows, label] of [
      ['按区域', byRegion, '区域'],
      ['按部门', byDepartment, '部门'],
      ['按事项', byItem, '事项'],
    ] as const) {
      const sheet = book.addWorksheet(title);
      sheet.columns = [
        { header: `${label}代码`, key: 'key', width: 22 },
        { header: label, key: 'name', width: 28 },
        ...INDICATORS.map((d) => ({ header: d.name.zh, key: d.key, width: 14 })),
      ];
      for (const r of rows) {
        const row = sheet.addRow({ key: r.key, name: r.name, ...r.values });
        for (const d of INDICATORS) row.getCell(d.key).numFmt = numFmt(d.unit);
      }
      format(sheet);
    }

    const defs = book.addWorksheet('指标定义');
    defs.columns = [
      { header: '指标', key: 'name', width: 24 },
      { header: '定义', key: 'zh', width: 80 },
      { header: 'Indicator', key: 'nameEn', width: 32 },
      { header: 'Definition', key: 'en', width: 80 },
    ];
    for (const d of INDICATORS)
      defs.addRow({ name: d.name.zh, zh: d.definition.zh, nameEn: d.name.en, en: d.definition.en });
    format(defs);

    const data = Buffer.from(await book.xlsx.writeBuffer());
    return { fileName: `政务服务指标_${s.from}_${s.to}.xlsx`, data };
  }

  return {
    indicators,
    breakdown,
    rankings,
    trend,
    caseList,
    alerts,
    burden,
    disclosure,
    exportWorkbook,
    rollIndicatorDays,
  };
}

export type SupervisionService = ReturnType<typeof createSupervisionService>;
