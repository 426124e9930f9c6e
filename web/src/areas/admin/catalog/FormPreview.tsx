import { Alert, Button, Form, Space } from 'antd';
import { CloudServerOutlined, ClearOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../../api/catalog';
import type { FormSchema } from '../../../api/catalogTypes';
import { ApiError, pickLocalized } from '../../../api/problem';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormRenderer, formDataOf, useServerFieldErrors } from '../../../components/form-renderer';

/**
 * The form exactly as the portal will render it, to fill in and have checked by the server
 * (POST /admin/form-preview); the server's errors appear next to the fields they concern.
 */
export function FormPreview({ schema, name = 'form-preview' }: { schema: FormSchema; name?: string }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Record<string, unknown>>();
  const serverErrors = useServerFieldErrors(form, 'data.');
  const check = useMutation({
    mutationFn: () => catalogApi.formPreview(schema, formDataOf(schema, form.getFieldsValue(true))),
    onMutate: () => serverErrors.clear(),
    onSuccess: (result) => serverErrors.show(result.errors),
    onError: (error) => {
      // A 400 about the data (not the schema) still names fields of the form.
      if (error instanceof ApiError) {
        const dataErrors = error.fieldErrors.filter((e) => e.field.startsWith('data'));
        if (dataErrors.length > 0) serverErrors.show(dataErrors);
      }
    },
  });
  const result = check.data;

  return (
    <div className="tb-form-preview">
      <FormRenderer schema={schema} form={form} name={name}>
        <div aria-live="polite" className="tb-preview-status">
          {check.isError ? <ErrorAlert error={check.error} title={t('formEditor.checkFailed')} /> : null}
          {result && result.errors.length === 0 ? (
            <Alert type="success" showIcon message={t('formEditor.checkOk')} />
          ) : null}
          {result && result.errors.length > 0 ? (
            <Alert
              type="error"
              showIcon
              message={t('formEditor.checkErrors', { count: result.errors.length })}
              description={
                serverErrors.unplaced.length > 0 ? (
                  <ul className="tb-alert-list">
                    {serverErrors.unplaced.map((e) => (
                      <li key={`${e.field}:${e.message.zh}`}>
                        <code>{e.field}</code> {pickLocalized(e.message, i18n.language)}
                      </li>
                    ))}
                  </ul>
                ) : undefined
              }
            />
          ) : null}
        </div>
        <Space wrap className="tb-preview-actions">
          <Button
            type="primary"
            icon={<CloudServerOutlined aria-hidden />}
            loading={check.isPending}
            onClick={() => check.mutate()}
          >
            {t('formEditor.checkOnServer')}
          </Button>
          <Button
            icon={<ClearOutlined aria-hidden />}
            onClick={() => {
              form.resetFields();
              serverErrors.clear();
              check.reset();
            }}
          >
            {t('formEditor.clearPreview')}
          </Button>
        </Space>
      </FormRenderer>
    </div>
  );
}
