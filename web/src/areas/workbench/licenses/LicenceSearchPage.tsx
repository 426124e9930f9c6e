import { useState, type ReactNode } from 'react';
import { Button, Card, Input, Select, Table, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  LICENCE_STATUSES,
  licensesApi,
  type LicenceSearch,
  type LicenceStatus,
  type StaffLicence,
} from '../../../api/licenses';
import { CursorPager } from '../../../components/CursorPager';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useCursorPagination } from '../../../components/cursorPagination';
import { usePageTitle } from '../../../components/usePageTitle';
import { LicenceStatusTag, useValidity } from '../../portal/licenses/display';
import { WorkbenchNav } from '../display';
import { GrantedLicenceLookup } from '../../portal/licenses/GrantedLicenceLookup';

const isStatus = (value: string | null): value is LicenceStatus =>
  value !== null && (LICENCE_STATUSES as readonly string[]).includes(value);

/**
 * 证照查询 (staff): licences the staff member's departments issued (admins: all), by identifier, holder
 * ID number / credit code / name, status and type. `base` is where this page lives (workbench or admin).
 */
export function LicenceSearch({ base, nav }: { base: string; nav?: ReactNode }) {
  const { t } = useTranslation();
  const validity = useValidity();
  usePageTitle(t('licenses.staff.title'));
  const [params, setParams] = useSearchParams();
  const filter: LicenceSearch = {
    q: params.get('q') ?? undefined,
    status: isStatus(params.get('status')) ? (params.get('status') as LicenceStatus) : undefined,
    type: params.get('type') ?? undefined,
  };
  const [text, setText] = useState(filter.q ?? '');
  const types = useQuery({ queryKey: ['licenses', 'types'], queryFn: () => licensesApi.types() });
  const pager = useCursorPagination(['licenses', 'search', filter], (cursor, limit) =>
    licensesApi.search(filter, cursor, limit),
  );
  const update = (next: Partial<Record<'q' | 'status' | 'type', string | undefined>>) => {
    const merged = { q: filter.q, status: filter.status, type: filter.type, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => Boolean(e[1]))));
  };
  const filtered = Boolean(filter.q || filter.status || filter.type);

  return (
    <div className="tb-page">
      <Typography.Title level={1}>{t('licenses.staff.title')}</Typography.Title>
      {nav}
      <Card className="tb-card">
        <form
          className="tb-lic-filter"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            update({ q: text.trim() || undefined });
          }}
        >
          <div className="tb-lic-filter-q">
            <label htmlFor="tb-lic-q">{t('licenses.staff.query')}</label>
            <Input
              id="tb-lic-q"
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t('licenses.staff.queryPlaceholder')}
              allowClear
              maxLength={120}
            />
          </div>
          <div className="tb-lic-filter-select">
            <label htmlFor="tb-lic-status">{t('licenses.staff.status')}</label>
            <Select
              id="tb-lic-status"
              value={filter.status ?? ''}
              onChange={(value: string) => update({ status: value || undefined })}
              style={{ width: '100%' }}
              options={[
                { value: '', label: t('licenses.staff.any') },
                ...LICENCE_STATUSES.map((s) => ({ value: s, label: t(`licenses.verify.name.${s}`) })),
              ]}
            />
          </div>
          <div className="tb-lic-filter-select">
            <label htmlFor="tb-lic-type">{t('licenses.staff.type')}</label>
            <Select
              id="tb-lic-type"
              value={filter.type ?? ''}
              onChange={(value: string) => update({ type: value || undefined })}
              style={{ width: '100%' }}
              loading={types.isPending}
              options={[
                { value: '', label: t('licenses.staff.any') },
                ...(types.data ?? []).map((ty) => ({ value: ty.code, label: ty.name })),
              ]}
            />
          </div>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
            {t('licenses.staff.search')}
          </Button>
        </form>
      </Card>
      <Card className="tb-card">
        {pager.query.isError ? (
          <ErrorAlert error={pager.query.error} onRetry={() => void pager.query.refetch()} />
        ) : !pager.query.isPending && pager.items.length === 0 ? (
          <EmptyState
            text={t(filtered ? 'licenses.staff.emptyFiltered' : 'licenses.staff.empty')}
            action={
              filtered ? (
                <Button
                  onClick={() => {
                    setText('');
                    setParams({});
                  }}
                >
                  {t('licenses.staff.clear')}
                </Button>
              ) : undefined
            }
          />
        ) : (
          <ScrollRegion label={t('licenses.staff.results')}>
            <Table<StaffLicence>
              className="tb-wrap-table"
              size="middle"
              rowKey="id"
              loading={pager.query.isFetching}
              dataSource={pager.items}
              pagination={false}
              columns={[
                {
                  title: t('licenses.staff.licence'),
                  key: 'name',
                  render: (_v, l) => (
                    <div>
                      <Link to={`${base}/${l.id}`}>{l.name}</Link>
                      <div className="tb-mono tb-note">{l.identifier}</div>
                    </div>
                  ),
                },
                {
                  title: t('licenses.holder'),
                  key: 'holder',
                  render: (_v, l) => (
                    <div>
                      {l.holderName}
                      <div className="tb-mono tb-note">{l.holderCodeMasked}</div>
                    </div>
                  ),
                },
                { title: t('licenses.issuer'), dataIndex: 'issuerName', key: 'issuer' },
                { title: t('licenses.validityLabel'), key: 'validity', render: (_v, l) => validity(l) },
                {
                  title: t('licenses.staff.status'),
                  key: 'status',
                  render: (_v, l) => <LicenceStatusTag status={l.status} name={l.statusName} />,
                },
              ]}
            />
          </ScrollRegion>
        )}
        <CursorPager of={pager} />
      </Card>
      {/* Licences whose holders granted this department their use (用证授权). */}
      <GrantedLicenceLookup />
    </div>
  );
}

/** /workbench/licenses */
export default function WorkbenchLicenceSearchPage() {
  return <LicenceSearch base="/workbench/licenses" nav={<WorkbenchNav />} />;
}
