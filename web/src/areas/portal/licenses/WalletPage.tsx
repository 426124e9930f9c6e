import { Alert, Breadcrumb, Card, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { licensesApi, type LicenceSummary } from '../../../api/licenses';
import { useMe } from '../../../auth/session';
import { CursorPager } from '../../../components/CursorPager';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { PageSpin } from '../../../components/PageSpin';
import { useCursorPagination } from '../../../components/cursorPagination';
import { usePageTitle } from '../../../components/usePageTitle';
import { LicenceFacts, LicenceStatusTag } from './display';
import { GrantedLicenceLookup } from './GrantedLicenceLookup';

function LicenceCard({ licence }: { licence: LicenceSummary }) {
  const { t } = useTranslation();
  return (
    <li className="tb-lic-card">
      <div className="tb-lic-card-head">
        <Link to={`/portal/licenses/${licence.id}`} className="tb-lic-card-title">
          {licence.name}
        </Link>
        <LicenceStatusTag status={licence.status} name={licence.statusName} />
      </div>
      <LicenceFacts licence={licence} holder={false} />
      <div className="tb-lic-actions">
        <LinkButton
          to={`/portal/licenses/${licence.id}`}
          aria-label={t('licenses.openNamed', { name: licence.name })}
        >
          {t('licenses.open')}
        </LinkButton>
      </div>
    </li>
  );
}

/** 我的证照（卡包）: the licences of the person, or of the organisation they act for. */
export default function WalletPage() {
  const { t } = useTranslation();
  const me = useMe();
  const actingFor = me.data?.actingFor?.name ?? null;
  usePageTitle(t('licenses.walletTitle'));
  const pager = useCursorPagination(['licenses', 'wallet', actingFor], (cursor, limit) =>
    licensesApi.wallet(cursor, limit),
  );

  return (
    <div className="tb-page">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[{ title: <Link to="/">{t('areas.portal')}</Link> }, { title: t('licenses.walletTitle') }]}
      />
      <Typography.Title level={1}>{t('licenses.walletTitle')}</Typography.Title>
      <Typography.Paragraph className="tb-note">{t('licenses.walletIntro')}</Typography.Paragraph>
      {actingFor ? (
        <Alert type="info" showIcon message={t('licenses.walletActingFor', { name: actingFor })} />
      ) : null}
      <Card className="tb-card">
        {pager.query.isError ? (
          <ErrorAlert error={pager.query.error} onRetry={() => void pager.query.refetch()} />
        ) : pager.query.isPending ? (
          <PageSpin />
        ) : pager.items.length === 0 ? (
          <EmptyState
            text={t(actingFor ? 'licenses.walletEmptyOrg' : 'licenses.walletEmpty')}
            action={
              <LinkButton to="/portal/search" type="primary">
                {t('licenses.goSearch')}
              </LinkButton>
            }
          />
        ) : (
          <ul
            className="tb-lic-list"
            aria-busy={pager.query.isFetching}
            aria-label={t('licenses.walletTitle')}
          >
            {pager.items.map((l) => (
              <LicenceCard key={l.id} licence={l} />
            ))}
          </ul>
        )}
        <CursorPager of={pager} />
      </Card>
      {/* Acting for an organisation: open a licence someone granted it (用证授权). */}
      {actingFor ? <GrantedLicenceLookup /> : null}
    </div>
  );
}
