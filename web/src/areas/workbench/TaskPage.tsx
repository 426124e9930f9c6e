import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Grid,
  Popconfirm,
  Result,
  Row,
  Skeleton,
  Space,
  Tabs,
  Typography,
} from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DeviceRatingButton } from './feedback/DeviceRatingButton';
import { useErrorToast } from '../../api/errors';
import { ApiError } from '../../api/problem';
import { tasksApi, type StaffCaseView, type TaskDetail } from '../../api/tasks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LinkButton } from '../../components/LinkButton';
import { usePageTitle } from '../../components/usePageTitle';
import { useDateFormat } from '../../i18n/format';
import { FormValues, HistorySection, MaterialsSection, NoticesSection, TraceSection } from './CaseSections';
import { CaseStatusTag, DeadlineCell, WorkbenchNav, useCaseLabels, useIsWindowStaff } from './display';
import { TaskActions } from './TaskActions';
import { TASKS_KEY } from './useTaskMutations';

function TaskHeader({ detail }: { detail: TaskDetail }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useDateFormat();
  const { task, case: view } = detail;
  return (
    <header className="tb-task-head">
      <Typography.Title level={1} className="tb-task-title">
        <span className="tb-mono">{view.caseNumber ?? t('tasks.noCaseNumber')}</span>
        <span className="tb-task-title-item">{view.serviceName}</span>
      </Typography.Title>
      <dl className="tb-guide-facts tb-task-head-facts">
        <div>
          <dt>{t('tasks.status')}</dt>
          <dd>
            <CaseStatusTag status={view.status} name={view.statusName} />
          </dd>
        </div>
        <div>
          <dt>{t('tasks.applicant')}</dt>
          <dd>{view.applicantName}</dd>
        </div>
        <div>
          <dt>{t('tasks.channelLabel')}</dt>
          <dd>{labels.channel(view.channel)}</dd>
        </div>
        <div>
          <dt>{t('tasks.step')}</dt>
          <dd>
            {task.stepName} · {task.departmentName}
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
        <div>
          <dt>{t('tasks.submittedAt')}</dt>
          <dd>{format.dateTime(view.submittedAt)}</dd>
        </div>
        {view.promisedDueDate ? (
          <div>
            <dt>{t('tasks.promisedDueDate')}</dt>
            <dd>{format.date(view.promisedDueDate)}</dd>
          </div>
        ) : null}
      </dl>
      {view.suspension ? (
        <Alert
          type="warning"
          showIcon
          message={t('tasks.suspendedSince', {
            procedure: labels.procedure(view.suspension.procedure),
            since: format.date(view.suspension.since),
          })}
          description={view.suspension.reason}
        />
      ) : null}
      {view.correctionUsed && view.status === 'submitted' ? (
        <Alert type="info" showIcon message={t('tasks.resubmitted')} />
      ) : null}
    </header>
  );
}

/** States whose result (licence, refusal, decision) the applicant can take home. */
const WITH_RESULT = ['approved', 'denied', 'not_accepted', 'completed'];

/**
 * 登记领取结果: the applicant collected the result at this window. Shown once the case has a result;
 * after the collection it stays as a disabled 「结果已领取」 so nobody records it twice.
 */
export function CollectionButton({
  view,
}: {
  view: Pick<StaffCaseView, 'id' | 'caseNumber' | 'status' | 'visits'>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const toastError = useErrorToast();
  const caseNumber = view.caseNumber ?? '';
  const visit = useMutation({
    mutationFn: () => tasksApi.recordVisit(view.id, 'collection'),
    onSuccess: () => {
      void message.success(t('tasks.collectionRecorded', { caseNumber }));
      void queryClient.invalidateQueries({ queryKey: TASKS_KEY });
    },
    onError: toastError,
  });
  if (!view.caseNumber || !WITH_RESULT.includes(view.status)) return null;
  if (visit.isSuccess || view.visits.some((v) => v.kind === 'collection'))
    return (
      <Button disabled icon={<CheckOutlined aria-hidden />}>
        {t('tasks.collected')}
      </Button>
    );
  return (
    <Popconfirm
      title={t('tasks.collectionConfirm', { caseNumber })}
      okText={t('tasks.collection')}
      cancelText={t('common.cancel')}
      onConfirm={() => visit.mutate()}
    >
      <Button loading={visit.isPending}>{t('tasks.collection')}</Button>
    </Popconfirm>
  );
}

/** /workbench/tasks/:id — a task with its case: form, materials, history, notices, and what to do. */
export default function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const isWindow = useIsWindowStaff();
  const isPhone = Grid.useBreakpoint().md === false;
  const query = useQuery({ queryKey: [...TASKS_KEY, 'detail', id], queryFn: () => tasksApi.task(id) });
  const view = query.data?.case;
  usePageTitle(view ? `${view.caseNumber ?? ''} ${view.serviceName}` : t('tasks.taskTitle'));

  if (query.isPending)
    return (
      <div className="tb-page tb-wb-page">
        <Card className="tb-card">
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </div>
    );
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404)
      return (
        <Result
          status="404"
          title={<h1 className="tb-result-title">{t('tasks.notFound')}</h1>}
          subTitle={t('tasks.notFoundText')}
          extra={
            <LinkButton to="/workbench/tasks" type="primary">
              {t('tasks.backToInbox')}
            </LinkButton>
          }
        />
      );
    return (
      <div className="tb-page tb-wb-page">
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  const detail = query.data;
  const c = detail.case;
  const tabs = [
    {
      key: 'form',
      label: t('tasks.tabForm'),
      children: <FormValues schema={c.formSchema} values={c.form} />,
    },
    {
      key: 'materials',
      label: t('tasks.tabMaterials', { count: c.materials.length }),
      children: <MaterialsSection view={c} />,
    },
    { key: 'history', label: t('tasks.tabHistory'), children: <HistorySection view={c} /> },
    {
      key: 'notices',
      label: t('tasks.tabNotices', { count: c.notices.length }),
      children: <NoticesSection view={c} />,
    },
    ...(c.autoTrace
      ? [{ key: 'trace', label: t('tasks.tabTrace'), children: <TraceSection trace={c.autoTrace} /> }]
      : []),
  ];

  return (
    <div className="tb-page tb-wb-page">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/workbench">{t('workbench.title')}</Link> },
          { title: <Link to="/workbench/tasks">{t('tasks.inboxTitle')}</Link> },
          { title: c.caseNumber ?? t('tasks.taskTitle') },
        ]}
      />
      <WorkbenchNav />
      <TaskHeader detail={detail} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card className="tb-card">
            <Tabs items={tabs} className="tb-task-tabs" tabBarGutter={isPhone ? 16 : undefined} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <TaskActions detail={detail} />
          {isWindow && c.status === 'approved' && c.caseNumber ? (
            <Card className="tb-card tb-collection-card" size="small">
              <Space wrap>
                <CollectionButton view={c} />
                <DeviceRatingButton caseId={c.id} stage="collection" />
              </Space>
            </Card>
          ) : null}
        </Col>
      </Row>
    </div>
  );
}
