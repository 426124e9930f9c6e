import { Card, Col, Input, Row, Select, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../../api/catalog';
import type { AdminItemRow } from '../../../api/catalogTypes';
import { ITEM_TYPE_LIST } from '../../../catalog/codes';
import { useCatalogLabels } from '../../../catalog/labels';
import { CursorPager } from '../../../components/CursorPager';
import { useCursorPagination } from '../../../components/cursorPagination';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { CatalogNav, useAllDepartments } from './shared';
import { StatusTag } from './VersionsPanel';

/** /admin/catalog — the catalogue's items, filtered, page by page. */
export default function ItemsListPage() {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const formatDate = useDateFormat();
  usePageTitle(t('catalogAdmin.itemsTitle'));
  const [params, setParams] = useSearchParams();
  const filter = {
    q: params.get('q') ?? undefined,
    departmentId: params.get('departmentId') ?? undefined,
    status: (['draft', 'published', 'retired'] as const).find((x) => x === params.get('status')),
    itemType: params.get('itemType') ?? undefined,
  };
  const setFilter = (key: keyof typeof filter, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const departments = useAllDepartments();
  const pages = useCursorPagination<AdminItemRow>(['catalog', 'admin', 'items', filter], (cursor, limit) =>
    catalogApi.adminItems(filter, cursor, limit),
  );
  const { query } = pages;
  const filtered = Object.values(filter).some(Boolean);

  const columns: TableColumnsType<AdminItemRow> = [
    {
      title: t('guide.name'),
      key: 'name',
      render: (_v, row) => (
        <>
          <Link to={`/admin/catalog/items/${row.id}`}>{row.name}</Link>
          <div className="tb-note tb-mono">{row.implementationCode}</div>
        </>
      ),
    },
    { title: t('catalog.itemType'), key: 'type', render: (_v, row) => labels.itemType(row.itemType) },
    { title: t('catalog.department'), dataIndex: 'departmentName', key: 'department' },
    { title: t('catalog.region'), dataIndex: 'regionName', key: 'region' },
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
          {!row.publishedVersionNo && !row.draftVersionNo ? <StatusTag status="retired" /> : null}
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
        title={<h2 className="tb-card-heading">{t('catalogAdmin.itemsTitle')}</h2>}
        extra={
          <LinkButton to="/admin/catalog/items/new" type="primary" icon={<PlusOutlined aria-hidden />}>
            {t('catalogAdmin.newItem')}
          </LinkButton>
        }
      >
        <Row gutter={[12, 12]} className="tb-filters" role="search" aria-label={t('catalogAdmin.filters')}>
          <Col xs={24} md={12} lg={6}>
            <Input.Search
              aria-label={t('catalogAdmin.searchItems')}
              placeholder={t('catalogAdmin.searchItems')}
              defaultValue={filter.q}
              allowClear
              onSearch={(v) => setFilter('q', v.trim() || undefined)}
            />
          </Col>
          <Col xs={24} md={12} lg={6}>
            <Select
              className="tb-full-width"
              aria-label={t('catalog.department')}
              placeholder={t('search.anyDepartment')}
              allowClear
              showSearch
              optionFilterProp="label"
              loading={departments.isPending}
              value={filter.departmentId}
              onChange={(v?: string) => setFilter('departmentId', v)}
              options={(departments.data ?? []).map((d) => ({ value: d.id, label: `${d.name}` }))}
            />
          </Col>
          <Col xs={24} md={12} lg={6}>
            <Select
              className="tb-full-width"
              aria-label={t('itemEditor.status')}
              placeholder={t('catalogAdmin.anyStatus')}
              allowClear
              value={filter.status}
              onChange={(v?: string) => setFilter('status', v)}
              options={(['draft', 'published', 'retired'] as const).map((s) => ({
                value: s,
                label: labels.status(s),
              }))}
            />
          </Col>
          <Col xs={24} md={12} lg={6}>
            <Select
              className="tb-full-width"
              aria-label={t('catalog.itemType')}
              placeholder={t('search.anyType')}
              allowClear
              value={filter.itemType}
              onChange={(v?: string) => setFilter('itemType', v)}
              options={ITEM_TYPE_LIST.map((v) => ({ value: v, label: labels.itemType(v) }))}
            />
          </Col>
        </Row>
        {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
        <ScrollRegion label={t('catalogAdmin.itemsTitle')}>
          <Table<AdminItemRow>
            className="tb-wrap-table"
            rowKey="id"
            columns={columns}
            dataSource={pages.items}
            loading={query.isFetching}
            pagination={false}
            locale={{
              emptyText:
                query.isPending || query.isError ? (
                  ' '
                ) : (
                  <EmptyState
                    text={filtered ? t('catalogAdmin.itemsEmptyFiltered') : t('catalogAdmin.itemsEmpty')}
                  />
                ),
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
    </div>
  );
}
