/**
 * 政务服务监管月报: one month of a region (or a department) as a PDF — every indicator next to the previous
 * month, the ranking, a 12-month trend and the ranking as chart images (ECharts rendered to SVG on the
 * server), the red/yellow alerts and the 四减 figures. Every number comes from the supervision service's
 * own functions, so the report always agrees with the dashboard and the Excel export.
 */
import type * as Echarts from 'echarts';
import type { Content, CustomTableLayout, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces.js';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit, type AuditContext } from '../../platform/audit/audit.ts';
import type { Platform } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/database.ts';
import { fieldError, problems } from '../../platform/errors.ts';
import { chineseDate, chineseDay, PDF_FONT, renderPdf } from '../../platform/pdf/documents.ts';
import { beijingDate } from '../workflow/deadlines.ts';
import {
  ratio,
  type Burden,
  type BurdenComparison,
  type IndicatorDefinition,
  type IndicatorKey,
} from './indicators.ts';
import type { SupervisionService } from './service.ts';

export interface MonthlyReportQuery {
  /** 'YYYY-MM', a Beijing calendar month. */
  month: string;
  regionCode?: string;
  departmentId?: string;
}

// ---- months (pure) ----

export interface ReportMonth {
  month: string;
  /** First and last Beijing day counted; the current month ends today. */
  from: string;
  to: string;
}

const EARLIEST_MONTH = '2000-01';

/** Checks 'YYYY-MM' (2000-01 up to the month of `today`) and gives the days it covers. */
export function reportMonth(month: string, today: string): ReportMonth {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const m = match ? Number(match[2]) : 0;
  if (!match || m < 1 || m > 12)
    throw problems.validation([
      fieldError('month', '月份格式应为 YYYY-MM，例如 2026-05', 'The month must be YYYY-MM, e.g. 2026-05'),
    ]);
  if (month < EARLIEST_MONTH || month > today.slice(0, 7))
    throw problems.validation([
      fieldError(
        'month',
        `月份应在 ${EARLIEST_MONTH} 至本月之间`,
        `The month must be between ${EARLIEST_MONTH} and the current month`,
      ),
    ]);
  const lastDay = new Date(Date.UTC(Number(match[1]), m, 0)).getUTCDate();
  const end = `${month}-${String(lastDay).padStart(2, '0')}`;
  return { month, from: `${month}-01`, to: end < today ? end : today };
}

/** 'YYYY-MM' moved by a number of months. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** 'YYYY-MM' as 2026年5月. */
export const chineseMonth = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

const beijingClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant as 2026年6月1日 09:30 (Beijing). */
export const chineseDateTime = (instant: string) =>
  `${chineseDate(instant)} ${beijingClock.format(new Date(instant))}`;

// ---- values (pure) ----

type Unit = IndicatorDefinition['unit'];
export const NO_DATA = '无数据';

/**
 * A value as the dashboard shows it: 85.7%, 1.25 个工作日, 142.86; 无数据 when there is none. Without the
 * unit where a column header already names it.
 */
export function formatValue(unit: Unit, value: number | null, withUnit = true): string {
  if (value === null) return NO_DATA;
  if (unit === 'rate') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'days') return withUnit ? `${value.toFixed(2)} 个工作日` : value.toFixed(2);
  if (unit === 'trips') return withUnit ? `${value.toFixed(2)} 次` : value.toFixed(2);
  if (unit === 'per1000') return value.toFixed(2);
  return String(value);
}

/** This month against the previous one: +2.5 个百分点, −3, 持平; — when either is missing. */
export function formatChange(unit: Unit, current: number | null, previous: number | null): string {
  if (current === null || previous === null) return '—';
  const delta = unit === 'rate' ? (current - previous) * 100 : current - previous;
  const digits = unit === 'count' ? 0 : unit === 'rate' ? 1 : 2;
  if (Number(delta.toFixed(digits)) === 0) return '持平';
  const text = `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(digits)}`;
  return unit === 'rate' ? `${text} 个百分点` : text;
}

/** The 四减 figures of several items or bundles added up; reduction as for one (1 − Tongban ÷ item by item). */
export function burdenTotals(rows: BurdenComparison[]): Omit<BurdenComparison, 'reduction'> & {
  count: number;
  reduction: Record<keyof Burden, number | null>;
} {
  const total = (side: 'itemByItem' | 'tongban'): Burden => ({
    applications: rows.reduce((s, r) => s + r[side].applications, 0),
    days: rows.reduce((s, r) => s + r[side].days, 0),
    materials: rows.reduce((s, r) => s + r[side].materials, 0),
    trips: rows.reduce((s, r) => s + r[side].trips, 0),
  });
  const itemByItem = total('itemByItem');
  const tongban = total('tongban');
  const cut = (k: keyof Burden) => ratio(itemByItem[k] - tongban[k], itemByItem[k]);
  return {
    count: rows.length,
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

// ---- charts (ECharts on the server, SVG) ----

// ECharts is loaded on the first report only: it takes a second or two to import.
let echartsModule: Promise<typeof Echarts> | null = null;
const loadEcharts = () => (echartsModule ??= import('echarts'));

/** Drawn at 640 px and printed 483 pt wide (the text width of A4), so 12 px text prints at 9 pt. */
export const CHART_WIDTH = 640;
const PRINT_WIDTH = 483;

async function renderSvg(option: Record<string, unknown>, height: number): Promise<string> {
  const echarts = await loadEcharts();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height });
  try {
    // The PDF embeds only Noto Sans SC: the chart's text must name it, or CJK labels would be missing.
    chart.setOption({ animation: false, textStyle: { fontFamily: PDF_FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export interface TrendPoint {
  month: string;
  casesHandled: number | null;
  onTimeRate: number | null;
  goodRate: number | null;
}

const percent = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** Bars of cases handled per month, lines of the on-time and good-rating rates (%). */
export function trendChartSvg(points: TrendPoint[]): Promise<string> {
  // The year goes on a second line under the first month and under each January.
  const label = (m: string, i: number) =>
    `${Number(m.slice(5))}月${i === 0 || m.endsWith('-01') ? `\n${m.slice(0, 4)}年` : ''}`;
  return renderSvg(
    {
      title: { text: '近 12 个月办件量、按时办结率和好评率', left: 'center', textStyle: { fontSize: 15 } },
      legend: { bottom: 0, data: ['办件量', '按时办结率', '好评率'] },
      grid: { left: 48, right: 48, top: 52, bottom: 56 },
      xAxis: {
        type: 'category',
        data: points.map((p, i) => label(p.month, i)),
        axisLabel: { interval: 0, fontSize: 11 },
      },
      yAxis: [
        { type: 'value', name: '件', minInterval: 1 },
        { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
      ],
      series: [
        {
          name: '办件量',
          type: 'bar',
          data: points.map((p) => p.casesHandled ?? 0),
          label: {
            show: true,
            position: 'top',
            fontSize: 10,
            textBorderColor: 'transparent',
            // Months without cases stay unlabelled: a row of zeros hides the months that matter.
            formatter: (p: { value: number }) => (p.value ? String(p.value) : ''),
          },
        },
        { name: '按时办结率', type: 'line', yAxisIndex: 1, data: points.map((p) => percent(p.onTimeRate)) },
        { name: '好评率', type: 'line', yAxisIndex: 1, data: points.map((p) => percent(p.goodRate)) },
      ],
    },
    340,
  );
}

/** Horizontal bars, the first ranked on top. */
export function rankingChartSvg(
  title: string,
  rows: Array<{ name: string; value: number }>,
): Promise<string> {
  return renderSvg(
    {
      title: { text: title, left: 'center', textStyle: { fontSize: 15 } },
      grid: { left: 8, right: 40, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.name),
        axisLabel: { fontSize: 12 },
      },
      series: [
        {
          type: 'bar',
          data: rows.map((r) => r.value),
          label: { show: true, position: 'right', fontSize: 11, textBorderColor: 'transparent' },
          barMaxWidth: 18,
        },
      ],
    },
    Math.max(140, 60 + rows.length * 30),
  );
}

// ---- the document (pure apart from the charts) ----

type Service = SupervisionService;
type IndicatorView = Awaited<ReturnType<Service['indicators']>>['indicators'][number];
type AlertView = Awaited<ReturnType<Service['alerts']>>['items'][number];

export interface MonthlyReportData {
  /** What the report is about: 西湖区, or a department's name. */
  scopeName: string;
  regionCode: string | null;
  period: ReportMonth;
  generatedAt: string;
  indicators: Array<IndicatorView & { previous: number | null }>;
  ranking: {
    by: 'department' | 'item';
    rows: Array<{ rank: number; name: string; values: Record<string, number | null> }>;
  };
  trend: TrendPoint[];
  alerts: { overdue: number; warning: number; firstOverdue: AlertView[] };
  burden: { items: ReturnType<typeof burdenTotals>; bundles: ReturnType<typeof burdenTotals> };
}

export const reportTitle = (scopeName: string, month: string) =>
  `${scopeName}政务服务监管月报（${chineseMonth(month)}）`;

const RANKING_KEYS: IndicatorKey[] = [
  'casesHandled',
  'onlineRate',
  'onTimeRate',
  'averageWorkingDays',
  'goodRate',
  'overdueNow',
];
/** Indicators not bounded by the period: the previous-month column repeats today's figure. */
const NOT_PER_MONTH: IndicatorKey[] = ['compression', 'itemsAtMostOneVisit', 'itemsZeroVisits', 'overdueNow'];
const TOP = 10;

const th = (text: string): TableCell => ({ text, style: 'th' });
/** Rules between rows only, a stronger one under the header, narrow padding so names fit on one line. */
const TABLE: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === 1 ? 1 : 0.5),
  vLineWidth: () => 0,
  hLineColor: (i) => (i === 1 ? '#333333' : '#bbbbbb'),
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};
const heading = (text: string): Content => ({ text, style: 'h2' });
/** A heading kept on one page with the block it introduces (a heading never ends a page). */
const section = (title: string, first: Content): Content => ({
  stack: [heading(title), first],
  unbreakable: true,
});

export async function monthlyReportDocument(data: MonthlyReportData): Promise<TDocumentDefinitions> {
  const title = reportTitle(data.scopeName, data.period.month);
  const units = new Map(data.indicators.map((i) => [i.key, i.unit]));
  const unitOf = (k: IndicatorKey) => units.get(k) ?? 'count';
  const nameOf = (k: IndicatorKey) => data.indicators.find((i) => i.key === k)?.name.zh ?? k;
  const rankedLabel = data.ranking.by === 'department' ? '部门' : '事项';
  const [trendSvg, rankingSvg] = await Promise.all([
    trendChartSvg(data.trend),
    data.ranking.rows.length > 0
      ? rankingChartSvg(
          `${rankedLabel}办件量排名（前 ${TOP} 名）`,
          data.ranking.rows
            .slice(0, TOP)
            .map((r) => ({ name: `${r.rank}. ${r.name}`, value: r.values.casesHandled ?? 0 })),
        )
      : Promise.resolve(null),
  ]);

  const indicatorTable: Content = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [90, 62, 62, 68, '*'],
      body: [
        [th('指标'), th('本月'), th('上月'), th('较上月'), th('定义')],
        ...data.indicators.map((i): TableCell[] => [
          { text: i.name.zh, bold: true },
          { text: formatValue(i.unit, i.value), alignment: 'right' },
          { text: formatValue(i.unit, i.previous), alignment: 'right' },
          {
            text: NOT_PER_MONTH.includes(i.key) ? '—' : formatChange(i.unit, i.value, i.previous),
            alignment: 'right',
          },
          { text: i.definition.zh, style: 'small' },
        ]),
      ],
    },
    layout: TABLE,
    style: 'table',
  };

  const rankingTable: Content =
    data.ranking.rows.length > 0
      ? {
          table: {
            headerRows: 1,
            keepWithHeaderRows: 1,
            dontBreakRows: true,
            widths: [22, '*', ...RANKING_KEYS.map(() => 50)],
            body: [
              [th('排名'), th(rankedLabel), ...RANKING_KEYS.map((k) => th(nameOf(k)))],
              ...data.ranking.rows.map((r): TableCell[] => [
                { text: String(r.rank), alignment: 'center' },
                r.name,
                ...RANKING_KEYS.map((k): TableCell => ({
                  text: formatValue(unitOf(k), r.values[k] ?? null, false),
                  alignment: 'right',
                })),
              ]),
            ],
          },
          layout: TABLE,
          style: 'ranking',
        }
      : { text: `本月${NO_DATA}。`, style: 'note' };

  const dimensions: Array<[keyof Burden, string]> = [
    ['applications', '申请次数'],
    ['days', '办理时间（工作日）'],
    ['materials', '提交材料（份）'],
    ['trips', '跑动次数'],
  ];
  const burdenRow = (label: string, t: MonthlyReportData['burden']['items']): TableCell[] => [
    `${label}（${t.count} 项）`,
    ...dimensions.map(([k]): TableCell => {
      if (t.count === 0) return { text: NO_DATA, alignment: 'center' };
      const cut = t.reduction[k];
      return {
        text: `${t.itemByItem[k]} → ${t.tongban[k]}${cut === null ? '' : `\n减少 ${(cut * 100).toFixed(1)}%`}`,
        alignment: 'center',
      };
    }),
  ];

  const alertsSummary: Content = {
    text: [
      '截至报告生成时，已超期待办（红色预警）',
      { text: String(data.alerts.overdue), bold: true, color: '#cf1322' },
      ' 件，临近到期待办（黄色预警）',
      { text: String(data.alerts.warning), bold: true, color: '#d48806' },
      ' 件。',
    ],
    style: 'paragraph',
  };
  const overdueTable: Content[] =
    data.alerts.firstOverdue.length > 0
      ? [
          {
            table: {
              headerRows: 1,
              keepWithHeaderRows: 1,
              dontBreakRows: true,
              widths: [100, '*', 48, 112, 62],
              body: [
                [th('办件编号'), th('事项'), th('环节'), th('部门'), th('到期日')],
                ...data.alerts.firstOverdue.map((a): TableCell[] => [
                  a.caseNumber ?? '—',
                  a.serviceName,
                  a.stepName,
                  a.departmentName ?? '—',
                  a.dueDate ? chineseDay(a.dueDate) : '—',
                ]),
              ],
            },
            layout: TABLE,
            style: 'ranking',
          },
        ]
      : [];

  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    info: { title, subject: '政务服务监管月报', creator: 'Tongban 通办' },
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.3 },
    styles: {
      title: { fontSize: 20, bold: true, alignment: 'center', margin: [0, 0, 0, 10] },
      meta: { fontSize: 10, alignment: 'center', color: '#444444' },
      h2: { fontSize: 14, bold: true, margin: [0, 16, 0, 6] },
      th: { bold: true, fontSize: 9, alignment: 'center' },
      table: { fontSize: 9, margin: [0, 0, 0, 6] },
      ranking: { fontSize: 8, margin: [0, 0, 0, 6] },
      small: { fontSize: 8, color: '#444444' },
      note: { fontSize: 8, color: '#666666', margin: [0, 2, 0, 4] },
      paragraph: { margin: [0, 0, 0, 6] },
    },
    content: [
      { text: title, style: 'title' },
      {
        text: [
          `统计范围：${data.scopeName}${data.regionCode ? `（${data.regionCode}）` : ''}\n`,
          `统计期：${chineseDay(data.period.from)}至${chineseDay(data.period.to)}（北京时间）\n`,
          `生成时间：${chineseDateTime(data.generatedAt)}（北京时间）`,
        ],
        style: 'meta',
      },
      heading('一、主要指标'),
      indicatorTable,
      {
        text:
          `“${NO_DATA}”表示该指标的分母为 0。当前超期件、承诺时限压缩比、最多跑一次和零跑动事项比例按报告生成时的` +
          '办件状态和已发布事项计算，不分月份。',
        style: 'note',
      },
      section('二、办件趋势', { svg: trendSvg, width: PRINT_WIDTH }),
      ...(rankingSvg
        ? [section(`三、${rankedLabel}排名`, { svg: rankingSvg, width: PRINT_WIDTH }), rankingTable]
        : [section(`三、${rankedLabel}排名`, rankingTable)]),
      section('四、超期预警', alertsSummary),
      ...overdueTable,
      ...(data.alerts.overdue > data.alerts.firstOverdue.length
        ? [
            {
              text: `仅列出前 ${data.alerts.firstOverdue.length} 件，完整清单见效能监督页面。`,
              style: 'note',
            },
          ]
        : []),
      section('五、“四减”成效', {
        text: '按已发布的办事指南和一件事计算：逐项办理（每项单独申请、全部材料自行提交）与通办相比。',
        style: 'paragraph',
      }),
      {
        table: {
          headerRows: 1,
          widths: ['*', 84, 84, 84, 84],
          body: [
            [th('类别'), ...dimensions.map(([, label]) => th(label))],
            burdenRow('单个事项', data.burden.items),
            burdenRow('一件事', data.burden.bundles),
          ],
        },
        layout: TABLE,
        style: 'table',
      },
      {
        text: '本报告由通办平台根据办件、评价和投诉数据自动生成，指标口径与效能监督页面和 Excel 导出一致。',
        style: 'note',
        margin: [0, 12, 0, 0],
      },
    ],
    footer: (page, pages) => ({
      text: `${title}    第 ${page} 页 共 ${pages} 页`,
      alignment: 'center',
      fontSize: 8,
      color: '#666666',
      margin: [0, 24, 0, 0],
    }),
  };
}

export async function renderMonthlyReport(data: MonthlyReportData): Promise<Buffer> {
  return renderPdf(await monthlyReportDocument(data));
}

// ---- gathering (through the supervision service, which authorises every call) ----

const FIRST_OVERDUE = 10;
const ALERT_PAGE = 500;

export function createMonthlyReports(platform: Platform, supervision: SupervisionService) {
  const { db } = platform;

  /** Counts the open tasks of a level; keeps the few due earliest (the longest overdue). */
  async function alertsOf(
    actor: Actor,
    scope: Omit<MonthlyReportQuery, 'month'>,
    level: 'overdue' | 'warning',
  ) {
    let count = 0;
    let first: AlertView[] = [];
    let cursor: string | null = null;
    do {
      const page = await supervision.alerts(actor, {
        ...scope,
        level,
        limit: ALERT_PAGE,
        ...(cursor ? { cursor } : {}),
      });
      count += page.items.length;
      first = [...first, ...page.items]
        .sort((x, y) => (x.dueDate ?? '').localeCompare(y.dueDate ?? ''))
        .slice(0, FIRST_OVERDUE);
      cursor = page.nextCursor;
    } while (cursor);
    return { count, first };
  }

  /** The monthly PDF of a region (or a department); audited as an export. */
  async function monthly(
    actor: Actor,
    audit: AuditContext,
    query: MonthlyReportQuery,
  ): Promise<{ fileName: string; data: Buffer }> {
    const now = platform.clock.now();
    const period = reportMonth(query.month, beijingDate(now));
    const previous = reportMonth(shiftMonth(period.month, -1), beijingDate(now));
    const scope = {
      ...(query.regionCode ? { regionCode: query.regionCode } : {}),
      ...(query.departmentId ? { departmentId: query.departmentId } : {}),
    };
    // Authorises once before the heavier queries; the scope it resolves (a supervisor's own region) is used after.
    const current = await supervision.indicators(actor, { ...scope, from: period.from, to: period.to });
    const resolved = {
      ...(current.scope.regionCode ? { regionCode: current.scope.regionCode } : {}),
      ...(current.scope.departmentId ? { departmentId: current.scope.departmentId } : {}),
    };
    const month = { ...resolved, from: period.from, to: period.to };
    const by = resolved.departmentId ? 'item' : 'department';
    const trendFrom = `${shiftMonth(period.month, -11)}-01`;
    const trendOf = (k: IndicatorKey) =>
      supervision.trend(actor, { ...resolved, from: trendFrom, to: period.to }, k, 'month');
    const [before, ranking, breakdown, cases, onTime, good, overdue, warning, burden] = await Promise.all([
      supervision.indicators(actor, { ...resolved, from: previous.from, to: previous.to }),
      supervision.rankings(actor, month, by, 'casesHandled'),
      supervision.breakdown(actor, month, by),
      trendOf('casesHandled'),
      trendOf('onTimeRate'),
      trendOf('goodRate'),
      alertsOf(actor, resolved, 'overdue'),
      alertsOf(actor, resolved, 'warning'),
      supervision.burden(actor, resolved),
    ]);

    const valuesOf = new Map(breakdown.rows.map((r) => [r.key, r.values]));
    const pointOf = (t: typeof cases, m: string) => t.points.find((p) => p.bucket === m)?.value ?? null;
    const months = Array.from({ length: 12 }, (_, i) => shiftMonth(period.month, i - 11));
    const previousOf = new Map(before.indicators.map((i) => [i.key, i.value]));
    const s = current.scope;
    const scopeName = s.departmentName ?? s.regionName ?? '全部区域';

    const data = await renderMonthlyReport({
      scopeName,
      regionCode: s.departmentName ? null : s.regionCode,
      period,
      generatedAt: now.toISOString(),
      indicators: current.indicators.map((i) => ({ ...i, previous: previousOf.get(i.key) ?? null })),
      ranking: {
        by,
        rows: ranking.rows.map((r) => ({ rank: r.rank, name: r.name, values: valuesOf.get(r.key) ?? {} })),
      },
      trend: months.map((m) => ({
        month: m,
        casesHandled: pointOf(cases, m) ?? 0,
        onTimeRate: pointOf(onTime, m),
        goodRate: pointOf(good, m),
      })),
      alerts: { overdue: overdue.count, warning: warning.count, firstOverdue: overdue.first },
      burden: { items: burdenTotals(burden.items), bundles: burdenTotals(burden.bundles) },
    });
    await inTransaction(db, (tx) =>
      appendAudit(tx, audit, {
        action: 'supervision.report',
        recordType: 'supervision_report',
        detail: { month: period.month, regionCode: s.regionCode, departmentId: s.departmentId },
      }),
    );
    return { fileName: `${scopeName}政务服务监管月报_${period.month}.pdf`, data };
  }

  return { monthly };
}

export type MonthlyReports = ReturnType<typeof createMonthlyReports>;
