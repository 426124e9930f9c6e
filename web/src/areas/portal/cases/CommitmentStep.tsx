import { useState } from 'react';
import { Alert, Button, Checkbox, Space } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { casesApi } from '../../../api/cases';
import { ApiError, pickLocalized } from '../../../api/problem';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Prose } from '../../../catalog/Prose';
import type { StepProps } from './ApplyWizard';
import { leftToCommitment, type Choices } from './wizardModel';
import { joinList } from '../../../i18n/text';

interface Props extends StepProps {
  choices: Choices;
  signed: boolean;
  setSigned: (signed: boolean) => void;
}

/** Step 3, 告知承诺: the commitment in full; signing it stands in for the proofs it names, checked later. */
export function CommitmentStep({
  caseData,
  choices,
  signed,
  setSigned,
  onSaved,
  next,
  goTo,
  problem,
  onConflict,
}: Props) {
  const { t, i18n } = useTranslation();
  const [unsignedProblem, setUnsignedProblem] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const commitment = caseData.commitment!;
  const covered = caseData.materials.filter((m) => commitment.materialKeys.includes(m.key));
  const relying = leftToCommitment(caseData, choices);
  const serverMessage = problem?.fieldErrors.find((e) => e.field === 'commitment');

  const save = useMutation({
    mutationFn: () => casesApi.save(caseData.id, { version: caseData.version, commitment: signed }),
    onSuccess: (c) => {
      onSaved(c);
      next();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) return onConflict(error);
      setSaveError(error);
    },
  });

  return (
    <>
      <p className="tb-lead-text">{t('portalCases.commitment.intro')}</p>
      {/* The text scrolls inside its box: keyboard users focus it to scroll with the arrow keys. */}
      <section className="tb-commitment-text" aria-label={t('portalCases.commitment.textLabel')} tabIndex={0}>
        <Prose text={commitment.text} />
      </section>
      {covered.length > 0 ? (
        <>
          <h3 className="tb-subhead">{t('portalCases.commitment.covers')}</h3>
          <ul className="tb-plain-bullets">
            {covered.map((m) => (
              <li key={m.key}>{m.name}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Alert
        type="info"
        showIcon
        className="tb-commitment-notice"
        message={t('portalCases.commitment.checkedLater')}
      />

      {unsignedProblem && !signed ? (
        <div className="tb-field-error" role="alert" id="commitment-error">
          {t('portalCases.commitment.relying', { names: joinList(relying.map((m) => m.name)) })}{' '}
          <Button type="link" className="tb-inline-link" onClick={() => goTo('materials')}>
            {t('portalCases.commitment.uploadInstead')}
          </Button>
        </div>
      ) : null}
      {serverMessage ? (
        <div className="tb-field-error" role="alert">
          {pickLocalized(serverMessage.message, i18n.language)}
        </div>
      ) : null}
      {saveError ? <ErrorAlert error={saveError} /> : null}

      <div className={`tb-declaration${unsignedProblem && !signed ? ' tb-has-error' : ''}`}>
        <Checkbox
          checked={signed}
          onChange={(e) => setSigned(e.target.checked)}
          aria-describedby={unsignedProblem && !signed ? 'commitment-error' : undefined}
        >
          {t('portalCases.commitment.sign')}
        </Checkbox>
      </div>
      <p className="tb-note">{t('portalCases.commitment.optional')}</p>

      <Space wrap className="tb-wizard-actions">
        <Button
          type="primary"
          size="large"
          loading={save.isPending}
          onClick={() => {
            setSaveError(null);
            if (!signed && relying.length > 0) {
              setUnsignedProblem(true);
              return;
            }
            save.mutate();
          }}
        >
          {t('portalCases.wizard.saveAndContinue')}
        </Button>
        <Button size="large" onClick={() => goTo('materials')}>
          {t('portalCases.wizard.back')}
        </Button>
      </Space>
    </>
  );
}
