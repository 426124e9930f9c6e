import '../../portal/feedback/feedback.css';
import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Space,
  Tag,
  Timeline,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { feedbackApi, type RectificationStep } from '../../../api/feedback';
import { pickLocalized } from '../../../api/problem';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageSpin } from '../../../components/PageSpin';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { joinList } from '../../../i18n/text';

/** Which form an action of the state table opens, and the request it becomes. */
const FORMS: Record<string, { step: RectificationStep; fields: string[]; fixed?: Record<string, unknown> }> =
  {
    verify_valid: { step: 'verify', fields: ['note'], fixed: { verdict: 'valid' } },
    verify_invalid: { step: 'verify', fields: ['note'], fixed: { verdict: 'invalid' } },
    verify_malicious: { step: 'verify', fields: ['note'], fixed: { verdict: 'malicious' } },
    record_callback: { step: 'callback', fields: ['calledAt', 'note'] },
    fix_now: { step: 'fix', fields: ['note'], fixed: { mode: 'immediate' } },
    put_on_ledger: { step: 'fix', fields: ['note'], fixed: { mode: 'ledger' } },
    complete_ledger: { step: 'complete', fields: ['note'] },
    feed_back: { step: 'feedback', fields: ['message'] },
    request_extension: { step: 'extensions', fields: ['workingDays', 'reason'] },
    decide_extension: { step: 'extension-decision', fields: ['approve', 'note'] },
    uphold_appeal: { step: 'appeal-decision', fields: ['note'], fixed: { decision: 'uphold' } },
    reject_appeal: { step: 'appeal-decision', fields: ['note'], fixed: { decision: 'reject' } },
  };

/** A rectification for its department (verify, call back, fix, report) or the region's supervisor. */
export default function RectificationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { dateTime, date } = useDateFormat();
  usePageTitle(t('feedback.rectification.title'));
  const client = useQueryClient();
  const [action, setAction] = useState<string | null>(null);
  const [form] = Form.useForm();
  const r = useQuery({
    queryKey: ['feedback', 'rectification', id],
    queryFn: () => feedbackApi.rectification(id),
  });
  const contact = useMutation({ mutationFn: () => feedbackApi.evaluator(id) });
  const act = useMutation({
    mutationFn: (values: Record<string, unknown>) => {
      const spec = FORMS[action!]!;
      const body: Record<string, unknown> = { version: r.data!.version, ...spec.fixed, ...values };
      if (body.calledAt) body.calledAt = (body.calledAt as dayjs.Dayjs).toISOString();
      return feedbackApi.act(id, spec.step, body);
    },
    onSuccess: (data) => {
      client.setQueryData(['feedback', 'rectification', id], data);
      void client.invalidateQueries({ queryKey: ['feedback', 'rectifications'] });
      setAction(null);
      form.resetFields();
    },
  });
  if (r.isPending) return <PageSpin />;
  if (r.error) return <ErrorAlert error={r.error} />;
  const d = r.data;
  const fields = action ? FORMS[action]!.fields : [];
  return (
    <div className="tb-feedback-page">
      <h1>
        {t('feedback.rectification.title')} · {d.caseNumber}
      </h1>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('feedback.fields.item')}>{d.serviceName}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.fields.department')}>{d.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.fields.level')}>
            <Tag color="red">{pickLocalized(d.levelName, i18n.language)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('feedback.fields.status')}>
            <Tag>{pickLocalized(d.statusName, i18n.language)}</Tag>
            {d.overdue ? <Tag color="red">{t('feedback.rectifications.overdue')}</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('feedback.fields.reasons')}>
            {joinList(d.evaluation.options.map((o) => pickLocalized(o.label, i18n.language))) ||
              t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('feedback.rate.evaluatorComment')}>
            {d.evaluation.comment ?? t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('feedback.fields.dueDate')}>{date(d.dueDate)}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.rectification.callbacks')}>
            {d.callbackCount > 0 ? (
              t('feedback.rectification.calledBack', { count: d.callbackCount })
            ) : (
              <Tag color="orange">{t('feedback.rectification.notCalledBack')}</Tag>
            )}
          </Descriptions.Item>
        </Descriptions>
        <Space wrap className="tb-feedback-actions">
          {d.actions.includes('record_callback') ? (
            <Button onClick={() => contact.mutate()} loading={contact.isPending}>
              {t('feedback.rectification.showContact')}
            </Button>
          ) : null}
          {d.actions
            .filter((a) => FORMS[a])
            .map((a) => (
              <Button
                key={a}
                type={a.startsWith('verify_valid') || a === 'feed_back' ? 'primary' : 'default'}
                onClick={() => setAction(a)}
              >
                {t(`feedback.actions.${a}` as never)}
              </Button>
            ))}
        </Space>
        {contact.data ? (
          <p role="status">
            {t('feedback.rectification.contact', {
              name: contact.data.name,
              mobile: contact.data.mobile ?? t('common.none'),
            })}
          </p>
        ) : null}
        {contact.error ? <ErrorAlert error={contact.error} /> : null}
      </Card>
      {d.extensions.length > 0 ? (
        <Card title={t('feedback.rectification.extensions')}>
          {d.extensions.map((e) => (
            <p key={e.id}>
              {t('feedback.rectification.extensionLine', { days: e.workingDays, reason: e.reason })}{' '}
              <Tag>{t(`feedback.extensionStatus.${e.status}` as never)}</Tag>
              {e.dueDateAfter ? date(e.dueDateAfter) : null}
            </p>
          ))}
        </Card>
      ) : null}
      <Card title={t('feedback.rectification.history')}>
        <Timeline
          items={d.steps.map((s) => ({
            children: (
              <>
                <div>
                  {t(`feedback.steps.${s.action}` as never, { defaultValue: s.action })} · {dateTime(s.at)}
                  {s.actorName ? ` · ${s.actorName}` : ''}
                </div>
                {s.note ? <div className="tb-muted">{s.note}</div> : null}
              </>
            ),
          }))}
        />
      </Card>
      <Modal
        open={action !== null}
        title={action ? t(`feedback.actions.${action}` as never) : ''}
        onCancel={() => setAction(null)}
        onOk={() => form.submit()}
        confirmLoading={act.isPending}
        okText={t('feedback.rectification.confirm')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => act.mutate(v)}
          initialValues={{ calledAt: dayjs(), approve: true, workingDays: 3 }}
        >
          {fields.includes('calledAt') ? (
            <Form.Item name="calledAt" label={t('feedback.fields.calledAt')} rules={[{ required: true }]}>
              <DatePicker showTime style={{ width: '100%' }} />
            </Form.Item>
          ) : null}
          {fields.includes('approve') ? (
            <Form.Item name="approve" label={t('feedback.fields.approve')}>
              <Radio.Group>
                <Radio value={true}>{t('feedback.fields.approveYes')}</Radio>
                <Radio value={false}>{t('feedback.fields.approveNo')}</Radio>
              </Radio.Group>
            </Form.Item>
          ) : null}
          {fields.includes('workingDays') ? (
            <Form.Item
              name="workingDays"
              label={t('feedback.fields.workingDays')}
              rules={[{ required: true }]}
            >
              <InputNumber min={1} max={30} />
            </Form.Item>
          ) : null}
          {(['note', 'message', 'reason'] as const)
            .filter((f) => fields.includes(f))
            .map((f) => (
              <Form.Item
                key={f}
                name={f}
                label={t(`feedback.fields.${f}` as never)}
                rules={[
                  {
                    required: f !== 'note' || action !== 'decide_extension',
                    message: t('feedback.inquiries.required'),
                  },
                ]}
              >
                <Input.TextArea rows={3} maxLength={1000} />
              </Form.Item>
            ))}
        </Form>
        {act.error ? <ErrorAlert error={act.error} /> : null}
      </Modal>
    </div>
  );
}
