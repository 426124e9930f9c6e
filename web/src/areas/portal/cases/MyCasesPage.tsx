import { Alert, Breadcrumb, Card, Select, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, casesApi, type CaseStatus, type CaseSummary } from '../../../api/cases';
import { useMe } from '../../../auth/session';
import { CursorPager } from '../../../components/CursorPager';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { PageSpin } from '../../../components/PageSpin';
import { useCursorPagination } from '../../../components/cursorPagination';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { StatusTag } from './labels';
import './cases.css';

const isStatus = (value: string | null): value is CaseStatus =>
  value !== null && (CASE_STATUSES as readonly string[]).includes(value);

function CaseRow({ c }: { c: CaseSummary }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const draft = c.status === 'draft';
  return (
    <li className="tb-case-row">
      <div className="tb-case-row-main">
        <Link
          to={draft ? `/portal/cases/${c.id}/edit` : `/portal/cases/${c.id}`}
          className="tb-case-row-title"
        >
          {c.serviceName}
        </Link>
        <StatusTag status={c.status} name={c.statusName} />
      </div>
      <dl className="tb-case-row-facts">
        <div>
          <dt>{t('portalCases.caseNumber')}</dt>
          <dd className="tb-mono">{c.caseNumber ?? t('portalCases.notSubmitted')}</dd>
        </div>
        <div>
          <dt>{draft ? t('portalCases.createdAt') : t('portalCases.submittedAt')}</dt>
          <dd>{formatDate.date(draft ? c.createdAt : c.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('portalCases.promisedDate')}</dt>
          <dd>{formatDate.date(c.promisedDueDate)}</dd>
        </div>
      </dl>
      {draft ? (
        <LinkButton to={`/portal/cases/${c.id}/edit`} className="tb-case-row-action">
          {t('portalCases.detail.continue')}
        </LinkButton>
      ) : null}
    </li>
  );
}

/** 我的办件: the applicant's cases (or, acting for an organisation, the organisation's), newest first. */
export default function MyCasesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const requested = params.get('status');
  const status = isStatus(requested) ? requested : undefined;
  usePageTitle(t('portalCases.myCases'));
  const pager = useCursorPagination(
    ['cases', 'mine', 'list', status ?? 'all', me.data?.actingFor?.name ?? null],
    (cursor, limit) => casesApi.mine(status, cursor, limit),
  );

  return (
    <div className="tb-page">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[{ title: <Link to="/">{t('areas.portal')}</Link> }, { title: t('portalCases.myCases') }]}
      />
      <Typography.Title level={1}>{t('portalCases.myCases')}</Typography.Title>
      {me.data?.actingFor ? (
        <Alert
          type="info"
          showIcon
          message={t('portalCases.list.actingFor', { name: me.data.actingFor.name })}
        />
      ) : null}
      <Card className="tb-card">
        <div className="tb-case-filter">
          <label htmlFor="case-status-filter">{t('portalCases.list.filter')}</label>
          <Select
            id="case-status-filter"
            value={status ?? ''}
            onChange={(value: string) => setParams(value ? { status: value } : {})}
            className="tb-case-filter-select"
            options={[
              { value: '', label: t('portalCases.list.all') },
              ...CASE_STATUSES.map((s) => ({
                value: s,
                label: t(`portalCases.status.${s}`),
              })),
            ]}
          />
        </div>
        {pager.query.isError ? (
          <ErrorAlert error={pager.query.error} onRetry={() => void pager.query.refetch()} />
        ) : pager.query.isPending ? (
          <PageSpin />
        ) : pager.items.length === 0 ? (
          status ? (
            <EmptyState
              text={t('portalCases.list.emptyFiltered')}
              action={<LinkButton to="/portal/cases">{t('portalCases.list.all')}</LinkButton>}
            />
          ) : (
            <EmptyState
              text={t('portalCases.list.empty')}
              action={
                <LinkButton to="/portal/search" type="primary">
                  {t('portalCases.goSearch')}
                </LinkButton>
              }
            />
          )
        ) : (
          <ul className="tb-case-list" aria-busy={pager.query.isFetching}>
            {pager.items.map((c) => (
              <CaseRow key={c.id} c={c} />
            ))}
          </ul>
        )}
        <CursorPager of={pager} />
      </Card>
    </div>
  );
}
