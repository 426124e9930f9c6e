import { useEffect } from 'react';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Skeleton,
  Space,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { licensesApi, type LicenceType, type LicenceTypeBody } from '../../../api/licenses';
import { useFormProblem } from '../../../api/formErrors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormProblemAlert } from '../../../components/FormProblemAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { LicensesAdminHead } from './shared';
import { DEPARTMENT_KINDS, useKindLabel } from './TypesPage';

interface Values extends Omit<LicenceTypeBody, 'validityYears'> {
  code: string;
  longTerm: boolean;
  validityYears: number | null;
}

const EMPTY: Values = {
  code: '',
  typeCode: '',
  name: '',
  issuerKinds: [],
  holderKind: 'person',
  longTerm: false,
  validityYears: 10,
  faceFields: [{ key: 'name', label: '姓名', concept: 'applicant.name' }],
  template: { title: '', layout: [['name']] },
};

const valuesOf = (ty: LicenceType): Values => ({
  code: ty.code,
  typeCode: ty.typeCode,
  name: ty.name,
  issuerKinds: ty.issuerKinds,
  holderKind: ty.holderKind,
  longTerm: ty.validityYears === null,
  validityYears: ty.validityYears,
  faceFields: ty.faceFields,
  template: ty.template,
});

/** 照面信息 fields as a small table: key, label, concept; rows added and removed in place. */
function FaceFieldsEditor() {
  const { t } = useTranslation();
  return (
    <Form.List name="faceFields">
      {(fields, { add, remove }) => (
        <div className="tb-lic-face-editor">
          <div className="tb-lic-face-row tb-lic-face-head" aria-hidden>
            <span>{t('licenses.types.faceKey')}</span>
            <span>{t('licenses.types.faceLabel')}</span>
            <span>{t('licenses.types.faceConcept')}</span>
            <span />
          </div>
          {fields.map((field, index) => (
            <div className="tb-lic-face-row" key={field.key}>
              <Form.Item
                name={[field.name, 'key']}
                rules={[
                  { required: true, message: t('licenses.types.required') },
                  { pattern: /^[a-zA-Z][a-zA-Z0-9_]*$/, message: t('licenses.types.keyPattern') },
                ]}
              >
                <Input
                  aria-label={t('licenses.types.faceKeyOf', { n: index + 1 })}
                  className="tb-mono"
                  maxLength={40}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'label']}
                rules={[{ required: true, message: t('licenses.types.required') }]}
              >
                <Input aria-label={t('licenses.types.faceLabelOf', { n: index + 1 })} maxLength={40} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'concept']}
                rules={[
                  { required: true, message: t('licenses.types.required') },
                  { pattern: /^[a-z][a-zA-Z0-9_.]*$/, message: t('licenses.types.conceptPattern') },
                ]}
              >
                <Input
                  aria-label={t('licenses.types.faceConceptOf', { n: index + 1 })}
                  className="tb-mono"
                  placeholder="applicant.name"
                  maxLength={64}
                />
              </Form.Item>
              <div>
                <Button
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('licenses.types.removeField', { n: index + 1 })}
                  disabled={fields.length <= 1}
                  onClick={() => remove(field.name)}
                />
              </div>
            </div>
          ))}
          <Button
            className="tb-add-row"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ key: '', label: '', concept: '' })}
            disabled={fields.length >= 30}
          >
            {t('licenses.types.addField')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** The rendering template: a title and rows of one or two face fields each. */
function LayoutEditor() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const faceFields = Form.useWatch('faceFields', form) ?? [];
  const options = faceFields
    .filter((f) => f?.key)
    .map((f) => ({ value: f.key, label: `${f.label || f.key} (${f.key})` }));
  return (
    <Form.List name={['template', 'layout']}>
      {(rows, { add, remove }) => (
        <div className="tb-stack">
          {rows.map((row, index) => (
            <Space.Compact key={row.key} style={{ width: '100%' }}>
              <Form.Item
                name={row.name}
                style={{ flex: 1, marginBottom: 8, minWidth: 0 }}
                rules={[
                  {
                    validator: (_r, value: string[] | undefined) =>
                      value && value.length >= 1 && value.length <= 2
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('licenses.types.layoutRow'))),
                  },
                ]}
              >
                <Select
                  mode="multiple"
                  maxCount={2}
                  options={options}
                  aria-label={t('licenses.types.layoutRowOf', { n: index + 1 })}
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('licenses.types.removeRow', { n: index + 1 })}
                onClick={() => remove(row.name)}
              />
            </Space.Compact>
          ))}
          <Space wrap>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add([])} disabled={rows.length >= 30}>
              {t('licenses.types.addRow')}
            </Button>
            <Button
              onClick={() =>
                form.setFieldValue(
                  ['template', 'layout'],
                  faceFields.filter((f) => f?.key).map((f) => [f.key]),
                )
              }
            >
              {t('licenses.types.oneFieldPerRow')}
            </Button>
          </Space>
        </div>
      )}
    </Form.List>
  );
}

/** /admin/licenses/types/new and /admin/licenses/types/:code — 证照类型 form. */
export default function TypeEditPage() {
  const { code: editing } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const kindLabel = useKindLabel();
  const [form] = Form.useForm<Values>();
  const problem = useFormProblem(form);
  const types = useQuery({ queryKey: ['licenses', 'types'], queryFn: () => licensesApi.types() });
  const existing = editing ? types.data?.find((ty) => ty.code === editing) : undefined;
  usePageTitle(existing?.name ?? t('licenses.types.add'));
  const longTerm = Form.useWatch('longTerm', form);

  useEffect(() => {
    if (existing) form.setFieldsValue(valuesOf(existing));
  }, [existing, form]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const { code, longTerm: isLongTerm, ...rest } = v;
      return licensesApi.putType(code.trim(), {
        ...rest,
        validityYears: isLongTerm ? null : (v.validityYears ?? null),
      });
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['licenses', 'types'] });
      void message.success(t('licenses.types.saved', { name: saved.name }));
      void navigate('/admin/licenses');
    },
    onError: (error) => problem.showError(error),
  });

  const crumbs = (
    <Breadcrumb
      className="tb-breadcrumb"
      items={[
        { title: <Link to="/admin">{t('areas.admin')}</Link> },
        { title: <Link to="/admin/licenses">{t('licenses.admin.section.types')}</Link> },
        { title: existing?.name ?? editing ?? t('licenses.types.add') },
      ]}
    />
  );
  if (editing && types.isPending)
    return (
      <div className="tb-page">
        {crumbs}
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  if (types.isError) return <ErrorAlert error={types.error} onRetry={() => void types.refetch()} />;
  if (editing && !existing)
    return (
      <div className="tb-page">
        {crumbs}
        <ErrorAlert error={null} title={t('licenses.types.notFound', { code: editing })} />
      </div>
    );

  return (
    <div className="tb-page">
      {crumbs}
      <LicensesAdminHead />
      <Card
        className="tb-card"
        title={
          <h2 className="tb-card-heading">
            {existing ? t('licenses.types.editTitle', { name: existing.name }) : t('licenses.types.add')}
          </h2>
        }
      >
        <FormProblemAlert
          error={problem.error}
          unplacedErrors={problem.unplacedErrors}
          hasFieldErrors={problem.hasFieldErrors}
        />
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={existing ? valuesOf(existing) : EMPTY}
          onFinish={(v) => {
            problem.clear();
            save.mutate(v);
          }}
          onFinishFailed={() => problem.clear()}
          className="tb-lic-type-form"
          scrollToFirstError
        >
          <Form.Item
            name="code"
            label={t('licenses.types.code')}
            extra={t('licenses.types.codeHelp')}
            rules={[
              { required: true, message: t('licenses.types.required') },
              { pattern: /^[a-z][a-z0-9_]{1,63}$/, message: t('licenses.types.codePattern') },
            ]}
          >
            <Input className="tb-mono" disabled={Boolean(existing)} maxLength={64} />
          </Form.Item>
          <Form.Item
            name="typeCode"
            label={t('licenses.types.typeCode')}
            extra={t('licenses.types.typeCodeHelp')}
            rules={[
              { required: true, message: t('licenses.types.required') },
              { len: 21, message: t('licenses.types.typeCodeLength') },
            ]}
          >
            <Input className="tb-mono" maxLength={21} />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('licenses.types.name')}
            rules={[{ required: true, whitespace: true, message: t('licenses.types.required') }]}
          >
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item
            name="issuerKinds"
            label={
              <span>
                {t('licenses.types.issuerKinds')}
                <span className="tb-note"> · {t('licenses.types.issuerKindsHelp')}</span>
              </span>
            }
            // Not `required`: antd would put aria-required on the multiple Select's wrapper div (an axe violation).
            rules={[
              {
                validator: (_r, value: string[] | undefined) =>
                  value && value.length > 0
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('licenses.types.issuerRequired'))),
              },
            ]}
          >
            <Select
              mode="multiple"
              maxCount={10}
              options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
            />
          </Form.Item>
          <Form.Item name="holderKind" label={t('licenses.types.holderKind')}>
            <Radio.Group
              options={[
                { value: 'person', label: t('licenses.types.holder.person') },
                { value: 'organisation', label: t('licenses.types.holder.organisation') },
              ]}
            />
          </Form.Item>
          <Form.Item label={t('licenses.types.validityYears')} required>
            <Space wrap align="center">
              <Form.Item
                name="validityYears"
                noStyle
                rules={[{ required: !longTerm, message: t('licenses.types.required') }]}
              >
                <InputNumber
                  min={1}
                  max={100}
                  precision={0}
                  disabled={longTerm}
                  addonAfter={t('licenses.types.yearsUnit')}
                  aria-label={t('licenses.types.validityYears')}
                />
              </Form.Item>
              <Form.Item name="longTerm" valuePropName="checked" noStyle>
                <Checkbox>{t('licenses.longTerm')}</Checkbox>
              </Form.Item>
            </Space>
          </Form.Item>
          <fieldset className="tb-lic-fieldset">
            <legend>{t('licenses.types.faceFields')}</legend>
            <p className="tb-note">{t('licenses.types.faceHelp')}</p>
            <FaceFieldsEditor />
          </fieldset>
          <fieldset className="tb-lic-fieldset">
            <legend>{t('licenses.types.template')}</legend>
            <Form.Item
              name={['template', 'title']}
              label={t('licenses.types.templateTitle')}
              rules={[{ required: true, whitespace: true, message: t('licenses.types.required') }]}
            >
              <Input maxLength={60} />
            </Form.Item>
            <p className="tb-note">{t('licenses.types.layoutHelp')}</p>
            <LayoutEditor />
          </fieldset>
          <Space wrap className="tb-form-actions">
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            <Button onClick={() => void navigate('/admin/licenses')}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
