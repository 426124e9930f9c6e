import './feedback.css';
import { Button, Card, Descriptions, Space, Tag, Timeline } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { feedbackApi, type ResultRating } from '../../../api/feedback';
import { pickLocalized } from '../../../api/problem';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageSpin } from '../../../components/PageSpin';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';

const RATINGS: ResultRating[] = ['satisfied', 'basically_satisfied', 'dissatisfied'];

/** The evaluator sees how their bad review was handled and rates the rectification. */
export default function RectificationRatingPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { dateTime } = useDateFormat();
  usePageTitle(t('feedback.rectification.title'));
  const client = useQueryClient();
  const r = useQuery({
    queryKey: ['feedback', 'rectification', id],
    queryFn: () => feedbackApi.rectification(id),
  });
  const rate = useMutation({
    mutationFn: (rating: ResultRating) => feedbackApi.act(id, 'rating', { version: r.data!.version, rating }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['feedback', 'rectification', id] }),
  });
  if (r.isPending) return <PageSpin />;
  if (r.error) return <ErrorAlert error={r.error} />;
  const d = r.data;
  return (
    <div className="tb-feedback-page">
      <h1>{t('feedback.rectification.title')}</h1>
      <Card>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('feedback.fields.caseNumber')}>{d.caseNumber}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.fields.item')}>{d.serviceName}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.fields.department')}>{d.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.fields.status')}>
            <Tag>{pickLocalized(d.statusName, i18n.language)}</Tag>
          </Descriptions.Item>
          {d.feedbackMessage ? (
            <Descriptions.Item label={t('feedback.rectification.result')}>
              {d.feedbackMessage}
            </Descriptions.Item>
          ) : null}
          {d.resultRating ? (
            <Descriptions.Item label={t('feedback.rectification.yourRating')}>
              {t(`feedback.resultRatings.${d.resultRating}` as never)}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        {d.actions.includes('accept_result') ? (
          <>
            <p>{t('feedback.rectification.ratePrompt')}</p>
            <Space wrap>
              {RATINGS.map((rating) => (
                <Button
                  key={rating}
                  loading={rate.isPending && rate.variables === rating}
                  onClick={() => rate.mutate(rating)}
                >
                  {t(`feedback.resultRatings.${rating}` as never)}
                </Button>
              ))}
            </Space>
          </>
        ) : null}
        {rate.error ? <ErrorAlert error={rate.error} /> : null}
      </Card>
      <Card title={t('feedback.rectification.history')}>
        <Timeline
          items={d.steps.map((s) => ({
            children: (
              <>
                <div>
                  {t(`feedback.steps.${s.action}` as never, { defaultValue: s.action })} · {dateTime(s.at)}
                </div>
                {s.note ? <div className="tb-muted">{s.note}</div> : null}
              </>
            ),
          }))}
        />
      </Card>
    </div>
  );
}
