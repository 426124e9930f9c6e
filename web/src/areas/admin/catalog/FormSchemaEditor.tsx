import { useId, useState, type ReactNode } from 'react';
import { Button, Col, Input, InputNumber, Row, Select, Space, Switch, Tag } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
  RightOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type {
  FieldKind,
  FormField,
  FormSchema,
  RowsField,
  ScalarField,
  ScalarKind,
} from '../../../api/catalogTypes';
import { FIELD_KINDS } from '../../../catalog/codes';
import { useCatalogLabels } from '../../../catalog/labels';
import { EmptyState } from '../../../components/EmptyState';
import { IssueText, useIssues } from './issues';

/** What a form schema and a rows field's `items` have in common: fields, their order, the required ones. */
interface Container<F extends FormField> {
  properties: Record<string, F>;
  required?: string[];
  'x-order': string[];
}

const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]*$/;
const CONCEPT_PATTERN = /^[a-z][a-zA-Z0-9_.]*$/;
const TEXT_KINDS: FieldKind[] = ['text', 'textarea', 'address'];

/** Field keys in display order: the order list, then any field it forgot (the server flags that too). */
function orderedKeys(container: Container<FormField>): string[] {
  const keys = container['x-order'].filter((k) => k in container.properties);
  return [...new Set([...keys, ...Object.keys(container.properties).filter((k) => !keys.includes(k))])];
}

function withoutEmpty<T extends object>(field: T): T {
  const out = { ...field } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0 && k === 'enum'))
      delete out[k];
  }
  return out as T;
}

/** The field turned into another kind, keeping what still applies. */
export function changeKind(field: FormField, kind: FieldKind): FormField {
  const base = {
    title: field.title,
    titleEn: field.titleEn,
    description: field.description,
    'x-concept': field['x-concept'],
  };
  if (kind === 'rows') {
    const items =
      field['x-kind'] === 'rows'
        ? field.items
        : { type: 'object' as const, properties: {}, required: [], 'x-order': [] };
    return withoutEmpty<RowsField>({ ...base, 'x-kind': 'rows', type: 'array', items });
  }
  const old = field['x-kind'] === 'rows' ? null : field;
  const next: ScalarField = {
    ...base,
    'x-kind': kind,
    type: kind === 'number' ? (old?.type === 'integer' ? 'integer' : 'number') : 'string',
  };
  if (kind === 'select') next.enum = old?.enum;
  if (kind === 'number') Object.assign(next, { minimum: old?.minimum, maximum: old?.maximum });
  if (TEXT_KINDS.includes(kind))
    Object.assign(next, { minLength: old?.minLength, maxLength: old?.maxLength });
  return withoutEmpty(next);
}

function newKey(container: Container<FormField>): string {
  let n = Object.keys(container.properties).length + 1;
  while (`field${n}` in container.properties) n += 1;
  return `field${n}`;
}

function Labelled({
  label,
  children,
  help,
}: {
  label: string;
  help?: ReactNode;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="tb-editor-field">
      <label htmlFor={id} className="tb-editor-label">
        {label}
      </label>
      {children(id)}
      {help ? <div className="tb-note">{help}</div> : null}
    </div>
  );
}

/** The key of a field, applied when it is valid and unique (renaming updates the order and required lists). */
function KeyInput({
  value,
  taken,
  onRename,
  path,
}: {
  value: string;
  taken: string[];
  onRename: (k: string) => void;
  path: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const commit = () => {
    if (text === value) return setError(null);
    if (!KEY_PATTERN.test(text)) return setError(t('formEditor.keyPattern'));
    if (taken.includes(text)) return setError(t('formEditor.keyTaken'));
    setError(null);
    onRename(text);
  };
  return (
    <Labelled label={t('formEditor.key')} help={t('formEditor.keyHelp')}>
      {(id) => (
        <>
          <Input
            id={id}
            className="tb-mono-input"
            value={text}
            status={error ? 'error' : undefined}
            aria-invalid={!!error}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setText(e.target.value)}
            onBlur={commit}
            onPressEnter={commit}
          />
          {error ? (
            <div className="tb-issue-text" id={errorId} role="alert">
              {error}
            </div>
          ) : null}
          <IssueText path={path} />
        </>
      )}
    </Labelled>
  );
}

interface FieldEditorProps {
  fieldKey: string;
  field: FormField;
  required: boolean;
  allKeys: string[];
  /** Issue path of this field, e.g. `form.properties.name`. */
  path: string;
  scalarOnly: boolean;
  onChange: (field: FormField) => void;
  onRequired: (required: boolean) => void;
  onRename: (key: string) => void;
}

function FieldEditor({
  fieldKey,
  field,
  required,
  allKeys,
  path,
  scalarOnly,
  onChange,
  onRequired,
  onRename,
}: FieldEditorProps) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const set = (patch: Partial<ScalarField> | Partial<RowsField>) =>
    onChange(withoutEmpty({ ...field, ...patch } as FormField));
  const kind = field['x-kind'];
  const scalar = field['x-kind'] === 'rows' ? null : field;
  const half = { xs: 24, md: 12 };
  return (
    <Row gutter={16}>
      <Col {...half}>
        <KeyInput
          key={fieldKey}
          value={fieldKey}
          taken={allKeys.filter((k) => k !== fieldKey)}
          onRename={onRename}
          path={path}
        />
      </Col>
      <Col {...half}>
        <Labelled label={t('formEditor.kind')}>
          {(id) => (
            <Select
              id={id}
              className="tb-full-width"
              value={kind}
              onChange={(k: FieldKind) => onChange(changeKind(field, k))}
              options={FIELD_KINDS.filter((k) => !scalarOnly || k !== 'rows').map((k) => ({
                value: k,
                label: labels.fieldKind(k),
              }))}
            />
          )}
        </Labelled>
      </Col>
      <Col {...half}>
        <Labelled label={t('formEditor.title')}>
          {(id) => (
            <>
              <Input
                id={id}
                value={field.title}
                maxLength={60}
                onChange={(e) => set({ title: e.target.value })}
              />
              <IssueText path={`${path}.title`} />
            </>
          )}
        </Labelled>
      </Col>
      <Col {...half}>
        <Labelled label={t('formEditor.titleEn')}>
          {(id) => (
            <Input
              id={id}
              lang="en"
              value={field.titleEn ?? ''}
              maxLength={80}
              onChange={(e) => set({ titleEn: e.target.value })}
            />
          )}
        </Labelled>
      </Col>
      <Col xs={24}>
        <Labelled label={t('formEditor.description')}>
          {(id) => (
            <Input.TextArea
              id={id}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={300}
              value={field.description ?? ''}
              onChange={(e) => set({ description: e.target.value })}
            />
          )}
        </Labelled>
      </Col>
      <Col {...half}>
        <Labelled label={t('formEditor.required')}>
          {(id) => <Switch id={id} checked={required} onChange={onRequired} />}
        </Labelled>
      </Col>
      <Col {...half}>
        <Labelled label={t('formEditor.concept')} help={t('formEditor.conceptHelp')}>
          {(id) => (
            <>
              <Input
                id={id}
                className="tb-mono-input"
                value={field['x-concept'] ?? ''}
                maxLength={64}
                placeholder="applicant.name"
                status={field['x-concept'] && !CONCEPT_PATTERN.test(field['x-concept']) ? 'error' : undefined}
                onChange={(e) => set({ 'x-concept': e.target.value })}
              />
              {field['x-concept'] && !CONCEPT_PATTERN.test(field['x-concept']) ? (
                <div className="tb-issue-text">{t('formEditor.conceptPattern')}</div>
              ) : null}
              <IssueText path={`${path}.x-concept`} />
            </>
          )}
        </Labelled>
      </Col>

      {scalar && scalar['x-kind'] === 'select' ? (
        <Col xs={24}>
          <Labelled label={t('formEditor.options')} help={t('formEditor.optionsHelp')}>
            {(id) => (
              <>
                <Select
                  id={id}
                  mode="tags"
                  notFoundContent={null}
                  suffixIcon={null}
                  className="tb-full-width"
                  tokenSeparators={[',', '，', '、']}
                  value={scalar.enum ?? []}
                  onChange={(options: string[]) => set({ enum: options })}
                />
                <IssueText path={`${path}.enum`} />
              </>
            )}
          </Labelled>
        </Col>
      ) : null}

      {scalar && scalar['x-kind'] === 'number' ? (
        <>
          <Col xs={24} md={8}>
            <Labelled label={t('formEditor.integer')}>
              {(id) => (
                <Switch
                  id={id}
                  checked={scalar.type === 'integer'}
                  onChange={(on) => set({ type: on ? 'integer' : 'number' })}
                />
              )}
            </Labelled>
          </Col>
          <Col xs={12} md={8}>
            <Labelled label={t('formEditor.minimum')}>
              {(id) => (
                <InputNumber
                  id={id}
                  className="tb-full-width"
                  value={scalar.minimum}
                  onChange={(v) => set({ minimum: v ?? undefined })}
                />
              )}
            </Labelled>
          </Col>
          <Col xs={12} md={8}>
            <Labelled label={t('formEditor.maximum')}>
              {(id) => (
                <InputNumber
                  id={id}
                  className="tb-full-width"
                  value={scalar.maximum}
                  onChange={(v) => set({ maximum: v ?? undefined })}
                />
              )}
            </Labelled>
          </Col>
        </>
      ) : null}

      {scalar && TEXT_KINDS.includes(scalar['x-kind']) ? (
        <>
          <Col xs={12}>
            <Labelled label={t('formEditor.minLength')}>
              {(id) => (
                <InputNumber
                  id={id}
                  min={0}
                  precision={0}
                  className="tb-full-width"
                  value={scalar.minLength}
                  onChange={(v) => set({ minLength: v ?? undefined })}
                />
              )}
            </Labelled>
          </Col>
          <Col xs={12}>
            <Labelled label={t('formEditor.maxLength')}>
              {(id) => (
                <InputNumber
                  id={id}
                  min={1}
                  max={5000}
                  precision={0}
                  className="tb-full-width"
                  value={scalar.maxLength}
                  onChange={(v) => set({ maxLength: v ?? undefined })}
                />
              )}
            </Labelled>
          </Col>
        </>
      ) : null}

      {field['x-kind'] === 'rows' ? (
        <>
          <Col xs={12}>
            <Labelled label={t('formEditor.minItems')}>
              {(id) => (
                <InputNumber
                  id={id}
                  min={0}
                  precision={0}
                  className="tb-full-width"
                  value={field.minItems}
                  onChange={(v) => set({ minItems: v ?? undefined })}
                />
              )}
            </Labelled>
          </Col>
          <Col xs={12}>
            <Labelled label={t('formEditor.maxItems')}>
              {(id) => (
                <InputNumber
                  id={id}
                  min={1}
                  max={500}
                  precision={0}
                  className="tb-full-width"
                  value={field.maxItems}
                  onChange={(v) => set({ maxItems: v ?? undefined })}
                />
              )}
            </Labelled>
          </Col>
          <Col xs={24}>
            <fieldset className="tb-fieldset tb-subfields">
              <legend className="tb-legend">{t('formEditor.subFields')}</legend>
              <FieldsEditor
                container={field.items}
                path={`${path}.items`}
                scalarOnly
                onChange={(items) => set({ items: { ...items, type: 'object' } as RowsField['items'] })}
              />
            </fieldset>
          </Col>
        </>
      ) : null}
    </Row>
  );
}

interface FieldsEditorProps<F extends FormField> {
  container: Container<F>;
  /** Issue path prefix: `form` or `form.properties.x.items`. */
  path: string;
  scalarOnly?: boolean;
  onChange: (container: Container<F>) => void;
}

/** The fields of a form (or of a rows field): add, remove, reorder, edit. */
function FieldsEditor<F extends FormField>({
  container,
  path,
  scalarOnly = false,
  onChange,
}: FieldsEditorProps<F>) {
  const { t, i18n } = useTranslation();
  const labels = useCatalogLabels();
  const { under } = useIssues();
  const keys = orderedKeys(container as Container<FormField>);
  const required = container.required ?? [];
  const [open, setOpen] = useState<string[]>([]);
  const idBase = useId();

  const update = (next: Partial<Container<F>>) => onChange({ ...container, ...next });
  const move = (key: string, by: number) => {
    const order = [...keys];
    const i = order.indexOf(key);
    const j = i + by;
    if (i < 0 || j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j]!, order[i]!];
    update({ 'x-order': order });
  };
  const remove = (key: string) => {
    const properties = { ...container.properties };
    delete properties[key];
    update({
      properties,
      'x-order': keys.filter((k) => k !== key),
      required: required.filter((k) => k !== key),
    });
  };
  const rename = (from: string, to: string) => {
    const properties = Object.fromEntries(
      Object.entries(container.properties).map(([k, f]) => [k === from ? to : k, f]),
    );
    update({
      properties,
      'x-order': keys.map((k) => (k === from ? to : k)),
      required: required.map((k) => (k === from ? to : k)),
    });
    setOpen((o) => o.map((k) => (k === from ? to : k)));
  };
  const add = () => {
    const key = newKey(container as Container<FormField>);
    const field: ScalarField = {
      title: t('formEditor.newFieldTitle'),
      'x-kind': 'text' as ScalarKind,
      type: 'string',
    };
    update({ properties: { ...container.properties, [key]: field as F }, 'x-order': [...keys, key] });
    setOpen((o) => [...o, key]);
  };

  return (
    <div className="tb-fields-editor">
      <IssueText path={`${path}.x-order`} />
      <IssueText path={`${path}.required`} />
      {keys.length === 0 ? (
        <EmptyState text={scalarOnly ? t('formEditor.noSubFields') : t('formEditor.noFields')} />
      ) : (
        <ol className="tb-field-cards">
          {keys.map((key, index) => {
            const field = container.properties[key]!;
            const issues = under(`${path}.properties.${key}`).length;
            const title = i18n.language === 'en' && field.titleEn ? field.titleEn : field.title;
            const isOpen = open.includes(key);
            const panelId = `${idBase}-${key}`;
            return (
              <li key={key} className={`tb-field-card${issues > 0 ? ' tb-field-card-issue' : ''}`}>
                <div className="tb-field-card-head">
                  {/* A disclosure button, with the actions beside it (buttons may not nest). */}
                  <button
                    type="button"
                    className="tb-field-toggle"
                    aria-expanded={isOpen}
                    aria-controls={panelId}
                    onClick={() => setOpen((o) => (isOpen ? o.filter((k) => k !== key) : [...o, key]))}
                  >
                    <RightOutlined aria-hidden rotate={isOpen ? 90 : 0} className="tb-field-toggle-icon" />
                    <span className="tb-field-head">
                      <span className="tb-field-head-title">
                        {index + 1}. {title || t('itemEditor.unnamed')}
                      </span>
                      <Tag>{labels.fieldKind(field['x-kind'])}</Tag>
                      {required.includes(key) ? <Tag color="red">{t('formEditor.requiredTag')}</Tag> : null}
                      {issues > 0 ? (
                        <Tag color="red">{t('itemEditor.issueCount', { count: issues })}</Tag>
                      ) : null}
                      <code className="tb-note">{key}</code>
                    </span>
                  </button>
                  <Space size={0} className="tb-field-actions">
                    <Button
                      type="text"
                      className="tb-icon-button"
                      icon={<ArrowUpOutlined aria-hidden />}
                      aria-label={t('editor.moveUp', { name: title })}
                      disabled={index === 0}
                      onClick={() => move(key, -1)}
                    />
                    <Button
                      type="text"
                      className="tb-icon-button"
                      icon={<ArrowDownOutlined aria-hidden />}
                      aria-label={t('editor.moveDown', { name: title })}
                      disabled={index === keys.length - 1}
                      onClick={() => move(key, 1)}
                    />
                    <Button
                      type="text"
                      danger
                      className="tb-icon-button"
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('editor.remove', { name: title })}
                      onClick={() => remove(key)}
                    />
                  </Space>
                </div>
                {isOpen ? (
                  <div id={panelId} className="tb-field-card-body">
                    <FieldEditor
                      fieldKey={key}
                      field={field}
                      required={required.includes(key)}
                      allKeys={keys}
                      path={`${path}.properties.${key}`}
                      scalarOnly={scalarOnly}
                      onChange={(f) => update({ properties: { ...container.properties, [key]: f as F } })}
                      onRequired={(on) =>
                        update({ required: on ? [...required, key] : required.filter((k) => k !== key) })
                      }
                      onRename={(to) => rename(key, to)}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      <Button icon={<PlusOutlined aria-hidden />} onClick={add} className="tb-add-field">
        {scalarOnly ? t('formEditor.addSubField') : t('formEditor.addField')}
      </Button>
    </div>
  );
}

/** The application form of an item: its fields, edited as a list; `path` prefixes issue paths. */
export function FormSchemaEditor({
  value,
  onChange,
}: {
  value: FormSchema;
  onChange: (schema: FormSchema) => void;
}) {
  return (
    <FieldsEditor<FormField>
      container={value}
      path="form"
      onChange={(c) =>
        onChange({
          type: 'object',
          properties: c.properties,
          required: c.required ?? [],
          'x-order': c['x-order'],
        })
      }
    />
  );
}
