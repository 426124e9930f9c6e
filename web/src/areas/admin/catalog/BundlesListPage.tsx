import { Card, Input, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../../api/catalog';
import type { AdminBundleRow } from '../../../api/catalogTypes';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { CatalogNav } from './shared';
import { StatusTag } from './VersionsPanel';

/** /admin/catalog/bundles — the 一件事 bundles. */
export default function BundlesListPage() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  usePageTitle(t('catalogAdmin.bundlesTitle'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? undefined;
  // The API returns every bundle (there are tens, not thousands): filtered and paged here.
  const query = useQuery({ queryKey: ['catalog', 'admin', 'bundles'], queryFn: catalogApi.adminBundles });
  const needle = (q ?? '').trim().toLowerCase();
  const rows = (query.data?.items ?? []).filter(
    (b) => !needle || b.name.toLowerCase().includes(needle) || b.code.toLowerCase().includes(needle),
  );

  const columns: TableColumnsType<AdminBundleRow> = [
    {
      title: t('catalogAdmin.bundleName'),
      key: 'name',
      render: (_v, row) => (
        <>
          <Link to={`/admin/catalog/bundles/${row.id}`}>{row.name}</Link>
          <div className="tb-note tb-mono">{row.code}</div>
        </>
      ),
    },
    {
      title: t('catalogAdmin.versionState'),
      key: 'versions',
      render: (_v, row) => (
        <div className="tb-version-state">
          {row.publishedVersionNo ? (
            <span>
              <StatusTag status="published" /> v{row.publishedVersionNo}
            </span>
          ) : null}
          {row.draftVersionNo ? (
            <span>
              <StatusTag status="draft" /> v{row.draftVersionNo}
            </span>
          ) : null}
        </div>
      ),
    },
    {
      title: t('catalogAdmin.updatedAt'),
      key: 'updatedAt',
      render: (_v, row) => formatDate.dateTime(row.updatedAt),
    },
  ];

  return (
    <div className="tb-page">
      <Typography.Title level={1}>{t('catalogAdmin.title')}</Typography.Title>
      <CatalogNav />
      <Card
        className="tb-card"
        title={<h2 className="tb-card-heading">{t('catalogAdmin.bundlesTitle')}</h2>}
        extra={
          <LinkButton to="/admin/catalog/bundles/new" type="primary" icon={<PlusOutlined aria-hidden />}>
            {t('catalogAdmin.newBundle')}
          </LinkButton>
        }
      >
        <div className="tb-filters" role="search" aria-label={t('catalogAdmin.filters')}>
          <Input.Search
            className="tb-search-narrow"
            aria-label={t('catalogAdmin.searchBundles')}
            placeholder={t('catalogAdmin.searchBundles')}
            defaultValue={q}
            allowClear
            onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {}, { replace: true })}
          />
        </div>
        {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
        <ScrollRegion label={t('catalogAdmin.bundlesTitle')}>
          <Table<AdminBundleRow>
            className="tb-wrap-table"
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={query.isFetching}
            pagination={{
              defaultPageSize: 20,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50],
              hideOnSinglePage: true,
            }}
            locale={{
              emptyText:
                query.isPending || query.isError ? (
                  ' '
                ) : (
                  <EmptyState
                    text={needle ? t('catalogAdmin.bundlesEmptyFiltered') : t('catalogAdmin.bundlesEmpty')}
                  />
                ),
            }}
          />
        </ScrollRegion>
      </Card>
    </div>
  );
}
