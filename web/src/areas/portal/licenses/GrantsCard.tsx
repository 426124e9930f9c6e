import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, Popconfirm, Radio, Tag, Typography } from 'antd';
import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../../api/catalog';
import { useFormProblem } from '../../../api/formErrors';
import {
  licensesApi,
  type GrantBody,
  type GranteeKind,
  type LicenceDetail,
  type LicenceGrant,
} from '../../../api/licenses';
import { CursorPager } from '../../../components/CursorPager';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormProblemAlert } from '../../../components/FormProblemAlert';
import { FormSelect } from '../../../components/FormSelect';
import { useCursorPagination } from '../../../components/cursorPagination';
import { SERVICE_TIME_ZONE, useDateFormat } from '../../../i18n/format';
import './grants.css';

const KINDS: readonly GranteeKind[] = ['department', 'organisation', 'code'];
const STATUS_TONE: Record<LicenceGrant['status'], string> = {
  active: 'green',
  pending: 'blue',
  expired: 'default',
  used: 'default',
  revoked: 'red',
};

interface Values {
  granteeKind: GranteeKind;
  departmentId?: string;
  uscc?: string;
  purpose: string;
  validFrom: string;
  validUntil: string;
  revealIdNumbers?: boolean;
}

/** The one-time code, shown once with a copy button (only its hash is kept on the server). */
function CodeOnce({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      message={t('licenses.grants.codeTitle')}
      description={
        <div className="tb-stack">
          <span className="tb-grant-code" data-testid="grant-code">
            {code}
          </span>
          <span>{t('licenses.grants.codeOnce')}</span>
          <div className="tb-lic-actions">
            <Button
              icon={<CopyOutlined aria-hidden />}
              onClick={() =>
                void navigator.clipboard
                  .writeText(code)
                  .then(() => message.success(t('licenses.grants.copied')))
                  .catch(() => message.error(t('licenses.grants.copyFailed')))
              }
            >
              {t('licenses.grants.copy')}
            </Button>
            <Button onClick={onDone}>{t('licenses.grants.done')}</Button>
          </div>
        </div>
      }
    />
  );
}

function GrantForm({
  licence,
  onCreated,
}: {
  licence: LicenceDetail;
  onCreated: (code: string | null) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const problem = useFormProblem(form);
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('granteeKind', form) ?? 'department';
  const departments = useQuery({
    queryKey: ['catalog', 'departments'],
    queryFn: catalogApi.departments,
    staleTime: 300_000,
    enabled: kind === 'department',
  });
  const today = dayjs().tz(SERVICE_TIME_ZONE).format('YYYY-MM-DD');

  const submit = async (values: Values) => {
    problem.clear();
    setSaving(true);
    try {
      const body: GrantBody = {
        granteeKind: values.granteeKind,
        purpose: values.purpose,
        validFrom: values.validFrom,
        validUntil: values.validUntil,
        ...(values.granteeKind === 'department' ? { departmentId: values.departmentId } : {}),
        ...(values.granteeKind === 'organisation' ? { uscc: values.uscc?.trim() } : {}),
        ...(values.granteeKind !== 'department' ? { revealIdNumbers: values.revealIdNumbers === true } : {}),
      };
      const created = await licensesApi.createGrant(licence.id, body);
      form.resetFields();
      onCreated(created.code);
    } catch (error) {
      problem.showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="tb-grant-form"
      onFinish={(values) => void submit(values)}
      initialValues={{
        granteeKind: 'department',
        validFrom: today,
        validUntil: dayjs(today).add(30, 'day').format('YYYY-MM-DD'),
        revealIdNumbers: false,
      }}
    >
      <FormProblemAlert {...problem} />
      <Form.Item name="granteeKind" label={t('licenses.grants.kind')}>
        <Radio.Group>
          {KINDS.map((k) => (
            <Radio key={k} value={k}>
              {t(`licenses.grants.kinds.${k}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      {kind === 'department' ? (
        <Form.Item
          name="departmentId"
          label={t('licenses.grants.department')}
          rules={[{ required: true, message: t('licenses.grants.departmentRequired') }]}
        >
          <FormSelect
            showSearch
            optionFilterProp="label"
            loading={departments.isPending}
            placeholder={t('licenses.grants.departmentPlaceholder')}
            options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
      ) : null}
      {kind === 'organisation' ? (
        <Form.Item
          name="uscc"
          label={t('licenses.grants.uscc')}
          extra={t('licenses.grants.usccHelp')}
          rules={[{ required: true, message: t('licenses.grants.usccRequired') }]}
        >
          <Input maxLength={18} className="tb-mono" autoComplete="off" spellCheck={false} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="purpose"
        label={t('licenses.grants.purpose')}
        extra={t('licenses.grants.purposeHelp')}
        rules={[{ required: true, whitespace: true, message: t('licenses.grants.purposeRequired') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <div className="tb-grant-dates">
        <Form.Item name="validFrom" label={t('licenses.grants.validFrom')} rules={[{ required: true }]}>
          <Input type="date" min={today} />
        </Form.Item>
        <Form.Item name="validUntil" label={t('licenses.grants.validUntil')} rules={[{ required: true }]}>
          <Input type="date" min={today} />
        </Form.Item>
      </div>
      {kind !== 'department' ? (
        <Form.Item name="revealIdNumbers" valuePropName="checked" extra={t('licenses.grants.revealHelp')}>
          <Checkbox>{t('licenses.grants.reveal')}</Checkbox>
        </Form.Item>
      ) : (
        <p className="tb-note">{t('licenses.grants.departmentFull')}</p>
      )}
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('licenses.grants.submit')}
      </Button>
    </Form>
  );
}

/** 授权使用 (holder): grant a department, an organisation or a one-time code the use of this licence. */
export function GrantsCard({ licence }: { licence: LicenceDetail }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const pager = useCursorPagination(['licenses', 'grants', licence.id], (cursor, limit) =>
    licensesApi.grants(licence.id, cursor, limit),
  );
  const refresh = () => client.invalidateQueries({ queryKey: ['licenses'] });

  const revoke = async (g: LicenceGrant) => {
    setRevokeError(null);
    try {
      await licensesApi.revokeGrant(licence.id, g.id);
      message.success(t('licenses.grants.revoked'));
      await refresh();
    } catch (error) {
      setRevokeError(error);
    }
  };

  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('licenses.grants.title')}</h2>}>
      <div className="tb-stack">
        <Typography.Paragraph className="tb-note">{t('licenses.grants.intro')}</Typography.Paragraph>
        {code ? <CodeOnce code={code} onDone={() => setCode(null)} /> : null}
        {creating ? (
          <GrantForm
            licence={licence}
            onCreated={(created) => {
              setCreating(false);
              setCode(created);
              message.success(t('licenses.grants.created'));
              void refresh();
            }}
          />
        ) : (
          <div>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('licenses.grants.new')}
            </Button>
          </div>
        )}
        {revokeError ? <ErrorAlert error={revokeError} /> : null}
        {pager.query.isError ? (
          <ErrorAlert error={pager.query.error} onRetry={() => void pager.query.refetch()} />
        ) : pager.items.length === 0 && !pager.query.isPending ? (
          <EmptyState text={t('licenses.grants.empty')} />
        ) : (
          <ul className="tb-grant-list" aria-label={t('licenses.grants.listLabel')}>
            {pager.items.map((g) => (
              <li key={g.id} className="tb-grant-item">
                <div>
                  <strong>{g.granteeName}</strong>{' '}
                  <Tag color={STATUS_TONE[g.status]}>{t(`licenses.grants.status.${g.status}`)}</Tag>
                  <div>{g.purpose}</div>
                  <div className="tb-note">
                    {t('licenses.validity', {
                      from: formatDate.date(g.validFrom),
                      until: formatDate.date(g.validUntil),
                    })}
                    {' · '}
                    {t('licenses.grants.uses', { n: g.useCount })}
                    {g.granteeKind !== 'department'
                      ? ` · ${t(g.revealIdNumbers ? 'licenses.grants.fullIds' : 'licenses.grants.maskedIds')}`
                      : null}
                  </div>
                </div>
                {g.status === 'active' || g.status === 'pending' ? (
                  <Popconfirm
                    title={t('licenses.grants.revokeConfirm', { name: g.granteeName })}
                    okText={t('licenses.grants.revoke')}
                    cancelText={t('licenses.close')}
                    onConfirm={() => revoke(g)}
                  >
                    <Button danger aria-label={t('licenses.grants.revokeNamed', { name: g.granteeName })}>
                      {t('licenses.grants.revoke')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <CursorPager of={pager} />
      </div>
    </Card>
  );
}
