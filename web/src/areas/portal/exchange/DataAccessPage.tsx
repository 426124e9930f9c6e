import { Breadcrumb, Card, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { exchangeApi, type DataAccess } from '../../../api/exchange';
import { CursorPager } from '../../../components/CursorPager';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { PageSpin } from '../../../components/PageSpin';
import { useCursorPagination } from '../../../components/cursorPagination';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import './exchange.css';
import { labelled } from '../../../i18n/text';

function AccessItem({ a }: { a: DataAccess }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <li className="tb-access-item">
      <div className="tb-access-head">
        <span className="tb-access-who">{a.consumerName}</span>
        <time className="tb-note" dateTime={a.at}>
          {formatDate.dateTime(a.at)}
        </time>
      </div>
      <p className="tb-access-meta">
        {t('exchange.access.used', { resource: a.resourceName })}
        {a.providerDepartmentName ? t('exchange.access.from', { provider: a.providerDepartmentName }) : null}
      </p>
      <p className="tb-access-meta">{labelled(t('exchange.access.purpose'), a.purpose)}</p>
      {a.caseNumber ? (
        <p className="tb-access-meta">{labelled(t('exchange.access.case'), a.caseNumber)}</p>
      ) : null}
      <div className="tb-access-fields" aria-label={t('exchange.access.fields')}>
        {a.found ? a.fields.map((f) => <Tag key={f}>{f}</Tag>) : <Tag>{t('exchange.access.notFound')}</Tag>}
      </div>
    </li>
  );
}

/** 谁用了我的数据: every access to the signed-in person's records in shared data. */
export default function DataAccessPage() {
  const { t } = useTranslation();
  usePageTitle(t('exchange.access.title'));
  const pager = useCursorPagination(['exchange', 'my-data-access'], exchangeApi.myDataAccess);
  return (
    <div className="tb-page">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/">{t('areas.portal')}</Link> },
          { title: <Link to="/portal/profile">{t('user.profile')}</Link> },
          { title: t('exchange.access.title') },
        ]}
      />
      <Typography.Title level={1}>{t('exchange.access.title')}</Typography.Title>
      <Typography.Paragraph className="tb-note">{t('exchange.access.intro')}</Typography.Paragraph>
      <Card className="tb-card">
        {pager.query.isError ? (
          <ErrorAlert error={pager.query.error} onRetry={() => void pager.query.refetch()} />
        ) : pager.query.isPending ? (
          <PageSpin />
        ) : pager.items.length === 0 ? (
          <EmptyState
            text={t('exchange.access.empty')}
            action={<LinkButton to="/portal/search">{t('exchange.access.findServices')}</LinkButton>}
          />
        ) : (
          <ul className="tb-access-list">
            {pager.items.map((a) => (
              <AccessItem key={a.id} a={a} />
            ))}
          </ul>
        )}
        <CursorPager of={pager} />
      </Card>
    </div>
  );
}
