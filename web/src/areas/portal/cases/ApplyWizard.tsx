import { useEffect, useRef, useState } from 'react';
import { Alert, App, Breadcrumb, Card, Grid, Steps, Typography } from 'antd';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { noticePdfUrl, type CaseView } from '../../../api/cases';
import { useErrorText } from '../../../api/errors';
import { pickLocalized } from '../../../api/problem';
import type { ApiError } from '../../../api/problem';
import { FormProblemAlert } from '../../../components/FormProblemAlert';
import { PageSpin } from '../../../components/PageSpin';
import { usePageTitle } from '../../../components/usePageTitle';
import { CommitmentStep } from './CommitmentStep';
import { FormStep } from './FormStep';
import { MaterialsStep } from './MaterialsStep';
import { ReviewStep } from './ReviewStep';
import { CaseQueryState } from './shared';
import { EDITABLE_STATUSES, useCase, useStoreCase } from './useCase';
import { initialChoices, stepOfField, stepsOf, type Choices, type WizardStep } from './wizardModel';

/** What every step gets from the wizard. */
export interface StepProps {
  caseData: CaseView;
  steps: WizardStep[];
  /** The server's answer after a save: the case with its new version. */
  onSaved: (c: CaseView) => void;
  goTo: (step: WizardStep) => void;
  /** On to the next step, or back to the check page when the applicant came from there. */
  next: () => void;
  /** The last submission's validation problem, shown where its fields are. */
  problem: ApiError | null;
  /** The case changed elsewhere (409): reload it. */
  onConflict: (error: unknown) => void;
}

const isStep = (value: string | null, steps: WizardStep[]): value is WizardStep =>
  value !== null && (steps as string[]).includes(value);

function Wizard({
  caseData,
  onSaved,
  onSubmitted,
  onConflict,
}: {
  caseData: CaseView;
  onSaved: (c: CaseView) => void;
  onSubmitted: (c: CaseView) => void;
  onConflict: (error: unknown) => void;
}) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const steps = stepsOf(caseData);
  const requested = params.get('step');
  const step: WizardStep = isStep(requested, steps) ? requested : steps[0]!;
  const index = steps.indexOf(step);
  const fromReview = params.get('from') === 'review';
  const [choices, setChoices] = useState<Choices>(() => initialChoices(caseData));
  const [signed, setSigned] = useState(caseData.commitmentSigned);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const stepTitle = t(`portalCases.wizard.step.${step}`);
  usePageTitle(`${stepTitle} · ${caseData.serviceName}`);

  // A new step is a new page for screen readers and keyboards: focus its heading.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo({ top: 0 });
    heading.current?.focus();
  }, [step]);

  const goTo = (target: WizardStep, fromCheck = false) =>
    setParams(fromCheck ? { step: target, from: 'review' } : { step: target });
  const next = () => goTo(fromReview ? 'review' : (steps[index + 1] ?? 'review'));
  const saved = (c: CaseView) => {
    onSaved(c);
    setProblem(null);
  };
  const common: StepProps = {
    caseData,
    steps,
    onSaved: saved,
    goTo: (target) => goTo(target, target !== 'review' && step === 'review'),
    next,
    problem,
    onConflict,
  };
  const correction = caseData.notices.filter((n) => n.kind === 'correction').at(-1);

  return (
    <div className="tb-page tb-wizard">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/">{t('areas.portal')}</Link> },
          { title: <Link to="/portal/cases">{t('portalCases.myCases')}</Link> },
          { title: t('portalCases.wizard.crumb') },
        ]}
      />
      <header>
        <span className="tb-caption">
          {caseData.status === 'correction_requested'
            ? t('portalCases.wizard.captionCorrection')
            : t('portalCases.wizard.caption')}
        </span>
        <Typography.Title level={1} className="tb-wizard-title">
          {caseData.serviceName}
        </Typography.Title>
        {caseData.department ? <p className="tb-note">{caseData.department.name}</p> : null}
      </header>

      {caseData.status === 'correction_requested' ? (
        <Alert
          type="warning"
          showIcon
          message={caseData.expected ? pickLocalized(caseData.expected, i18n.language) : null}
          description={
            correction ? (
              <a href={noticePdfUrl(caseData.id, correction.id)} target="_blank" rel="noopener noreferrer">
                {t('portalCases.wizard.correctionNotice', {
                  title: pickLocalized(correction.title, i18n.language),
                })}
                <span className="tb-visually-hidden">{t('fileInput.newTab')}</span>
              </a>
            ) : undefined
          }
        />
      ) : null}

      <nav aria-label={t('portalCases.wizard.progress')}>
        {screens.md === false ? (
          <p className="tb-step-count">
            {t('portalCases.wizard.stepOf', { n: index + 1, total: steps.length })}
          </p>
        ) : (
          <Steps
            size="small"
            current={index}
            responsive={false}
            onChange={(target) => {
              const s = steps[target];
              if (s && target < index) goTo(s);
            }}
            items={steps.map((s, i) => ({
              title: t(`portalCases.wizard.step.${s}`),
              disabled: i >= index,
            }))}
          />
        )}
      </nav>

      {problem ? (
        <FormProblemAlert error={problem} unplacedErrors={problem.fieldErrors} hasFieldErrors={false} />
      ) : null}

      <Card className="tb-card">
        <h2 ref={heading} tabIndex={-1} className="tb-step-heading">
          {stepTitle}
        </h2>
        {step === 'form' ? <FormStep {...common} /> : null}
        {step === 'materials' ? (
          <MaterialsStep {...common} choices={choices} setChoices={setChoices} />
        ) : null}
        {step === 'commitment' ? (
          <CommitmentStep {...common} choices={choices} signed={signed} setSigned={setSigned} />
        ) : null}
        {step === 'review' ? (
          <ReviewStep
            {...common}
            choices={choices}
            onSubmitted={onSubmitted}
            onProblem={(error) => {
              setProblem(error);
              const first = error.fieldErrors[0];
              const target = first ? stepOfField(first.field, steps) : 'review';
              if (target !== 'review') goTo(target, true);
            }}
          />
        ) : null}
      </Card>
    </div>
  );
}

/** 在线申请: fill in the form, choose how each material is provided, sign the commitment, check and submit. */
export default function ApplyWizard() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const query = useCase(id);
  const storeCase = useStoreCase();
  const submitted = useRef(false);
  // A reload after a conflict starts the wizard afresh from what the server holds.
  const [generation, setGeneration] = useState(0);

  const onConflict = (error: unknown) => {
    void message.warning(errorText(error));
    void query.refetch().then(() => setGeneration((g) => g + 1));
  };

  return (
    <CaseQueryState query={query}>
      {(c) => {
        if (!EDITABLE_STATUSES.includes(c.status))
          return submitted.current ? <PageSpin /> : <Navigate to={`/portal/cases/${c.id}`} replace />;
        return (
          <Wizard
            key={generation}
            caseData={c}
            onSaved={storeCase}
            onConflict={onConflict}
            onSubmitted={(done) => {
              submitted.current = true;
              storeCase(done);
              void navigate(`/portal/cases/${done.id}/submitted`, { replace: true });
            }}
          />
        );
      }}
    </CaseQueryState>
  );
}
