import './feedback.css';
import { useState } from 'react';
import { Button, Card, Checkbox, Form, Input, List, Radio, Select, Space, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedbackApi, type Inquiry, type InquiryBody, type ResultRating } from '../../../api/feedback';
import { useFormProblem } from '../../../api/formErrors';
import { pickLocalized } from '../../../api/problem';
import { CursorPager } from '../../../components/CursorPager';
import { useCursorPagination } from '../../../components/cursorPagination';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormProblemAlert } from '../../../components/FormProblemAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { labelled } from '../../../i18n/text';

/** 我的投诉与咨询: submit one, read answers, rate them. */
export default function MyInquiriesPage() {
  const { t } = useTranslation();
  usePageTitle(t('feedback.inquiries.mine'));
  const [writing, setWriting] = useState(false);
  const list = useCursorPagination(['feedback', 'my-inquiries'], (cursor, limit) =>
    feedbackApi.myInquiries(cursor, limit),
  );
  return (
    <div className="tb-feedback-page">
      <Space wrap className="tb-feedback-head">
        <h1>{t('feedback.inquiries.mine')}</h1>
        {!writing ? (
          <Button type="primary" onClick={() => setWriting(true)}>
            {t('feedback.inquiries.new')}
          </Button>
        ) : null}
      </Space>
      {writing ? <InquiryForm onDone={() => setWriting(false)} /> : null}
      {list.query.error ? <ErrorAlert error={list.query.error} onRetry={() => list.query.refetch()} /> : null}
      {list.query.isSuccess && list.items.length === 0 ? (
        <EmptyState text={t('feedback.inquiries.empty')} />
      ) : null}
      <List dataSource={list.items} renderItem={(item) => <InquiryCard inquiry={item} />} />
      <CursorPager of={list} />
    </div>
  );
}

function InquiryCard({ inquiry }: { inquiry: Inquiry | Omit<Inquiry, 'mayAnswer'> }) {
  const { t } = useTranslation();
  const { dateTime, date } = useDateFormat();
  const client = useQueryClient();
  const rate = useMutation({
    mutationFn: (rating: ResultRating) => feedbackApi.rateAnswer(inquiry.id, rating),
    onSuccess: () => client.invalidateQueries({ queryKey: ['feedback', 'my-inquiries'] }),
  });
  return (
    <Card
      size="small"
      className="tb-feedback-card"
      title={
        <Space wrap>
          <Tag>{t(`feedback.kinds.${inquiry.kind}` as never)}</Tag>
          <span>{inquiry.subject}</span>
        </Space>
      }
    >
      <p className="tb-muted">
        {inquiry.number} · {dateTime(inquiry.createdAt)} · {inquiry.departmentName}
      </p>
      <p>{inquiry.content}</p>
      {inquiry.answer ? (
        <>
          <p>
            <strong>{labelled(t('feedback.inquiries.answer'))}</strong>
            {inquiry.answer}
          </p>
          {inquiry.rating ? (
            <Tag color="blue">{t(`feedback.resultRatings.${inquiry.rating}` as never)}</Tag>
          ) : (
            <Space wrap>
              {(['satisfied', 'basically_satisfied', 'dissatisfied'] as const).map((r) => (
                <Button
                  key={r}
                  size="small"
                  onClick={() => rate.mutate(r)}
                  loading={rate.isPending && rate.variables === r}
                >
                  {t(`feedback.resultRatings.${r}` as never)}
                </Button>
              ))}
            </Space>
          )}
        </>
      ) : (
        <Tag color={inquiry.overdue ? 'red' : 'gold'}>
          {t('feedback.inquiries.dueBy', { date: date(inquiry.dueDate) })}
        </Tag>
      )}
      {rate.error ? <ErrorAlert error={rate.error} /> : null}
    </Card>
  );
}

interface FormValues {
  kind: 'complaint' | 'consultation';
  about: 'item' | 'topic';
  itemCode?: string;
  topic?: string;
  regionCode?: string;
  subject: string;
  content: string;
  publishConsent?: boolean;
}

export function InquiryForm({ onDone, itemCode }: { onDone: () => void; itemCode?: string }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const problem = useFormProblem(form);
  const client = useQueryClient();
  const topics = useQuery({ queryKey: ['feedback', 'topics'], queryFn: feedbackApi.topics });
  const kind = Form.useWatch('kind', form);
  const about = Form.useWatch('about', form);
  const submit = useMutation({
    mutationFn: (v: FormValues) => {
      const body: InquiryBody = {
        kind: v.kind,
        subject: v.subject,
        content: v.content,
        ...(v.about === 'item' ? { itemCode: v.itemCode } : { topic: v.topic, regionCode: v.regionCode }),
        ...(v.kind === 'consultation' ? { publishConsent: v.publishConsent === true } : {}),
      };
      return feedbackApi.submitInquiry(body);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['feedback', 'my-inquiries'] });
      onDone();
    },
    onError: (error) => problem.showError(error),
  });
  return (
    <Card title={t('feedback.inquiries.new')} className="tb-feedback-card">
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          kind: 'consultation',
          about: itemCode ? 'item' : 'topic',
          itemCode,
          regionCode: '330106',
        }}
        onFinish={(v) => submit.mutate(v)}
      >
        <Form.Item name="kind" label={t('feedback.inquiries.kind')}>
          <Radio.Group>
            <Radio.Button value="consultation">{t('feedback.kinds.consultation')}</Radio.Button>
            <Radio.Button value="complaint">{t('feedback.kinds.complaint')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="about" label={t('feedback.inquiries.about')}>
          <Radio.Group>
            <Radio value="item">{t('feedback.inquiries.aboutItem')}</Radio>
            <Radio value="topic">{t('feedback.inquiries.aboutTopic')}</Radio>
          </Radio.Group>
        </Form.Item>
        {about === 'item' ? (
          <Form.Item
            name="itemCode"
            label={t('feedback.inquiries.itemCode')}
            rules={[{ required: true, message: t('feedback.inquiries.required') }]}
          >
            <Input maxLength={64} />
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="topic"
              label={t('feedback.inquiries.topic')}
              rules={[{ required: true, message: t('feedback.inquiries.required') }]}
            >
              <Select
                options={(topics.data?.items ?? []).map((tp) => ({
                  value: tp.key,
                  label: pickLocalized(tp.name, i18n.language),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="regionCode"
              label={t('feedback.inquiries.region')}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('feedback.inquiries.regionHint') }]}
            >
              <Input maxLength={6} inputMode="numeric" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="subject"
          label={t('feedback.inquiries.subject')}
          rules={[{ required: true, min: 2, message: t('feedback.inquiries.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('feedback.inquiries.content')}
          rules={[{ required: true, min: 5, message: t('feedback.inquiries.contentHint') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        {kind === 'consultation' ? (
          <Form.Item name="publishConsent" valuePropName="checked">
            <Checkbox>{t('feedback.inquiries.consent')}</Checkbox>
          </Form.Item>
        ) : (
          <p className="tb-muted">{t('feedback.inquiries.realName')}</p>
        )}
        <FormProblemAlert {...problem} />
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {t('feedback.inquiries.submit')}
          </Button>
          <Button onClick={onDone}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
