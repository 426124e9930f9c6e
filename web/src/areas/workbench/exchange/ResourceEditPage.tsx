import { useEffect } from 'react';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { exchangeApi, type DataResource, type ResourceInput } from '../../../api/exchange';
import { useFormProblem } from '../../../api/formErrors';
import { useMe } from '../../../auth/session';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormSelect } from '../../../components/FormSelect';
import { FormProblemAlert } from '../../../components/FormProblemAlert';
import { PageSpin } from '../../../components/PageSpin';
import { usePageTitle } from '../../../components/usePageTitle';
import '../../portal/exchange/exchange.css';
import { UPDATE_CYCLES, updateCycleLabel } from './updateCycles';

interface Values {
  code: string;
  catalogueCode: string;
  name: string;
  providerDepartmentId: string;
  abstract: string;
  items: Array<{
    key: string;
    name: string;
    type: 'string' | 'number' | 'date' | 'boolean';
    concept?: string;
  }>;
  shareType: 'unconditional' | 'conditional' | 'none';
  shareCondition?: string;
  legalBasis?: string;
  updateCycle: string;
  standsFor: string[];
  connector: { kind: 'dataset' | 'http'; url?: string; timeoutMs?: number; secret?: string };
}

const toValues = (r: DataResource): Values => ({
  code: r.code,
  catalogueCode: r.catalogueCode,
  name: r.name,
  providerDepartmentId: r.providerDepartmentId,
  abstract: r.abstract,
  items: r.items.map((i) => ({ ...i, concept: i.concept ?? undefined })),
  shareType: r.shareType,
  shareCondition: r.shareCondition ?? undefined,
  legalBasis: r.legalBasis ?? undefined,
  updateCycle: r.updateCycle,
  standsFor: r.standsFor,
  connector: {
    kind: r.connector.kind,
    url: r.connector.url ?? undefined,
    timeoutMs: r.connector.timeoutMs ?? undefined,
  },
});

function toBody(v: Values): Omit<ResourceInput, 'providerDepartmentId'> {
  return {
    code: v.code,
    catalogueCode: v.catalogueCode,
    name: v.name,
    abstract: v.abstract ?? '',
    items: (v.items ?? []).map((i) => ({
      key: i.key,
      name: i.name,
      type: i.type,
      ...(i.concept ? { concept: i.concept } : {}),
    })),
    shareType: v.shareType,
    shareCondition: v.shareCondition || null,
    legalBasis: v.legalBasis || null,
    updateCycle: v.updateCycle,
    standsFor: v.standsFor ?? [],
    connector:
      v.connector.kind === 'http'
        ? {
            kind: 'http',
            url: v.connector.url ?? '',
            timeoutMs: v.connector.timeoutMs ?? 5000,
            ...(v.connector.secret ? { secret: v.connector.secret } : {}),
          }
        : { kind: 'dataset' },
  };
}

/** Create or edit a resource of the catalogue, then publish it (data stewards of the provider department). */
export default function ResourceEditPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const isNew = code === undefined;
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const problem = useFormProblem(form);
  const me = useMe().data;
  const stewardOf = (me?.roles ?? []).filter((r) => r.role === 'data_steward');
  const existing = useQuery({
    queryKey: ['exchange', 'resource', code],
    queryFn: () => exchangeApi.resource(code!),
    enabled: !isNew,
  });
  usePageTitle(isNew ? t('exchange.resources.new') : (existing.data?.name ?? t('exchange.resources.title')));
  useEffect(() => {
    if (existing.data) form.setFieldsValue(toValues(existing.data));
  }, [existing.data, form]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      isNew
        ? exchangeApi.createResource({ ...toBody(v), providerDepartmentId: v.providerDepartmentId })
        : exchangeApi.updateResource(code!, { ...toBody(v), version: existing.data!.version }),
    onMutate: problem.clear,
    onSuccess: (saved) => {
      void message.success(t('exchange.resources.saved'));
      void queryClient.invalidateQueries({ queryKey: ['exchange'] });
      if (isNew) void navigate(`/workbench/exchange/resources/${saved.code}`);
    },
    onError: problem.showError,
  });
  const publish = useMutation({
    mutationFn: () => exchangeApi.publishResource(code!),
    onSuccess: () => {
      void message.success(t('exchange.resources.publishedMessage'));
      void queryClient.invalidateQueries({ queryKey: ['exchange'] });
    },
    onError: problem.showError,
  });

  const shareType = Form.useWatch('shareType', form);
  const connectorKind = Form.useWatch(['connector', 'kind'], form);

  if (!isNew && existing.isError)
    return <ErrorAlert error={existing.error} onRetry={() => void existing.refetch()} />;
  if (!isNew && existing.isPending) return <PageSpin />;
  const readOnly = !isNew && !existing.data?.mayEdit;

  return (
    <div className="tb-page">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/workbench">{t('areas.workbench')}</Link> },
          { title: <Link to="/workbench/exchange/resources">{t('exchange.resources.title')}</Link> },
          { title: isNew ? t('exchange.resources.new') : existing.data?.name },
        ]}
      />
      <div className="tb-title-row">
        <Typography.Title level={1}>
          {isNew ? t('exchange.resources.new') : existing.data?.name}
        </Typography.Title>
        {!isNew && existing.data ? (
          <Tag color={existing.data.status === 'published' ? 'green' : 'gold'}>
            {t(`exchange.status.${existing.data.status}`)}
          </Tag>
        ) : null}
      </div>
      <Card className="tb-card">
        <FormProblemAlert
          error={problem.error}
          unplacedErrors={problem.unplacedErrors}
          hasFieldErrors={problem.hasFieldErrors}
        />
        <Form<Values>
          form={form}
          layout="vertical"
          disabled={readOnly}
          initialValues={{
            shareType: 'conditional',
            updateCycle: UPDATE_CYCLES[0],
            items: [{ key: '', name: '', type: 'string' }],
            standsFor: [],
            connector: { kind: 'dataset' },
            providerDepartmentId: stewardOf[0]?.departmentId,
          }}
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item name="name" label={t('exchange.resource.name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item
            name="code"
            label={t('exchange.resource.code')}
            extra={t('exchange.resource.codeHelp')}
            rules={[{ required: true }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="catalogueCode"
            label={t('exchange.resource.catalogueCode')}
            extra={t('exchange.resource.catalogueCodeHelp')}
            rules={[{ required: true }]}
          >
            <Input inputMode="numeric" />
          </Form.Item>
          {isNew ? (
            <Form.Item
              name="providerDepartmentId"
              label={t('exchange.resource.provider')}
              rules={[{ required: true }]}
            >
              <FormSelect
                options={stewardOf.map((r) => ({ value: r.departmentId, label: r.departmentName }))}
              />
            </Form.Item>
          ) : (
            <Form.Item label={t('exchange.resource.provider')}>
              <Input
                value={existing.data?.providerDepartmentName}
                disabled
                aria-label={t('exchange.resource.provider')}
              />
            </Form.Item>
          )}
          <Form.Item name="abstract" label={t('exchange.resource.abstract')}>
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
          <Typography.Title level={2} className="tb-card-heading">
            {t('exchange.resource.items')}
          </Typography.Title>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <div key={field.key} className="tb-item-row">
                    <Form.Item
                      name={[field.name, 'key']}
                      label={t('exchange.resource.itemKey')}
                      rules={[{ required: true }]}
                    >
                      <Input />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'name']}
                      label={t('exchange.resource.itemName')}
                      rules={[{ required: true }]}
                    >
                      <Input />
                    </Form.Item>
                    <Form.Item name={[field.name, 'type']} label={t('exchange.resource.itemType')}>
                      <Select
                        options={(['string', 'number', 'date', 'boolean'] as const).map((v) => ({
                          value: v,
                          label: t(`exchange.itemType.${v}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'concept']} label={t('exchange.resource.itemConcept')}>
                      <Input placeholder="newborn.birthDate" />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('exchange.resource.removeItem', { n: index + 1 })}
                      style={{ minHeight: 44, marginTop: 30 }}
                    />
                  </div>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ key: '', name: '', type: 'string' })}
                  style={{ minHeight: 44 }}
                >
                  {t('exchange.resource.addItem')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name="shareType" label={t('exchange.resource.shareType')} style={{ marginTop: 16 }}>
            <Radio.Group>
              {(['unconditional', 'conditional', 'none'] as const).map((v) => (
                <Radio key={v} value={v}>
                  {t(`exchange.shareType.${v}`)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          {shareType === 'conditional' ? (
            <Form.Item name="shareCondition" label={t('exchange.resource.shareCondition')}>
              <Input.TextArea autoSize />
            </Form.Item>
          ) : null}
          {shareType !== 'unconditional' ? (
            <Form.Item
              name="legalBasis"
              label={t('exchange.resource.legalBasis')}
              extra={t('exchange.resource.legalBasisHelp')}
            >
              <Input.TextArea autoSize />
            </Form.Item>
          ) : null}
          <Form.Item
            name="updateCycle"
            label={t('exchange.resource.updateCycle')}
            rules={[{ required: true }]}
          >
            <FormSelect options={UPDATE_CYCLES.map((v) => ({ value: v, label: updateCycleLabel(v) }))} />
          </Form.Item>
          <Form.Item
            name="standsFor"
            label={t('exchange.resource.standsFor')}
            extra={t('exchange.resource.standsForHelp')}
          >
            <Select mode="tags" tokenSeparators={[',', ' ']} />
          </Form.Item>
          <Form.Item name={['connector', 'kind']} label={t('exchange.resource.connector')}>
            <Radio.Group>
              <Radio value="dataset">{t('exchange.connector.dataset')}</Radio>
              <Radio value="http">{t('exchange.connector.http')}</Radio>
            </Radio.Group>
          </Form.Item>
          {connectorKind === 'http' ? (
            <>
              <Form.Item
                name={['connector', 'url']}
                label={t('exchange.connector.url')}
                rules={[{ required: true }]}
              >
                <Input inputMode="url" />
              </Form.Item>
              <Form.Item name={['connector', 'timeoutMs']} label={t('exchange.connector.timeout')}>
                <InputNumber min={100} max={30000} step={500} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item
                name={['connector', 'secret']}
                label={t('exchange.connector.secret')}
                extra={existing.data?.connector.secretSet ? t('exchange.connector.secretKept') : undefined}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </>
          ) : null}
          {readOnly ? null : (
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={save.isPending} style={{ minHeight: 44 }}>
                {t('exchange.resources.save')}
              </Button>
              {!isNew && existing.data?.status === 'draft' ? (
                <Button
                  onClick={() => publish.mutate()}
                  loading={publish.isPending}
                  style={{ minHeight: 44 }}
                >
                  {t('exchange.resources.publish')}
                </Button>
              ) : null}
            </Space>
          )}
        </Form>
      </Card>
    </div>
  );
}
