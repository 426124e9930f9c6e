import { useEffect, useRef } from 'react';
import { Button, Card, Popconfirm, Result, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { casesApi, type ServiceKind } from '../../../api/cases';
import { useErrorText } from '../../../api/errors';
import { ApiError, pickLocalized } from '../../../api/problem';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { PageSpin } from '../../../components/PageSpin';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { useStoreCase } from './useCase';
import './cases.css';

/** How many recent drafts are looked at for one of the same service (drafts are few). */
const DRAFTS_LOOKED_AT = 50;

/**
 * The page can mount twice right after login (the session loads, the route re-renders): one creation per
 * service within a few seconds is shared, so a double start never leaves a second draft behind.
 */
const recentStarts = new Map<string, ReturnType<typeof casesApi.create>>();
function startDraft(kind: ServiceKind, code: string, fresh: boolean) {
  const key = `${kind}:${code}`;
  const running = fresh ? undefined : recentStarts.get(key);
  if (running) return running;
  const started = casesApi.create(kind, code);
  recentStarts.set(key, started);
  setTimeout(() => recentStarts.delete(key), 10_000);
  return started;
}

/** Drafts of this service the applicant already started (so a second click does not start another). */
async function draftsOf(kind: ServiceKind, code: string) {
  const page = await casesApi.mine('draft', null, DRAFTS_LOOKED_AT);
  return page.items.filter((c) => c.serviceKind === kind && c.serviceCode === code);
}

/**
 * /portal/apply/:kind/:code — starts an application: resumes a draft of the same service when there is one
 * (the applicant chooses), otherwise creates the draft and opens the wizard.
 */
export default function ApplyStart() {
  const { kind = '', code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const formatDate = useDateFormat();
  const errorText = useErrorText();
  const storeCase = useStoreCase();
  const serviceKind: ServiceKind | null = kind === 'item' || kind === 'bundle' ? kind : null;
  usePageTitle(t('portalCases.start.title'));

  const drafts = useQuery({
    queryKey: ['cases', 'mine', 'drafts-of', kind, code],
    queryFn: () => draftsOf(serviceKind!, code),
    enabled: serviceKind !== null,
    staleTime: 0,
  });
  const discard = useMutation({
    mutationFn: (id: string) => casesApi.discard(id),
    onSuccess: () => void drafts.refetch(),
  });
  const create = useMutation({
    mutationFn: (fresh: boolean) => startDraft(serviceKind!, code, fresh),
    onSuccess: (c) => {
      storeCase(c);
      void navigate(`/portal/cases/${c.id}/edit`, { replace: true });
    },
  });
  // Started once, also when React runs effects twice in development. When another mount of this page
  // has just started the draft (the page mounts twice right after login), that draft is the one to open,
  // not a reason to ask "resume or start again?".
  const started = useRef(false);
  const startedElsewhere = recentStarts.has(`${kind}:${code}`);
  const shouldStart = drafts.isSuccess && (drafts.data.length === 0 || startedElsewhere);
  useEffect(() => {
    if (shouldStart && !started.current) {
      started.current = true;
      create.mutate(false);
    }
  }, [shouldStart, create]);

  if (!serviceKind) return <Navigate to="/portal/search" replace />;
  if (drafts.isError) return <ErrorAlert error={drafts.error} onRetry={() => void drafts.refetch()} />;
  if (create.isError) {
    const problem = create.error instanceof ApiError ? create.error : null;
    const reason = problem?.fieldErrors[0]?.message;
    return (
      <Result
        status="warning"
        title={<h1 className="tb-result-title">{t('portalCases.start.failed')}</h1>}
        subTitle={reason ? pickLocalized(reason, i18n.language) : errorText(create.error)}
        extra={[
          <LinkButton key="profile" to="/portal/profile">
            {t('portalCases.start.profile')}
          </LinkButton>,
          <LinkButton key="search" to="/portal/search" type="primary">
            {t('portalCases.goSearch')}
          </LinkButton>,
        ]}
      />
    );
  }
  if (!drafts.data || drafts.data.length === 0 || shouldStart || create.isSuccess) return <PageSpin />;

  return (
    <div className="tb-page tb-narrow">
      <Typography.Title level={1}>{t('portalCases.start.resumeTitle')}</Typography.Title>
      <Card className="tb-card">
        <p>{t('portalCases.start.resumeText', { name: drafts.data[0]!.serviceName })}</p>
        <ul className="tb-draft-list">
          {drafts.data.map((d) => (
            <li key={d.id}>
              <LinkButton
                to={`/portal/cases/${d.id}/edit`}
                type="primary"
                size="large"
                className="tb-wrap-button"
              >
                {t('portalCases.start.resume', { date: formatDate.dateTime(d.createdAt) })}
              </LinkButton>{' '}
              <Popconfirm
                title={t('portalCases.start.discardConfirm')}
                onConfirm={() => discard.mutate(d.id)}
                okText={t('portalCases.start.discard')}
                cancelText={t('portalCases.start.keep')}
              >
                <Button size="large" danger loading={discard.isPending && discard.variables === d.id}>
                  {t('portalCases.start.discard')}
                </Button>
              </Popconfirm>
            </li>
          ))}
        </ul>
        <Button
          size="large"
          loading={create.isPending}
          onClick={() => create.mutate(true)}
          className="tb-wrap-button"
        >
          {t('portalCases.start.new')}
        </Button>
        {discard.isError ? <ErrorAlert error={discard.error} /> : null}
      </Card>
    </div>
  );
}
