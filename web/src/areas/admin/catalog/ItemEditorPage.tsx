import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  App,
  Badge,
  Breadcrumb,
  Button,
  Card,
  Col,
  Form,
  Modal,
  Popconfirm,
  Result,
  Row,
  Space,
  Tabs,
  Typography,
} from 'antd';
import {
  CloudUploadOutlined,
  EyeOutlined,
  ReloadOutlined,
  SaveOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../../api/catalog';
import type { AdminItem, FormSchema, ItemContent } from '../../../api/catalogTypes';
import { useErrorText } from '../../../api/errors';
import { ApiError, pickLocalized } from '../../../api/problem';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { PageSpin } from '../../../components/PageSpin';
import { useDebounced } from '../../../components/useDebounced';
import { usePageTitle } from '../../../components/usePageTitle';
import { fieldNamePath } from '../../../api/formErrors';
import { FormPreview } from './FormPreview';
import { FormSchemaEditor } from './FormSchemaEditor';
import { useIssueLabel } from './issueLabels';
import { IssuesProvider, normaliseIssuePath, type ContentIssue } from './issues';
import { blankItemContent, tabOf, toContent, type EditorTab } from './itemContent';
import { BasicSections } from './ItemSections';
import { MaterialsEditor } from './MaterialsEditor';
import { ProcessSections } from './ProcessSections';
import { StatusTag, VersionsPanel } from './VersionsPanel';

const asIssues = (
  list: { field: string; code?: string; message: ContentIssue['message'] }[],
): ContentIssue[] =>
  list.map((e) => ({ path: normaliseIssuePath(e.field), code: e.code, message: e.message }));

/** The version number the next save is based on (the server refuses a stale one with 409). */
const baseVersionOf = (item: AdminItem) =>
  Math.max(0, item.versionNo ?? 0, item.draft?.versionNo ?? 0, ...item.versions.map((v) => v.versionNo));

function useUnsavedWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}

function ItemEditor({ item, onReload }: { item: AdminItem; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const issueLabel = useIssueLabel();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ItemContent>();
  const [initial] = useState(() => item.draft?.content ?? item.content ?? blankItemContent());
  const [schema, setSchema] = useState<FormSchema>(initial.form);
  const [dirty, setDirty] = useState(false);
  const [revision, setRevision] = useState(0);
  const [liveIssues, setLiveIssues] = useState<ContentIssue[]>(() => asIssues(item.draft?.issues ?? []));
  const [actionIssues, setActionIssues] = useState<ContentIssue[]>([]);
  const [checking, setChecking] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [tab, setTab] = useState<EditorTab>('basic');
  const [materialOpen, setMaterialOpen] = useState<number | null>(null);
  const name = (Form.useWatch('name', form) as string | undefined) ?? initial.name;
  usePageTitle(t('itemEditor.pageTitle', { name }));
  useUnsavedWarning(dirty);

  const changed = () => {
    setDirty(true);
    setRevision((r) => r + 1);
  };
  const contentNow = () => toContent(form.getFieldsValue(true) as ItemContent, schema);

  // Live publication-rule feedback: the content is checked on the server once typing pauses.
  const settled = useDebounced(revision, 700);
  const lastChecked = useRef(-1);
  useEffect(() => {
    if (settled === lastChecked.current || (settled === 0 && item.draft)) return;
    lastChecked.current = settled;
    const controller = new AbortController();
    setChecking(true);
    catalogApi
      .validate(contentNow(), controller.signal)
      .then(
        (result) => {
          setLiveIssues(asIssues(result.issues));
          setActionIssues([]);
        },
        (error: unknown) => {
          if (error instanceof DOMException && error.name === 'AbortError') return;
          // Content the schema refuses (e.g. a name too short) comes back as field errors: show them alike.
          if (error instanceof ApiError && error.fieldErrors.length > 0) {
            setLiveIssues(asIssues(error.fieldErrors));
            setActionIssues([]);
          }
        },
      )
      .finally(() => setChecking(false));
    return () => controller.abort();
  }, [settled]);

  const issues = useMemo(() => {
    const seen = new Set<string>();
    return [...actionIssues, ...liveIssues].filter((issue) => {
      const key = `${issue.path}|${issue.message.zh}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }, [actionIssues, liveIssues]);

  const setItem = (next: AdminItem) => queryClient.setQueryData(['catalog', 'admin', 'item', item.id], next);
  const onWriteError = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') return setConflict(true);
    if (error instanceof ApiError && error.fieldErrors.length > 0) {
      const list = asIssues(error.fieldErrors);
      setActionIssues(list);
      if (list[0]) setTab(tabOf(list[0].path));
    }
    void message.error(errorText(error));
  };

  const save = useMutation({
    mutationFn: () => catalogApi.saveItemDraft(item.id, contentNow(), baseVersionOf(item)),
    onSuccess: (next) => {
      setItem(next);
      setDirty(false);
      void message.success(t('itemEditor.saved', { no: next.draft?.versionNo ?? '' }));
    },
    onError: onWriteError,
  });

  const publish = useMutation({
    mutationFn: async () => {
      let current = item;
      if (dirty || !item.draft) {
        current = await catalogApi.saveItemDraft(item.id, contentNow(), baseVersionOf(item));
        setItem(current);
        setDirty(false);
      }
      return catalogApi.publishItem(current.id);
    },
    onSuccess: (next) => {
      setItem(next);
      setActionIssues([]);
      void message.success(t('itemEditor.published', { no: next.versionNo }));
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'ITEM_INVALID') {
        const list = asIssues(error.fieldErrors);
        setActionIssues(list);
        if (list[0]) setTab(tabOf(list[0].path));
        void message.error(t('itemEditor.publishBlocked', { count: list.length }));
        return;
      }
      onWriteError(error);
    },
  });

  const retire = useMutation({
    mutationFn: () => catalogApi.retireItem(item.id),
    onSuccess: (next) => {
      setItem(next);
      void message.success(t('itemEditor.retired'));
    },
    onError: onWriteError,
  });

  const focusIssue = (path: string) => {
    const target = tabOf(path);
    setTab(target);
    const parts = path.split('.');
    if (parts[0] === 'materials' && parts[1] !== undefined && /^\d+$/.test(parts[1]))
      setMaterialOpen(Number(parts[1]));
    if (target !== 'form')
      window.setTimeout(
        () => form.scrollToField(fieldNamePath(path) as never, { block: 'center', focus: true }),
        150,
      );
  };

  const issuesIn = (which: EditorTab) => issues.filter((i) => tabOf(i.path) === which).length;
  const tabLabel = (which: EditorTab, text: string) => {
    const count = issuesIn(which);
    return (
      <span>
        {text}
        {count > 0 ? (
          <Badge
            count={count}
            size="small"
            className="tb-tab-badge"
            title={t('itemEditor.issueCount', { count })}
          />
        ) : null}
      </span>
    );
  };
  const busy = save.isPending || publish.isPending || retire.isPending;
  const draftNo = item.draft?.versionNo;
  const published = item.versions.find((v) => v.status === 'published');

  return (
    <div className="tb-page tb-item-editor">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/admin">{t('admin.title')}</Link> },
          { title: <Link to="/admin/catalog">{t('catalogAdmin.title')}</Link> },
          { title: name || t('itemEditor.unnamed') },
        ]}
      />
      <header className="tb-editor-head">
        <div className="tb-editor-title">
          <Typography.Title level={1}>{name || t('itemEditor.unnamed')}</Typography.Title>
          <Space wrap size={[4, 4]}>
            {published ? (
              <>
                <StatusTag status="published" />
                <span className="tb-note">
                  {t('itemEditor.publishedVersion', { no: published.versionNo })}
                </span>
              </>
            ) : null}
            {draftNo ? (
              <>
                <StatusTag status="draft" />
                <span className="tb-note">{t('itemEditor.draftVersion', { no: draftNo })}</span>
              </>
            ) : null}
            {!published && !draftNo ? <StatusTag status="retired" /> : null}
          </Space>
          <p className="tb-note">
            <span className="tb-mono">{item.implementationCode}</span> · {item.departmentName} ·{' '}
            {item.regionName}
            {item.parent ? (
              <>
                {' · '}
                {t('guide.parent')}
                {t('common.colon')}
                <Link to={`/admin/catalog/items/${item.parent.id}`}>{item.parent.name}</Link>
              </>
            ) : null}
          </p>
        </div>
        <div className="tb-editor-actions">
          <span className={`tb-save-state${dirty ? ' tb-unsaved' : ''}`} aria-live="polite">
            {dirty ? t('itemEditor.unsaved') : draftNo ? t('itemEditor.allSaved') : ''}
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
              disabled={busy || (!dirty && !item.draft)}
            >
              {t('itemEditor.publish')}
            </Button>
            {published ? (
              <Popconfirm
                title={t('itemEditor.retireConfirm')}
                description={t('itemEditor.retireConfirmText')}
                okText={t('itemEditor.retire')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => retire.mutate()}
              >
                <Button danger icon={<StopOutlined aria-hidden />} loading={retire.isPending} disabled={busy}>
                  {t('itemEditor.retire')}
                </Button>
              </Popconfirm>
            ) : null}
            {published ? (
              <LinkButton to={`/portal/items/${item.id}`} icon={<EyeOutlined aria-hidden />}>
                {t('itemEditor.viewInPortal')}
              </LinkButton>
            ) : null}
          </Space>
        </div>
      </header>

      <section aria-live="polite" aria-label={t('itemEditor.issuesTitle')} className="tb-issues-panel">
        {issues.length > 0 ? (
          <Alert
            type={actionIssues.length > 0 ? 'error' : 'warning'}
            showIcon
            message={
              actionIssues.length > 0
                ? t('itemEditor.publishBlocked', { count: issues.length })
                : t('itemEditor.issuesSummary', { count: issues.length })
            }
            description={
              <ul className="tb-issue-list">
                {issues.map((issue) => (
                  <li key={`${issue.path}|${issue.message.zh}`}>
                    <Button type="link" className="tb-issue-link" onClick={() => focusIssue(issue.path)}>
                      {issueLabel(issue.path)}
                    </Button>
                    {t('common.colon')}
                    {pickLocalized(issue.message, i18n.language)}
                  </li>
                ))}
              </ul>
            }
          />
        ) : (
          <Alert
            type={checking ? 'info' : 'success'}
            showIcon
            message={checking ? t('itemEditor.checking') : t('itemEditor.noIssues')}
          />
        )}
      </section>

      <IssuesProvider issues={issues}>
        <Form<ItemContent>
          form={form}
          name="item"
          component={false}
          layout="vertical"
          initialValues={initial}
          onValuesChange={changed}
          validateMessages={{ required: t('itemEditor.requiredField', { label: '${label}' }) }}
        >
          <Tabs
            activeKey={tab}
            onChange={(k) => setTab(k as EditorTab)}
            className="tb-editor-tabs tb-wrap-tabs"
            items={[
              {
                key: 'basic',
                label: tabLabel('basic', t('itemEditor.tabBasic')),
                forceRender: true,
                children: <BasicSections />,
              },
              {
                key: 'process',
                label: tabLabel('process', t('itemEditor.tabProcess')),
                forceRender: true,
                children: <ProcessSections />,
              },
              {
                key: 'materials',
                label: tabLabel('materials', t('itemEditor.tabMaterials')),
                forceRender: true,
                children: (
                  <Card
                    className="tb-card"
                    title={<h2 className="tb-card-heading">{t('materials.title')}</h2>}
                  >
                    <p className="tb-note">{t('itemEditor.materialsHelp')}</p>
                    <MaterialsEditor open={materialOpen} onOpen={setMaterialOpen} />
                  </Card>
                ),
              },
              {
                key: 'form',
                label: tabLabel('form', t('itemEditor.tabForm')),
                children: (
                  <Row gutter={[16, 16]}>
                    <Col xs={24} xl={12}>
                      <Card
                        className="tb-card"
                        title={<h2 className="tb-card-heading">{t('formEditor.fields')}</h2>}
                      >
                        <p className="tb-note">{t('formEditor.help')}</p>
                        <FormSchemaEditor
                          value={schema}
                          onChange={(next) => {
                            setSchema(next);
                            changed();
                          }}
                        />
                      </Card>
                    </Col>
                    <Col xs={24} xl={12}>
                      <Card
                        className="tb-card tb-preview-card"
                        title={<h2 className="tb-card-heading">{t('formEditor.preview')}</h2>}
                      >
                        <p className="tb-note">{t('formEditor.previewHelp')}</p>
                        <FormPreview schema={schema} name={`preview-${item.id}`} />
                      </Card>
                    </Col>
                  </Row>
                ),
              },
              {
                key: 'versions',
                label: t('itemEditor.tabVersions'),
                children: <VersionsPanel itemId={item.id} versions={item.versions} />,
              },
            ]}
          />
        </Form>
      </IssuesProvider>

      <Modal
        open={conflict}
        title={t('itemEditor.conflictTitle')}
        onCancel={() => setConflict(false)}
        footer={[
          <Button key="stay" onClick={() => setConflict(false)}>
            {t('itemEditor.conflictStay')}
          </Button>,
          <Button
            key="reload"
            type="primary"
            icon={<ReloadOutlined aria-hidden />}
            onClick={() => {
              setConflict(false);
              onReload();
            }}
          >
            {t('itemEditor.conflictReload')}
          </Button>,
        ]}
      >
        <p>{t('itemEditor.conflictText')}</p>
      </Modal>
    </div>
  );
}

/** /admin/catalog/items/:id — the item editor. */
export default function ItemEditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const query = useQuery({
    queryKey: ['catalog', 'admin', 'item', id],
    queryFn: () => catalogApi.adminItem(id),
    refetchOnWindowFocus: false,
  });
  if (query.isPending) return <PageSpin />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404)
      return (
        <Result
          status="404"
          title={<h1 className="tb-result-title">{t('itemEditor.notFound')}</h1>}
          extra={
            <LinkButton to="/admin/catalog" type="primary">
              {t('catalogAdmin.backToList')}
            </LinkButton>
          }
        />
      );
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  return (
    <ItemEditor
      key={`${query.data.id}:${generation}`}
      item={query.data}
      onReload={() => {
        void query.refetch().then(() => setGeneration((g) => g + 1));
      }}
    />
  );
}
