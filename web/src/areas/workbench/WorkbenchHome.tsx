import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { ApartmentOutlined, FormOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { tasksApi, type InboxFilter } from '../../api/tasks';
import { useMe } from '../../auth/session';
import { EmptyState } from '../../components/EmptyState';
import { LinkButton } from '../../components/LinkButton';
import { usePageTitle } from '../../components/usePageTitle';
import { WorkbenchNav, useIsWindowStaff } from './display';
import { TASKS_KEY } from './useTaskMutations';

/** Counts are read as one page of up to this many; more shows as "100+". */
const COUNT_LIMIT = 100;

const TILES: { key: 'mine' | 'available' | 'overdue' | 'warning'; filter: InboxFilter; search: string }[] = [
  { key: 'mine', filter: { scope: 'mine' }, search: 'scope=mine' },
  { key: 'available', filter: { scope: 'available' }, search: 'scope=available' },
  { key: 'warning', filter: { scope: 'all', level: 'warning' }, search: 'scope=all&level=warning' },
  { key: 'overdue', filter: { scope: 'all', level: 'overdue' }, search: 'scope=all&level=overdue' },
];

function CountTile({ tile }: { tile: (typeof TILES)[number] }) {
  const { t } = useTranslation();
  const count = useQuery({
    queryKey: [...TASKS_KEY, 'inbox', tile.filter, { limit: COUNT_LIMIT, cursor: null }],
    queryFn: () => tasksApi.inbox(tile.filter, null, COUNT_LIMIT),
  });
  const value = count.data
    ? count.data.nextCursor
      ? `${COUNT_LIMIT}+`
      : String(count.data.items.length)
    : count.isError
      ? '?'
      : '…';
  return (
    <Link to={`/workbench/tasks?${tile.search}`} className={`tb-count-tile tb-count-${tile.key}`}>
      <span className="tb-count-value" aria-live="polite">
        {value}
      </span>
      <span className="tb-count-label">{t(`tasks.count.${tile.key}`)}</span>
    </Link>
  );
}

/** 待办 at a glance: my tasks, tasks to claim and the deadlines that need attention. */
function TaskCounts() {
  const { t } = useTranslation();
  const isWindow = useIsWindowStaff();
  return (
    <section aria-labelledby="tb-counts-heading" className="tb-stack">
      <Typography.Title level={2} id="tb-counts-heading">
        {t('tasks.countsTitle')}
      </Typography.Title>
      <ul className="tb-count-tiles">
        {TILES.map((tile) => (
          <li key={tile.key}>
            <CountTile tile={tile} />
          </li>
        ))}
      </ul>
      <div className="tb-action-buttons-row">
        <LinkButton to="/workbench/tasks" type="primary">
          {t('tasks.openInbox')}
        </LinkButton>
        {isWindow ? (
          <LinkButton to="/workbench/intake" icon={<FormOutlined aria-hidden />}>
            {t('tasks.intakeTitle')}
          </LinkButton>
        ) : null}
      </div>
    </section>
  );
}

/** 工作台 home: the staff member's roles, each with its department and region. */
export function WorkbenchHome() {
  const { t } = useTranslation();
  usePageTitle(t('workbench.title'));
  const me = useMe();
  const roles = me.data?.roles ?? [];
  const handlesTasks = roles.some((r) => r.role === 'window' || r.role === 'reviewer' || r.role === 'leader');

  return (
    <div className="tb-page">
      <Typography.Title level={1}>{t('workbench.title')}</Typography.Title>
      <WorkbenchNav />
      {handlesTasks ? <TaskCounts /> : null}
      <section aria-labelledby="tb-roles-heading">
        <Typography.Title level={2} id="tb-roles-heading">
          {t('workbench.rolesTitle')}
        </Typography.Title>
        {roles.length === 0 ? (
          <Card className="tb-card">
            <EmptyState text={t('workbench.noRoles')} />
          </Card>
        ) : (
          <Row gutter={[16, 16]} role="list">
            {roles.map((role) => (
              <Col
                xs={24}
                sm={12}
                lg={8}
                key={`${role.role}:${role.departmentId}:${role.regionCode}`}
                role="listitem"
              >
                <Card
                  className="tb-card tb-role-card"
                  title={
                    <h3 className="tb-card-heading">
                      <ApartmentOutlined aria-hidden /> {t(`roles.${role.role}`)}
                    </h3>
                  }
                >
                  <Descriptions column={1} size="small">
                    <Descriptions.Item label={t('workbench.department')}>
                      {role.departmentName}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('workbench.region')}>{role.regionName}</Descriptions.Item>
                  </Descriptions>
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </section>
    </div>
  );
}
