import { Alert, Button, Card, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type AuditEntry } from '../../api/client';
import { CursorPager } from '../../components/CursorPager';
import { useCursorPagination } from '../../components/cursorPagination';
import { ScrollRegion } from '../../components/ScrollRegion';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDateFormat } from '../../i18n/format';

/** The hash-chained audit log, page by page, with a button that verifies the whole chain on the server. */
export function AuditCard() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const pages = useCursorPagination<AuditEntry>(['audit'], (cursor, limit) =>
    unwrap(api.GET('/api/v1/audit', { params: { query: { limit, ...(cursor ? { cursor } : {}) } } })),
  );
  const { query } = pages;
  const verify = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/audit/verify')) });

  const none = t('common.none');
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('dashboard.seq'), dataIndex: 'seq', key: 'seq', align: 'right' },
    { title: t('dashboard.at'), dataIndex: 'at', key: 'at', render: (at: string) => formatDate.dateTime(at) },
    {
      title: t('dashboard.actor'),
      dataIndex: 'actorName',
      key: 'actor',
      render: (name: string | null) => name ?? t('dashboard.system'),
    },
    {
      title: t('dashboard.actingFor'),
      dataIndex: 'actingFor',
      key: 'actingFor',
      render: (v: string | null) => v ?? none,
    },
    {
      title: t('dashboard.action'),
      dataIndex: 'action',
      key: 'action',
      render: (a: string) => <code>{a}</code>,
    },
    {
      title: t('dashboard.record'),
      key: 'record',
      render: (_: unknown, entry) => (
        <span className="tb-mono">
          {entry.recordType}
          {entry.recordId ? ` #${entry.recordId}` : ''}
        </span>
      ),
    },
    { title: t('dashboard.ip'), dataIndex: 'ip', key: 'ip', render: (ip: string | null) => ip ?? none },
  ];

  const result = verify.data;
  return (
    <Card
      className="tb-card"
      title={<h2 className="tb-card-heading">{t('dashboard.audit')}</h2>}
      extra={
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined aria-hidden />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
        >
          {t('dashboard.verify')}
        </Button>
      }
    >
      <Typography.Paragraph>{t('dashboard.auditHelp')}</Typography.Paragraph>
      <div aria-live="polite" className="tb-verify-status">
        {verify.isPending ? (
          <Alert
            type="info"
            showIcon
            icon={<Spin size="small" />}
            message={t('dashboard.verifying')}
            className="tb-verify-alert"
          />
        ) : verify.isError ? (
          <ErrorAlert error={verify.error} onRetry={() => verify.mutate()} />
        ) : result ? (
          <Alert
            className="tb-verify-alert"
            type={result.ok ? 'success' : 'error'}
            showIcon
            message={
              result.ok
                ? t('dashboard.verifyOk', { checked: result.checked })
                : result.firstBrokenSeq !== null
                  ? t('dashboard.verifyBroken', { checked: result.checked, seq: result.firstBrokenSeq })
                  : t('dashboard.verifyBrokenUnknown', { checked: result.checked })
            }
          />
        ) : null}
      </div>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      <ScrollRegion label={t('dashboard.audit')}>
        <Table<AuditEntry>
          rowKey="seq"
          columns={columns}
          dataSource={pages.items}
          loading={query.isFetching}
          pagination={false}
          locale={{
            emptyText:
              query.isPending || query.isError ? ' ' : <EmptyState text={t('dashboard.auditEmpty')} />,
          }}
        />
      </ScrollRegion>
      <CursorPager
        page={pages.page}
        pageSize={pages.pageSize}
        hasPrevious={pages.hasPrevious}
        hasNext={pages.hasNext}
        loading={query.isFetching}
        onPrevious={pages.previous}
        onNext={pages.next}
        onPageSizeChange={pages.setPageSize}
      />
    </Card>
  );
}
