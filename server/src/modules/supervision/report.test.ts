import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Problem } from '../../platform/errors.ts';
import { INDICATORS, itemBurden, type ItemFacts } from './indicators.ts';
import {
  burdenTotals,
  chineseDateTime,
  formatChange,
  formatValue,
  rankingChartSvg,
  renderMonthlyReport,
  reportMonth,
  reportTitle,
  shiftMonth,
  trendChartSvg,
  type MonthlyReportData,
} from './report.ts';

const artifacts = fileURLToPath(new URL('../../../../test-artifacts/supervision/', import.meta.url));
const flat = (text: string) => text.replace(/\s+/g, '');

function monthProblem(month: string, today = '2026-06-15'): Problem {
  try {
    reportMonth(month, today);
  } catch (error) {
    assert.ok(error instanceof Problem);
    return error;
  }
  assert.fail(`${month} was accepted`);
}

describe('monthly report: months and values', () => {
  test('a month covers its Beijing days; the current month ends today', () => {
    assert.deepEqual(reportMonth('2026-05', '2026-06-15'), {
      month: '2026-05',
      from: '2026-05-01',
      to: '2026-05-31',
    });
    assert.deepEqual(reportMonth('2024-02', '2026-06-15').to, '2024-02-29');
    assert.deepEqual(reportMonth('2026-06', '2026-06-15').to, '2026-06-15');
  });

  test('a malformed, impossible or future month is refused naming the field in both languages', () => {
    for (const bad of ['2026-13', '2026-00', 'abc', '2026-5', '202605', '2026-07', '1999-12']) {
      const problem = monthProblem(bad);
      assert.equal(problem.status, 400, bad);
      assert.equal(problem.errors[0]?.field, 'month');
      assert.match(problem.errors[0]!.message.zh, /月份/);
      assert.match(problem.errors[0]!.message.en, /month/);
    }
  });

  test('months shift across years', () => {
    assert.equal(shiftMonth('2026-01', -1), '2025-12');
    assert.equal(shiftMonth('2026-05', -11), '2025-06');
    assert.equal(shiftMonth('2025-12', 1), '2026-01');
  });

  test('values read as on the dashboard, and the change against the previous month', () => {
    assert.equal(formatValue('rate', 0.8571), '85.7%');
    assert.equal(formatValue('count', 7), '7');
    assert.equal(formatValue('days', 0.5), '0.50 个工作日');
    assert.equal(formatValue('per1000', 142.857), '142.86');
    assert.equal(formatValue('rate', null), '无数据');
    assert.equal(formatChange('rate', 0.9, 0.85), '+5.0 个百分点');
    assert.equal(formatChange('count', 3, 7), '−4');
    assert.equal(formatChange('days', 1.5, 1.5), '持平');
    assert.equal(formatChange('rate', 0.5, null), '—');
  });

  test('Beijing time of the generation instant', () => {
    assert.equal(chineseDateTime('2026-05-31T16:05:00Z'), '2026年6月1日 00:05');
  });

  test('四减 totals add up the items and reduce with the same formula as one item', () => {
    const item = (statutoryDays: number, fetchable: boolean): ItemFacts => ({
      code: 'x',
      name: 'x',
      departmentId: 'd',
      regionCode: '330106',
      promisedDays: 2,
      statutoryDays,
      requiredVisits: 1,
      materials: [
        { key: 'M01', necessity: 'required' },
        { key: 'M02', necessity: 'required', ...(fetchable ? { licenceType: 'id_card' } : {}) },
      ],
    });
    const t = burdenTotals([itemBurden(item(10, true)), itemBurden(item(6, false))]);
    assert.equal(t.count, 2);
    assert.deepEqual(t.itemByItem, { applications: 2, days: 16, materials: 4, trips: 2 });
    assert.deepEqual(t.tongban, { applications: 2, days: 4, materials: 3, trips: 2 });
    assert.deepEqual(t.reduction, { applications: 0, days: 0.75, materials: 0.25, trips: 0 });
    assert.deepEqual(burdenTotals([]).reduction.days, null);
  });
});

describe('monthly report: charts and PDF', () => {
  test('charts are SVG in the embedded font, with the Chinese labels', async () => {
    const trend = await trendChartSvg([
      { month: '2025-12', casesHandled: 3, onTimeRate: 0.5, goodRate: null },
      { month: '2026-01', casesHandled: 7, onTimeRate: 1, goodRate: 0.6667 },
    ]);
    assert.match(trend, /^<svg/);
    assert.match(trend, /NotoSansSC/);
    for (const label of ['办件量', '按时办结率', '好评率', '12月', '2025年', '1月', '2026年'])
      assert.ok(trend.includes(label), label);
    const ranking = await rankingChartSvg('部门办件量排名', [{ name: '1. 市场<监管>局', value: 7 }]);
    assert.ok(ranking.includes('1. 市场&lt;监管&gt;局'), 'names are escaped in the SVG');
  });

  test('the PDF holds the title, every indicator with both months, the rankings, alerts and 四减', async () => {
    const values: Record<string, number | null> = {
      casesHandled: 7,
      onlineRate: 0.8571,
      onTimeRate: 0.8333,
      goodRate: 0.6667,
      overdueNow: 1,
      averageWorkingDays: 0.33,
    };
    const data: MonthlyReportData = {
      scopeName: '西湖区',
      regionCode: '330106',
      period: { month: '2026-05', from: '2026-05-01', to: '2026-05-31' },
      generatedAt: '2026-06-01T01:30:00Z',
      indicators: INDICATORS.map((d) => ({
        ...d,
        value: values[d.key] ?? null,
        previous: d.key === 'casesHandled' ? 3 : null,
      })),
      ranking: {
        by: 'department',
        rows: [
          { rank: 1, name: '杭州市西湖区市场监督管理局', values },
          { rank: 2, name: '杭州市西湖区消防救援大队', values: { casesHandled: 0 } },
        ],
      },
      trend: Array.from({ length: 12 }, (_, i) => ({
        month: shiftMonth('2026-05', i - 11),
        casesHandled: i === 11 ? 7 : i === 10 ? 3 : 0,
        onTimeRate: i === 11 ? 0.8333 : null,
        goodRate: i === 11 ? 0.6667 : null,
      })),
      alerts: {
        overdue: 1,
        warning: 0,
        firstOverdue: [
          {
            taskId: 't',
            caseId: 'c',
            caseNumber: '330106-20260504-000007',
            serviceName: '测试个人事项',
            stepName: '审查决定',
            departmentName: '杭州市西湖区市场监督管理局',
            dueDate: '2026-05-05',
            level: 'overdue',
            claimed: false,
          },
        ],
      },
      burden: { items: burdenTotals([]), bundles: burdenTotals([]) },
    };
    const pdf = await renderMonthlyReport(data);
    mkdirSync(artifacts, { recursive: true });
    const file = `${artifacts}monthly-report.pdf`;
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const compact = flat(text);
    assert.ok(compact.includes(flat(reportTitle('西湖区', '2026-05'))), text);
    assert.ok(compact.includes('统计期：2026年5月1日至2026年5月31日'));
    assert.ok(compact.includes('生成时间：2026年6月1日09:30'));
    for (const d of INDICATORS) assert.ok(compact.includes(d.name.zh), d.name.zh);
    assert.match(text, /办件量\s+7\s+3\s+\+4/);
    assert.match(text, /全程网办率\s+85\.7%\s+无数据/);
    assert.ok(compact.includes('1杭州市西湖区市场监督管理局7'));
    assert.ok(compact.includes('330106-20260504-000007'));
    assert.ok(compact.includes('2026年5月5日'));
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    assert.match(fonts, /NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });
});
