import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { supervisionApi, type Disclosure } from '../../../api/supervision';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageSpin } from '../../../components/PageSpin';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { usePageTitle } from '../../../components/usePageTitle';
import { formatIndicator } from './format';
import { CARD, CARD_GRID, DefinitionPopover } from './parts';

type Row = Disclosure['departments'][number];

/** 政务服务公开: ratings, rectifications, on-time rates and 四减 per department, for everyone (no login). */
export default function DisclosurePage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  usePageTitle(t('supervision.disclosure.title'));
  const query = useQuery({
    queryKey: ['supervision', 'disclosure'],
    queryFn: () => supervisionApi.disclosure({}),
  });
  if (query.isPending) return <PageSpin />;
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  const def = (key: string) => data.definitions.find((d) => d.key === key)!;
  const title = (key: string) => (
    <span>
      {en ? def(key).name.en : def(key).name.zh}
      <DefinitionPopover d={def(key)} />
    </span>
  );
  const rate = (key: string) => (v: number | null, row: Row) =>
    row.suppressed && ['goodRate', 'onTimeRectificationRate'].includes(key) ? (
      <Tag>{t('supervision.disclosure.suppressed')}</Tag>
    ) : (
      formatIndicator(t, 'rate', v)
    );
  return (
    <div className="tb-page">
      <Typography.Title level={1}>{t('supervision.disclosure.title')}</Typography.Title>
      <Typography.Paragraph>
        {t('supervision.disclosure.intro', { from: data.from, to: data.to, minimum: data.minimumRatings })}
      </Typography.Paragraph>
      <Card
        className="tb-card"
        title={<h2 className="tb-card-heading">{t('supervision.disclosure.departments')}</h2>}
      >
        {data.departments.length === 0 ? (
          <EmptyState text={t('supervision.noData')} />
        ) : (
          <ScrollRegion label={t('supervision.disclosure.departments')}>
            <Table<Row>
              rowKey="departmentId"
              size="middle"
              pagination={false}
              dataSource={data.departments}
              columns={[
                { title: t('supervision.rankings.department'), dataIndex: 'departmentName' },
                { title: t('supervision.disclosure.ratings'), dataIndex: 'ratings' },
                { title: title('goodRate'), dataIndex: 'goodRate', render: rate('goodRate') },
                { title: title('defaultRatings'), dataIndex: 'defaultRatings' },
                {
                  title: t('supervision.disclosure.rectifications'),
                  key: 'rect',
                  render: (_: unknown, row: Row) =>
                    row.suppressed ? (
                      <Tag>{t('supervision.disclosure.suppressed')}</Tag>
                    ) : (
                      `${row.rectificationsFixed ?? 0} / ${row.rectificationsOpened ?? 0}`
                    ),
                },
                {
                  title: title('onTimeRectificationRate'),
                  dataIndex: 'onTimeRectificationRate',
                  render: rate('onTimeRectificationRate'),
                },
                { title: title('onTimeRate'), dataIndex: 'onTimeRate', render: rate('onTimeRate') },
                { title: title('compression'), dataIndex: 'compression', render: rate('compression') },
                {
                  title: title('itemsAtMostOneVisit'),
                  dataIndex: 'itemsAtMostOneVisit',
                  render: rate('itemsAtMostOneVisit'),
                },
                {
                  title: title('materialsReduction'),
                  dataIndex: 'materialsReduction',
                  render: rate('materialsReduction'),
                },
              ]}
            />
          </ScrollRegion>
        )}
      </Card>
      <Card
        className="tb-card"
        title={<h2 className="tb-card-heading">{t('supervision.disclosure.burden')}</h2>}
      >
        {data.bundles.length === 0 ? (
          <EmptyState text={t('supervision.disclosure.noBundles')} />
        ) : (
          <ul
            style={{ ...CARD_GRID, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))' }}
          >
            {data.bundles.map((b) => (
              <li key={b.code} style={CARD}>
                <h3 style={{ fontSize: 16, margin: '4px 0 8px' }}>{b.name}</h3>
                <dl style={{ margin: 0 }}>
                  {(['applications', 'days', 'materials', 'trips'] as const).map((k) => (
                    <div key={k} style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                      <dt>{t(`supervision.burden.${k}`)}</dt>
                      <dd style={{ margin: 0 }}>
                        {t('supervision.burden.fromTo', { before: b.itemByItem[k], after: b.tongban[k] })}
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
