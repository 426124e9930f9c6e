import { Card, Result, Skeleton, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { casesApi, type PublicCheck } from '../../../api/cases';
import { ApiError } from '../../../api/problem';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { StatusTag, useActionLabel } from './labels';
import './cases.css';

function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={<h1 className="tb-result-title">{t('portalCases.check.notFound')}</h1>}
      subTitle={t('portalCases.check.notFoundText')}
      extra={
        <LinkButton to="/" type="primary">
          {t('common.backHome')}
        </LinkButton>
      }
    />
  );
}

function CheckResult({ c }: { c: PublicCheck }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const actionLabel = useActionLabel();
  return (
    <div className="tb-page tb-narrow">
      <header>
        <span className="tb-caption">{t('portalCases.check.caption')}</span>
        <Typography.Title level={1} className="tb-wizard-title">
          {c.serviceName}
        </Typography.Title>
        <StatusTag status={c.status} name={c.statusName} />
      </header>
      <Card className="tb-card">
        <dl className="tb-guide-facts tb-check-facts">
          <div>
            <dt>{t('portalCases.caseNumber')}</dt>
            <dd className="tb-mono">{c.caseNumber}</dd>
          </div>
          <div>
            <dt>{t('portalCases.detail.department')}</dt>
            <dd>{c.departmentName ?? t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('portalCases.submittedAt')}</dt>
            <dd>{formatDate.dateTime(c.submittedAt)}</dd>
          </div>
          <div>
            <dt>{t('portalCases.check.acceptedAt')}</dt>
            <dd>{formatDate.dateTime(c.acceptedAt)}</dd>
          </div>
          <div>
            <dt>{t('portalCases.promisedDate')}</dt>
            <dd>{formatDate.date(c.promisedDueDate)}</dd>
          </div>
          <div>
            <dt>{t('portalCases.check.decidedAt')}</dt>
            <dd>{formatDate.dateTime(c.decidedAt)}</dd>
          </div>
        </dl>
      </Card>
      <Card
        className="tb-card"
        title={<h2 className="tb-card-heading">{t('portalCases.detail.history')}</h2>}
      >
        {c.steps.length === 0 ? (
          <p className="tb-muted">{t('portalCases.detail.noHistory')}</p>
        ) : (
          <Timeline
            className="tb-case-timeline"
            items={[...c.steps].reverse().map((step, i) => ({
              key: i,
              children: (
                <div>
                  <strong>{actionLabel(step.action)}</strong>
                  {step.stepName ? <span className="tb-muted"> · {step.stepName}</span> : null}
                  <div className="tb-note">
                    <time dateTime={step.at}>{formatDate.dateTime(step.at)}</time>
                  </div>
                </div>
              ),
            }))}
          />
        )}
      </Card>
      <p className="tb-note">{t('portalCases.check.privacy')}</p>
    </div>
  );
}

/** 办件进度查询: the public page behind a notice's QR code (status and steps only, no personal data). */
export default function PublicCheckPage() {
  const { caseNumber = '' } = useParams();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const { t } = useTranslation();
  usePageTitle(t('portalCases.check.title'));
  const query = useQuery({
    queryKey: ['check', caseNumber, code],
    queryFn: () => casesApi.check(caseNumber, code),
    enabled: code.length >= 6,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  if (code.length < 6) return <NotFound />;
  if (query.isPending)
    return (
      <div className="tb-page tb-narrow">
        <Card className="tb-card">
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </div>
    );
  if (query.isError) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400))
      return <NotFound />;
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <CheckResult c={query.data} />;
}
