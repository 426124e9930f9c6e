import '../../portal/feedback/feedback.css';
import { useState } from 'react';
import { Button, Card, Input, List, Space, Switch, Tag } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedbackApi, type Inquiry } from '../../../api/feedback';
import { CursorPager } from '../../../components/CursorPager';
import { useCursorPagination } from '../../../components/cursorPagination';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { labelled } from '../../../i18n/text';

/** Complaints and consultations routed to my departments (supervisors: their region; overdue first filter). */
export default function InquiriesPage() {
  const { t } = useTranslation();
  usePageTitle(t('feedback.inquiries.staffTitle'));
  const [overdue, setOverdue] = useState(false);
  const list = useCursorPagination(['feedback', 'inquiries', overdue], (cursor, limit) =>
    feedbackApi.staffInquiries(overdue ? { overdue } : {}, cursor, limit),
  );
  return (
    <div className="tb-feedback-page">
      <Space wrap className="tb-feedback-head">
        <h1>{t('feedback.inquiries.staffTitle')}</h1>
        <label>
          <Switch checked={overdue} onChange={setOverdue} /> {t('feedback.inquiries.onlyOverdue')}
        </label>
      </Space>
      {list.query.error ? <ErrorAlert error={list.query.error} onRetry={() => list.query.refetch()} /> : null}
      {list.query.isSuccess && list.items.length === 0 ? (
        <EmptyState text={t('feedback.inquiries.staffEmpty')} />
      ) : null}
      <List dataSource={list.items} renderItem={(item) => <StaffInquiry inquiry={item as Inquiry} />} />
      <CursorPager of={list} />
    </div>
  );
}

function StaffInquiry({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  const { date, dateTime } = useDateFormat();
  const client = useQueryClient();
  const [answer, setAnswer] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: ['feedback', 'inquiries'] });
  const reply = useMutation({
    mutationFn: () => feedbackApi.answer(inquiry.id, inquiry.version, answer),
    onSuccess: refresh,
  });
  const publish = useMutation({
    mutationFn: (on: boolean) => feedbackApi.publish(inquiry.id, inquiry.version, on),
    onSuccess: refresh,
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
        {inquiry.number} · {dateTime(inquiry.createdAt)} · {inquiry.itemName ?? inquiry.topic} ·{' '}
        {inquiry.departmentName}
        {inquiry.anonymous ? ` · ${t('feedback.inquiries.anonymous')}` : ''}
      </p>
      <p>{inquiry.content}</p>
      {inquiry.answer ? (
        <>
          <p>
            <strong>{labelled(t('feedback.inquiries.answer'))}</strong>
            {inquiry.answer}
          </p>
          <Space wrap>
            {inquiry.rating ? (
              <Tag color="blue">{t(`feedback.resultRatings.${inquiry.rating}` as never)}</Tag>
            ) : null}
            {inquiry.kind === 'consultation' && inquiry.itemCode && inquiry.publishConsent ? (
              <Button
                size="small"
                onClick={() => publish.mutate(!inquiry.publishedAt)}
                loading={publish.isPending}
              >
                {inquiry.publishedAt ? t('feedback.inquiries.unpublish') : t('feedback.inquiries.publish')}
              </Button>
            ) : null}
          </Space>
        </>
      ) : (
        <>
          <Tag color={inquiry.overdue ? 'red' : 'gold'}>
            {t('feedback.inquiries.dueBy', { date: date(inquiry.dueDate) })}
          </Tag>
          <Input.TextArea
            aria-label={t('feedback.inquiries.answer')}
            rows={3}
            maxLength={4000}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            className="tb-feedback-answer"
          />
          <Button
            type="primary"
            disabled={answer.trim().length < 2}
            loading={reply.isPending}
            onClick={() => reply.mutate()}
          >
            {t('feedback.inquiries.sendAnswer')}
          </Button>
        </>
      )}
      {reply.error ? <ErrorAlert error={reply.error} /> : null}
      {publish.error ? <ErrorAlert error={publish.error} /> : null}
    </Card>
  );
}
