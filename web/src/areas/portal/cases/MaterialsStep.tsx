import { useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { Alert, Button, DatePicker, Radio, Space, Tag } from 'antd';
import { CloudDownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { casesApi, type CaseMaterial, type MaterialChoice } from '../../../api/cases';
import { ApiError, pickLocalized, type FieldProblem } from '../../../api/problem';
import { NecessityTag } from '../../../catalog/MaterialsList';
import { EmptyState } from '../../../components/EmptyState';
import { fieldTitle } from '../../../components/form-renderer';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDateFormat } from '../../../i18n/format';
import type { StepProps } from './ApplyWizard';
import { MaterialUploader } from './MaterialUploader';
import { beijingToday } from './shared';
import {
  choicesToSend,
  materialKeyOf,
  materialProblem,
  modesOf,
  type Choices,
  type MaterialMode,
  type MaterialProblem,
  type MaterialState,
} from './wizardModel';
import { joinList } from '../../../i18n/text';

interface Props extends StepProps {
  choices: Choices;
  setChoices: Dispatch<SetStateAction<Choices>>;
}

function MaterialCard({
  material,
  state,
  onChange,
  caseId,
  commitmentOffered,
  pledgeLimit,
  today,
  errors,
  conceptLabels,
}: {
  conceptLabels: Map<string, string>;
  material: CaseMaterial;
  state: MaterialState;
  onChange: (state: MaterialState) => void;
  caseId: string;
  commitmentOffered: boolean;
  pledgeLimit: string | null;
  today: string;
  errors: string[];
}) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const modes = modesOf(material, commitmentOffered);
  const errorId = `material-${material.key}-error`;
  const ready = materialProblem(material, state, { today, pledgeLimit }) === null && state.mode !== undefined;
  const stateText = ((): string => {
    switch (state.mode) {
      case 'upload':
        return state.files.length > 0
          ? t('portalCases.source.upload', { count: state.files.length })
          : t('portalCases.source.missing');
      case 'licence':
      case 'shared_data':
        return t('portalCases.materials.state.fetch');
      case 'commitment':
        return t('portalCases.materials.state.commitment');
      case 'pledge':
        return state.pledgeDueDate
          ? t('portalCases.source.pledged', { date: formatDate.date(state.pledgeDueDate) })
          : t('portalCases.materials.state.pledgeNoDate');
      default:
        return t('portalCases.materials.state.choose');
    }
  })();
  const headingId = `material-${material.key}-name`;
  const label = (mode: MaterialMode): string => {
    switch (mode) {
      case 'licence':
      case 'shared_data': {
        const offer = material.offers.find((o) => o.kind === mode);
        return t('portalCases.materials.consent', { provider: offer?.provider ?? '' });
      }
      case 'commitment':
        return t('portalCases.materials.byCommitment');
      case 'pledge':
        return t('portalCases.materials.pledge');
      case 'upload':
        return t('portalCases.materials.uploadMyself');
    }
  };

  return (
    <li className={`tb-material-choice${errors.length > 0 ? ' tb-has-error' : ''}`}>
      <div className="tb-material-choice-head">
        <h3 id={headingId} className="tb-material-choice-name">
          {material.name}
        </h3>
        <NecessityTag necessity={material.necessity} />
        <Tag className={`tb-status-tag tb-tone-${ready ? 'green' : 'grey'}`}>{stateText}</Tag>
      </div>
      {material.acceptanceStandard ? (
        <p className="tb-note">
          {t('portalCases.materials.standard')}
          {t('common.colon')}
          {material.acceptanceStandard}
        </p>
      ) : null}

      {material.offers.map((offer) => (
        <div key={`${offer.kind}:${offer.reference}`} className="tb-offer">
          <CloudDownloadOutlined aria-hidden className="tb-offer-icon" />
          <div>
            <strong>
              {t('portalCases.materials.offer', { provider: offer.provider, description: offer.description })}
            </strong>
            {offer.fields?.length ? (
              <div className="tb-note">
                {t('portalCases.materials.willFetch', { fields: joinList(offer.fields) })}
              </div>
            ) : null}
            <div className="tb-note">{t('portalCases.materials.offerHelp')}</div>
          </div>
        </div>
      ))}
      {material.fetched && (state.mode === 'licence' || state.mode === 'shared_data') ? (
        <div className="tb-fetched">
          <div className="tb-note">
            {t('portalCases.materials.fetchedFrom', {
              provider: material.fetched.provider,
              time: formatDate.dateTime(material.fetched.fetchedAt),
            })}
          </div>
          <ul className="tb-fetched-values">
            {Object.entries(material.fetched.values).map(([concept, value]) => {
              const label = conceptLabels.get(concept);
              return <li key={concept}>{label ? `${label}${t('common.colon')}${value}` : value}</li>;
            })}
          </ul>
        </div>
      ) : null}
      {modes.includes('commitment') ? (
        <div className="tb-offer">
          <SafetyCertificateOutlined aria-hidden className="tb-offer-icon" />
          <div className="tb-note">{t('portalCases.materials.commitmentCovers')}</div>
        </div>
      ) : null}

      {errors.length > 0 ? (
        <div id={errorId} className="tb-field-error" role="alert">
          {errors.map((e) => (
            <div key={e}>{e}</div>
          ))}
        </div>
      ) : null}

      {modes.length > 1 ? (
        <fieldset className="tb-choice-fieldset">
          <legend className="tb-choice-legend">
            {t('portalCases.materials.how', { name: material.name })}
          </legend>
          <Radio.Group
            value={state.mode}
            onChange={(e) => onChange({ ...state, mode: e.target.value as MaterialMode })}
            className="tb-choice-group"
            aria-describedby={errors.length > 0 ? errorId : undefined}
          >
            {modes.map((mode) => (
              <Radio key={mode} value={mode} className="tb-choice">
                {label(mode)}
              </Radio>
            ))}
          </Radio.Group>
        </fieldset>
      ) : null}

      {state.mode === 'pledge' ? (
        <div className="tb-pledge">
          <label htmlFor={`pledge-${material.key}`} className="tb-pledge-label">
            {t('portalCases.materials.pledgeDate')}
          </label>
          <DatePicker
            id={`pledge-${material.key}`}
            value={state.pledgeDueDate ? dayjs(state.pledgeDueDate) : null}
            onChange={(d) => onChange({ ...state, pledgeDueDate: d ? d.format('YYYY-MM-DD') : undefined })}
            disabledDate={(d) => {
              const day = d.format('YYYY-MM-DD');
              return day <= today || (pledgeLimit !== null && day > pledgeLimit);
            }}
            status={errors.length > 0 && !state.pledgeDueDate ? 'error' : undefined}
            className="tb-pledge-picker"
          />
          <div className="tb-note">
            {pledgeLimit
              ? t('portalCases.materials.pledgeHelp', { date: formatDate.date(pledgeLimit) })
              : t('portalCases.materials.pledgeHelpNoLimit')}
          </div>
        </div>
      ) : null}
      {state.mode === 'upload' ? (
        <MaterialUploader
          caseId={caseId}
          label={material.name}
          value={state.files}
          onChange={(files) => onChange({ ...state, files })}
          describedBy={errors.length > 0 ? errorId : undefined}
        />
      ) : null}
    </li>
  );
}

/** Step 2, 材料: for each material, fetch it from where it already is (with consent), pledge it, or upload it. */
export function MaterialsStep({
  caseData,
  choices,
  setChoices,
  onSaved,
  next,
  goTo,
  steps,
  problem,
  onConflict,
}: Props) {
  const { t, i18n } = useTranslation();
  const [checked, setChecked] = useState(false);
  const [sent, setSent] = useState<MaterialChoice[]>([]);
  const [saveError, setSaveError] = useState<unknown>(null);
  const today = beijingToday();
  const limits = { today, pledgeLimit: caseData.pledgeLimit };
  const conceptLabels = useMemo(
    () =>
      new Map(
        Object.values(caseData.formSchema.properties).flatMap((field) =>
          field['x-concept'] ? [[field['x-concept'], fieldTitle(field, i18n.language)] as const] : [],
        ),
      ),
    [caseData.formSchema, i18n.language],
  );
  const previous = steps[steps.indexOf('materials') - 1];

  const problemText = (p: MaterialProblem) => t(`portalCases.materials.problem.${p}`);
  const serverProblems: FieldProblem[] = useMemo(
    () => [...(problem?.fieldErrors ?? []), ...(saveError instanceof ApiError ? saveError.fieldErrors : [])],
    [problem, saveError],
  );
  const errorsOf = (m: CaseMaterial): string[] => {
    const own = checked ? materialProblem(m, choices[m.key], limits) : null;
    const fromServer = serverProblems
      .filter((e) => materialKeyOf(e.field, caseData, sent) === m.key)
      .map((e) => pickLocalized(e.message, i18n.language));
    return [...(own ? [problemText(own)] : []), ...fromServer];
  };

  const save = useMutation({
    mutationFn: (materials: MaterialChoice[]) =>
      casesApi.save(caseData.id, { version: caseData.version, materials }),
    onSuccess: (c) => {
      onSaved(c);
      next();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) return onConflict(error);
      setSaveError(error);
    },
  });

  const submit = () => {
    setChecked(true);
    setSaveError(null);
    const first = caseData.materials.find((m) => materialProblem(m, choices[m.key], limits) !== null);
    if (first) {
      document.getElementById(`material-${first.key}-name`)?.scrollIntoView({ block: 'center' });
      return;
    }
    const materials = choicesToSend(choices);
    setSent(materials);
    save.mutate(materials);
  };

  const missingCount = checked
    ? caseData.materials.filter((m) => materialProblem(m, choices[m.key], limits) !== null).length
    : 0;
  const unplaced =
    saveError instanceof ApiError
      ? saveError.fieldErrors.filter((e) => materialKeyOf(e.field, caseData, sent) === null)
      : [];

  return (
    <>
      <p className="tb-lead-text">
        {t('portalCases.materials.intro')}
        {caseData.materials.some((m) => m.offers.length > 0)
          ? ` ${t('portalCases.materials.introOffers')}`
          : ''}
      </p>
      {missingCount > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={t('portalCases.materials.missing', { count: missingCount })}
        />
      ) : null}
      {saveError && !(saveError instanceof ApiError && saveError.status === 400 && unplaced.length === 0) ? (
        <ErrorAlert error={saveError} />
      ) : null}
      {caseData.materials.length === 0 ? (
        <EmptyState text={t('portalCases.materials.none')} />
      ) : (
        <ul className="tb-material-choices">
          {caseData.materials.map((m) => (
            <MaterialCard
              key={m.key}
              material={m}
              state={choices[m.key] ?? { files: [] }}
              onChange={(state) => setChoices((c) => ({ ...c, [m.key]: state }))}
              caseId={caseData.id}
              commitmentOffered={caseData.commitment !== null}
              pledgeLimit={caseData.pledgeLimit}
              today={today}
              errors={errorsOf(m)}
              conceptLabels={conceptLabels}
            />
          ))}
        </ul>
      )}
      <Space wrap className="tb-wizard-actions">
        <Button type="primary" size="large" onClick={submit} loading={save.isPending}>
          {t('portalCases.wizard.saveAndContinue')}
        </Button>
        {previous ? (
          <Button size="large" onClick={() => goTo(previous)}>
            {t('portalCases.wizard.back')}
          </Button>
        ) : null}
      </Space>
    </>
  );
}
