import { Tag } from 'antd';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../api/problem';
import { pickLocalized } from '../../api/problem';
import { useMe } from '../../auth/session';
import './workbench.css';
import { TIMELINE_ACTIONS } from '../../cases/timelineActions';

// Display helpers shared by the workbench pages: deadline colours, case status colours and the labels of
// the codes the cases API sends (channels, step kinds, material sources, timeline actions).

const has = (labels: Record<string, string>, code: string) => Object.hasOwn(labels, code);

/** Code → label in the current language; a code added on the server later shows as itself. */
export function useCaseLabels() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const table = (prefix: string, codes: readonly string[]) =>
      Object.fromEntries(codes.map((code) => [code, t(`${prefix}.${code}` as never)])) as Record<
        string,
        string
      >;
    const channels = table('tasks.channel', ['online', 'mobile', 'window', 'self_service', 'forwarded']);
    const kinds = table('tasks.kind', ['accept', 'review', 'branch', 'decide', 'issue', 'verification']);
    const sources = table('tasks.source', [
      'upload',
      'licence',
      'shared_data',
      'commitment',
      'waived',
      'window',
    ]);
    const materialStatus = table('tasks.materialStatus', ['provided', 'pledged', 'missing']);
    const procedures = table('tasks.procedure', [
      'expert_review',
      'hearing',
      'inspection',
      'testing',
      'public_notice',
      'gap_overdue',
    ]);
    const actions = table('tasks.action', TIMELINE_ACTIONS);
    const outcomes = table('tasks.outcome', [
      'accept',
      'request_correction',
      'refuse',
      'agree',
      'disagree',
      'approve',
      'deny',
      'issued',
      'passed',
      'failed',
    ]);
    const taskStatus = table('tasks.taskStatus', ['open', 'claimed', 'waiting', 'done', 'cancelled']);
    const pick = (labels: Record<string, string>) => (code: string | null | undefined) =>
      code === null || code === undefined ? t('common.none') : has(labels, code) ? labels[code]! : code;
    return {
      channel: pick(channels),
      kind: pick(kinds),
      source: pick(sources),
      materialStatus: pick(materialStatus),
      procedure: pick(procedures),
      action: pick(actions),
      outcome: pick(outcomes),
      taskStatus: pick(taskStatus),
      text: (text: LocalizedText) => pickLocalized(text, i18n.language),
    };
  }, [t, i18n.language]);
}

const LEVELS = {
  normal: { color: 'green', icon: <CheckCircleOutlined aria-hidden /> },
  warning: { color: 'gold', icon: <WarningOutlined aria-hidden /> },
  overdue: { color: 'red', icon: <ExclamationCircleOutlined aria-hidden /> },
} as const;

/** The deadline colour with its words (green 正常, yellow 即将到期, red 已超期): never colour alone. */
export function DeadlineTag({ level }: { level: string }) {
  const { t } = useTranslation();
  const known = level === 'warning' || level === 'overdue' ? level : 'normal';
  const { color, icon } = LEVELS[known];
  return (
    <Tag color={color} icon={icon} className={`tb-deadline tb-deadline-${known}`}>
      {t(`tasks.level.${known}`)}
    </Tag>
  );
}

/** Due date, working days left and the colour, in one line that wraps on phones. */
export function DeadlineCell({
  dueDate,
  level,
  workingDaysLeft,
  formatDate,
}: {
  dueDate: string | null;
  level: string;
  workingDaysLeft: number | null;
  formatDate: (value: string | null) => string;
}) {
  const { t } = useTranslation();
  if (!dueDate) return <span className="tb-muted">{t('tasks.noDeadline')}</span>;
  return (
    <span className="tb-deadline-cell">
      <span>
        <ClockCircleOutlined aria-hidden /> {formatDate(dueDate)}
      </span>
      <DeadlineTag level={level} />
      {workingDaysLeft !== null ? (
        <span className="tb-note">
          {workingDaysLeft < 0
            ? t('tasks.daysOver', { count: -workingDaysLeft })
            : t('tasks.daysLeft', { count: workingDaysLeft })}
        </span>
      ) : null}
    </span>
  );
}

const STATUS_COLOURS: Record<string, string> = {
  draft: 'default',
  waiting: 'default',
  submitted: 'blue',
  correction_requested: 'orange',
  not_accepted: 'red',
  in_review: 'blue',
  suspended: 'gold',
  approved: 'green',
  denied: 'red',
  withdrawn: 'default',
  revoked: 'red',
  cancelled: 'default',
  in_progress: 'blue',
  completed: 'green',
};

/** A case status with its name from the server (Chinese or English). */
export function CaseStatusTag({ status, name }: { status: string; name: LocalizedText }) {
  const { i18n } = useTranslation();
  return <Tag color={STATUS_COLOURS[status] ?? 'default'}>{pickLocalized(name, i18n.language)}</Tag>;
}

/** Whether the account holds the window role (窗口人员), who may file cases for people at the counter. */
export function useIsWindowStaff(): boolean {
  const me = useMe();
  return (me.data?.roles ?? []).some((r) => r.role === 'window');
}

/** 工作台 sections: home, inbox, (for window staff) intake, rectifications and complaints, licences. */
export function WorkbenchNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const isWindow = useIsWindowStaff();
  const sections = [
    { key: 'home', path: '/workbench', label: t('tasks.navHome') },
    { key: 'tasks', path: '/workbench/tasks', label: t('tasks.navInbox') },
    ...(isWindow ? [{ key: 'intake', path: '/workbench/intake', label: t('tasks.navIntake') }] : []),
    {
      key: 'rectifications',
      path: '/workbench/feedback/rectifications',
      label: t('feedback.nav.rectifications'),
    },
    { key: 'inquiries', path: '/workbench/feedback/inquiries', label: t('feedback.nav.inquiries') },
    { key: 'licenses', path: '/workbench/licenses', label: t('licenses.staff.nav') },
  ];
  const current =
    sections
      .slice(1)
      .reverse()
      .find((s) => pathname.startsWith(s.path))?.key ?? 'home';
  return (
    <nav aria-label={t('tasks.nav')} className="tb-subnav tb-wb-nav">
      <ul>
        {sections.map((section) => (
          <li key={section.key}>
            <Link
              to={section.path}
              className={section.key === current ? 'tb-subnav-current' : undefined}
              aria-current={section.key === current ? 'page' : undefined}
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
