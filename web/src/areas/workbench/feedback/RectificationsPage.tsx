import '../../portal/feedback/feedback.css';
import { Segmented, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { feedbackApi, type RectificationItem, type RectificationView } from '../../../api/feedback';
import { pickLocalized } from '../../../api/problem';
import { CursorPager } from '../../../components/CursorPager';
import { useCursorPagination } from '../../../components/cursorPagination';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';

const VIEWS = ['all', 'appeals', 'extensions', 'overdue'] as const;

/** 差评整改: the department's rectifications; supervisors see their region and its appeals, extensions, overdue. */
export default function RectificationsPage() {
  const { t, i18n } = useTranslation();
  const { date } = useDateFormat();
  usePageTitle(t('feedback.rectifications.title'));
  const [params, setParams] = useSearchParams();
  // Department staff work here from the workbench, supervisors from the dashboard.
  const base = useLocation().pathname.startsWith('/dashboard') ? '/dashboard' : '/workbench';
  const view = (VIEWS.find((v) => v === params.get('view')) ?? 'all') as NonNullable<RectificationView>;
  const list = useCursorPagination(['feedback', 'rectifications', view], (cursor, limit) =>
    feedbackApi.rectifications(view, cursor, limit),
  );
  return (
    <div className="tb-feedback-page">
      <h1>{t('feedback.rectifications.title')}</h1>
      <Segmented
        aria-label={t('feedback.rectifications.title')}
        value={view}
        onChange={(key) => setParams(key === 'all' ? {} : { view: String(key) })}
        options={VIEWS.map((v) => ({ value: v, label: t(`feedback.rectifications.views.${v}`) }))}
      />
      {list.query.error ? <ErrorAlert error={list.query.error} onRetry={() => list.query.refetch()} /> : null}
      {list.query.isSuccess && list.items.length === 0 ? (
        <EmptyState text={t(`feedback.rectifications.empty.${view}` as never)} />
      ) : (
        <Table<RectificationItem>
          rowKey="id"
          size="middle"
          pagination={false}
          loading={list.query.isFetching}
          dataSource={list.items}
          scroll={{ x: true }}
          columns={[
            {
              title: t('feedback.fields.caseNumber'),
              render: (_, r) => <Link to={`${base}/feedback/rectifications/${r.id}`}>{r.caseNumber}</Link>,
            },
            { title: t('feedback.fields.item'), dataIndex: 'serviceName', responsive: ['md'] },
            { title: t('feedback.fields.department'), dataIndex: 'departmentName', responsive: ['lg'] },
            {
              title: t('feedback.fields.level'),
              render: (_, r) => <Tag color="red">{pickLocalized(r.levelName, i18n.language)}</Tag>,
            },
            {
              title: t('feedback.fields.status'),
              render: (_, r) => (
                <>
                  <Tag>{pickLocalized(r.statusName, i18n.language)}</Tag>
                  {r.overdue ? <Tag color="red">{t('feedback.rectifications.overdue')}</Tag> : null}
                </>
              ),
            },
            { title: t('feedback.fields.dueDate'), render: (_, r) => date(r.dueDate), responsive: ['sm'] },
          ]}
        />
      )}
      <CursorPager of={list} />
    </div>
  );
}
