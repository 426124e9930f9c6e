import { useState } from 'react';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Modal,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { exchangeApi, type Grant, type GrantSide, type GrantStatus } from '../../../api/exchange';
import { useErrorToast } from '../../../api/errors';
import { useFormProblem } from '../../../api/formErrors';
import { useMe } from '../../../auth/session';
import { CursorPager } from '../../../components/CursorPager';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormSelect } from '../../../components/FormSelect';
import { FormProblemAlert } from '../../../components/FormProblemAlert';
import { PageSpin } from '../../../components/PageSpin';
import { useCursorPagination } from '../../../components/cursorPagination';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import '../../portal/exchange/exchange.css';
import { joinList, labelled, withNote } from '../../../i18n/text';

const STATUS_COLORS: Record<GrantStatus, string> = { pending: 'gold', approved: 'green', refused: 'red' };

function GrantItem({ g, onRefuse }: { g: Grant; onRefuse: (g: Grant) => void }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const queryClient = useQueryClient();
  const toastError = useErrorToast();
  const { message } = App.useApp();
  const approve = useMutation({
    mutationFn: () => exchangeApi.decide(g.id, 'approve'),
    onSuccess: () => {
      void message.success(t('exchange.grants.approved'));
      void queryClient.invalidateQueries({ queryKey: ['exchange', 'grants'] });
    },
    onError: toastError,
  });
  return (
    <li className="tb-access-item">
      <div className="tb-access-head">
        <span className="tb-access-who">{g.resourceName}</span>
        <Space size={4} wrap>
          {g.overdue ? <Tag color="red">{t('exchange.grants.overdue')}</Tag> : null}
          <Tag color={STATUS_COLORS[g.status]}>{t(`exchange.grantStatus.${g.status}`)}</Tag>
        </Space>
      </div>
      <p className="tb-access-meta">
        {t('exchange.grants.fromTo', {
          consumer: g.consumerDepartmentName,
          provider: g.providerDepartmentName,
        })}
      </p>
      <p className="tb-access-meta">{labelled(t('exchange.access.purpose'), g.purpose)}</p>
      <p className={`tb-access-meta ${g.overdue ? 'tb-overdue' : 'tb-note'}`}>
        {t('exchange.grants.requestedAt', { at: formatDate.date(g.requestedAt) })}
        {g.status === 'pending'
          ? ` · ${t('exchange.grants.dueDate', { date: formatDate.date(g.dueDate) })}`
          : null}
      </p>
      <div className="tb-access-fields">
        {g.fields.map((f) => (
          <Tag key={f.key}>{f.name}</Tag>
        ))}
      </div>
      <p className="tb-access-meta tb-note">{labelled(t('exchange.grants.items'), joinList(g.itemCodes))}</p>
      {g.reasons ? (
        <p className="tb-access-meta">{labelled(t('exchange.grants.reasons'), g.reasons)}</p>
      ) : null}
      {g.mayDecide ? (
        <div className="tb-grant-actions">
          <Button type="primary" loading={approve.isPending} onClick={() => approve.mutate()}>
            {t('exchange.grants.approve')}
          </Button>
          <Button danger onClick={() => onRefuse(g)}>
            {t('exchange.grants.refuse')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}

function RefuseModal({ grant, onClose }: { grant: Grant | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reasons: string }>();
  const problem = useFormProblem(form);
  const queryClient = useQueryClient();
  const refuse = useMutation({
    mutationFn: (v: { reasons: string }) => exchangeApi.decide(grant!.id, 'refuse', v.reasons),
    onMutate: problem.clear,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['exchange', 'grants'] });
      form.resetFields();
      onClose();
    },
    onError: problem.showError,
  });
  return (
    <Modal
      open={grant !== null}
      title={t('exchange.grants.refuseTitle', { resource: grant?.resourceName ?? '' })}
      okText={t('exchange.grants.refuse')}
      okButtonProps={{ danger: true, loading: refuse.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormProblemAlert
        error={problem.error}
        unplacedErrors={problem.unplacedErrors}
        hasFieldErrors={problem.hasFieldErrors}
      />
      <Form form={form} layout="vertical" onFinish={(v) => refuse.mutate(v)}>
        <Form.Item
          name="reasons"
          label={t('exchange.grants.reasons')}
          rules={[{ required: true, message: t('exchange.grants.reasonsRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface RequestValues {
  resourceCode: string;
  consumerDepartmentId: string;
  purpose: string;
  fields: string[];
  itemCodes: string[];
}

function RequestModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const stewardOf = (me?.roles ?? []).filter((r) => r.role === 'data_steward');
  const [form] = Form.useForm<RequestValues>();
  const problem = useFormProblem(form);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const resources = useQuery({
    queryKey: ['exchange', 'resources', 'requestable'],
    queryFn: () => exchangeApi.resources(null, 100),
    enabled: open,
  });
  const chosen = Form.useWatch('resourceCode', form);
  const resource = resources.data?.items.find((r) => r.code === chosen);
  const request = useMutation({
    mutationFn: (v: RequestValues) => exchangeApi.requestGrant(v),
    onMutate: problem.clear,
    onSuccess: () => {
      void message.success(t('exchange.grants.requested'));
      void queryClient.invalidateQueries({ queryKey: ['exchange', 'grants'] });
      form.resetFields();
      onClose();
    },
    onError: problem.showError,
  });
  return (
    <Modal
      open={open}
      title={t('exchange.grants.request')}
      okText={t('exchange.grants.submitRequest')}
      okButtonProps={{ loading: request.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormProblemAlert
        error={problem.error}
        unplacedErrors={problem.unplacedErrors}
        hasFieldErrors={problem.hasFieldErrors}
      />
      <Form<RequestValues>
        form={form}
        layout="vertical"
        initialValues={{ consumerDepartmentId: stewardOf[0]?.departmentId, fields: [], itemCodes: [] }}
        onFinish={(v) => request.mutate(v)}
      >
        <Form.Item name="resourceCode" label={t('exchange.grants.resource')} rules={[{ required: true }]}>
          <FormSelect
            loading={resources.isPending}
            showSearch
            optionFilterProp="label"
            options={(resources.data?.items ?? [])
              .filter((r) => r.status === 'published' && r.shareType === 'conditional')
              .map((r) => ({ value: r.code, label: withNote(r.name, r.providerDepartmentName) }))}
          />
        </Form.Item>
        <Form.Item
          name="consumerDepartmentId"
          label={t('exchange.grants.consumer')}
          rules={[{ required: true }]}
        >
          <FormSelect options={stewardOf.map((r) => ({ value: r.departmentId, label: r.departmentName }))} />
        </Form.Item>
        <Form.Item name="purpose" label={t('exchange.grants.purpose')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="fields" label={t('exchange.grants.fields')} extra={t('exchange.grants.fieldsHelp')}>
          <Checkbox.Group options={(resource?.items ?? []).map((i) => ({ value: i.key, label: i.name }))} />
        </Form.Item>
        <Form.Item name="itemCodes" label={t('exchange.grants.items')} extra={t('exchange.grants.itemsHelp')}>
          <Select mode="tags" tokenSeparators={[',', ' ', '，']} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 共享申请: requests to my department (answer within 10 working days) and my department's requests. */
export default function GrantsPage() {
  const { t } = useTranslation();
  usePageTitle(t('exchange.grants.title'));
  const me = useMe().data;
  const isSteward = me?.roles.some((r) => r.role === 'data_steward') ?? false;
  const [side, setSide] = useState<GrantSide | 'all'>(isSteward ? 'provider' : 'all');
  const [status, setStatus] = useState<GrantStatus | 'all'>('all');
  const [refusing, setRefusing] = useState<Grant | null>(null);
  const [requesting, setRequesting] = useState(false);
  const pager = useCursorPagination(['exchange', 'grants', side, status], (cursor, limit) =>
    exchangeApi.grants(
      side === 'all' ? undefined : side,
      status === 'all' ? undefined : status,
      cursor,
      limit,
    ),
  );
  return (
    <div className="tb-page">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[{ title: t('exchange.resources.title') }, { title: t('exchange.grants.title') }]}
      />
      <div className="tb-title-row">
        <Typography.Title level={1}>{t('exchange.grants.title')}</Typography.Title>
        {isSteward ? (
          <Space wrap>
            <Link to="/workbench/exchange/resources">{t('exchange.resources.title')}</Link>
            <Button type="primary" onClick={() => setRequesting(true)}>
              {t('exchange.grants.request')}
            </Button>
          </Space>
        ) : null}
      </div>
      <Card className="tb-card">
        <Space wrap style={{ marginBottom: 12 }}>
          <Segmented
            aria-label={t('exchange.grants.side')}
            value={side}
            onChange={(v) => setSide(v as GrantSide | 'all')}
            options={[
              { value: 'provider', label: t('exchange.grants.toUs') },
              { value: 'consumer', label: t('exchange.grants.ours') },
              { value: 'all', label: t('exchange.grants.all') },
            ]}
          />
          <Select
            aria-label={t('exchange.grants.status')}
            value={status}
            onChange={setStatus}
            style={{ minWidth: 120 }}
            options={[
              { value: 'all', label: t('exchange.grants.all') },
              ...(['pending', 'approved', 'refused'] as const).map((s) => ({
                value: s,
                label: t(`exchange.grantStatus.${s}`),
              })),
            ]}
          />
        </Space>
        {pager.query.isError ? (
          <ErrorAlert error={pager.query.error} onRetry={() => void pager.query.refetch()} />
        ) : pager.query.isPending ? (
          <PageSpin />
        ) : pager.items.length === 0 ? (
          <EmptyState text={t('exchange.grants.empty')} />
        ) : (
          <ul className="tb-access-list">
            {pager.items.map((g) => (
              <GrantItem key={g.id} g={g} onRefuse={setRefusing} />
            ))}
          </ul>
        )}
        <CursorPager of={pager} />
      </Card>
      <RefuseModal grant={refusing} onClose={() => setRefusing(null)} />
      <RequestModal open={requesting} onClose={() => setRequesting(false)} />
    </div>
  );
}
