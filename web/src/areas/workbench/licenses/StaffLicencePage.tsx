import { useState, type ReactNode } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Form, Input, Modal, Skeleton, Typography } from 'antd';
import {
  CloseCircleOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { licensesApi, type LicenceDetail, type LifecycleAction } from '../../../api/licenses';
import { useErrorToast } from '../../../api/errors';
import { useFormProblem } from '../../../api/formErrors';
import { ApiError } from '../../../api/problem';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormProblemAlert } from '../../../components/FormProblemAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { LicenceFacts, LicenceStatusTag } from '../../portal/licenses/display';
import { FaceData, StatusNotice, UsesList } from '../../portal/licenses/LicenceDetailPage';
import { WorkbenchNav } from '../display';

/** Which lifecycle actions a licence in this status allows (the server's rules in service.ts setStatus/renew). */
const ALLOWED: Record<LifecycleAction, readonly string[]> = {
  revoke: ['valid', 'suspended'],
  suspend: ['valid'],
  reinstate: ['suspended'],
};

/** Revoke / suspend / reinstate: the reason is required, the dialog says what will happen. */
function ReasonModal({
  licence,
  action,
  onClose,
}: {
  licence: LicenceDetail;
  action: LifecycleAction | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const problem = useFormProblem(form);
  const run = useMutation({
    mutationFn: ({ reason }: { reason: string }) => licensesApi.setStatus(licence.id, action!, reason),
    onSuccess: (next) => {
      queryClient.setQueryData(['licenses', 'detail', licence.id], next);
      void queryClient.invalidateQueries({ queryKey: ['licenses', 'search'] });
      void message.success(t(`licenses.staff.done.${action!}`));
      form.resetFields();
      onClose();
    },
    onError: (error) => problem.showError(error),
  });
  const close = () => {
    problem.clear();
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      open={action !== null}
      title={action ? t(`licenses.staff.action.${action}`) : ''}
      okText={action ? t(`licenses.staff.confirm.${action}`) : ''}
      okButtonProps={{ danger: action === 'revoke', loading: run.isPending }}
      cancelText={t('common.cancel')}
      onCancel={close}
      onOk={() => {
        problem.clear();
        form.validateFields().then(
          (values) => run.mutate(values),
          () => undefined,
        );
      }}
      destroyOnHidden
    >
      <div className="tb-stack">
        {action ? (
          <Alert
            type={action === 'revoke' ? 'error' : 'warning'}
            showIcon
            message={t(`licenses.staff.warning.${action}`, { name: licence.name })}
          />
        ) : null}
        <FormProblemAlert
          error={problem.error}
          unplacedErrors={problem.unplacedErrors}
          hasFieldErrors={problem.hasFieldErrors}
        />
        <Form form={form} layout="vertical" name={`licence-${action ?? 'none'}`}>
          <Form.Item
            name="reason"
            label={t('licenses.staff.reason')}
            rules={[
              { required: true, whitespace: true, message: t('licenses.staff.reasonRequired') },
              { max: 500 },
            ]}
            extra={t('licenses.staff.reasonHelp')}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}

function Actions({ licence, base }: { licence: LicenceDetail; base: string }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const toastError = useErrorToast();
  const [action, setAction] = useState<LifecycleAction | null>(null);
  const renew = useMutation({
    mutationFn: () => licensesApi.renew(licence.id),
    onSuccess: (next) => {
      void queryClient.invalidateQueries({ queryKey: ['licenses'] });
      void message.success(t('licenses.staff.done.renew'));
      void navigate(`${base}/${next.id}`);
    },
    onError: toastError,
  });
  if (!licence.mayManage) return <p className="tb-note">{t('licenses.staff.readOnly')}</p>;
  const buttons: { action: LifecycleAction; icon: ReactNode; danger?: boolean }[] = [
    { action: 'suspend', icon: <PauseCircleOutlined aria-hidden /> },
    { action: 'reinstate', icon: <PlayCircleOutlined aria-hidden /> },
    { action: 'revoke', icon: <CloseCircleOutlined aria-hidden />, danger: true },
  ];
  const available = buttons.filter((b) => ALLOWED[b.action].includes(licence.status));
  const mayRenew = licence.status === 'valid' || licence.status === 'expired';
  return (
    <div className="tb-stack">
      {available.length === 0 && !mayRenew ? (
        <p className="tb-note">{t('licenses.staff.noActions')}</p>
      ) : null}
      <div className="tb-lic-actions">
        {available.map((b) => (
          <Button key={b.action} icon={b.icon} danger={b.danger} onClick={() => setAction(b.action)}>
            {t(`licenses.staff.action.${b.action}`)}
          </Button>
        ))}
        {mayRenew ? (
          <Button
            icon={<ReloadOutlined aria-hidden />}
            loading={renew.isPending}
            onClick={() =>
              void modal.confirm({
                title: t('licenses.staff.action.renew'),
                content: t('licenses.staff.warning.renew', { name: licence.name }),
                okText: t('licenses.staff.confirm.renew'),
                cancelText: t('common.cancel'),
                onOk: () => renew.mutateAsync().catch(() => undefined),
              })
            }
          >
            {t('licenses.staff.action.renew')}
          </Button>
        ) : null}
      </div>
      <ReasonModal licence={licence} action={action} onClose={() => setAction(null)} />
    </div>
  );
}

/** A licence as its issuer's staff see it (face data with ID numbers masked) and its lifecycle actions. */
export function StaffLicence({ base, nav, crumbs }: { base: string; nav?: ReactNode; crumbs: ReactNode[] }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['licenses', 'detail', id],
    queryFn: () => licensesApi.detail(id),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  usePageTitle(query.data?.name ?? t('licenses.staff.title'));
  const head = (
    <>
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          ...crumbs.map((title) => ({ title })),
          { title: <Link to={base}>{t('licenses.staff.title')}</Link> },
          { title: query.data?.name ?? t('licenses.detailTitle') },
        ]}
      />
      {nav}
    </>
  );
  if (query.isPending)
    return (
      <div className="tb-page">
        {head}
        <Card className="tb-card">
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </div>
    );
  if (query.isError)
    return (
      <div className="tb-page">
        {head}
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  const l = query.data;
  return (
    <div className="tb-page">
      {head}
      <header className="tb-stack">
        <Typography.Title level={1} style={{ margin: 0 }}>
          {l.name}
        </Typography.Title>
        <div>
          <LicenceStatusTag status={l.status} name={l.statusName} />
        </div>
      </header>
      <StatusNotice licence={l} />
      <Card
        className="tb-card"
        title={<h2 className="tb-card-heading">{t('licenses.staff.actionsTitle')}</h2>}
      >
        <Actions licence={l} base={base} />
      </Card>
      <Card className="tb-card" title={<h2 className="tb-card-heading">{t('licenses.factsTitle')}</h2>}>
        <LicenceFacts licence={l} />
      </Card>
      <Card className="tb-card" title={<h2 className="tb-card-heading">{t('licenses.faceTitle')}</h2>}>
        <FaceData licence={l} />
      </Card>
      <Card className="tb-card" title={<h2 className="tb-card-heading">{t('licenses.usesTitle')}</h2>}>
        <UsesList uses={l.uses} />
      </Card>
    </div>
  );
}

/** /workbench/licenses/:id */
export default function WorkbenchLicencePage() {
  const { t } = useTranslation();
  return (
    <StaffLicence
      base="/workbench/licenses"
      nav={<WorkbenchNav />}
      crumbs={[
        <Link key="wb" to="/workbench">
          {t('areas.workbench')}
        </Link>,
      ]}
    />
  );
}
