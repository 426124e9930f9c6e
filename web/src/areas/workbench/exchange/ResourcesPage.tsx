import { useState } from 'react';
import { Breadcrumb, Card, Input, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { exchangeApi, type DataResource } from '../../../api/exchange';
import { useMe } from '../../../auth/session';
import { CursorPager } from '../../../components/CursorPager';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { PageSpin } from '../../../components/PageSpin';
import { useCursorPagination } from '../../../components/cursorPagination';
import { useDebounced } from '../../../components/useDebounced';
import { usePageTitle } from '../../../components/usePageTitle';
import '../../portal/exchange/exchange.css';
import { labelled } from '../../../i18n/text';
import { updateCycleLabel } from './updateCycles';

export const SHARE_COLORS: Record<DataResource['shareType'], string> = {
  unconditional: 'green',
  conditional: 'blue',
  none: 'default',
};

function ResourceItem({ r }: { r: DataResource }) {
  const { t } = useTranslation();
  return (
    <li className="tb-access-item">
      <div className="tb-access-head">
        <Link className="tb-access-who" to={`/workbench/exchange/resources/${r.code}`}>
          {r.name}
        </Link>
        <Space size={4} wrap>
          <Tag color={SHARE_COLORS[r.shareType]}>{t(`exchange.shareType.${r.shareType}`)}</Tag>
          <Tag color={r.status === 'published' ? 'green' : 'gold'}>{t(`exchange.status.${r.status}`)}</Tag>
        </Space>
      </div>
      <p className="tb-access-meta tb-note">
        {r.catalogueCode} · {r.code} · {r.providerDepartmentName} ·{' '}
        {labelled(t('exchange.resource.updateCycle'), updateCycleLabel(r.updateCycle))}
      </p>
      <div className="tb-access-fields">
        {r.items.map((i) => (
          <Tag key={i.key}>{i.name}</Tag>
        ))}
      </div>
    </li>
  );
}

/** 政务信息资源目录: browse; data stewards create, edit and publish their department's resources. */
export default function ResourcesPage() {
  const { t } = useTranslation();
  usePageTitle(t('exchange.resources.title'));
  const me = useMe().data;
  const isSteward = me?.roles.some((r) => r.role === 'data_steward') ?? false;
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const pager = useCursorPagination(['exchange', 'resources', query], (cursor, limit) =>
    exchangeApi.resources(cursor, limit, query || undefined),
  );
  return (
    <div className="tb-page">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/workbench">{t('areas.workbench')}</Link> },
          { title: t('exchange.resources.title') },
        ]}
      />
      <div className="tb-title-row">
        <Typography.Title level={1}>{t('exchange.resources.title')}</Typography.Title>
        <Space wrap>
          <LinkButton to="/workbench/exchange/grants">{t('exchange.grants.title')}</LinkButton>
          {isSteward ? (
            <LinkButton type="primary" to="/workbench/exchange/resources/new">
              {t('exchange.resources.new')}
            </LinkButton>
          ) : null}
        </Space>
      </div>
      <Card className="tb-card">
        <Input.Search
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('exchange.resources.search')}
          aria-label={t('exchange.resources.search')}
          style={{ marginBottom: 12 }}
        />
        {pager.query.isError ? (
          <ErrorAlert error={pager.query.error} onRetry={() => void pager.query.refetch()} />
        ) : pager.query.isPending ? (
          <PageSpin />
        ) : pager.items.length === 0 ? (
          <EmptyState text={t('exchange.resources.empty')} />
        ) : (
          <ul className="tb-access-list">
            {pager.items.map((r) => (
              <ResourceItem key={r.code} r={r} />
            ))}
          </ul>
        )}
        <CursorPager of={pager} />
      </Card>
    </div>
  );
}
