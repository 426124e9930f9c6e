import { Button, Card, Col, Grid, Input, Row, Select, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  DEADLINE_LEVELS,
  TASK_KINDS,
  tasksApi,
  type DeadlineLevel,
  type InboxFilter,
  type InboxScope,
  type TaskKind,
  type TaskListItem,
} from '../../api/tasks';
import { CursorPager } from '../../components/CursorPager';
import { useCursorPagination } from '../../components/cursorPagination';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScrollRegion } from '../../components/ScrollRegion';
import { usePageTitle } from '../../components/usePageTitle';
import { useDateFormat } from '../../i18n/format';
import { DeadlineCell, WorkbenchNav, useCaseLabels } from './display';
import { TASKS_KEY, useClaim } from './useTaskMutations';

const SCOPES: readonly InboxScope[] = ['mine', 'available', 'all'];

function ClaimCell({ task }: { task: TaskListItem }) {
  const { t } = useTranslation();
  const claim = useClaim();
  if (task.claimedByMe)
    return (
      <Tag color="blue" icon={<CheckOutlined aria-hidden />}>
        {t('tasks.claimedByMe')}
      </Tag>
    );
  if (task.claimed) return <Tag>{t('tasks.claimedByOther')}</Tag>;
  return (
    <Button
      loading={claim.isPending}
      aria-label={t('tasks.claimCase', { caseNumber: task.caseNumber ?? '' })}
      onClick={() => claim.mutate(task)}
    >
      {t('tasks.claim')}
    </Button>
  );
}

function TaskLink({ task }: { task: TaskListItem }) {
  const { t } = useTranslation();
  return (
    <Link to={`/workbench/tasks/${task.id}`} className="tb-mono tb-case-link">
      {task.caseNumber ?? t('tasks.noCaseNumber')}
    </Link>
  );
}

/** One task as a card (phones). */
function TaskCard({ task }: { task: TaskListItem }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useDateFormat();
  return (
    <li className="tb-task-card">
      <div className="tb-task-card-head">
        <TaskLink task={task} />
        <ClaimCell task={task} />
      </div>
      <div className="tb-task-card-title">{task.serviceName}</div>
      <dl className="tb-task-facts">
        <div>
          <dt>{t('tasks.applicant')}</dt>
          <dd>{task.applicantName}</dd>
        </div>
        <div>
          <dt>{t('tasks.step')}</dt>
          <dd>
            {task.stepName}
            {labels.kind(task.kind) !== task.stepName ? ` · ${labels.kind(task.kind)}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('tasks.due')}</dt>
          <dd>
            <DeadlineCell
              dueDate={task.dueDate}
              level={task.level}
              workingDaysLeft={task.workingDaysLeft}
              formatDate={format.date}
            />
          </dd>
        </div>
      </dl>
    </li>
  );
}

function TaskList({ filter }: { filter: InboxFilter }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useDateFormat();
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === false;
  const pages = useCursorPagination<TaskListItem>([...TASKS_KEY, 'inbox', filter], (cursor, limit) =>
    tasksApi.inbox(filter, cursor, limit),
  );
  const { query } = pages;
  const filtered = Boolean(filter.kind || filter.level || filter.q);
  const empty = <EmptyState text={filtered ? t('tasks.emptyFiltered') : t(`tasks.empty_${filter.scope}`)} />;

  const columns: TableColumnsType<TaskListItem> = [
    { title: t('tasks.caseNumber'), key: 'caseNumber', render: (_v, task) => <TaskLink task={task} /> },
    { title: t('tasks.item'), dataIndex: 'serviceName', key: 'item' },
    { title: t('tasks.applicant'), dataIndex: 'applicantName', key: 'applicant' },
    {
      title: t('tasks.step'),
      key: 'step',
      render: (_v, task) => (
        <>
          {task.stepName}
          {labels.kind(task.kind) !== task.stepName ? (
            <div className="tb-note">{labels.kind(task.kind)}</div>
          ) : null}
        </>
      ),
    },
    {
      title: t('tasks.due'),
      key: 'due',
      render: (_v, task) => (
        <DeadlineCell
          dueDate={task.dueDate}
          level={task.level}
          workingDaysLeft={task.workingDaysLeft}
          formatDate={format.date}
        />
      ),
    },
    {
      title: t('common.actions'),
      key: 'claim',
      render: (_v, task) => <ClaimCell task={task} />,
    },
  ];

  return (
    <>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {isPhone ? (
        pages.items.length === 0 ? (
          query.isPending || query.isError ? null : (
            empty
          )
        ) : (
          <ul className="tb-task-cards" aria-label={t('tasks.listLabel')} aria-busy={query.isFetching}>
            {pages.items.map((task) => (
              <TaskCard key={task.id} task={task} />
            ))}
          </ul>
        )
      ) : (
        <ScrollRegion label={t('tasks.listLabel')}>
          <Table<TaskListItem>
            className="tb-wrap-table tb-task-table"
            rowKey="id"
            columns={columns}
            dataSource={pages.items}
            loading={query.isFetching}
            pagination={false}
            rowClassName={(task) => `tb-task-row-${task.level}`}
            locale={{ emptyText: query.isPending || query.isError ? ' ' : empty }}
          />
        </ScrollRegion>
      )}
      <CursorPager
        page={pages.page}
        pageSize={pages.pageSize}
        hasPrevious={pages.hasPrevious}
        hasNext={pages.hasNext}
        loading={query.isFetching}
        onPrevious={pages.previous}
        onNext={pages.next}
        onPageSizeChange={pages.setPageSize}
      />
    </>
  );
}

const isScope = (v: string | null): v is InboxScope => SCOPES.includes(v as InboxScope);
const isKind = (v: string | null): v is TaskKind => TASK_KINDS.includes(v as TaskKind);
const isLevel = (v: string | null): v is DeadlineLevel => DEADLINE_LEVELS.includes(v as DeadlineLevel);

/** /workbench/tasks — 待办: my tasks, tasks to claim, or both, with filters. */
export default function TaskInboxPage() {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  usePageTitle(t('tasks.inboxTitle'));
  const [params, setParams] = useSearchParams();
  const scopeParam = params.get('scope');
  const kindParam = params.get('kind');
  const levelParam = params.get('level');
  const filter: InboxFilter = {
    scope: isScope(scopeParam) ? scopeParam : 'all',
    kind: isKind(kindParam) ? kindParam : undefined,
    level: isLevel(levelParam) ? levelParam : undefined,
    q: params.get('q') || undefined,
  };
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const filters = (
    <Row gutter={[12, 12]} className="tb-filters" role="search" aria-label={t('tasks.filters')}>
      <Col xs={24} md={10}>
        <Input.Search
          aria-label={t('tasks.search')}
          placeholder={t('tasks.search')}
          defaultValue={filter.q}
          allowClear
          maxLength={50}
          onSearch={(v) => setParam('q', v.trim() || undefined)}
        />
      </Col>
      <Col xs={24} sm={12} md={7}>
        <Select
          className="tb-full-width"
          aria-label={t('tasks.kindFilter')}
          placeholder={t('tasks.anyKind')}
          allowClear
          value={filter.kind}
          onChange={(v?: string) => setParam('kind', v)}
          options={TASK_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))}
        />
      </Col>
      <Col xs={24} sm={12} md={7}>
        <Select
          className="tb-full-width"
          aria-label={t('tasks.levelFilter')}
          placeholder={t('tasks.anyLevel')}
          allowClear
          value={filter.level}
          onChange={(v?: string) => setParam('level', v)}
          options={DEADLINE_LEVELS.map((l) => ({ value: l, label: t(`tasks.level.${l}`) }))}
        />
      </Col>
    </Row>
  );

  return (
    <div className="tb-page tb-wb-page">
      <Typography.Title level={1}>{t('tasks.inboxTitle')}</Typography.Title>
      <WorkbenchNav />
      <Card className="tb-card">
        <Tabs
          activeKey={filter.scope}
          onChange={(key) => setParam('scope', key)}
          destroyOnHidden
          items={SCOPES.map((scope) => ({
            key: scope,
            label: t(`tasks.scope.${scope}`),
            children: (
              <div className="tb-stack">
                {filters}
                <TaskList filter={{ ...filter, scope }} />
              </div>
            ),
          }))}
        />
      </Card>
    </div>
  );
}
