import { App, Breadcrumb, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../../api/catalog';
import type { ExerciseLevel, ItemType, ServiceObject } from '../../../api/catalogTypes';
import { useFormProblem } from '../../../api/formErrors';
import { EXERCISE_LEVEL_LIST, ITEM_TYPE_LIST, SERVICE_OBJECTS } from '../../../catalog/codes';
import { useCatalogLabels } from '../../../catalog/labels';
import { FormProblemAlert } from '../../../components/FormProblemAlert';
import { FormSelect } from '../../../components/FormSelect';
import { RegionCascader } from '../../../components/form-renderer/RegionCascader';
import { usePageTitle } from '../../../components/usePageTitle';
import { blankItemContent } from './itemContent';
import { ItemPicker } from './ItemPicker';
import { useAllDepartments } from './shared';

interface Values {
  departmentId: string;
  regionCode: string;
  implementationCode?: string;
  parentItemId?: string;
  content: {
    name: string;
    baseCode: string;
    itemType: ItemType;
    exerciseLevel: ExerciseLevel;
    serviceObjects: ServiceObject[];
    competentDepartment: string;
  };
}

/** /admin/catalog/items/new — the essentials of a new item; everything else is completed in the editor. */
export default function ItemCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useCatalogLabels();
  const navigate = useNavigate();
  usePageTitle(t('catalogAdmin.newItem'));
  const [form] = Form.useForm<Values>();
  const problem = useFormProblem(form);
  const departments = useAllDepartments();

  const create = useMutation({
    mutationFn: (values: Values) =>
      catalogApi.createItem({
        departmentId: values.departmentId,
        regionCode: values.regionCode,
        ...(values.implementationCode?.trim()
          ? { implementationCode: values.implementationCode.trim() }
          : {}),
        ...(values.parentItemId ? { parentItemId: values.parentItemId } : {}),
        content: { ...blankItemContent(), ...values.content, name: values.content.name.trim() },
      }),
    onMutate: () => problem.clear(),
    onSuccess: (item) => {
      void message.success(t('catalogAdmin.created', { name: item.draft?.content.name ?? '' }));
      void navigate(`/admin/catalog/items/${item.id}`);
    },
    onError: (error) => problem.showError(error),
  });

  const initial = blankItemContent();
  return (
    <div className="tb-page">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/admin">{t('admin.title')}</Link> },
          { title: <Link to="/admin/catalog">{t('catalogAdmin.title')}</Link> },
          { title: t('catalogAdmin.newItem') },
        ]}
      />
      <Typography.Title level={1}>{t('catalogAdmin.newItem')}</Typography.Title>
      <Card className="tb-card">
        <Typography.Paragraph>{t('catalogAdmin.newItemHelp')}</Typography.Paragraph>
        <FormProblemAlert
          error={problem.error}
          unplacedErrors={problem.unplacedErrors}
          hasFieldErrors={problem.hasFieldErrors}
        />
        <Form<Values>
          form={form}
          name="new-item"
          layout="vertical"
          onFinish={(values) => create.mutate(values)}
          initialValues={{
            content: {
              itemType: initial.itemType,
              exerciseLevel: initial.exerciseLevel,
              serviceObjects: initial.serviceObjects,
              competentDepartment: '',
            },
          }}
          onValuesChange={(changed: Partial<Values>) => {
            if (changed.departmentId) {
              const dept = departments.data?.find((d) => d.id === changed.departmentId);
              if (dept) form.setFieldsValue({ regionCode: dept.regionCode });
            }
          }}
        >
          <Row gutter={16}>
            <Col xs={24}>
              <Form.Item
                name={['content', 'name']}
                label={t('guide.name')}
                rules={[
                  { required: true, min: 2, max: 200, whitespace: true, message: t('catalogAdmin.nameRule') },
                ]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="departmentId"
                label={t('guide.implementer')}
                rules={[{ required: true, message: t('catalogAdmin.departmentRequired') }]}
              >
                <FormSelect
                  showSearch
                  optionFilterProp="label"
                  loading={departments.isPending}
                  options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="regionCode"
                label={t('catalog.region')}
                extra={t('catalogAdmin.regionHelp')}
                rules={[{ required: true, message: t('catalogAdmin.regionRequired') }]}
              >
                <RegionCascader changeOnSelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['content', 'baseCode']}
                label={t('guide.baseCode')}
                extra={t('itemEditor.baseCodeHelp')}
                normalize={(v: string) => v?.toUpperCase()}
                rules={[
                  { required: true, pattern: /^[0-9A-Z]{12}$/, message: t('itemEditor.baseCodePattern') },
                ]}
              >
                <Input maxLength={12} className="tb-mono-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="implementationCode"
                label={t('guide.implementationCode')}
                extra={t('catalogAdmin.implementationCodeHelp')}
              >
                <Input maxLength={50} className="tb-mono-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['content', 'itemType']} label={t('catalog.itemType')}>
                <Select options={ITEM_TYPE_LIST.map((v) => ({ value: v, label: labels.itemType(v) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['content', 'exerciseLevel']} label={t('guide.exerciseLevel')}>
                <Select
                  options={EXERCISE_LEVEL_LIST.map((v) => ({ value: v, label: labels.exerciseLevel(v) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['content', 'serviceObjects']}
                label={t('guide.serviceObjects')}
                rules={[
                  // A validator, not `required`: antd would put aria-required on the multiple select's
                  // wrapper, where that attribute is not allowed.
                  {
                    validator: (_r, v: unknown[] | undefined) =>
                      v && v.length > 0
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('catalogAdmin.serviceObjectsRequired'))),
                  },
                ]}
              >
                <Select
                  mode="multiple"
                  options={SERVICE_OBJECTS.map((v) => ({ value: v, label: labels.serviceObject(v) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['content', 'competentDepartment']} label={t('guide.competentDepartment')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="parentItemId"
                label={t('catalogAdmin.parentItem')}
                extra={t('catalogAdmin.parentItemHelp')}
              >
                <ItemPicker />
              </Form.Item>
            </Col>
          </Row>
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('catalogAdmin.createAndEdit')}
            </Button>
            <Button onClick={() => void navigate('/admin/catalog')}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
