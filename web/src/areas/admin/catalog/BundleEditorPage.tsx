import { useState } from 'react';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Collapse,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import {
  CloudUploadOutlined,
  DeleteOutlined,
  EyeOutlined,
  PlusOutlined,
  ReloadOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../../api/catalog';
import type { AdminBundle, BundleContent } from '../../../api/catalogTypes';
import { useFormProblem } from '../../../api/formErrors';
import { ApiError } from '../../../api/problem';
import { BundleStepsView, MergedFields, MergedMaterials } from '../../../catalog/BundleParts';
import { useCatalogLabels } from '../../../catalog/labels';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormProblemAlert } from '../../../components/FormProblemAlert';
import { FormSelect } from '../../../components/FormSelect';
import { LinkButton } from '../../../components/LinkButton';
import { PageSpin } from '../../../components/PageSpin';
import { usePageTitle } from '../../../components/usePageTitle';
import { FormPreview } from './FormPreview';
import { ItemPicker } from './ItemPicker';
import { StatusTag } from './VersionsPanel';

interface Values {
  code?: string;
  content: BundleContent;
}

const blankBundle = (): BundleContent => ({
  name: '',
  aliases: [],
  audience: 'person',
  topic: '',
  description: '',
  promisedDays: 5,
  items: [
    { itemCode: '', dependsOn: [], optional: false },
    { itemCode: '', dependsOn: [], optional: false },
  ],
});

/** The draft's number when there is a draft, else the published one (the server refuses a stale one with 409). */
const baseVersionOf = (b: AdminBundle) => b.versionNo;

function cleanContent(content: BundleContent): BundleContent {
  return {
    ...content,
    aliases: (content.aliases ?? []).map((a) => a.trim()).filter(Boolean),
    promisedDays: typeof content.promisedDays === 'number' ? content.promisedDays : 0,
    items: (content.items ?? []).map((i) => ({
      itemCode: i.itemCode ?? '',
      dependsOn: (i.dependsOn ?? []).filter((d) => d !== i.itemCode),
      optional: !!i.optional,
    })),
  };
}

/** The bundle's own fields and its component items with their order (shared by create and edit). */
function BundleFields({
  names,
  onName,
}: {
  names: Record<string, string>;
  onName: (code: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const form = Form.useFormInstance<Values>();
  const audience = Form.useWatch(['content', 'audience'], form) ?? 'person';
  const items = (Form.useWatch(['content', 'items'], form) as BundleContent['items'] | undefined) ?? [];
  const topics = useQuery({
    queryKey: ['catalog', 'topics'],
    queryFn: catalogApi.topics,
    staleTime: 300_000,
  });
  const nameOf = (code: string) => names[code] ?? code;

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name={['content', 'name']}
          label={t('catalogAdmin.bundleName')}
          rules={[{ required: true, min: 2, max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['content', 'aliases']}
          label={t('guide.aliases')}
          extra={t('itemEditor.aliasesHelp')}
        >
          <Select mode="tags" notFoundContent={null} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['content', 'audience']} label={t('catalogAdmin.audience')}>
          <Radio.Group
            optionType="button"
            options={(['person', 'enterprise'] as const).map((a) => ({
              value: a,
              label: labels.audience(a),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['content', 'topic']} label={t('catalog.topic')} rules={[{ required: true }]}>
          <FormSelect
            showSearch
            optionFilterProp="label"
            loading={topics.isPending}
            options={(topics.data?.items ?? [])
              .filter((topic) => topic.audience === audience)
              .map((topic) => ({ value: topic.code, label: labels.topicName(topic) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={['content', 'promisedDays']}
          label={t('bundle.promisedDays')}
          rules={[{ required: true }]}
        >
          <InputNumber
            min={0}
            max={3650}
            precision={0}
            className="tb-full-width"
            suffix={t('itemEditor.days')}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name={['content', 'description']} label={t('catalogAdmin.bundleDescription')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={3000} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <fieldset className="tb-fieldset">
          <legend className="tb-legend">{t('catalogAdmin.components')}</legend>
          <p className="tb-note">{t('catalogAdmin.componentsHelp')}</p>
          <Form.List
            name={['content', 'items']}
            rules={[
              {
                validator: (_r, list: unknown[] | undefined) =>
                  (list?.length ?? 0) < 2
                    ? Promise.reject(new Error(t('catalogAdmin.componentsMin')))
                    : Promise.resolve(),
              },
            ]}
          >
            {(entries, { add, remove }, { errors }) => (
              <>
                <ol className="tb-entry-cards">
                  {entries.map((entry, i) => {
                    const code = items[i]?.itemCode ?? '';
                    const others = items.filter((x, j) => j !== i && x?.itemCode).map((x) => x.itemCode);
                    return (
                      <li key={entry.key} className="tb-entry-card">
                        <div className="tb-entry-card-head">
                          <strong>{t('catalogAdmin.componentN', { n: i + 1 })}</strong>
                          <Button
                            type="text"
                            danger
                            className="tb-icon-button"
                            icon={<DeleteOutlined aria-hidden />}
                            aria-label={t('editor.remove', {
                              name: code ? nameOf(code) : t('catalogAdmin.componentN', { n: i + 1 }),
                            })}
                            onClick={() => remove(entry.name)}
                          />
                        </div>
                        <Row gutter={16}>
                          <Col xs={24} md={10}>
                            <Form.Item
                              name={[entry.name, 'itemCode']}
                              label={t('catalogAdmin.componentItem')}
                              rules={[{ required: true, message: t('catalogAdmin.componentRequired') }]}
                            >
                              <ItemPicker
                                valueField="implementationCode"
                                initialLabel={code ? nameOf(code) : undefined}
                                onLabel={onName}
                              />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={10}>
                            <Form.Item
                              name={[entry.name, 'dependsOn']}
                              label={t('catalogAdmin.dependsOn')}
                              extra={t('catalogAdmin.dependsOnHelp')}
                            >
                              <Select
                                mode="multiple"
                                allowClear
                                options={others.map((c) => ({ value: c, label: nameOf(c) }))}
                              />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={4}>
                            <Form.Item
                              name={[entry.name, 'optional']}
                              label={t('bundle.optional')}
                              valuePropName="checked"
                            >
                              <Switch />
                            </Form.Item>
                          </Col>
                        </Row>
                      </li>
                    );
                  })}
                </ol>
                <Form.ErrorList errors={errors} />
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  disabled={entries.length >= 30}
                  onClick={() => add({ itemCode: '', dependsOn: [], optional: false })}
                >
                  {t('catalogAdmin.addComponent')}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>
      </Col>
    </Row>
  );
}

/** /admin/catalog/bundles/new */
export function BundleCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  usePageTitle(t('catalogAdmin.newBundle'));
  const [form] = Form.useForm<Values>();
  const problem = useFormProblem(form);
  const [names, setNames] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: (values: Values) =>
      catalogApi.createBundle({ code: values.code?.trim() ?? '', content: cleanContent(values.content) }),
    onMutate: () => problem.clear(),
    onSuccess: (bundle) => {
      void message.success(t('catalogAdmin.bundleCreated'));
      void navigate(`/admin/catalog/bundles/${bundle.id}`);
    },
    onError: (error) => problem.showError(error),
  });
  return (
    <div className="tb-page">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/admin">{t('admin.title')}</Link> },
          { title: <Link to="/admin/catalog/bundles">{t('catalogAdmin.bundlesTitle')}</Link> },
          { title: t('catalogAdmin.newBundle') },
        ]}
      />
      <Typography.Title level={1}>{t('catalogAdmin.newBundle')}</Typography.Title>
      <Card className="tb-card">
        <FormProblemAlert
          error={problem.error}
          unplacedErrors={problem.unplacedErrors}
          hasFieldErrors={problem.hasFieldErrors}
        />
        <Form<Values>
          form={form}
          name="new-bundle"
          layout="vertical"
          initialValues={{ content: blankBundle() }}
          onFinish={(v) => create.mutate(v)}
        >
          <Form.Item
            name="code"
            label={t('catalogAdmin.bundleCode')}
            extra={t('catalogAdmin.bundleCodeHelp')}
            rules={[{ required: true, max: 50, whitespace: true }]}
          >
            <Input maxLength={50} className="tb-mono-input" />
          </Form.Item>
          <BundleFields names={names} onName={(code, name) => setNames((n) => ({ ...n, [code]: name }))} />
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('catalogAdmin.createAndEdit')}
            </Button>
            <Button onClick={() => void navigate('/admin/catalog/bundles')}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}

function BundleEditor({ bundle, onReload }: { bundle: AdminBundle; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const problem = useFormProblem(form);
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [names, setNames] = useState<Record<string, string>>(() =>
    Object.fromEntries(bundle.items.map((i) => [i.implementationCode, i.name])),
  );
  const [initial] = useState(() => bundle.content ?? blankBundle());
  const name = (Form.useWatch(['content', 'name'], form) as string | undefined) ?? initial.name;
  usePageTitle(t('catalogAdmin.bundleEditorTitle', { name }));
  const setBundle = (next: AdminBundle) =>
    queryClient.setQueryData(['catalog', 'admin', 'bundle', bundle.id], next);
  const contentNow = () => cleanContent(form.getFieldsValue(true).content as BundleContent);

  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') return setConflict(true);
    problem.showError(error);
  };
  const save = useMutation({
    mutationFn: () => catalogApi.saveBundleDraft(bundle.id, contentNow(), baseVersionOf(bundle)),
    onMutate: () => problem.clear(),
    onSuccess: (next) => {
      setBundle(next);
      setDirty(false);
      void message.success(t('itemEditor.saved', { no: next.draftVersionNo ?? next.versionNo }));
    },
    onError,
  });
  const publish = useMutation({
    mutationFn: async () => {
      let current = bundle;
      if (dirty || bundle.draftVersionNo === null) {
        current = await catalogApi.saveBundleDraft(bundle.id, contentNow(), baseVersionOf(bundle));
        setBundle(current);
        setDirty(false);
      }
      return catalogApi.publishBundle(current.id);
    },
    onMutate: () => problem.clear(),
    onSuccess: (next) => {
      setBundle(next);
      void message.success(t('itemEditor.published', { no: next.versionNo ?? '' }));
    },
    onError,
  });
  const busy = save.isPending || publish.isPending;

  return (
    <div className="tb-page">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/admin">{t('admin.title')}</Link> },
          { title: <Link to="/admin/catalog/bundles">{t('catalogAdmin.bundlesTitle')}</Link> },
          { title: name },
        ]}
      />
      <header className="tb-editor-head">
        <div className="tb-editor-title">
          <Typography.Title level={1}>{name}</Typography.Title>
          <Space wrap size={[4, 4]}>
            <span className="tb-mono tb-note">{bundle.code}</span>
            <StatusTag status={bundle.status} />
            <span className="tb-note">
              {bundle.draftVersionNo !== null
                ? t('itemEditor.draftVersion', { no: bundle.draftVersionNo })
                : t('itemEditor.publishedVersion', { no: bundle.versionNo })}
            </span>
          </Space>
        </div>
        <div className="tb-editor-actions">
          <span className={`tb-save-state${dirty ? ' tb-unsaved' : ''}`} aria-live="polite">
            {dirty ? t('itemEditor.unsaved') : ''}
          </span>
          <Space wrap>
            <Button
              icon={<SaveOutlined aria-hidden />}
              onClick={() => save.mutate()}
              loading={save.isPending}
              disabled={busy || !dirty}
            >
              {t('itemEditor.saveDraft')}
            </Button>
            <Button
              type="primary"
              icon={<CloudUploadOutlined aria-hidden />}
              onClick={() => publish.mutate()}
              loading={publish.isPending}
              disabled={busy || (!dirty && bundle.draftVersionNo === null)}
            >
              {t('itemEditor.publish')}
            </Button>
            {bundle.status === 'published' || bundle.draftVersionNo === null || bundle.versionNo > 1 ? (
              <LinkButton to={`/portal/bundles/${bundle.id}`} icon={<EyeOutlined aria-hidden />}>
                {t('itemEditor.viewInPortal')}
              </LinkButton>
            ) : null}
          </Space>
        </div>
      </header>

      {conflict ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={t('itemEditor.conflictTitle')}
          description={t('itemEditor.conflictText')}
          action={
            <Button icon={<ReloadOutlined aria-hidden />} onClick={onReload}>
              {t('itemEditor.conflictReload')}
            </Button>
          }
        />
      ) : null}

      <Card
        className="tb-card"
        title={<h2 className="tb-card-heading">{t('catalogAdmin.bundleContent')}</h2>}
      >
        <FormProblemAlert
          error={problem.error}
          unplacedErrors={problem.unplacedErrors}
          hasFieldErrors={problem.hasFieldErrors}
        />
        <Form<Values>
          form={form}
          name="bundle"
          layout="vertical"
          initialValues={{ content: initial }}
          onValuesChange={() => setDirty(true)}
          onFinish={() => save.mutate()}
        >
          <BundleFields names={names} onName={(code, label) => setNames((n) => ({ ...n, [code]: label }))} />
        </Form>
      </Card>

      <Card className="tb-card" title={<h2 className="tb-card-heading">{t('catalogAdmin.serverView')}</h2>}>
        <p className="tb-note">
          {dirty ? t('catalogAdmin.serverViewStale') : t('catalogAdmin.serverViewHelp')}
        </p>
        <h3 className="tb-subheading-sm">{t('bundle.steps')}</h3>
        <BundleStepsView
          items={bundle.items}
          hrefOf={(i) => (i.itemId ? `/admin/catalog/items/${i.itemId}` : null)}
        />
        <h3 className="tb-subheading-sm">{t('bundle.mergedForm')}</h3>
        <MergedFields fields={bundle.mergedForm.fields} items={bundle.items} />
        {bundle.mergedForm.fields.length > 0 ? (
          <Collapse
            className="tb-form-peek"
            items={[
              {
                key: 'form',
                label: t('catalogAdmin.mergedPreview'),
                children: (
                  <FormPreview schema={bundle.mergedForm.schema} name={`bundle-preview-${bundle.id}`} />
                ),
              },
            ]}
          />
        ) : null}
        <h3 className="tb-subheading-sm">{t('bundle.mergedMaterials')}</h3>
        <MergedMaterials materials={bundle.mergedMaterials} items={bundle.items} />
      </Card>
    </div>
  );
}

/** /admin/catalog/bundles/:id */
export default function BundleEditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const query = useQuery({
    queryKey: ['catalog', 'admin', 'bundle', id],
    queryFn: () => catalogApi.adminBundle(id),
  });
  if (query.isPending) return <PageSpin />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404)
      return (
        <Result
          status="404"
          title={<h1 className="tb-result-title">{t('bundle.notFound')}</h1>}
          extra={
            <LinkButton to="/admin/catalog/bundles" type="primary">
              {t('catalogAdmin.backToList')}
            </LinkButton>
          }
        />
      );
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  return (
    <BundleEditor
      key={`${query.data.id}:${generation}`}
      bundle={query.data}
      onReload={() => void query.refetch().then(() => setGeneration((g) => g + 1))}
    />
  );
}
