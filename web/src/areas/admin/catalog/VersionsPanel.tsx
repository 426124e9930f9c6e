import { useState } from 'react';
import { Button, Card, Col, Row, Select, Table, Tag, Typography } from 'antd';
import { DiffOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../../api/catalog';
import type { DiffChange, VersionSummary } from '../../../api/catalogTypes';
import { pickLocalized } from '../../../api/problem';
import { useCatalogLabels } from '../../../catalog/labels';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useDateFormat } from '../../../i18n/format';

const STATUS_COLOURS: Record<string, string> = { draft: 'gold', published: 'green', retired: 'default' };

export function StatusTag({ status }: { status: string | null | undefined }) {
  const labels = useCatalogLabels();
  if (!status) return null;
  return <Tag color={STATUS_COLOURS[status] ?? 'default'}>{labels.status(status)}</Tag>;
}

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === '')
    return <span className="tb-muted">{t('common.none')}</span>;
  if (typeof value === 'string') return <div className="tb-prose">{value}</div>;
  if (typeof value === 'number' || typeof value === 'boolean') return <code>{String(value)}</code>;
  return <pre className="tb-json">{JSON.stringify(value, null, 2)}</pre>;
}

/** JSON with object keys sorted, so that two values differing only in key order compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** The versions of an item and what changed between any two of them. */
export function VersionsPanel({ itemId, versions }: { itemId: string; versions: VersionSummary[] }) {
  const { t, i18n } = useTranslation();
  const formatDate = useDateFormat();
  const sorted = [...versions].sort((a, b) => b.versionNo - a.versionNo);
  const [from, setFrom] = useState<string | undefined>(sorted[1]?.versionId);
  const [to, setTo] = useState<string | undefined>(sorted[0]?.versionId);
  const [compared, setCompared] = useState<{ from: string; to: string } | null>(null);

  const diff = useQuery({
    queryKey: ['catalog', 'admin', 'diff', itemId, compared],
    queryFn: () => catalogApi.itemDiff(itemId, compared!.from, compared!.to),
    enabled: compared !== null,
  });
  // A change whose values differ only in key order is not a change a person can see.
  const allChanges = diff.data?.changes ?? [];
  const changes = allChanges.filter((c) => canonical(c.before) !== canonical(c.after));
  const orderOnly = allChanges.length - changes.length;
  const options = sorted.map((v) => ({
    value: v.versionId,
    label: `${t('itemEditor.versionNo', { no: v.versionNo })} · ${t(`codes.status.${v.status}`)}`,
  }));
  const noOf = (id: string | undefined) => sorted.find((v) => v.versionId === id)?.versionNo;

  return (
    <div className="tb-stack">
      <Card className="tb-card" title={<h2 className="tb-card-heading">{t('itemEditor.versions')}</h2>}>
        <ScrollRegion label={t('itemEditor.versions')}>
          <Table<VersionSummary>
            rowKey="versionId"
            size="small"
            dataSource={sorted}
            pagination={sorted.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            locale={{ emptyText: <EmptyState text={t('itemEditor.noVersions')} /> }}
            columns={[
              {
                title: t('itemEditor.version'),
                key: 'no',
                render: (_v, v) => t('itemEditor.versionNo', { no: v.versionNo }),
              },
              {
                title: t('itemEditor.status'),
                key: 'status',
                render: (_v, v) => <StatusTag status={v.status} />,
              },
              {
                title: t('itemEditor.publishedAt'),
                key: 'publishedAt',
                render: (_v, v) => formatDate.dateTime(v.publishedAt),
              },
              {
                title: t('itemEditor.retiredAt'),
                key: 'retiredAt',
                render: (_v, v) => formatDate.dateTime(v.retiredAt),
              },
            ]}
          />
        </ScrollRegion>
      </Card>

      <Card className="tb-card" title={<h2 className="tb-card-heading">{t('itemEditor.diff')}</h2>}>
        {sorted.length < 2 ? (
          <EmptyState text={t('itemEditor.diffNeedsTwo')} />
        ) : (
          <>
            <Row gutter={[12, 12]} align="bottom">
              <Col xs={24} md={9}>
                <label className="tb-filter">
                  <span className="tb-filter-label">{t('itemEditor.diffFrom')}</span>
                  <Select
                    className="tb-full-width"
                    aria-label={t('itemEditor.diffFrom')}
                    value={from}
                    onChange={setFrom}
                    options={options}
                  />
                </label>
              </Col>
              <Col xs={24} md={9}>
                <label className="tb-filter">
                  <span className="tb-filter-label">{t('itemEditor.diffTo')}</span>
                  <Select
                    className="tb-full-width"
                    aria-label={t('itemEditor.diffTo')}
                    value={to}
                    onChange={setTo}
                    options={options}
                  />
                </label>
              </Col>
              <Col xs={24} md={6}>
                <Button
                  type="primary"
                  icon={<DiffOutlined aria-hidden />}
                  disabled={!from || !to || from === to}
                  onClick={() => from && to && setCompared({ from, to })}
                  block
                >
                  {t('itemEditor.compare')}
                </Button>
              </Col>
            </Row>
            <div aria-live="polite" className="tb-diff-result">
              {diff.isError ? <ErrorAlert error={diff.error} onRetry={() => void diff.refetch()} /> : null}
              {compared && diff.data ? (
                <>
                  <Typography.Paragraph className="tb-diff-summary">
                    {t('itemEditor.diffSummary', {
                      count: changes.length,
                      from: noOf(compared.from),
                      to: noOf(compared.to),
                    })}
                  </Typography.Paragraph>
                  {orderOnly > 0 ? (
                    <Typography.Paragraph className="tb-note">
                      {t('itemEditor.diffOrderOnly', { count: orderOnly })}
                    </Typography.Paragraph>
                  ) : null}
                  {changes.length === 0 ? (
                    <EmptyState text={t('itemEditor.diffNone')} />
                  ) : (
                    <ScrollRegion label={t('itemEditor.diff')}>
                      <Table<DiffChange>
                        className="tb-diff-table"
                        rowKey="path"
                        size="small"
                        dataSource={diff.data.changes}
                        pagination={
                          diff.data.changes.length > 20 ? { pageSize: 20, showSizeChanger: false } : false
                        }
                        columns={[
                          {
                            title: t('itemEditor.diffField'),
                            key: 'label',
                            width: 200,
                            render: (_v, c) => (
                              <>
                                {pickLocalized(c.label, i18n.language)}
                                <div className="tb-note tb-mono">{c.path}</div>
                              </>
                            ),
                          },
                          {
                            title: t('itemEditor.diffBefore'),
                            key: 'before',
                            render: (_v, c) => (
                              <div className="tb-diff-before">
                                <Value value={c.before} />
                              </div>
                            ),
                          },
                          {
                            title: t('itemEditor.diffAfter'),
                            key: 'after',
                            render: (_v, c) => (
                              <div className="tb-diff-after">
                                <Value value={c.after} />
                              </div>
                            ),
                          },
                        ]}
                      />
                    </ScrollRegion>
                  )}
                </>
              ) : compared && diff.isPending ? (
                <p>{t('common.loading')}</p>
              ) : null}
            </div>
          </>
        )}
      </Card>
    </div>
  );
}
