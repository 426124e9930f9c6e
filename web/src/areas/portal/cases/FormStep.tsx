import { useEffect, useMemo, useState } from 'react';
import { Button, Form, Input } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { casesApi } from '../../../api/cases';
import { ApiError } from '../../../api/problem';
import { FormProblemAlert } from '../../../components/FormProblemAlert';
import { FormFields, fieldTitle, useServerFieldErrors } from '../../../components/form-renderer';
import type { StepProps } from './ApplyWizard';
import { formToSave, isMasked, renderableSchema } from './wizardModel';

/** A masked ID number from the profile or a saved draft: shown as it is, replaced only on request. */
function MaskedIdItem({
  name,
  title,
  required,
  onEdit,
}: {
  name: string;
  title: string;
  required: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item label={title} required={required} extra={t('portalCases.form.maskedHelp')}>
      <div className="tb-masked">
        <Form.Item name={name} noStyle>
          <Input readOnly className="tb-mono-input" aria-label={title} />
        </Form.Item>
        <Button
          icon={<EditOutlined aria-hidden />}
          onClick={onEdit}
          aria-label={t('portalCases.form.retype', { title })}
        >
          {t('portalCases.form.retypeShort')}
        </Button>
      </div>
    </Form.Item>
  );
}

/** Step 1, 填写表单: the item's form with what the profile already knows filled in. */
export function FormStep({ caseData, onSaved, next, problem, onConflict }: StepProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Record<string, unknown>>();
  const schema = useMemo(
    () => renderableSchema(caseData.formSchema, caseData.form),
    [caseData.formSchema, caseData.form],
  );
  const [retyping, setRetyping] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const serverErrors = useServerFieldErrors(form, 'form.');
  const { show } = serverErrors;
  const [saveError, setSaveError] = useState<unknown>(null);

  // The last submission's problems with the form sit next to their fields when the step opens.
  useEffect(() => {
    if (problem) show(problem.fieldErrors.filter((e) => e.field.startsWith('form.')));
    // `show` is a new function each render (it only sets state): a new problem is what matters.
  }, [problem]);

  useEffect(() => {
    if (focusKey) form.focusField(focusKey);
  }, [focusKey, form]);

  const save = useMutation({
    mutationFn: (values: Record<string, unknown>) =>
      casesApi.save(caseData.id, {
        version: caseData.version,
        form: formToSave(caseData.formSchema, values),
      }),
    onSuccess: (c) => {
      serverErrors.clear();
      onSaved(c);
      next();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) return onConflict(error);
      setSaveError(error);
      serverErrors.show(error instanceof ApiError ? error.fieldErrors : []);
    },
  });

  const keys = schema['x-order'].filter((key) => schema.properties[key] !== undefined);
  // Fields filled from a fetched material (with the applicant's consent) are bound to it and read-only.
  const boundFrom = new Map(
    caseData.materials.flatMap((m) =>
      (m.fetched?.boundFields ?? []).map((key) => [key, m.fetched!.provider] as const),
    ),
  );

  return (
    <>
      <p className="tb-lead-text">{t('portalCases.form.intro')}</p>
      {saveError ? (
        <FormProblemAlert
          error={saveError}
          unplacedErrors={serverErrors.unplaced}
          hasFieldErrors={(serverErrors.shown?.length ?? 0) > serverErrors.unplaced.length}
        />
      ) : null}
      <Form<Record<string, unknown>>
        form={form}
        name={`case-${caseData.id}`}
        layout="vertical"
        className="tb-form-renderer tb-wizard-form"
        initialValues={caseData.form}
        onFinish={(values) => {
          setSaveError(null);
          save.mutate(values);
        }}
        scrollToFirstError={{ block: 'center', focus: true }}
        requiredMark
      >
        {keys.length === 0 ? <p>{t('portalCases.form.noFields')}</p> : null}
        {keys.map((key) => {
          const field = schema.properties[key]!;
          const provider = boundFrom.get(key);
          // Shown as fetched (ID numbers masked), without the field's own input rules: they check
          // what a person types, and the value is not typed here.
          if (provider !== undefined)
            return (
              <Form.Item
                key={key}
                name={key}
                label={fieldTitle(field, i18n.language)}
                required={schema.required.includes(key)}
                extra={t('portalCases.form.fetchedHelp', { provider })}
              >
                <Input readOnly className="tb-fetched-input" />
              </Form.Item>
            );
          if (field['x-kind'] === 'id_number' && isMasked(caseData.form[key]) && !retyping.includes(key))
            return (
              <MaskedIdItem
                key={key}
                name={key}
                title={fieldTitle(field, i18n.language)}
                required={schema.required.includes(key)}
                onEdit={() => {
                  form.setFieldValue(key, '');
                  setRetyping((r) => [...r, key]);
                  setFocusKey(key);
                }}
              />
            );
          return <FormFields key={key} schema={{ ...schema, 'x-order': [key] }} />;
        })}
        <div className="tb-wizard-actions">
          <Button type="primary" htmlType="submit" size="large" loading={save.isPending}>
            {t('portalCases.wizard.saveAndContinue')}
          </Button>
        </div>
        <p className="tb-note">{t('portalCases.wizard.autosave')}</p>
      </Form>
    </>
  );
}
