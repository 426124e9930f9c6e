import './feedback.css';
import { Alert, Card, Descriptions, Result } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { feedbackApi } from '../../../api/feedback';
import { pickLocalized } from '../../../api/problem';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageSpin } from '../../../components/PageSpin';
import { usePageTitle } from '../../../components/usePageTitle';
import { EvaluationSummary } from './RateCaseCard';
import { RatingForm } from './RatingForm';

/** Reached from an SMS or the hall's rating device: rate without logging in (the link names the applicant). */
export default function RateByLinkPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('feedback.link.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const client = useQueryClient();
  const view = useQuery({
    queryKey: ['feedback', 'link', token],
    queryFn: () => feedbackApi.linkView(token),
    retry: false,
  });
  const rate = useMutation({
    mutationFn: (input: Parameters<typeof feedbackApi.rateByLink>[1]) => feedbackApi.rateByLink(token, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['feedback', 'link', token] }),
  });
  if (view.isPending) return <PageSpin />;
  if (view.error) return <ErrorAlert error={view.error} />;
  const v = view.data;
  return (
    <div className="tb-feedback-page">
      <h1>{t('feedback.link.title')}</h1>
      <Card>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('feedback.fields.caseNumber')}>{v.caseNumber}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.fields.item')}>{v.serviceName}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.fields.department')}>{v.departmentName}</Descriptions.Item>
        </Descriptions>
        {rate.isSuccess ? (
          <Result status="success" title={t('feedback.rate.thanks')} />
        ) : v.evaluation ? (
          <EvaluationSummary evaluation={v.evaluation} />
        ) : v.rateable ? (
          <RatingForm optionSet={v.optionSet} onSubmit={(input) => rate.mutateAsync(input)} />
        ) : v.reason ? (
          <Alert type="info" showIcon message={pickLocalized(v.reason, i18n.language)} />
        ) : null}
      </Card>
    </div>
  );
}
