import { Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Department } from '../../api/client';
import { CursorPager } from '../../components/CursorPager';
import { useCursorPagination } from '../../components/cursorPagination';
import { ScrollRegion } from '../../components/ScrollRegion';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import zhCN from '../../i18n/zh-CN';

type KnownKind = keyof typeof zhCN.departmentKinds;
const isKnownKind = (kind: string): kind is KnownKind => Object.hasOwn(zhCN.departmentKinds, kind);

/** The departments, page by page through the API's cursor pagination. */
export function DepartmentsCard() {
  const { t } = useTranslation();
  const pages = useCursorPagination<Department>(['departments'], (cursor, limit) =>
    unwrap(api.GET('/api/v1/departments', { params: { query: { limit, ...(cursor ? { cursor } : {}) } } })),
  );
  const { query } = pages;

  const columns: TableColumnsType<Department> = [
    { title: t('admin.departmentName'), dataIndex: 'name', key: 'name' },
    {
      title: t('admin.uscc'),
      dataIndex: 'uscc',
      key: 'uscc',
      render: (uscc: string) => <span className="tb-mono">{uscc}</span>,
    },
    {
      title: t('admin.kind'),
      dataIndex: 'kind',
      key: 'kind',
      // Kinds the UI knows are translated; a kind added on the server later shows as its code.
      render: (kind: string) => (isKnownKind(kind) ? t(`departmentKinds.${kind}`) : kind),
    },
    { title: t('admin.region'), dataIndex: 'regionName', key: 'region' },
  ];

  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('admin.departments')}</h2>}>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      <ScrollRegion label={t('admin.departments')}>
        <Table<Department>
          rowKey="id"
          columns={columns}
          dataSource={pages.items}
          loading={query.isFetching}
          pagination={false}
          locale={{
            emptyText:
              query.isPending || query.isError ? ' ' : <EmptyState text={t('admin.departmentsEmpty')} />,
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
