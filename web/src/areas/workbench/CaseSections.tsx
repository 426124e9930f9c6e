import type { ReactNode } from 'react';
import { Alert, Descriptions, Grid, Table, Tag, Timeline } from 'antd';
import { CheckOutlined, CloseOutlined, FilePdfOutlined, FileOutlined, LockOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FormSchema, RowsField, ScalarField } from '../../api/catalogTypes';
import { caseFileUrl, noticePdfUrl, type StaffCaseView } from '../../api/tasks';
import { NecessityTag } from '../../catalog/MaterialsList';
import { EmptyState } from '../../components/EmptyState';
import { fieldTitle, regionPath } from '../../components/form-renderer';
import { useRegionChildren } from '../../components/form-renderer/RegionCascader';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useDateFormat } from '../../i18n/format';
import { useCaseLabels } from './display';

/** A region code with its names, e.g. 浙江省 杭州市 西湖区. */
function RegionName({ code }: { code: string }) {
  const loadChildren = useRegionChildren();
  const path = regionPath(code);
  const names = useQuery({
    queryKey: ['regions', 'path', code],
    queryFn: async () => {
      const parents = ['', ...path.slice(0, -1)];
      const lists = await Promise.all(parents.map((p) => loadChildren(p)));
      return path.map((c, i) => lists[i]?.find((r) => r.code === c)?.name ?? c);
    },
    enabled: path.length > 0,
    staleTime: Infinity,
  });
  return <>{names.data ? names.data.join(' ') : code}</>;
}

function ScalarValue({ field, value }: { field: ScalarField; value: unknown }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  if (value === undefined || value === null || value === '')
    return <span className="tb-muted">{t('tasks.notFilled')}</span>;
  switch (field['x-kind']) {
    case 'date':
      return <>{format.date(String(value))}</>;
    case 'region':
      return <RegionName code={String(value)} />;
    case 'id_number':
    case 'uscc':
    case 'mobile':
      return <span className="tb-mono">{String(value)}</span>;
    case 'textarea':
      return <span className="tb-pre-wrap">{String(value)}</span>;
    default:
      return <>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</>;
  }
}

function RowsValue({ field, value }: { field: RowsField; value: unknown }) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  if (rows.length === 0) return <span className="tb-muted">{t('tasks.notFilled')}</span>;
  const columns = field.items['x-order']
    .map((key) => ({ key, sub: field.items.properties[key] }))
    .filter((c): c is { key: string; sub: ScalarField } => c.sub !== undefined);
  if (screens.md === false)
    return (
      <ol className="tb-rows-cards">
        {rows.map((row, i) => (
          <li key={i} className="tb-rows-card">
            <strong>{t('formRenderer.rowN', { row: i + 1 })}</strong>
            <dl className="tb-task-facts">
              {columns.map(({ key, sub }) => (
                <div key={key}>
                  <dt>{fieldTitle(sub, i18n.language)}</dt>
                  <dd>
                    <ScalarValue field={sub} value={row[key]} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    );
  return (
    <ScrollRegion label={fieldTitle(field, i18n.language)}>
      <Table
        size="small"
        className="tb-wrap-table"
        pagination={false}
        rowKey="__row"
        dataSource={rows.map((row, i) => ({ ...row, __row: i }))}
        columns={[
          { title: '#', key: 'index', width: 48, render: (_v, _r, i) => i + 1 },
          ...columns.map(({ key, sub }) => ({
            title: fieldTitle(sub, i18n.language),
            key,
            render: (_v: unknown, row: Record<string, unknown>) => (
              <ScalarValue field={sub} value={row[key]} />
            ),
          })),
        ]}
      />
    </ScrollRegion>
  );
}

/** 申请表: the application form's answers under the form's own labels, read-only. */
export function FormValues({ schema, values }: { schema: FormSchema; values: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const keys = schema['x-order'].filter((key) => schema.properties[key] !== undefined);
  if (keys.length === 0) return <EmptyState text={t('tasks.noForm')} />;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      layout={screens.md === false ? 'vertical' : 'horizontal'}
      className={`tb-descriptions tb-form-values${screens.md === false ? '' : ' tb-form-values-wide'}`}
    >
      {keys.map((key) => {
        const field = schema.properties[key]!;
        return (
          <Descriptions.Item key={key} label={fieldTitle(field, i18n.language)}>
            {field['x-kind'] === 'rows' ? (
              <RowsValue field={field as RowsField} value={values[key]} />
            ) : (
              <ScalarValue field={field as ScalarField} value={values[key]} />
            )}
          </Descriptions.Item>
        );
      })}
    </Descriptions>
  );
}

const MATERIAL_STATUS_COLOURS: Record<string, string> = {
  provided: 'green',
  pledged: 'gold',
  missing: 'red',
};

function NewTabLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="tb-visually-hidden">{t('materials.newTab')}</span>
    </a>
  );
}

/** 材料: each material with where it came from and its files (opened in a new tab). */
export function MaterialsSection({ view }: { view: StaffCaseView }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useDateFormat();
  if (view.materials.length === 0) return <EmptyState text={t('tasks.noMaterials')} />;
  return (
    <ol className="tb-wb-materials">
      {view.materials.map((m, index) => (
        <li key={m.key} className="tb-wb-material">
          <div className="tb-wb-material-head">
            <span className="tb-material-index" aria-hidden>
              {index + 1}
            </span>
            <span className="tb-wb-material-name">{m.name}</span>
            <NecessityTag necessity={m.necessity} />
            <Tag color={MATERIAL_STATUS_COLOURS[m.status] ?? 'default'}>
              {labels.materialStatus(m.status)}
            </Tag>
          </div>
          <dl className="tb-task-facts">
            <div>
              <dt>{t('tasks.materialSource')}</dt>
              <dd>{m.source ? labels.source(m.source) : t('common.none')}</dd>
            </div>
            {m.status === 'pledged' ? (
              <div>
                <dt>{t('tasks.pledgeDueDate')}</dt>
                <dd>{format.date(m.pledgeDueDate)}</dd>
              </div>
            ) : null}
            {m.reference ? (
              <div>
                <dt>{m.source === 'waived' ? t('tasks.waivedReason') : t('tasks.reference')}</dt>
                <dd>
                  {m.source === 'waived'
                    ? m.reference.note
                    : [m.reference.provider, m.reference.reference, m.reference.description]
                        .filter(Boolean)
                        .join(' · ')}
                </dd>
              </div>
            ) : null}
            {m.fileIds.length > 0 ? (
              <div>
                <dt>{t('tasks.files')}</dt>
                <dd>
                  <ul className="tb-inline-list">
                    {m.fileIds.map((fileId, i) => (
                      <li key={fileId}>
                        <NewTabLink href={caseFileUrl(view.id, fileId)}>
                          <FileOutlined aria-hidden /> {t('tasks.fileN', { name: m.name, n: i + 1 })}
                        </NewTabLink>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            {m.acceptanceStandard ? (
              <div>
                <dt>{t('tasks.acceptanceStandard')}</dt>
                <dd>{m.acceptanceStandard}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
      {view.commitment && view.commitmentSigned ? (
        <li className="tb-wb-material">
          <Alert
            type="info"
            showIcon
            message={t('tasks.commitmentSigned')}
            description={view.commitment.text}
          />
        </li>
      ) : null}
    </ol>
  );
}

/** 历史: everything that happened, internal comments and staff names included. */
export function HistorySection({ view }: { view: StaffCaseView }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useDateFormat();
  return (
    <div className="tb-stack">
      {view.timeline.length === 0 ? (
        <EmptyState text={t('tasks.noHistory')} />
      ) : (
        <Timeline
          className="tb-wb-timeline"
          items={view.timeline.map((entry, i) => ({
            key: i,
            color: entry.internal ? 'gray' : 'blue',
            children: (
              <div>
                <div className="tb-wb-timeline-head">
                  <strong>{labels.action(entry.action)}</strong>
                  {entry.stepName ? <span>· {entry.stepName}</span> : null}
                  {entry.internal ? (
                    <Tag icon={<LockOutlined aria-hidden />} className="tb-inline-tag">
                      {t('tasks.internal')}
                    </Tag>
                  ) : null}
                </div>
                <div className="tb-note">
                  {format.dateTime(entry.at)}
                  {entry.actorName ? ` · ${entry.actorName}` : ''}
                  {entry.departmentName ? ` · ${entry.departmentName}` : ''}
                </div>
                {entry.note ? <div className="tb-wb-timeline-note">{entry.note}</div> : null}
              </div>
            ),
          }))}
        />
      )}
      {view.tasks.length > 0 ? (
        <section aria-labelledby="tb-wb-steps-heading">
          <h3 id="tb-wb-steps-heading" className="tb-actions-heading">
            {t('tasks.stepsTitle')}
          </h3>
          <ol className="tb-wb-steps">
            {view.tasks.map((task) => (
              <li key={task.id}>
                <strong>{task.stepName}</strong> · {task.departmentName} · {labels.taskStatus(task.status)}
                {task.outcome ? ` · ${labels.outcome(task.outcome)}` : ''}
                {task.completedAt ? ` · ${format.dateTime(task.completedAt)}` : ''}
                {task.opinion ? <div className="tb-note">{task.opinion}</div> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

/** 文书: the notices issued on the case, each as PDF. */
export function NoticesSection({ view }: { view: StaffCaseView }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useDateFormat();
  if (view.notices.length === 0) return <EmptyState text={t('tasks.noNotices')} />;
  return (
    <ul className="tb-wb-notices">
      {view.notices.map((notice) => (
        <li key={notice.id}>
          <NewTabLink href={noticePdfUrl(view.id, notice.id)}>
            <FilePdfOutlined aria-hidden /> {labels.text(notice.title)}
          </NewTabLink>
          <div className="tb-note">
            <span className="tb-mono">{notice.number}</span> · {format.dateTime(notice.issuedAt)}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** 秒批规则: how the automatic approval rules judged the application. */
export function TraceSection({ trace }: { trace: NonNullable<StaffCaseView['autoTrace']> }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useDateFormat();
  return (
    <div className="tb-stack">
      <Alert
        type={trace.passed ? 'success' : 'warning'}
        showIcon
        message={trace.passed ? t('tasks.tracePassed') : t('tasks.traceFailed')}
        description={t('tasks.traceAt', { at: format.dateTime(trace.evaluatedAt) })}
      />
      <ul className="tb-wb-trace">
        {trace.results.map((rule) => (
          <li key={rule.key}>
            {rule.passed ? (
              <Tag color="green" icon={<CheckOutlined aria-hidden />}>
                {t('tasks.rulePassed')}
              </Tag>
            ) : (
              <Tag color="red" icon={<CloseOutlined aria-hidden />}>
                {t('tasks.ruleFailed')}
              </Tag>
            )}
            <span>{rule.description}</span>
            {rule.reason ? <div className="tb-note">{labels.text(rule.reason)}</div> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
