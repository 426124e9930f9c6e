import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Button, Card, DatePicker, Segmented, Select, Space, Table, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  downloadExport,
  supervisionApi,
  type Alert,
  type Definition,
  type GroupBy,
  type IndicatorKey,
  type IndicatorValue,
  type Scope,
  type SupervisedCase,
} from '../../../api/supervision';
import { CursorPager } from '../../../components/CursorPager';
import { useCursorPagination } from '../../../components/cursorPagination';
import { EmptyState } from '../../../components/EmptyState';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { BurdenCard } from './BurdenCard';
import { Chart } from './Chart';
import { formatIndicator } from './format';
import { DownloadButton, MonthlyReportButton } from './downloads';
import { CARD, CARD_GRID, DefinitionPopover } from './parts';

const TREND_KEYS: IndicatorKey[] = [
  'casesHandled',
  'onlineRate',
  'instantShare',
  'onTimeRate',
  'averageWorkingDays',
  'goodRate',
  'activeRatingRate',
  'materialsReduction',
  'complaintsPer1000',
];
const CHART_GRID = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
  gap: 16,
} as const;

/** The chart shows the leaders; the full list is in the drill-down and the export. */
const TOP = 10;
const TABLE_KEYS: IndicatorKey[] = ['casesHandled', 'onlineRate', 'onTimeRate', 'goodRate', 'overdueNow'];

function IndicatorCards({ values }: { values: IndicatorValue[] }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <ul className="tb-supervision-cards" aria-label={t('supervision.indicators')} style={CARD_GRID}>
      {values.map((v) => (
        <li key={v.key} style={CARD}>
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 4 }}>
            <span>{en ? v.name.en : v.name.zh}</span>
            <DefinitionPopover d={v} />
          </div>
          <div style={{ fontSize: 24, fontWeight: 600 }}>{formatIndicator(t, v.unit, v.value)}</div>
        </li>
      ))}
    </ul>
  );
}

function TrendCard({ scope, definitions }: { scope: Scope; definitions: Definition[] }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [indicator, setIndicator] = useState<IndicatorKey>('casesHandled');
  const [granularity, setGranularity] = useState<'month' | 'week'>('month');
  const query = useQuery({
    queryKey: ['supervision', 'trend', scope, indicator, granularity],
    queryFn: () => supervisionApi.trend(scope, indicator, granularity),
  });
  const d = definitions.find((x) => x.key === indicator);
  const name = d ? (en ? d.name.en : d.name.zh) : indicator;
  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('supervision.trend.title')}</h2>}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('supervision.indicator')}
          value={indicator}
          onChange={setIndicator}
          style={{ minWidth: 200 }}
          options={TREND_KEYS.map((k) => {
            const def = definitions.find((x) => x.key === k);
            return { value: k, label: def ? (en ? def.name.en : def.name.zh) : k };
          })}
        />
        <Segmented
          aria-label={t('supervision.trend.granularity')}
          value={granularity}
          onChange={(v) => setGranularity(v as 'month' | 'week')}
          options={[
            { value: 'month', label: t('supervision.trend.month') },
            { value: 'week', label: t('supervision.trend.week') },
          ]}
        />
      </Space>
      {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.points.length === 0 ? <EmptyState text={t('supervision.noData')} /> : null}
      {query.data && query.data.points.length > 0 && d ? (
        <Chart
          kind="line"
          title={t('supervision.trend.caption', { name })}
          labelHeader={t('supervision.trend.period')}
          valueHeader={name}
          percent={d.unit === 'rate'}
          points={query.data.points.map((p) => ({
            label: p.bucket,
            value: p.value,
            text: formatIndicator(t, d.unit, p.value),
          }))}
        />
      ) : null}
    </Card>
  );
}

function RankingCard({ scope, definitions }: { scope: Scope; definitions: Definition[] }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [indicator, setIndicator] = useState<IndicatorKey>('casesHandled');
  const [by, setBy] = useState<'department' | 'region'>('department');
  const query = useQuery({
    queryKey: ['supervision', 'rankings', scope, by, indicator],
    queryFn: () => supervisionApi.rankings(scope, by, indicator),
  });
  const d = definitions.find((x) => x.key === indicator);
  const name = d ? (en ? d.name.en : d.name.zh) : indicator;
  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('supervision.rankings.title')}</h2>}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('supervision.indicator')}
          value={indicator}
          onChange={setIndicator}
          style={{ minWidth: 200 }}
          options={definitions.map((def) => ({ value: def.key, label: en ? def.name.en : def.name.zh }))}
        />
        <Segmented
          aria-label={t('supervision.rankings.by')}
          value={by}
          onChange={(v) => setBy(v as 'department' | 'region')}
          options={[
            { value: 'department', label: t('supervision.rankings.department') },
            { value: 'region', label: t('supervision.rankings.region') },
          ]}
        />
      </Space>
      {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.rows.length === 0 ? <EmptyState text={t('supervision.noData')} /> : null}
      {query.data && query.data.rows.length > 0 && d ? (
        <Chart
          kind="bar"
          title={t('supervision.rankings.caption', { name })}
          labelHeader={t(`supervision.rankings.${by}`)}
          valueHeader={name}
          percent={d.unit === 'rate'}
          points={query.data.rows.slice(0, TOP).map((r) => ({
            label: `${r.rank}. ${r.name}`,
            value: r.value,
            text: formatIndicator(t, d.unit, r.value),
          }))}
        />
      ) : null}
    </Card>
  );
}

/** The next level of the drill-down for the scope: region → departments → items → cases. */
function drillLevel(scope: Scope): GroupBy | 'cases' {
  if (scope.itemCode) return 'cases';
  if (scope.departmentId) return 'item';
  if (scope.regionCode && !scope.regionCode.endsWith('00')) return 'department';
  return 'region';
}

function CaseList({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const list = useCursorPagination(['supervision', 'cases', scope], (cursor, limit) =>
    supervisionApi.cases(scope, cursor, limit),
  );
  if (list.query.error)
    return <ErrorAlert error={list.query.error} onRetry={() => void list.query.refetch()} />;
  if (list.query.isSuccess && list.items.length === 0) return <EmptyState text={t('supervision.noCases')} />;
  return (
    <>
      <ScrollRegion label={t('supervision.drill.title')}>
        <Table<SupervisedCase>
          rowKey="id"
          size="middle"
          pagination={false}
          loading={list.query.isFetching}
          dataSource={list.items}
          columns={[
            { title: t('supervision.cases.number'), dataIndex: 'caseNumber' },
            { title: t('supervision.cases.applicant'), dataIndex: 'applicantName' },
            {
              title: t('supervision.cases.channel'),
              dataIndex: 'channel',
              render: (c: string) => t(`supervision.channels.${c}`, c),
            },
            {
              title: t('supervision.cases.submitted'),
              dataIndex: 'submittedAt',
              render: (v: string | null) => date(v),
            },
            {
              title: t('supervision.cases.due'),
              dataIndex: 'promisedDueDate',
              render: (v: string | null) => date(v),
            },
            {
              title: t('supervision.cases.onTime'),
              dataIndex: 'onTime',
              render: (v: boolean | null) =>
                v === null ? (
                  t('supervision.none')
                ) : v ? (
                  <Tag color="green">{t('supervision.cases.yes')}</Tag>
                ) : (
                  <Tag color="red">{t('supervision.cases.late')}</Tag>
                ),
            },
            { title: t('supervision.cases.trips'), dataIndex: 'trips' },
          ]}
        />
      </ScrollRegion>
      <CursorPager of={list} />
    </>
  );
}

function DrillDown({
  scope,
  definitions,
  onDrill,
}: {
  scope: Scope;
  definitions: Definition[];
  onDrill: (key: GroupBy, value: string, name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const level = drillLevel(scope);
  const query = useQuery({
    queryKey: ['supervision', 'breakdown', scope, level],
    queryFn: () => supervisionApi.breakdown(scope, level as GroupBy),
    enabled: level !== 'cases',
  });
  if (level === 'cases') return <CaseList scope={scope} />;
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data && query.data.rows.length === 0) return <EmptyState text={t('supervision.noData')} />;
  const defOf = (k: IndicatorKey) => definitions.find((d) => d.key === k)!;
  return (
    <ScrollRegion label={t('supervision.drill.title')}>
      <Table
        rowKey="key"
        size="middle"
        pagination={false}
        loading={query.isFetching}
        dataSource={query.data?.rows ?? []}
        columns={[
          {
            title: t(`supervision.drill.${level}`),
            dataIndex: 'name',
            render: (name: string, row) => (
              <Button
                type="link"
                className="tb-supervision-drill"
                onClick={() => onDrill(level, row.key, name)}
              >
                {name}
              </Button>
            ),
          },
          ...TABLE_KEYS.map((k) => ({
            title: en ? defOf(k)?.name.en : defOf(k)?.name.zh,
            key: k,
            render: (_: unknown, row: { values: Record<string, number | null> }) =>
              formatIndicator(t, defOf(k)?.unit ?? 'count', row.values[k]),
          })),
        ]}
      />
    </ScrollRegion>
  );
}

function Alerts({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<'overdue' | 'warning'>('overdue');
  const { date } = useDateFormat();
  const list = useCursorPagination(['supervision', 'alerts', scope, level], (cursor, limit) =>
    supervisionApi.alerts(scope, level, cursor, limit),
  );
  const body = list.query.error ? (
    <ErrorAlert error={list.query.error} onRetry={() => void list.query.refetch()} />
  ) : list.query.isSuccess && list.items.length === 0 ? (
    <EmptyState text={t(`supervision.alerts.empty.${level}`)} />
  ) : (
    <>
      <ScrollRegion label={t('supervision.alerts.title')}>
        <Table<Alert>
          rowKey="taskId"
          size="middle"
          pagination={false}
          loading={list.query.isFetching}
          dataSource={list.items}
          columns={[
            { title: t('supervision.cases.number'), dataIndex: 'caseNumber' },
            { title: t('supervision.alerts.item'), dataIndex: 'serviceName' },
            { title: t('supervision.alerts.step'), dataIndex: 'stepName' },
            { title: t('supervision.alerts.department'), dataIndex: 'departmentName' },
            {
              title: t('supervision.alerts.due'),
              dataIndex: 'dueDate',
              render: (v: string | null) => <Tag color={level === 'overdue' ? 'red' : 'gold'}>{date(v)}</Tag>,
            },
          ]}
        />
      </ScrollRegion>
      <CursorPager of={list} />
    </>
  );
  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('supervision.alerts.title')}</h2>}>
      <Tabs
        activeKey={level}
        onChange={(k) => setLevel(k as 'overdue' | 'warning')}
        items={[
          {
            key: 'overdue',
            label: t('supervision.alerts.overdue'),
            children: level === 'overdue' ? body : null,
          },
          {
            key: 'warning',
            label: t('supervision.alerts.warning'),
            children: level === 'warning' ? body : null,
          },
        ]}
      />
    </Card>
  );
}

/** 效能监督: indicators computed from the data, trend, rankings, drill-down, alerts, Excel export, monthly PDF. */
export default function SupervisionPage() {
  const { t } = useTranslation();
  usePageTitle(t('supervision.title'));
  const [params, setParams] = useSearchParams();
  const scope: Scope = {
    regionCode: params.get('regionCode') ?? undefined,
    departmentId: params.get('departmentId') ?? undefined,
    itemCode: params.get('itemCode') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const names = {
    region: params.get('regionName'),
    department: params.get('departmentName'),
    item: params.get('itemName'),
  };
  const query = useQuery({
    queryKey: ['supervision', 'indicators', scope],
    queryFn: () => supervisionApi.indicators(scope),
  });
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next);
  };
  const drill = (level: GroupBy, value: string, name: string) => {
    if (level === 'region') update({ regionCode: value, regionName: name });
    if (level === 'department') update({ departmentId: value, departmentName: name });
    if (level === 'item') update({ itemCode: value, itemName: name });
  };
  const definitions = query.data?.indicators ?? [];
  const resolved = query.data?.scope;
  const crumbs = [
    {
      title: (
        <Link
          to={`?${new URLSearchParams({ ...(scope.from ? { from: scope.from } : {}), ...(scope.to ? { to: scope.to } : {}) })}`}
        >
          {t('supervision.drill.all')}
        </Link>
      ),
    },
    ...(scope.regionCode
      ? [
          {
            title: (
              <Button
                type="link"
                size="small"
                onClick={() =>
                  update({ departmentId: null, departmentName: null, itemCode: null, itemName: null })
                }
              >
                {names.region ?? resolved?.regionName ?? scope.regionCode}
              </Button>
            ),
          },
        ]
      : []),
    ...(scope.departmentId
      ? [
          {
            title: (
              <Button type="link" size="small" onClick={() => update({ itemCode: null, itemName: null })}>
                {names.department ?? resolved?.departmentName ?? scope.departmentId}
              </Button>
            ),
          },
        ]
      : []),
    ...(scope.itemCode ? [{ title: names.item ?? scope.itemCode }] : []),
  ];
  return (
    <div className="tb-page tb-supervision">
      <h1 className="ant-typography">{t('supervision.title')}</h1>
      <Space wrap className="tb-supervision-toolbar">
        <DatePicker.RangePicker
          aria-label={t('supervision.period')}
          value={scope.from && scope.to ? [dayjs(scope.from), dayjs(scope.to)] : null}
          onChange={(range) =>
            update({
              from: range?.[0]?.format('YYYY-MM-DD') ?? null,
              to: range?.[1]?.format('YYYY-MM-DD') ?? null,
            })
          }
        />
        <DownloadButton
          label={t('supervision.export.button')}
          progressLabel={t('supervision.export.progress')}
          doneText={t('supervision.export.done')}
          download={(onProgress) => downloadExport(scope, onProgress)}
        />
        <MonthlyReportButton scope={scope} />
      </Space>
      {resolved ? (
        <p className="tb-supervision-scope">
          {t('supervision.scopeLine', {
            region: resolved.regionName ?? t('supervision.allRegions'),
            from: resolved.from,
            to: resolved.to,
          })}
        </p>
      ) : null}
      {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <IndicatorCards values={query.data.indicators} /> : null}
      {definitions.length > 0 ? (
        <div style={CHART_GRID}>
          <TrendCard scope={scope} definitions={definitions} />
          <RankingCard scope={scope} definitions={definitions} />
        </div>
      ) : null}
      {definitions.length > 0 ? (
        <Card className="tb-card" title={<h2 className="tb-card-heading">{t('supervision.drill.title')}</h2>}>
          <Breadcrumb items={crumbs} style={{ marginBottom: 12 }} />
          <DrillDown scope={scope} definitions={definitions} onDrill={drill} />
        </Card>
      ) : null}
      <Alerts scope={scope} />
      <BurdenCard scope={scope} />
    </div>
  );
}
