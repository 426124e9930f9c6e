import { useState } from 'react';
import {
  Card,
  Col,
  Grid,
  List,
  Row,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../api/catalog';
import type { PowerListEntry } from '../../api/catalogTypes';
import { useCatalogLabels } from '../../catalog/labels';
import { CursorPager } from '../../components/CursorPager';
import { useCursorPagination } from '../../components/cursorPagination';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScrollRegion } from '../../components/ScrollRegion';
import { usePageTitle } from '../../components/usePageTitle';
import { withNote } from '../../i18n/text';

const DEPARTMENTS_PER_PAGE = 12;

function LegalBasis({ text }: { text: string }) {
  const { t } = useTranslation();
  if (!text) return <span className="tb-muted">{t('common.none')}</span>;
  return (
    <Typography.Paragraph
      className="tb-legal-basis"
      ellipsis={{
        rows: 2,
        expandable: 'collapsible',
        symbol: (expanded) => (expanded ? t('common.less') : t('common.more')),
      }}
    >
      {text}
    </Typography.Paragraph>
  );
}

/** 权力清单: each department's administrative powers with their legal basis (public services excluded). */
export default function PowerListPage() {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const screens = Grid.useBreakpoint();
  const isDesktop = screens.md ?? true;
  usePageTitle(t('powerList.title'));
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('departmentId') ?? undefined;
  const [deptPage, setDeptPage] = useState(1);

  const departments = useQuery({
    queryKey: ['catalog', 'departments'],
    queryFn: catalogApi.departments,
    staleTime: 300_000,
  });
  const list = departments.data?.items ?? [];
  const selected = list.find((d) => d.id === departmentId);
  const choose = (id: string | undefined) => setParams(id ? { departmentId: id } : {});

  const pages = useCursorPagination<PowerListEntry>(
    ['catalog', 'power-list', departmentId ?? ''],
    (cursor, limit) => catalogApi.powerList(departmentId, cursor, limit),
  );
  const { query } = pages;

  const columns: TableColumnsType<PowerListEntry> = [
    {
      title: t('powerList.item'),
      key: 'name',
      render: (_v, e) => (
        <>
          <Link to={`/portal/items/${e.id}`}>{e.name}</Link>
          <div className="tb-note tb-mono">{e.implementationCode}</div>
        </>
      ),
    },
    {
      title: t('catalog.itemType'),
      key: 'type',
      render: (_v, e) => <Tag>{labels.itemType(e.itemType)}</Tag>,
    },
    ...(departmentId
      ? []
      : [{ title: t('catalog.department'), dataIndex: 'departmentName', key: 'department' }]),
    { title: t('guide.legalBasis'), key: 'basis', render: (_v, e) => <LegalBasis text={e.legalBasis} /> },
  ];

  const departmentPicker = isDesktop ? (
    <List
      className="tb-department-list"
      loading={departments.isPending}
      dataSource={list}
      locale={{ emptyText: <EmptyState text={t('powerList.noDepartments')} /> }}
      pagination={
        list.length > DEPARTMENTS_PER_PAGE
          ? {
              current: deptPage,
              pageSize: DEPARTMENTS_PER_PAGE,
              onChange: setDeptPage,
              size: 'small',
              showSizeChanger: false,
            }
          : false
      }
      header={
        <button
          type="button"
          className={`tb-department-button${departmentId ? '' : ' tb-selected'}`}
          aria-pressed={!departmentId}
          onClick={() => choose(undefined)}
        >
          {t('powerList.allDepartments')}
        </button>
      }
      renderItem={(d) => (
        <List.Item>
          <button
            type="button"
            className={`tb-department-button${d.id === departmentId ? ' tb-selected' : ''}`}
            aria-pressed={d.id === departmentId}
            onClick={() => choose(d.id)}
          >
            <span>{d.name}</span>
            <span className="tb-note">
              {d.regionName} · {t('powerList.itemCount', { count: d.itemCount })}
            </span>
          </button>
        </List.Item>
      )}
    />
  ) : (
    <Select
      className="tb-full-width"
      aria-label={t('catalog.department')}
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder={t('powerList.allDepartments')}
      value={departmentId}
      loading={departments.isPending}
      onChange={(v?: string) => choose(v)}
      options={list.map((d) => ({ value: d.id, label: withNote(d.name, d.itemCount) }))}
    />
  );

  return (
    <div className="tb-page">
      <Typography.Title level={1}>{t('powerList.title')}</Typography.Title>
      <Typography.Paragraph className="tb-lead">{t('powerList.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card className="tb-card" title={<h2 className="tb-card-heading">{t('powerList.departments')}</h2>}>
            {departments.isError ? (
              <ErrorAlert error={departments.error} onRetry={() => void departments.refetch()} />
            ) : (
              <nav aria-label={t('powerList.departments')}>{departmentPicker}</nav>
            )}
          </Card>
        </Col>
        <Col xs={24} md={16}>
          <Card
            className="tb-card"
            title={
              <h2 className="tb-card-heading">{selected ? selected.name : t('powerList.allDepartments')}</h2>
            }
          >
            {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
            {query.isPending ? (
              <Skeleton active paragraph={{ rows: 6 }} />
            ) : isDesktop ? (
              <ScrollRegion label={t('powerList.title')}>
                <Table<PowerListEntry>
                  className="tb-wrap-table"
                  rowKey="id"
                  columns={columns}
                  dataSource={pages.items}
                  loading={query.isFetching}
                  pagination={false}
                  locale={{ emptyText: query.isError ? ' ' : <EmptyState text={t('powerList.empty')} /> }}
                />
              </ScrollRegion>
            ) : pages.items.length === 0 ? (
              <EmptyState text={t('powerList.empty')} />
            ) : (
              <ul className="tb-plain-list">
                {pages.items.map((e) => (
                  <li key={e.id} className="tb-power-card">
                    <Link to={`/portal/items/${e.id}`}>{e.name}</Link>
                    <div className="tb-hit-tags">
                      <Tag>{labels.itemType(e.itemType)}</Tag>
                    </div>
                    {departmentId ? null : <div className="tb-note">{e.departmentName}</div>}
                    <div className="tb-note">
                      {t('guide.legalBasis')}
                      {t('common.colon')}
                    </div>
                    <LegalBasis text={e.legalBasis} />
                  </li>
                ))}
              </ul>
            )}
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
        </Col>
      </Row>
    </div>
  );
}
