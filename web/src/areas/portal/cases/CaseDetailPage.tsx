import { useState } from 'react';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Modal,
  Progress,
  Steps,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import {
  CheckCircleFilled,
  CloseCircleFilled,
  FileOutlined,
  FilePdfOutlined,
  QrcodeOutlined,
} from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  FINAL_STATUSES,
  WITHDRAWABLE,
  caseFileUrl,
  casesApi,
  noticePdfUrl,
  type CaseMaterial,
  type CaseView,
} from '../../../api/cases';
import { useErrorText } from '../../../api/errors';
import { ApiError, pickLocalized } from '../../../api/problem';
import { NecessityTag } from '../../../catalog/MaterialsList';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { RateCaseCard } from '../feedback/RateCaseCard';
import { StatusTag, useActionLabel, useMaterialSource } from './labels';
import { MaterialUploader, type AttachedFile } from './MaterialUploader';
import { CaseQueryState, beijingToday, lastDayBefore } from './shared';
import { useCase, useStoreCase } from './useCase';
import { useWorkingDaysLeft } from './workingDays';
import { joinList } from '../../../i18n/text';

const PROCEDURES = [
  'expert_review',
  'hearing',
  'inspection',
  'testing',
  'public_notice',
  'gap_overdue',
] as const;
type Procedure = (typeof PROCEDURES)[number];
const isProcedure = (p: string): p is Procedure => (PROCEDURES as readonly string[]).includes(p);

/** The path of a check URL, so it opens in this app whatever host the server calls itself. */
export function checkPath(checkUrl: string): string {
  try {
    const url = new URL(checkUrl, window.location.origin);
    return `${url.pathname}${url.search}`;
  } catch {
    return checkUrl;
  }
}

/** Supply one pledged (容缺) material: upload its files, then hand them in. */
function SupplyMaterial({ c, material }: { c: CaseView; material: CaseMaterial }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDate = useDateFormat();
  const storeCase = useStoreCase();
  const [files, setFiles] = useState<AttachedFile[]>([]);
  const supply = useMutation({
    mutationFn: () =>
      casesApi.supply(
        c.id,
        material.key,
        files.map((f) => f.id),
      ),
    onSuccess: (updated) => {
      storeCase(updated);
      setFiles([]);
      void message.success(t('portalCases.detail.supplied', { name: material.name }));
    },
  });
  return (
    <li className="tb-supply">
      <h3 className="tb-material-choice-name">{material.name}</h3>
      <p className="tb-note">
        {t('portalCases.detail.supplyBy', { date: formatDate.date(material.pledgeDueDate) })}
      </p>
      <MaterialUploader caseId={c.id} label={material.name} value={files} onChange={setFiles} />
      {supply.isError ? <ErrorAlert error={supply.error} /> : null}
      <Button
        type="primary"
        disabled={files.length === 0}
        loading={supply.isPending}
        onClick={() => supply.mutate()}
        className="tb-supply-button"
      >
        {t('portalCases.detail.supply', { name: material.name })}
      </Button>
    </li>
  );
}

/** What the applicant has to do now, with the way to do it. */
function ExpectedAlert({ c }: { c: CaseView }) {
  const { t, i18n } = useTranslation();
  if (!c.expected) return null;
  const pledged = c.materials.filter((m) => m.status === 'pledged');
  const correction = c.notices.filter((n) => n.kind === 'correction').at(-1);
  return (
    <Alert
      type="warning"
      showIcon
      className="tb-expected"
      message={<strong>{pickLocalized(c.expected, i18n.language)}</strong>}
      description={
        <div className="tb-stack-sm">
          {c.status === 'correction_requested' && correction ? (
            <a href={noticePdfUrl(c.id, correction.id)} target="_blank" rel="noopener noreferrer">
              <FilePdfOutlined aria-hidden /> {pickLocalized(correction.title, i18n.language)}
              <span className="tb-visually-hidden">{t('fileInput.newTab')}</span>
            </a>
          ) : null}
          {c.status === 'correction_requested' || c.status === 'draft' ? (
            <div>
              <LinkButton to={`/portal/cases/${c.id}/edit`} type="primary">
                {c.status === 'draft' ? t('portalCases.detail.continue') : t('portalCases.detail.correct')}
              </LinkButton>
            </div>
          ) : null}
          {pledged.length > 0 ? (
            <ul className="tb-supply-list">
              {pledged.map((m) => (
                <SupplyMaterial key={m.key} c={c} material={m} />
              ))}
            </ul>
          ) : null}
        </div>
      }
    />
  );
}

/** Submitted → accepted → review → decision, with times and departments (never staff names). */
function ProgressSteps({ c }: { c: CaseView }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const last = (...actions: string[]) => c.timeline.filter((e) => actions.includes(e.action)).at(-1);
  const when = (entry: { at: string; departmentName: string | null } | undefined) =>
    entry ? [formatDate.dateTime(entry.at), entry.departmentName].filter(Boolean).join(' · ') : undefined;
  const accepted = last('accept', 'deem_accept');
  const refused = last('refuse');
  const decided = last('approve', 'deny', 'auto_approve', 'commitment_approve');
  const refusedCase = c.status === 'not_accepted';
  const current = c.decidedAt ? 3 : refusedCase ? 1 : c.acceptedAt ? 2 : c.submittedAt ? 1 : 0;
  const ended = c.decidedAt !== null;
  // The step where the case stopped without a decision (refused or withdrawn) is marked as such.
  const stopped = refusedCase || c.status === 'withdrawn';

  const items: { title: string; description?: string }[] = [
    {
      title: t('portalCases.detail.stepSubmitted'),
      description: c.submittedAt ? formatDate.dateTime(c.submittedAt) : undefined,
    },
    {
      title: refusedCase ? t('portalCases.detail.stepRefused') : t('portalCases.detail.stepAccepted'),
      description: refusedCase
        ? when(refused)
        : accepted
          ? [when(accepted), c.deemedAccepted ? t('portalCases.detail.deemed') : null]
              .filter(Boolean)
              .join(' · ')
          : c.status === 'submitted' && c.acceptanceDueAt
            ? t('portalCases.detail.acceptBy', { date: formatDate.date(lastDayBefore(c.acceptanceDueAt)) })
            : undefined,
    },
    {
      title: t('portalCases.detail.stepReview'),
      description:
        c.status === 'suspended'
          ? t('portalCases.detail.suspendedShort')
          : current >= 2
            ? (c.department?.name ?? undefined)
            : undefined,
    },
    {
      title:
        c.decision === 'denied'
          ? t('portalCases.detail.stepDenied')
          : c.decision === 'approved'
            ? t('portalCases.detail.stepApproved')
            : t('portalCases.detail.stepDecision'),
      description: when(decided),
    },
  ];
  const status = ended ? (c.decision === 'denied' ? 'error' : 'finish') : stopped ? 'error' : 'process';
  if (c.status === 'withdrawn')
    items[current] = { ...items[current]!, description: t('portalCases.detail.withdrawnStep') };
  return (
    <Steps
      direction="vertical"
      size="small"
      current={current}
      status={status}
      items={items}
      className="tb-case-steps"
    />
  );
}

function ProgressCard({ c }: { c: CaseView }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const actionLabel = useActionLabel();
  const running = !FINAL_STATUSES.includes(c.status) && c.promisedDueDate !== null;
  const left = useWorkingDaysLeft(beijingToday(), running ? c.promisedDueDate : null);
  const procedure = c.suspension?.procedure;
  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('portalCases.detail.progress')}</h2>}>
      <div className="tb-case-progress">
        {c.serviceKind === 'item' ? <ProgressSteps c={c} /> : null}
        <div className="tb-stack-sm">
          {c.promisedDueDate ? (
            <p>
              {t('portalCases.detail.promised', { date: formatDate.date(c.promisedDueDate) })}
              {left !== null ? ` ${t('portalCases.detail.daysLeft', { count: left })}` : ''}
            </p>
          ) : null}
          {c.suspension ? (
            <Alert
              type="info"
              showIcon
              message={t('portalCases.detail.suspended', {
                procedure:
                  procedure && isProcedure(procedure) ? t(`portalCases.procedure.${procedure}`) : procedure,
                date: formatDate.date(c.suspension.since),
              })}
              description={c.suspension.reason}
            />
          ) : null}
          {c.suspendedWorkingDays > 0 ? (
            <p className="tb-note">
              {t('portalCases.detail.suspendedDays', { count: c.suspendedWorkingDays })}
            </p>
          ) : null}
        </div>
      </div>
      <h3 className="tb-subhead">{t('portalCases.detail.history')}</h3>
      {c.timeline.length === 0 ? (
        <p className="tb-muted">{t('portalCases.detail.noHistory')}</p>
      ) : (
        <Timeline
          className="tb-case-timeline"
          items={[...c.timeline].reverse().map((entry, i) => ({
            key: i,
            children: (
              <div>
                <div>
                  <strong>{actionLabel(entry.action)}</strong>
                  {entry.stepName ? <span className="tb-muted"> · {entry.stepName}</span> : null}
                </div>
                <div className="tb-note">
                  <time dateTime={entry.at}>{formatDate.dateTime(entry.at)}</time>
                  {entry.departmentName ? ` · ${entry.departmentName}` : ''}
                </div>
                {entry.note ? <div className="tb-prose tb-timeline-note">{entry.note}</div> : null}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

function MaterialsCard({ c }: { c: CaseView }) {
  const { t } = useTranslation();
  const source = useMaterialSource();
  if (c.materials.length === 0) return null;
  return (
    <Card
      className="tb-card"
      title={<h2 className="tb-card-heading">{t('portalCases.detail.materials')}</h2>}
    >
      <ul className="tb-case-materials">
        {c.materials.map((m) => (
          <li key={m.key}>
            <div className="tb-material-choice-head">
              <span className="tb-case-material-name">{m.name}</span>
              <NecessityTag necessity={m.necessity} />
            </div>
            <div className={m.status === 'missing' ? 'tb-muted' : undefined}>{source(m)}</div>
            {m.fileIds.length > 0 ? (
              <ul className="tb-inline-files">
                {m.fileIds.map((id, i) => (
                  <li key={id}>
                    <a href={caseFileUrl(c.id, id)} target="_blank" rel="noopener noreferrer">
                      <FileOutlined aria-hidden /> {t('portalCases.detail.fileN', { name: m.name, n: i + 1 })}
                      <span className="tb-visually-hidden">{t('fileInput.newTab')}</span>
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function NoticesCard({ c }: { c: CaseView }) {
  const { t, i18n } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('portalCases.detail.notices')}</h2>}>
      {c.notices.length === 0 ? (
        <EmptyState text={t('portalCases.detail.noNotices')} />
      ) : (
        <ul className="tb-notices">
          {c.notices.map((n) => (
            <li key={n.id}>
              <div>
                <strong>{pickLocalized(n.title, i18n.language)}</strong>
                <div className="tb-note">
                  {n.number} · {formatDate.dateTime(n.issuedAt)}
                </div>
              </div>
              <Button
                href={noticePdfUrl(c.id, n.id)}
                target="_blank"
                rel="noopener noreferrer"
                icon={<FilePdfOutlined aria-hidden />}
              >
                {t('portalCases.detail.downloadPdf')}
                <span className="tb-visually-hidden">
                  {pickLocalized(n.title, i18n.language)}
                  {t('fileInput.newTab')}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function ChildrenCard({ c }: { c: CaseView }) {
  const { t } = useTranslation();
  if (c.children.length === 0) return null;
  const finished = c.children.filter((child) => FINAL_STATUSES.includes(child.status)).length;
  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('portalCases.detail.children')}</h2>}>
      <p>{t('portalCases.detail.childrenDone', { done: finished, total: c.children.length })}</p>
      <Progress
        percent={Math.round((finished / c.children.length) * 100)}
        aria-label={t('portalCases.detail.childrenProgress')}
      />
      <ol className="tb-case-children">
        {c.children.map((child) => (
          <li key={child.id}>
            <div className="tb-material-choice-head">
              <Link to={`/portal/cases/${child.id}`}>{child.serviceName}</Link>
              <StatusTag status={child.status} name={child.statusName} />
            </div>
            <div className="tb-note">
              {child.caseNumber ? `${child.caseNumber} · ` : ''}
              {child.departmentName ?? ''}
            </div>
            {child.dependsOn.length > 0 ? (
              <div className="tb-note">
                {t('portalCases.detail.after', { names: joinList(child.dependsOn) })}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}

function AutoTraceCard({ c }: { c: CaseView }) {
  const { t, i18n } = useTranslation();
  const formatDate = useDateFormat();
  if (!c.autoTrace) return null;
  return (
    <Card
      className="tb-card"
      title={<h2 className="tb-card-heading">{t('portalCases.detail.autoTrace')}</h2>}
    >
      <p>
        {c.autoTrace.passed ? t('portalCases.detail.autoPassed') : t('portalCases.detail.autoFailed')}{' '}
        <span className="tb-note">{formatDate.dateTime(c.autoTrace.evaluatedAt)}</span>
      </p>
      <ul className="tb-rule-list">
        {c.autoTrace.results.map((r) => (
          <li key={r.key}>
            {r.passed ? (
              <CheckCircleFilled className="tb-rule-pass" aria-hidden />
            ) : (
              <CloseCircleFilled className="tb-rule-fail" aria-hidden />
            )}
            <div>
              <span className="tb-visually-hidden">
                {r.passed ? t('portalCases.detail.rulePassed') : t('portalCases.detail.ruleFailed')}
              </span>
              {r.description}
              {r.reason ? <div className="tb-note">{pickLocalized(r.reason, i18n.language)}</div> : null}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function WithdrawButton({ c }: { c: CaseView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const storeCase = useStoreCase();
  const query = useCase(c.id);
  const [open, setOpen] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => casesApi.withdraw(c.id, c.version),
    onSuccess: (updated) => {
      storeCase(updated);
      setOpen(false);
      void message.success(t('portalCases.detail.withdrawn'));
    },
    onError: (error) => {
      setOpen(false);
      void message.error(errorText(error));
      if (error instanceof ApiError && error.status === 409) void query.refetch();
    },
  });
  if (!WITHDRAWABLE.includes(c.status)) return null;
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('portalCases.detail.withdraw')}
      </Button>
      <Modal
        open={open}
        title={t('portalCases.detail.withdrawTitle')}
        okText={t('portalCases.detail.withdrawConfirm')}
        okButtonProps={{ danger: true, loading: withdraw.isPending }}
        cancelText={t('common.cancel')}
        onOk={() => withdraw.mutate()}
        onCancel={() => setOpen(false)}
      >
        <p>{t('portalCases.detail.withdrawText', { name: c.serviceName })}</p>
      </Modal>
    </>
  );
}

function CaseDetail({ c }: { c: CaseView }) {
  const { t, i18n } = useTranslation();
  const formatDate = useDateFormat();
  usePageTitle(c.caseNumber ? `${c.caseNumber} · ${c.serviceName}` : c.serviceName);
  return (
    <div className="tb-page tb-case">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/">{t('areas.portal')}</Link> },
          { title: <Link to="/portal/cases">{t('portalCases.myCases')}</Link> },
          { title: c.caseNumber ?? t('portalCases.draft') },
        ]}
      />
      <header className="tb-case-head">
        <span className="tb-caption">
          {c.caseNumber
            ? t('portalCases.detail.caseNumber', { number: c.caseNumber })
            : t('portalCases.draft')}
        </span>
        <Typography.Title level={1} className="tb-wizard-title">
          {c.serviceName}
        </Typography.Title>
        <div className="tb-case-tags">
          <StatusTag status={c.status} name={c.statusName} />
          {c.serviceKind === 'bundle' ? <Tag color="geekblue">{t('portalCases.bundle')}</Tag> : null}
          {c.parentId ? (
            <Link to={`/portal/cases/${c.parentId}`}>{t('portalCases.detail.parent')}</Link>
          ) : null}
        </div>
        <dl className="tb-guide-facts">
          <div>
            <dt>{t('portalCases.detail.department')}</dt>
            <dd>{c.department?.name ?? t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('portalCases.detail.applicant')}</dt>
            <dd>{c.applicantName}</dd>
          </div>
          <div>
            <dt>{t('portalCases.submittedAt')}</dt>
            <dd>{formatDate.dateTime(c.submittedAt)}</dd>
          </div>
          <div>
            <dt>{t('portalCases.promisedDate')}</dt>
            <dd>{formatDate.date(c.promisedDueDate)}</dd>
          </div>
        </dl>
      </header>

      <ExpectedAlert c={c} />

      {c.decision === 'denied' || c.status === 'not_accepted' ? (
        <Alert
          type="error"
          showIcon
          message={pickLocalized(c.statusName, i18n.language)}
          description={
            <>
              {c.decisionReason ? <div className="tb-prose">{c.decisionReason}</div> : null}
              {c.decisionBasis ? (
                <div className="tb-note">{t('portalCases.detail.basis', { basis: c.decisionBasis })}</div>
              ) : null}
            </>
          }
        />
      ) : null}

      {c.result ? (
        <Card
          className="tb-card"
          title={<h2 className="tb-card-heading">{t('portalCases.detail.result')}</h2>}
        >
          <p className="tb-result-name">{c.result.name}</p>
          {c.result.documentNumber ? (
            <p>{t('portalCases.detail.documentNumber', { number: c.result.documentNumber })}</p>
          ) : null}
        </Card>
      ) : null}

      <RateCaseCard caseId={c.id} status={c.status} />
      <ChildrenCard c={c} />
      <ProgressCard c={c} />
      <AutoTraceCard c={c} />
      <MaterialsCard c={c} />
      <NoticesCard c={c} />

      {c.checkUrl ? (
        <Card
          className="tb-card"
          title={<h2 className="tb-card-heading">{t('portalCases.detail.check')}</h2>}
        >
          <p className="tb-note">{t('portalCases.detail.checkHelp')}</p>
          <Link to={checkPath(c.checkUrl)} className="tb-check-link">
            <QrcodeOutlined aria-hidden /> {t('portalCases.detail.checkLink')}
          </Link>
        </Card>
      ) : null}

      <div className="tb-case-actions">
        <WithdrawButton c={c} />
      </div>
    </div>
  );
}

/** 办件详情: where the application stands, what is expected of the applicant, its notices and result. */
export default function CaseDetailPage() {
  const { id = '' } = useParams();
  const query = useCase(id);
  return <CaseQueryState query={query}>{(c) => <CaseDetail c={c} />}</CaseQueryState>;
}
