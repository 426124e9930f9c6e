import { useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, Result, Select, Skeleton, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { FilePdfOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../api/catalog';
import { fieldNamePath } from '../../api/formErrors';
import type { FormSchema, PublishedItem } from '../../api/catalogTypes';
import { pickLocalized, type FieldProblem, ApiError } from '../../api/problem';
import { noticePdfUrl, tasksApi, type StaffCaseView } from '../../api/tasks';
import { useMe } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormProblemAlert } from '../../components/FormProblemAlert';
import {
  FormFields,
  formDataOf,
  idNumberProblem,
  useServerFieldErrors,
} from '../../components/form-renderer';
import { LinkButton } from '../../components/LinkButton';
import { useDebounced } from '../../components/useDebounced';
import { usePageTitle } from '../../components/usePageTitle';
import { WorkbenchNav } from './display';
import { IntakeMaterials, materialChoicesOf, type IntakeMaterialsValues } from './IntakeMaterials';
import { CollectionButton } from './TaskPage';
import { DeviceRatingButton } from './feedback/DeviceRatingButton';
import { withNote } from '../../i18n/text';

interface Person {
  name?: string;
  idNumber?: string;
  mobile?: string;
}

const PERSON_FIELDS = ['name', 'idNumber', 'mobile'];
/** Form fields that take the person's own answers, by concept. */
const PERSON_CONCEPTS: Record<string, keyof Person> = {
  'applicant.name': 'name',
  'applicant.idNumber': 'idNumber',
  'applicant.mobile': 'mobile',
};

/** A key for one intake: a double click or a retry files one case, not two. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; an intranet served over plain HTTP still has getRandomValues.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `intake-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The window's own region: items of this region and above are offered. */
function useWindowRegion(): string | undefined {
  const me = useMe();
  return me.data?.roles.find((r) => r.role === 'window')?.regionCode;
}

function ItemPicker({ value, onChange }: { value?: string; onChange: (id: string | undefined) => void }) {
  const { t } = useTranslation();
  const regionCode = useWindowRegion();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 250);
  const results = useQuery({
    queryKey: ['catalog', 'search', 'intake', query, regionCode],
    queryFn: () => catalogApi.search({ q: query, kind: 'item', regionCode, limit: 20, offset: 0 }),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      id="tb-intake-item"
      className="tb-full-width"
      showSearch
      allowClear
      value={value}
      filterOption={false}
      onSearch={setQ}
      onChange={(id?: string) => onChange(id)}
      loading={results.isFetching}
      placeholder={t('tasks.intakeItemPlaceholder')}
      notFoundContent={results.isFetching ? t('common.loading') : t('tasks.intakeItemNone')}
      options={(results.data?.hits ?? [])
        .filter((hit) => hit.kind === 'item')
        .map((hit) => ({
          value: hit.id,
          label: withNote(hit.name, hit.departmentName ?? hit.regionName ?? ''),
        }))}
    />
  );
}

/** Splits the API's field errors between the person, the application form and the materials. */
function split(problems: FieldProblem[]) {
  const person: FieldProblem[] = [];
  const form: FieldProblem[] = [];
  const materials: FieldProblem[] = [];
  const other: FieldProblem[] = [];
  for (const p of problems) {
    const field = p.field.replace(/^person\./, '');
    if (PERSON_FIELDS.includes(field)) person.push({ ...p, field });
    else if (p.field.startsWith('form.')) form.push(p);
    else if (/^materials\.[^.]+/.test(p.field))
      // A pledge date's message sits under its material.
      materials.push({ ...p, field: p.field.replace(/^(materials\.[^.]+)\..*$/, '$1') });
    else if (p.field === 'commitment') materials.push(p);
    else other.push(p);
  }
  return { person, form, materials, other };
}

function Confirmation({ view, onNext }: { view: StaffCaseView; onNext: () => void }) {
  const { t, i18n } = useTranslation();
  const receipt = view.notices.find((n) => n.kind === 'acceptance' || n.kind === 'gap_acceptance');
  const acceptTask = view.tasks.find(
    (task) => task.kind === 'accept' && (task.status === 'open' || task.status === 'claimed'),
  );
  return (
    <Card className="tb-card">
      <Result
        status="success"
        title={<h2 className="tb-result-title">{t('tasks.intakeDone')}</h2>}
        subTitle={
          <>
            <div>
              {t('tasks.caseNumber')}
              {t('common.colon')}
              <strong className="tb-mono tb-nowrap">{view.caseNumber}</strong>
            </div>
            <div>
              {view.serviceName} · {view.applicantName} · {pickLocalized(view.statusName, i18n.language)}
            </div>
          </>
        }
        extra={
          <Space wrap className="tb-intake-done-actions">
            {receipt ? (
              <Button
                type="primary"
                icon={<FilePdfOutlined aria-hidden />}
                href={noticePdfUrl(view.id, receipt.id)}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t('tasks.printReceipt')}
                <span className="tb-visually-hidden">{t('materials.newTab')}</span>
              </Button>
            ) : null}
            {acceptTask ? (
              <LinkButton to={`/workbench/tasks/${acceptTask.id}`} type={receipt ? 'default' : 'primary'}>
                {t('tasks.intakeAcceptNow')}
              </LinkButton>
            ) : null}
            <CollectionButton view={view} />
            <DeviceRatingButton caseId={view.id} stage="window_intake" />
            <Button icon={<PlusOutlined aria-hidden />} onClick={onNext}>
              {t('tasks.intakeNext')}
            </Button>
          </Space>
        }
      />
      {!receipt ? <Alert type="info" showIcon message={t('tasks.receiptLater')} /> : null}
    </Card>
  );
}

function IntakeForm({ item, onDone }: { item: PublishedItem; onDone: (view: StaffCaseView) => void }) {
  const { t } = useTranslation();
  const [personForm] = Form.useForm<Person>();
  const [itemForm] = Form.useForm<Record<string, unknown>>();
  const [materialsForm] = Form.useForm<IntakeMaterialsValues>();
  const personErrors = useServerFieldErrors(personForm);
  const formErrors = useServerFieldErrors(itemForm, 'form.');
  const materialErrors = useServerFieldErrors(materialsForm);
  const [error, setError] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<FieldProblem[]>([]);
  // One key per filled-in form: resubmitting after a fix or a lost answer must not file a second case.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const commitment = Form.useWatch('commitment', materialsForm) === true;
  const schema = item.content.form as FormSchema;

  const personTargets = useMemo(
    () =>
      Object.entries(schema.properties)
        .map(([key, field]) => ({ key, from: PERSON_CONCEPTS[field['x-concept'] ?? ''] }))
        .filter((x): x is { key: string; from: keyof Person } => x.from !== undefined),
    [schema],
  );

  const submit = useMutation({
    mutationFn: async () => {
      const [person, , materials] = await Promise.all([
        personForm.validateFields(),
        itemForm.validateFields(),
        materialsForm.validateFields(),
      ]);
      return tasksApi.windowIntake(
        {
          person: {
            name: person.name!.trim(),
            idNumber: person.idNumber!.trim().toUpperCase(),
            ...(person.mobile?.trim() ? { mobile: person.mobile.trim() } : {}),
          },
          itemCode: item.implementationCode,
          form: formDataOf(schema, itemForm.getFieldsValue(true)),
          materials: materialChoicesOf(item, materials),
          ...(item.content.commitment ? { commitment: materials.commitment === true } : {}),
        },
        idempotencyKey,
      );
    },
    onMutate: () => {
      setError(null);
      setOtherErrors([]);
      personErrors.clear();
      formErrors.clear();
      materialErrors.clear();
    },
    onSuccess: onDone,
    onError: (e) => {
      if (!(e instanceof ApiError)) {
        // antd's own validation failure: the messages are already next to the fields.
        if (e && typeof e === 'object' && 'errorFields' in e) return;
        setError(e);
        return;
      }
      setError(e);
      const parts = split(e.fieldErrors);
      personErrors.show(parts.person);
      formErrors.show(parts.form);
      materialErrors.show(parts.materials);
      setOtherErrors(parts.other);
      // Take the clerk to the first field the server named, top of the page first.
      const first: [FormInstance, string] | null = parts.person[0]
        ? [personForm, parts.person[0].field]
        : parts.form[0]
          ? [itemForm, parts.form[0].field.slice('form.'.length)]
          : parts.materials[0]
            ? [materialsForm, parts.materials[0].field]
            : null;
      if (first) first[0].scrollToField(fieldNamePath(first[1]) as never, { block: 'center', focus: true });
    },
  });

  const unplaced = [
    ...otherErrors,
    ...personErrors.unplaced,
    ...formErrors.unplaced,
    ...materialErrors.unplaced,
  ];
  const hasFieldErrors = error instanceof ApiError && error.fieldErrors.length > unplaced.length;

  return (
    <>
      <Card
        className="tb-card"
        title={
          <h2 className="tb-card-heading" id="tb-intake-person-heading">
            {t('tasks.intakeStepPerson')}
          </h2>
        }
      >
        <Form<Person>
          form={personForm}
          name="tb-intake-person"
          layout="vertical"
          requiredMark
          aria-labelledby="tb-intake-person-heading"
          onValuesChange={(changed: Person) => {
            // The person's answers fill the form's applicant fields the clerk has not typed in.
            for (const target of personTargets) {
              const value = changed[target.from];
              if (value !== undefined && !itemForm.isFieldTouched(target.key))
                itemForm.setFieldValue(target.key, value);
            }
          }}
        >
          <div className="tb-intake-person">
            <Form.Item
              name="name"
              label={t('tasks.personName')}
              rules={[
                { required: true, whitespace: true, message: t('tasks.personNameRequired') },
                { max: 50, message: t('tasks.maxChars', { label: t('tasks.personName'), max: 50 }) },
              ]}
            >
              <Input autoComplete="off" maxLength={50} />
            </Form.Item>
            <Form.Item
              name="idNumber"
              label={t('tasks.personIdNumber')}
              validateFirst
              rules={[
                { required: true, whitespace: true, message: t('tasks.personIdNumberRequired') },
                {
                  validator: (_r, value?: string) => {
                    const problem = value ? idNumberProblem(value.trim().toUpperCase()) : null;
                    if (problem === null) return Promise.resolve();
                    return Promise.reject(
                      new Error(
                        problem === 'check'
                          ? t('formRenderer.idNumberCheck')
                          : t('formRenderer.idNumberPattern'),
                      ),
                    );
                  },
                },
              ]}
            >
              <Input className="tb-mono-input" autoComplete="off" maxLength={18} />
            </Form.Item>
            <Form.Item
              name="mobile"
              label={t('tasks.personMobile')}
              rules={[{ pattern: /^1\d{10}$/, message: t('formRenderer.mobilePattern') }]}
            >
              <Input type="tel" inputMode="numeric" autoComplete="off" maxLength={11} />
            </Form.Item>
          </div>
        </Form>
      </Card>

      <Card
        className="tb-card"
        title={
          <h2 className="tb-card-heading" id="tb-intake-form-heading">
            {t('tasks.intakeStepForm')}
          </h2>
        }
      >
        <Form
          form={itemForm}
          name="tb-intake-form"
          layout="vertical"
          className="tb-form-renderer"
          requiredMark
          aria-labelledby="tb-intake-form-heading"
        >
          <FormFields schema={schema} />
        </Form>
      </Card>

      <Card
        className="tb-card"
        title={
          <h2 className="tb-card-heading" id="tb-intake-materials-heading">
            {t('tasks.intakeStepMaterials')}
          </h2>
        }
      >
        <Form<IntakeMaterialsValues>
          form={materialsForm}
          name="tb-intake-materials"
          layout="vertical"
          aria-labelledby="tb-intake-materials-heading"
        >
          <IntakeMaterials item={item} commitment={commitment} />
        </Form>
      </Card>

      <Card className="tb-card tb-intake-submit">
        <div className="tb-stack">
          <FormProblemAlert error={error} unplacedErrors={unplaced} hasFieldErrors={hasFieldErrors} />
          <Button
            type="primary"
            size="large"
            icon={<SendOutlined aria-hidden />}
            loading={submit.isPending}
            onClick={() => submit.mutate()}
          >
            {t('tasks.intakeSubmit')}
          </Button>
        </div>
      </Card>
    </>
  );
}

/** /workbench/intake — 窗口收件: file and submit an application for a person at the counter. */
export default function WindowIntakePage() {
  const { t } = useTranslation();
  usePageTitle(t('tasks.intakeTitle'));
  const [itemId, setItemId] = useState<string | undefined>();
  const [done, setDone] = useState<StaffCaseView | null>(null);
  // A new intake (another person) starts from a fresh form and a fresh idempotency key.
  const [round, setRound] = useState(0);
  const item = useQuery({
    queryKey: ['catalog', 'item', itemId],
    queryFn: () => catalogApi.item(itemId!),
    enabled: itemId !== undefined,
  });

  return (
    <div className="tb-page tb-wb-page">
      <Typography.Title level={1}>{t('tasks.intakeTitle')}</Typography.Title>
      <WorkbenchNav />
      {done ? (
        <Confirmation
          view={done}
          onNext={() => {
            setDone(null);
            setItemId(undefined);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <>
          <Card
            className="tb-card"
            title={
              <h2 className="tb-card-heading" id="tb-intake-item-heading">
                {t('tasks.intakeStepItem')}
              </h2>
            }
          >
            <label htmlFor="tb-intake-item" className="tb-intake-label">
              {t('tasks.intakeItemLabel')}
            </label>
            <ItemPicker key={round} value={itemId} onChange={setItemId} />
            {item.data ? (
              <p className="tb-note">
                {item.data.departmentName} · <span className="tb-mono">{item.data.implementationCode}</span>
              </p>
            ) : null}
          </Card>
          {itemId === undefined ? (
            <Card className="tb-card">
              <Typography.Paragraph className="tb-muted">{t('tasks.intakePickFirst')}</Typography.Paragraph>
            </Card>
          ) : item.isPending ? (
            <Card className="tb-card">
              <Skeleton active paragraph={{ rows: 6 }} />
            </Card>
          ) : item.isError ? (
            <ErrorAlert error={item.error} onRetry={() => void item.refetch()} />
          ) : (
            <IntakeForm key={`${item.data.id}:${round}`} item={item.data} onDone={setDone} />
          )}
        </>
      )}
    </div>
  );
}
