import { useQuery } from '@tanstack/react-query';
import { Card, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { supervisionApi, type Burden, type Scope } from '../../../api/supervision';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ScrollRegion } from '../../../components/ScrollRegion';

type ItemBurden = Burden['items'][number];
type BundleBurden = Burden['bundles'][number];
const DIMENSIONS = ['applications', 'days', 'materials', 'trips'] as const;

const average = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(2));

/** 四减: each item's and bundle's steps, time, materials and trips, item by item versus with Tongban. */
export function BurdenCard({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['supervision', 'burden', scope],
    queryFn: () => supervisionApi.burden(scope),
  });
  // A negative cut means Tongban takes more (e.g. a bundle promising more days than its fastest item).
  const change = (cut: number | null) =>
    cut === null
      ? '—'
      : cut < 0
        ? t('supervisionBurden.more', { value: `${Math.round(-cut * 100)}%` })
        : t('supervisionBurden.cut', { value: `${Math.round(cut * 100)}%` });
  const comparison = <T extends ItemBurden | BundleBurden>(): ColumnsType<T> =>
    DIMENSIONS.map((k) => ({
      title: t(`supervision.burden.${k}`),
      key: k,
      render: (_v, b) => (
        <>
          {t('supervision.burden.fromTo', { before: b.itemByItem[k], after: b.tongban[k] })}
          <div className="tb-note">{change(b.reduction[k])}</div>
        </>
      ),
    }));
  // Items with cases in the period first: their real figures are what a supervisor compares.
  const items = [...(query.data?.items ?? [])].sort(
    (a, b) => (b.observed?.cases ?? 0) - (a.observed?.cases ?? 0),
  );
  const pagination = { pageSize: 10, showSizeChanger: true, hideOnSinglePage: true } as const;
  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('supervisionBurden.title')}</h2>}>
      <p className="tb-note">{t('supervisionBurden.intro')}</p>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      <h3 className="tb-subheading-sm">{t('supervisionBurden.bundles')}</h3>
      <ScrollRegion label={t('supervisionBurden.bundles')}>
        <Table<BundleBurden>
          size="small"
          className="tb-wrap-table"
          loading={query.isLoading}
          rowKey="code"
          dataSource={query.data?.bundles ?? []}
          pagination={pagination}
          locale={{ emptyText: <EmptyState text={t('supervisionBurden.noBundles')} /> }}
          columns={[{ title: t('supervisionBurden.name'), dataIndex: 'name', key: 'name' }, ...comparison()]}
        />
      </ScrollRegion>
      <h3 className="tb-subheading-sm">{t('supervisionBurden.items')}</h3>
      <ScrollRegion label={t('supervisionBurden.items')}>
        <Table<ItemBurden>
          size="small"
          className="tb-wrap-table"
          loading={query.isLoading}
          rowKey="code"
          dataSource={items}
          pagination={pagination}
          locale={{ emptyText: <EmptyState text={t('supervisionBurden.noItems')} /> }}
          columns={[
            { title: t('supervisionBurden.name'), dataIndex: 'name', key: 'name' },
            ...comparison<ItemBurden>(),
            {
              title: t('supervisionBurden.observed'),
              key: 'observed',
              render: (_v, i) =>
                i.observed ? (
                  t('supervisionBurden.observedText', {
                    cases: i.observed.cases,
                    days: average(i.observed.days),
                    materials: average(i.observed.materials),
                    trips: average(i.observed.trips),
                  })
                ) : (
                  <span className="tb-note">{t('supervisionBurden.noCases')}</span>
                ),
            },
          ]}
        />
      </ScrollRegion>
    </Card>
  );
}
