import type { ReactNode } from 'react';
import {
  Button,
  DatePicker,
  Empty,
  Form,
  Grid,
  Input,
  InputNumber,
  Select,
  Table,
  type FormInstance,
  type FormRule,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FormSchema, RowsField, ScalarField } from '../../api/catalogTypes';
import { ScrollRegion } from '../ScrollRegion';
import { MOBILE_PATTERN, USCC_PATTERN, fieldTitle, idNumberProblem, normalisers } from './fieldRules';
import { RegionCascader } from './RegionCascader';

type NamePath = (string | number)[];

function useRules() {
  const { t } = useTranslation();
  return (field: ScalarField, title: string, required: boolean): FormRule[] => {
    const rules: FormRule[] = [];
    const isNumber = field.type === 'number' || field.type === 'integer';
    if (required)
      rules.push(
        isNumber
          ? { required: true, type: 'number', message: t('formRenderer.required', { title }) }
          : { required: true, whitespace: true, message: t('formRenderer.required', { title }) },
      );
    if (isNumber) {
      if (field.minimum !== undefined)
        rules.push({
          type: 'number',
          min: field.minimum,
          message: t('formRenderer.min', { title, min: field.minimum }),
        });
      if (field.maximum !== undefined)
        rules.push({
          type: 'number',
          max: field.maximum,
          message: t('formRenderer.max', { title, max: field.maximum }),
        });
    } else {
      if (field.minLength !== undefined)
        rules.push({
          min: field.minLength,
          message: t('formRenderer.minLength', { title, min: field.minLength }),
        });
      if (field.maxLength !== undefined)
        rules.push({
          max: field.maxLength,
          message: t('formRenderer.maxLength', { title, max: field.maxLength }),
        });
    }
    switch (field['x-kind']) {
      case 'id_number':
        rules.push({
          validator: (_rule, value: unknown) => {
            if (typeof value !== 'string' || value === '') return Promise.resolve();
            const problem = idNumberProblem(value);
            return problem === null
              ? Promise.resolve()
              : Promise.reject(
                  new Error(
                    problem === 'check' ? t('formRenderer.idNumberCheck') : t('formRenderer.idNumberPattern'),
                  ),
                );
          },
        });
        break;
      case 'uscc':
        rules.push({ pattern: USCC_PATTERN, message: t('formRenderer.usccPattern') });
        break;
      case 'mobile':
        rules.push({ pattern: MOBILE_PATTERN, message: t('formRenderer.mobilePattern') });
        break;
      default:
        break;
    }
    return rules;
  };
}

/** Dates travel as YYYY-MM-DD strings; the picker works with dayjs. */
const dateProps = {
  getValueProps: (value: unknown) => ({
    value: typeof value === 'string' && value ? dayjs(value) : undefined,
  }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
};

/** The input for one scalar field kind (without its Form.Item). */
export function ScalarInput({
  field,
  title,
  disabled,
  ...rest
}: {
  field: ScalarField;
  title: string;
  disabled?: boolean;
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
  'aria-label'?: string;
  'aria-required'?: unknown;
}) {
  const { t } = useTranslation();
  const common = { disabled, ...rest } as Record<string, unknown>;
  // Selects and cascaders would put aria-required on their wrapper, where ARIA does not allow it.
  const { 'aria-required': _required, ...pickerProps } = common;
  switch (field['x-kind']) {
    case 'textarea':
      return (
        <Input.TextArea
          {...common}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={field.maxLength}
          showCount={!!field.maxLength}
        />
      );
    case 'number':
      return (
        <InputNumber
          {...common}
          className="tb-full-width"
          min={field.minimum}
          max={field.maximum}
          precision={field.type === 'integer' ? 0 : undefined}
        />
      );
    case 'date':
      return (
        <DatePicker {...common} className="tb-full-width" placeholder={t('formRenderer.datePlaceholder')} />
      );
    case 'select':
      return (
        <Select
          {...pickerProps}
          className="tb-full-width"
          allowClear
          placeholder={t('formRenderer.selectPlaceholder', { title })}
          options={(field.enum ?? []).map((option) => ({ value: option, label: option }))}
        />
      );
    case 'region':
      return <RegionCascader {...(pickerProps as object)} className="tb-full-width" />;
    case 'id_number':
      return (
        <Input
          {...common}
          className="tb-mono-input"
          maxLength={18}
          autoComplete="off"
          inputMode="text"
          placeholder={t('formRenderer.idNumberPlaceholder')}
        />
      );
    case 'uscc':
      return (
        <Input
          {...common}
          className="tb-mono-input"
          maxLength={18}
          autoComplete="off"
          placeholder={t('formRenderer.usccPlaceholder')}
        />
      );
    case 'mobile':
      return (
        <Input
          {...common}
          type="tel"
          inputMode="numeric"
          maxLength={11}
          autoComplete="tel-national"
          placeholder={t('formRenderer.mobilePlaceholder')}
        />
      );
    case 'address':
      return <Input {...common} autoComplete="street-address" maxLength={field.maxLength} />;
    default:
      return <Input {...common} maxLength={field.maxLength} />;
  }
}

/** Form.Item props that depend on the kind: date conversion and input masks. */
function kindProps(field: ScalarField) {
  if (field['x-kind'] === 'date') return dateProps;
  const normalise = normalisers[field['x-kind']];
  return normalise ? { normalize: normalise } : {};
}

function ScalarItem({
  name,
  field,
  required,
  disabled,
}: {
  name: NamePath;
  field: ScalarField;
  required: boolean;
  disabled?: boolean;
}) {
  const { i18n } = useTranslation();
  const rules = useRules();
  const title = fieldTitle(field, i18n.language);
  return (
    <Form.Item
      name={name}
      label={title}
      extra={field.description}
      rules={rules(field, title, required)}
      required={required}
      {...kindProps(field)}
    >
      <ScalarInput field={field} title={title} disabled={disabled} />
    </Form.Item>
  );
}

/** A rows field (e.g. family members): an editable table, or one card per row on phones. */
function RowsItem({
  name,
  field,
  required,
  disabled,
}: {
  name: string;
  field: RowsField;
  required: boolean;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const rules = useRules();
  const screens = Grid.useBreakpoint();
  const isDesktop = screens.md ?? true;
  const title = fieldTitle(field, i18n.language);
  const columns = field.items['x-order']
    .map((key) => ({ key, sub: field.items.properties[key] }))
    .filter((c): c is { key: string; sub: ScalarField } => c.sub !== undefined);
  const subRequired = new Set(field.items.required ?? []);
  const minItems = field.minItems ?? (required ? 1 : 0);

  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: (_rule, rows: unknown[] | undefined) =>
            (rows?.length ?? 0) < minItems
              ? Promise.reject(new Error(t('formRenderer.minRows', { title, min: minItems })))
              : Promise.resolve(),
        },
      ]}
    >
      {(rows, { add, remove }, { errors }) => {
        const cell = (row: { name: number }, key: string, sub: ScalarField, index: number) => {
          const subTitle = fieldTitle(sub, i18n.language);
          return (
            <Form.Item
              name={[row.name, key]}
              rules={rules(sub, subTitle, subRequired.has(key))}
              className="tb-rows-cell"
              {...kindProps(sub)}
            >
              <ScalarInput
                field={sub}
                title={subTitle}
                disabled={disabled}
                aria-label={t('formRenderer.cellLabel', { column: subTitle, row: index + 1 })}
              />
            </Form.Item>
          );
        };
        const removeButton = (row: { name: number }, index: number) => (
          <Button
            type="text"
            danger
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t('formRenderer.removeRow', { row: index + 1 })}
            disabled={disabled}
            onClick={() => remove(row.name)}
            className="tb-icon-button"
          />
        );
        return (
          <fieldset className="tb-fieldset tb-rows-field">
            <legend className="tb-legend">
              {required ? (
                <span className="tb-required-mark" aria-hidden>
                  *{' '}
                </span>
              ) : null}
              {title}
            </legend>
            {field.description ? <div className="tb-note">{field.description}</div> : null}
            {rows.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('formRenderer.noRows')} />
            ) : isDesktop ? (
              <ScrollRegion label={title}>
                <Table
                  size="small"
                  pagination={false}
                  rowKey="key"
                  dataSource={rows}
                  columns={[
                    { title: '#', key: 'index', width: 48, render: (_v, _r, i) => i + 1 },
                    ...columns.map(({ key, sub }) => ({
                      title: (
                        <>
                          {subRequired.has(key) ? (
                            <span className="tb-required-mark" aria-hidden>
                              *{' '}
                            </span>
                          ) : null}
                          {fieldTitle(sub, i18n.language)}
                        </>
                      ),
                      key,
                      render: (_v: unknown, row: { name: number }, i: number) => cell(row, key, sub, i),
                    })),
                    {
                      title: <span className="tb-visually-hidden">{t('common.actions')}</span>,
                      key: 'remove',
                      width: 56,
                      render: (_v, row, i) => removeButton(row, i),
                    },
                  ]}
                />
              </ScrollRegion>
            ) : (
              <ol className="tb-rows-cards">
                {rows.map((row, i) => (
                  <li key={row.key} className="tb-rows-card">
                    <div className="tb-rows-card-head">
                      <strong>{t('formRenderer.rowN', { row: i + 1 })}</strong>
                      {removeButton(row, i)}
                    </div>
                    {columns.map(({ key, sub }) => {
                      const subTitle = fieldTitle(sub, i18n.language);
                      return (
                        <Form.Item
                          key={key}
                          name={[row.name, key]}
                          label={subTitle}
                          rules={rules(sub, subTitle, subRequired.has(key))}
                          required={subRequired.has(key)}
                          {...kindProps(sub)}
                        >
                          <ScalarInput field={sub} title={subTitle} disabled={disabled} />
                        </Form.Item>
                      );
                    })}
                  </li>
                ))}
              </ol>
            )}
            <Form.ErrorList errors={errors} />
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({})}
              disabled={disabled || (field.maxItems !== undefined && rows.length >= field.maxItems)}
              className="tb-add-row"
            >
              {t('formRenderer.addRow', { title })}
            </Button>
          </fieldset>
        );
      }}
    </Form.List>
  );
}

/** The fields of a form schema in their order (inside an antd Form). */
export function FormFields({ schema, disabled }: { schema: FormSchema; disabled?: boolean }) {
  const { t } = useTranslation();
  const required = new Set(schema.required);
  const keys = schema['x-order'].filter((key) => schema.properties[key] !== undefined);
  if (keys.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('formRenderer.empty')} />;
  return (
    <>
      {keys.map((key) => {
        const field = schema.properties[key]!;
        return field['x-kind'] === 'rows' ? (
          <RowsItem
            key={key}
            name={key}
            field={field as RowsField}
            required={required.has(key)}
            disabled={disabled}
          />
        ) : (
          <ScalarItem
            key={key}
            name={[key]}
            field={field as ScalarField}
            required={required.has(key)}
            disabled={disabled}
          />
        );
      })}
    </>
  );
}

interface Props<Values> {
  schema: FormSchema;
  form: FormInstance<Values>;
  /** A unique name: the inputs' ids are derived from it. */
  name: string;
  disabled?: boolean;
  initialValues?: Partial<Values>;
  onFinish?: (values: Values) => void;
  /** Buttons and the like under the fields. */
  children?: ReactNode;
}

/**
 * Renders a FormSchema (an item's or a bundle's application form) with antd inputs, one per field
 * kind; client-side rules follow the schema, the server's checks are authoritative.
 */
export function FormRenderer<Values extends Record<string, unknown>>({
  schema,
  form,
  name,
  disabled,
  initialValues,
  onFinish,
  children,
}: Props<Values>) {
  return (
    <Form<Values>
      form={form}
      name={name}
      layout="vertical"
      className="tb-form-renderer"
      initialValues={initialValues}
      onFinish={onFinish}
      scrollToFirstError={{ block: 'center', focus: true }}
      requiredMark
    >
      <FormFields schema={schema} disabled={disabled} />
      {children}
    </Form>
  );
}
