import { Alert, Card, Descriptions, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedbackApi, type Evaluation } from '../../../api/feedback';
import { pickLocalized } from '../../../api/problem';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDateFormat } from '../../../i18n/format';
import { RatingForm } from './RatingForm';
import { joinList } from '../../../i18n/text';

const DECIDED = ['approved', 'denied', 'not_accepted', 'revoked', 'completed'];

/** The applicant rates a decided case (一事一评); mount on the case detail page with the case's id and status. */
export function RateCaseCard({ caseId, status }: { caseId: string; status: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const decided = DECIDED.includes(status);
  const rating = useQuery({
    queryKey: ['feedback', 'case', caseId],
    queryFn: () => feedbackApi.caseRating(caseId),
    enabled: decided,
  });
  const rate = useMutation({
    mutationFn: (input: Parameters<typeof feedbackApi.rate>[1]) =>
      feedbackApi.rate(caseId, input, window.innerWidth < 768 ? 'mobile' : 'web'),
    onSuccess: () => client.invalidateQueries({ queryKey: ['feedback', 'case', caseId] }),
  });
  if (!decided) return null;
  const result = rating.data?.stages.find((s) => s.stage === 'result');
  return (
    <Card title={t('feedback.rate.title')} className="tb-feedback-card">
      {rating.error ? <ErrorAlert error={rating.error} onRetry={() => rating.refetch()} /> : null}
      {result?.evaluation ? (
        <EvaluationSummary evaluation={result.evaluation} />
      ) : result?.rateable && rating.data ? (
        <>
          <p>{t('feedback.rate.intro')}</p>
          <RatingForm optionSet={rating.data.optionSet} onSubmit={(input) => rate.mutateAsync(input)} />
        </>
      ) : result?.reason ? (
        <Alert type="info" showIcon message={pickLocalized(result.reason, i18n.language)} />
      ) : null}
    </Card>
  );
}

export function EvaluationSummary({ evaluation }: { evaluation: Evaluation }) {
  const { t, i18n } = useTranslation();
  const { dateTime } = useDateFormat();
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label={t('feedback.rate.yourRating')}>
        <Tag color={evaluation.level <= 2 ? 'red' : 'green'}>
          {pickLocalized(evaluation.levelName, i18n.language)}
        </Tag>
        {evaluation.isDefault ? <Tag>{t('feedback.rate.default')}</Tag> : null}
      </Descriptions.Item>
      {evaluation.options.length > 0 ? (
        <Descriptions.Item label={t('feedback.rate.options')}>
          {joinList(evaluation.options.map((o) => pickLocalized(o.label, i18n.language)))}
        </Descriptions.Item>
      ) : null}
      {evaluation.comment ? (
        <Descriptions.Item label={t('feedback.rate.comment')}>{evaluation.comment}</Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('feedback.rate.ratedAt')}>
        {dateTime(evaluation.createdAt)}
      </Descriptions.Item>
    </Descriptions>
  );
}
