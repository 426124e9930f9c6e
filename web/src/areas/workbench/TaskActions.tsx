import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Space, Typography } from 'antd';
import type { FormRule } from 'antd';
import {
  CheckOutlined,
  CloseOutlined,
  DeleteOutlined,
  MessageOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  PlusOutlined,
  RollbackOutlined,
  SendOutlined,
  SwapOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorToast } from '../../api/errors';
import {
  SPECIAL_PROCEDURES,
  tasksApi,
  type Decision,
  type Outcome,
  type SpecialProcedure,
  type TaskDetail,
} from '../../api/tasks';
import { FormSelect } from '../../components/FormSelect';
import { ActionModal } from './ActionModal';
import { useCaseLabels } from './display';
import { TASKS_KEY, useClaim, useConflictHandler } from './useTaskMutations';

/** The form's own row in a correction notice (no material key: the server names it 申请表). */
const FORM_ROW = '__form__';
const RESULT_KEY = /^[a-z][a-zA-Z0-9_.]*$/;

type Values = Record<string, unknown>;
type Dialog = Outcome | 'transfer' | 'return' | 'suspend' | 'resume' | 'comment';

const DANGER: ReadonlySet<Dialog> = new Set(['refuse', 'disagree', 'deny', 'failed', 'return', 'suspend']);

function useTextRules() {
  const { t } = useTranslation();
  return (label: string, required: boolean, max = 2000): FormRule[] => [
    ...(required ? [{ required: true, whitespace: true, message: t('tasks.required', { label }) }] : []),
    { min: required ? 2 : 0, message: t('tasks.minChars', { label, min: 2 }) },
    { max, message: t('tasks.maxChars', { label, max }) },
  ];
}

function TextItem({
  name,
  label,
  required,
  max = 2000,
  rows = 3,
}: {
  name: string;
  label: string;
  required: boolean;
  max?: number;
  rows?: number;
}) {
  const rules = useTextRules();
  return (
    <Form.Item name={name} label={label} rules={rules(label, required, max)} required={required}>
      <Input.TextArea autoSize={{ minRows: rows, maxRows: 10 }} maxLength={max} />
    </Form.Item>
  );
}

/** 一次性告知: every problem at once, one row per material (or the form) and what is wrong with it. */
function CorrectionRows({ materials }: { materials: { key: string; name: string }[] }) {
  const { t } = useTranslation();
  const rules = useTextRules();
  const options = [
    { value: FORM_ROW, label: t('tasks.applicationForm') },
    ...materials.map((m) => ({ value: m.key, label: m.name })),
  ];
  return (
    <Form.List
      name="corrections"
      rules={[
        {
          validator: (_r, rows: unknown[] | undefined) =>
            (rows?.length ?? 0) > 0
              ? Promise.resolve()
              : Promise.reject(new Error(t('tasks.correctionNone'))),
        },
      ]}
    >
      {(rows, { add, remove }, { errors }) => (
        <>
          <ol className="tb-correction-rows">
            {rows.map((row, i) => (
              <li key={row.key} className="tb-correction-row">
                <div className="tb-correction-row-head">
                  <strong>{t('tasks.correctionRow', { n: i + 1 })}</strong>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('tasks.correctionRemove', { n: i + 1 })}
                    onClick={() => remove(row.name)}
                    disabled={rows.length === 1}
                    className="tb-icon-button"
                  />
                </div>
                <Form.Item
                  name={[row.name, 'material']}
                  label={t('tasks.correctionMaterial')}
                  rules={[{ required: true, message: t('tasks.correctionMaterialRequired') }]}
                >
                  <FormSelect options={options} placeholder={t('tasks.correctionMaterialPlaceholder')} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'problem']}
                  label={t('tasks.correctionProblem')}
                  rules={rules(t('tasks.correctionProblem'), true, 500)}
                  required
                >
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
                </Form.Item>
              </li>
            ))}
          </ol>
          <Form.ErrorList errors={errors} />
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
            {t('tasks.correctionAdd')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** Values the result gives later items, by field concept (e.g. enterprise.uscc → 9133…). */
function ResultValueRows() {
  const { t } = useTranslation();
  return (
    <fieldset className="tb-fieldset">
      <legend className="tb-legend">{t('tasks.resultValues')}</legend>
      <div className="tb-note">{t('tasks.resultValuesHelp')}</div>
      <Form.List name="resultValues">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, i) => (
              <div key={row.key} className="tb-result-row">
                <Form.Item
                  name={[row.name, 'key']}
                  label={t('tasks.resultKey', { n: i + 1 })}
                  rules={[
                    { required: true, message: t('tasks.resultKeyRequired') },
                    { pattern: RESULT_KEY, message: t('tasks.resultKeyPattern') },
                  ]}
                >
                  <Input className="tb-mono-input" placeholder="enterprise.uscc" maxLength={64} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'value']}
                  label={t('tasks.resultValue', { n: i + 1 })}
                  rules={[{ required: true, whitespace: true, message: t('tasks.resultValueRequired') }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('tasks.resultRemove', { n: i + 1 })}
                  onClick={() => remove(row.name)}
                  className="tb-icon-button tb-result-remove"
                />
              </div>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
              {t('tasks.resultAdd')}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}

const text = (values: Values, key: string) => {
  const value = values[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/** The request body of a decision from its dialog's values. */
function decisionOf(outcome: Outcome, values: Values): Decision {
  switch (outcome) {
    case 'accept':
      return { outcome, note: text(values, 'note') };
    case 'request_correction':
      return {
        outcome,
        corrections: ((values.corrections as { material: string; problem: string }[] | undefined) ?? []).map(
          (row) => ({
            ...(row.material === FORM_ROW ? {} : { materialKey: row.material }),
            problem: row.problem.trim(),
          }),
        ),
      };
    case 'refuse':
    case 'deny':
      return { outcome, reason: text(values, 'reason')!, legalBasis: text(values, 'legalBasis')! };
    case 'disagree':
      return { outcome, opinion: text(values, 'opinion')! };
    case 'approve': {
      const rows = (values.resultValues as { key: string; value: string }[] | undefined) ?? [];
      return {
        outcome,
        opinion: text(values, 'opinion'),
        ...(rows.length > 0
          ? { resultValues: Object.fromEntries(rows.map((r) => [r.key.trim(), r.value.trim()])) }
          : {}),
      };
    }
    case 'failed':
      return { outcome, reason: text(values, 'reason')! };
    default:
      return { outcome, opinion: text(values, 'opinion') };
  }
}

const OUTCOME_ICONS: Partial<Record<Outcome, React.ReactNode>> = {
  accept: <CheckOutlined aria-hidden />,
  agree: <CheckOutlined aria-hidden />,
  approve: <CheckOutlined aria-hidden />,
  issued: <SendOutlined aria-hidden />,
  passed: <CheckOutlined aria-hidden />,
  request_correction: <RollbackOutlined aria-hidden />,
  refuse: <CloseOutlined aria-hidden />,
  disagree: <CloseOutlined aria-hidden />,
  deny: <CloseOutlined aria-hidden />,
  failed: <CloseOutlined aria-hidden />,
};

/** 办理: what the member of staff may do with the task, driven by the task's outcomes and state. */
export function TaskActions({ detail }: { detail: TaskDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const labels = useCaseLabels();
  const claim = useClaim();
  const onConflict = useConflictHandler();
  const toastError = useErrorToast();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [releasing, setReleasing] = useState(false);
  const { task, case: view } = detail;
  const caseNumber = view.caseNumber ?? '';
  const active = task.status === 'open' || task.status === 'claimed';
  const mine = task.claimedByMe && task.status === 'claimed';
  const suspended = view.status === 'suspended';
  const gapSuspension = view.suspension?.procedure === 'gap_overdue';

  const refresh = () => queryClient.invalidateQueries({ queryKey: TASKS_KEY });
  const backToInbox = (text: string) => {
    void message.success(text);
    void refresh();
    void navigate('/workbench/tasks');
  };
  const stay = (text: string) => {
    void message.success(text);
    setDialog(null);
    void refresh();
  };

  if (!task.mayHandle)
    return (
      <Card className="tb-card" title={<h2 className="tb-card-heading">{t('tasks.actionsTitle')}</h2>}>
        <Alert type="info" showIcon message={t('tasks.readOnly')} />
      </Card>
    );

  const release = async () => {
    setReleasing(true);
    try {
      await tasksApi.release(task.id, task.version);
      void message.success(t('tasks.released', { caseNumber }));
      void refresh();
    } catch (error) {
      if (!onConflict(error)) toastError(error);
    } finally {
      setReleasing(false);
    }
  };

  const outcomeDialog = (outcome: Outcome) => {
    const label = labels.outcome(outcome);
    const fields = (() => {
      switch (outcome) {
        case 'accept':
          return <TextItem name="note" label={t('tasks.noteOptional')} required={false} />;
        case 'request_correction':
          return <CorrectionRows materials={view.materials} />;
        case 'refuse':
        case 'deny':
          return (
            <>
              <TextItem name="reason" label={t('tasks.reason')} required />
              <TextItem name="legalBasis" label={t('tasks.legalBasis')} required rows={2} />
            </>
          );
        case 'disagree':
          return <TextItem name="opinion" label={t('tasks.opinion')} required />;
        case 'approve':
          return (
            <>
              <TextItem name="opinion" label={t('tasks.opinionOptional')} required={false} />
              <ResultValueRows />
            </>
          );
        case 'failed':
          return <TextItem name="reason" label={t('tasks.reason')} required />;
        default:
          return <TextItem name="opinion" label={t('tasks.opinionOptional')} required={false} />;
      }
    })();
    const warning =
      outcome === 'request_correction'
        ? t('tasks.correctionOnce')
        : outcome === 'failed'
          ? t('tasks.failedWarning')
          : outcome === 'refuse' || outcome === 'deny'
            ? t('tasks.finalWarning')
            : undefined;
    return (
      <ActionModal
        key={outcome}
        name={`tb-decision-${outcome}`}
        open={dialog === outcome}
        title={t('tasks.decisionTitle', { action: label, caseNumber })}
        okText={outcome === 'request_correction' ? t('tasks.correctionSend') : label}
        danger={DANGER.has(outcome)}
        warning={warning}
        initialValues={outcome === 'request_correction' ? { corrections: [{}] } : undefined}
        onClose={() => setDialog(null)}
        run={(values) => tasksApi.decide(task.id, task.version, decisionOf(outcome, values))}
        onDone={() => backToInbox(t('tasks.decided', { caseNumber, action: label }))}
      >
        {fields}
      </ActionModal>
    );
  };

  const canDecide = mine && !suspended;

  return (
    <Card
      className="tb-card tb-task-actions"
      title={<h2 className="tb-card-heading">{t('tasks.actionsTitle')}</h2>}
    >
      <div className="tb-stack">
        {!active ? (
          <Alert
            type="info"
            showIcon
            message={t('tasks.notActive', { status: labels.taskStatus(task.status) })}
          />
        ) : task.status === 'open' ? (
          <>
            <Typography.Paragraph className="tb-note">{t('tasks.claimFirst')}</Typography.Paragraph>
            <Button
              type="primary"
              block
              loading={claim.isPending}
              onClick={() => claim.mutate({ id: task.id, version: task.version, caseNumber })}
            >
              {t('tasks.claim')}
            </Button>
          </>
        ) : mine ? (
          <div className="tb-claim-state">
            <span>
              <CheckOutlined aria-hidden /> {t('tasks.claimedByMe')}
            </span>
            <Popconfirm
              title={t('tasks.releaseConfirm')}
              okText={t('tasks.release')}
              cancelText={t('common.cancel')}
              onConfirm={() => void release()}
            >
              <Button icon={<UndoOutlined aria-hidden />} loading={releasing}>
                {t('tasks.release')}
              </Button>
            </Popconfirm>
          </div>
        ) : (
          <Alert type="warning" showIcon message={t('tasks.claimedByOtherLong')} />
        )}

        {active && task.outcomes.length > 0 ? (
          <section aria-labelledby="tb-decide-heading">
            <h3 id="tb-decide-heading" className="tb-actions-heading">
              {t('tasks.decideHeading')}
            </h3>
            {suspended ? <Alert type="warning" showIcon message={t('tasks.suspendedNoDecision')} /> : null}
            <div className="tb-action-buttons">
              {task.outcomes.map((outcome) => (
                <Button
                  key={outcome}
                  type={DANGER.has(outcome as Outcome) ? 'default' : 'primary'}
                  danger={DANGER.has(outcome as Outcome)}
                  icon={OUTCOME_ICONS[outcome as Outcome]}
                  disabled={!canDecide}
                  onClick={() => setDialog(outcome as Outcome)}
                  block
                >
                  {labels.outcome(outcome)}
                </Button>
              ))}
            </div>
          </section>
        ) : null}

        {active ? (
          <section aria-labelledby="tb-more-heading">
            <h3 id="tb-more-heading" className="tb-actions-heading">
              {t('tasks.moreHeading')}
            </h3>
            <Space wrap>
              {task.colleagues.length > 0 ? (
                <Button icon={<SwapOutlined aria-hidden />} onClick={() => setDialog('transfer')}>
                  {t('tasks.transfer')}
                </Button>
              ) : null}
              {mine && task.returnableSteps.length > 0 && view.status === 'in_review' ? (
                <Button icon={<RollbackOutlined aria-hidden />} onClick={() => setDialog('return')}>
                  {t('tasks.return')}
                </Button>
              ) : null}
              {mine && view.status === 'in_review' ? (
                <Button icon={<PauseCircleOutlined aria-hidden />} onClick={() => setDialog('suspend')}>
                  {t('tasks.suspend')}
                </Button>
              ) : null}
              {mine && suspended && !gapSuspension ? (
                <Button icon={<PlayCircleOutlined aria-hidden />} onClick={() => setDialog('resume')}>
                  {t('tasks.resume')}
                </Button>
              ) : null}
              <Button icon={<MessageOutlined aria-hidden />} onClick={() => setDialog('comment')}>
                {t('tasks.comment')}
              </Button>
            </Space>
          </section>
        ) : null}
      </div>

      {task.outcomes.map((outcome) => outcomeDialog(outcome as Outcome))}

      <ActionModal
        name="tb-transfer"
        open={dialog === 'transfer'}
        title={t('tasks.transferTitle', { caseNumber })}
        okText={t('tasks.transfer')}
        onClose={() => setDialog(null)}
        run={(values) => tasksApi.transfer(task.id, task.version, String(values.toAccountId))}
        onDone={() => backToInbox(t('tasks.transferred', { caseNumber }))}
      >
        <Form.Item
          name="toAccountId"
          label={t('tasks.colleague')}
          rules={[{ required: true, message: t('tasks.colleagueRequired') }]}
        >
          <FormSelect options={task.colleagues.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
      </ActionModal>

      <ActionModal
        name="tb-return"
        open={dialog === 'return'}
        title={t('tasks.returnTitle', { caseNumber })}
        okText={t('tasks.return')}
        danger
        onClose={() => setDialog(null)}
        run={(values) =>
          tasksApi.returnTo(task.id, task.version, String(values.toStepKey), String(values.reason).trim())
        }
        onDone={() => backToInbox(t('tasks.returned', { caseNumber }))}
      >
        <Form.Item
          name="toStepKey"
          label={t('tasks.returnStep')}
          rules={[{ required: true, message: t('tasks.returnStepRequired') }]}
        >
          <FormSelect options={task.returnableSteps.map((s) => ({ value: s.key, label: s.name }))} />
        </Form.Item>
        <TextItem name="reason" label={t('tasks.reason')} required />
      </ActionModal>

      <ActionModal
        name="tb-suspend"
        open={dialog === 'suspend'}
        title={t('tasks.suspendTitle', { caseNumber })}
        okText={t('tasks.suspend')}
        danger
        warning={t('tasks.suspendWarning')}
        onClose={() => setDialog(null)}
        run={(values) =>
          tasksApi.suspend(
            task.id,
            task.version,
            values.procedure as SpecialProcedure,
            String(values.reason).trim(),
          )
        }
        onDone={() => stay(t('tasks.suspended', { caseNumber }))}
      >
        <Form.Item
          name="procedure"
          label={t('tasks.procedureLabel')}
          rules={[{ required: true, message: t('tasks.procedureRequired') }]}
        >
          <FormSelect options={SPECIAL_PROCEDURES.map((p) => ({ value: p, label: labels.procedure(p) }))} />
        </Form.Item>
        <TextItem name="reason" label={t('tasks.reason')} required />
      </ActionModal>

      <ActionModal
        name="tb-resume"
        open={dialog === 'resume'}
        title={t('tasks.resumeTitle', { caseNumber })}
        okText={t('tasks.resume')}
        onClose={() => setDialog(null)}
        run={() => tasksApi.resume(task.id, task.version)}
        onDone={() => stay(t('tasks.resumed', { caseNumber }))}
      >
        <Typography.Paragraph>{t('tasks.resumeText')}</Typography.Paragraph>
      </ActionModal>

      <ActionModal
        name="tb-comment"
        open={dialog === 'comment'}
        title={t('tasks.commentTitle', { caseNumber })}
        okText={t('tasks.commentSave')}
        onClose={() => setDialog(null)}
        run={(values) => tasksApi.comment(task.id, String(values.text).trim())}
        onDone={() => stay(t('tasks.commented'))}
      >
        <Form.Item
          name="text"
          label={t('tasks.commentText')}
          extra={t('tasks.commentHelp')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('tasks.required', { label: t('tasks.commentText') }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} />
        </Form.Item>
      </ActionModal>
    </Card>
  );
}
