import type { ReactNode } from 'react';
import { Card, Result, Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import './cases.css';

/** The loading, not-found and error states of a page that shows one case; `children` renders the case. */
export function CaseQueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending)
    return (
      <div className="tb-page">
        <Card className="tb-card">
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </div>
    );
  if (query.isError) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 403))
      return (
        <Result
          status="404"
          title={<h1 className="tb-result-title">{t('portalCases.notFound')}</h1>}
          subTitle={t('portalCases.notFoundText')}
          extra={
            <LinkButton to="/portal/cases" type="primary">
              {t('portalCases.myCases')}
            </LinkButton>
          }
        />
      );
    return (
      <div className="tb-page">
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  return <>{children(query.data)}</>;
}

const beijingDate = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);

/** Today in Beijing as YYYY-MM-DD (deadlines and pledge dates are Beijing dates). */
export function beijingToday(): string {
  return beijingDate(new Date());
}

/** The last Beijing day of a deadline given as the instant it ends (midnight after that day). */
export function lastDayBefore(deadline: string): string {
  return beijingDate(new Date(new Date(deadline).getTime() - 1));
}
