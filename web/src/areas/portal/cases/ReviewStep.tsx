import type { ReactNode } from 'react';
import { Button } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { casesApi, type CaseView } from '../../../api/cases';
import { ApiError } from '../../../api/problem';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldTitle } from '../../../components/form-renderer';
import { useDateFormat } from '../../../i18n/format';
import type { StepProps } from './ApplyWizard';
import { AnswerValue } from './AnswerValue';
import { caseKey } from './useCase';
import type { Choices, WizardStep } from './wizardModel';

interface Props extends StepProps {
  choices: Choices;
  onSubmitted: (c: CaseView) => void;
  /** A 400 on submission: every problem, and the step of the first. */
  onProblem: (error: ApiError) => void;
}

/** A summary list row (GOV.UK "check your answers"): the question, the answer, a link to change it. */
function Row({
  label,
  children,
  step,
  goTo,
}: {
  label: string;
  children: ReactNode;
  step: WizardStep;
  goTo: (step: WizardStep) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="tb-summary-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
      <dd className="tb-summary-action">
        <Button type="link" className="tb-inline-link" onClick={() => goTo(step)}>
          {t('portalCases.review.change')}
          <span className="tb-visually-hidden"> {label}</span>
        </Button>
      </dd>
    </div>
  );
}

/** Step 4, 核对并提交: every answer and material with a way back to change it, then the submission. */
export function ReviewStep({ caseData, choices, goTo, onSubmitted, onProblem, onConflict }: Props) {
  const { t, i18n } = useTranslation();
  const formatDate = useDateFormat();
  const queryClient = useQueryClient();
  const schema = caseData.formSchema;
  const keys = schema['x-order'].filter((key) => schema.properties[key] !== undefined);

  const submit = useMutation({
    mutationFn: () => casesApi.submit(caseData.id, { version: caseData.version }),
    onSuccess: onSubmitted,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400 && error.fieldErrors.length > 0)
        return onProblem(error);
      if (error instanceof ApiError && error.status === 409) {
        // A stale version reloads the wizard; any other conflict (e.g. already decided) stays on screen
        // while the case is fetched again, which leaves the wizard if it can no longer be edited.
        if (error.code === 'CASE_VERSION_CONFLICT') return onConflict(error);
        void queryClient.invalidateQueries({ queryKey: caseKey(caseData.id) });
      }
    },
  });

  const howProvided = (key: string): ReactNode => {
    const state = choices[key];
    const material = caseData.materials.find((m) => m.key === key)!;
    switch (state?.mode) {
      case 'upload':
        return state.files.length > 0 ? (
          <ul className="tb-plain-bullets">
            {state.files.map((f, i) => (
              <li key={f.id}>{f.name ?? t('portalCases.upload.savedFile', { n: i + 1 })}</li>
            ))}
          </ul>
        ) : (
          <span className="tb-muted">{t('portalCases.source.missing')}</span>
        );
      case 'licence':
      case 'shared_data': {
        const offer = material.offers.find((o) => o.kind === state.mode);
        return t('portalCases.review.fetched', { provider: offer?.provider ?? '' });
      }
      case 'commitment':
        return caseData.commitmentSigned
          ? t('portalCases.source.commitment')
          : t('portalCases.review.commitmentUnsigned');
      case 'pledge':
        return t('portalCases.source.pledged', { date: formatDate.date(state.pledgeDueDate) });
      default:
        return <span className="tb-muted">{t('portalCases.source.missing')}</span>;
    }
  };

  return (
    <>
      <h3 className="tb-subhead">{t('portalCases.wizard.step.form')}</h3>
      <dl className="tb-summary">
        {keys.map((key) => {
          const field = schema.properties[key]!;
          return (
            <Row key={key} label={fieldTitle(field, i18n.language)} step="form" goTo={goTo}>
              <AnswerValue field={field} value={caseData.form[key]} />
            </Row>
          );
        })}
      </dl>

      {caseData.materials.length > 0 ? (
        <>
          <h3 className="tb-subhead">{t('portalCases.wizard.step.materials')}</h3>
          <dl className="tb-summary">
            {caseData.materials.map((m) => (
              <Row key={m.key} label={m.name} step="materials" goTo={goTo}>
                {howProvided(m.key)}
              </Row>
            ))}
          </dl>
        </>
      ) : null}

      {caseData.commitment ? (
        <>
          <h3 className="tb-subhead">{t('portalCases.wizard.step.commitment')}</h3>
          <dl className="tb-summary">
            <Row label={t('portalCases.review.commitment')} step="commitment" goTo={goTo}>
              {caseData.commitmentSigned ? t('portalCases.review.signed') : t('portalCases.review.notSigned')}
            </Row>
          </dl>
        </>
      ) : null}

      <h3 className="tb-subhead">{t('portalCases.review.declarationTitle')}</h3>
      <p>{t('portalCases.review.declaration')}</p>
      {submit.error &&
      !(
        submit.error instanceof ApiError &&
        submit.error.status === 400 &&
        submit.error.fieldErrors.length > 0
      ) ? (
        <ErrorAlert error={submit.error} />
      ) : null}
      <div className="tb-wizard-actions">
        <Button type="primary" size="large" loading={submit.isPending} onClick={() => submit.mutate()}>
          {caseData.status === 'correction_requested'
            ? t('portalCases.review.resubmit')
            : t('portalCases.review.submit')}
        </Button>
      </div>
    </>
  );
}
