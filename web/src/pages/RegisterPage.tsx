import { App, Button, Form, Input } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { useFormProblem } from '../api/formErrors';
import { landingPath } from '../auth/areas';
import { useMe, useSetSession } from '../auth/session';
import { FormProblemAlert } from '../components/FormProblemAlert';
import { PageSpin } from '../components/PageSpin';
import { usePageTitle } from '../components/usePageTitle';
import { AuthCard } from './AuthCard';

interface RegisterValues {
  name: string;
  idNumber: string;
  mobile: string;
  password: string;
  confirm: string;
}

const ID_NUMBER = /^\d{17}[\dX]$/;
const MOBILE = /^1\d{10}$/;

export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.title'));
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterValues>();
  const problem = useFormProblem(form);
  const [searchParams] = useSearchParams();
  const me = useMe();
  const setSession = useSetSession();

  const register = useMutation({
    mutationFn: ({ name, idNumber, mobile, password }: RegisterValues) =>
      unwrap(api.POST('/api/v1/auth/register', { body: { name: name.trim(), idNumber, mobile, password } })),
    onMutate: () => problem.clear(),
    onSuccess: (account) => {
      void message.success(t('register.success'));
      setSession(account); // the re-render below redirects to the portal
    },
    onError: (error) => problem.showError(error),
  });

  if (me.isPending) return <PageSpin />;
  if (me.data) return <Navigate to={landingPath(me.data, searchParams.get('next'))} replace />;

  return (
    <AuthCard title={t('register.title')} subtitle={t('register.subtitle')}>
      <FormProblemAlert
        error={problem.error}
        unplacedErrors={problem.unplacedErrors}
        hasFieldErrors={problem.hasFieldErrors}
      />
      <Form<RegisterValues>
        form={form}
        name="register"
        layout="vertical"
        onFinish={(values) => register.mutate(values)}
        disabled={register.isPending}
        size="large"
      >
        <Form.Item
          label={t('register.name')}
          name="name"
          rules={[
            { required: true, whitespace: true, message: t('register.nameRequired') },
            { min: 2, max: 30, message: t('register.nameLength') },
          ]}
        >
          <Input autoComplete="name" maxLength={30} />
        </Form.Item>
        <Form.Item
          label={t('register.idNumber')}
          name="idNumber"
          normalize={(value: string) => value.replace(/\s/g, '').toUpperCase()}
          rules={[
            { required: true, message: t('register.idNumberRequired') },
            { pattern: ID_NUMBER, message: t('register.idNumberPattern') },
          ]}
        >
          <Input
            placeholder={t('register.idNumberPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            maxLength={18}
          />
        </Form.Item>
        <Form.Item
          label={t('register.mobile')}
          name="mobile"
          normalize={(value: string) => value.replace(/\D/g, '')}
          rules={[
            { required: true, message: t('register.mobileRequired') },
            { pattern: MOBILE, message: t('register.mobilePattern') },
          ]}
        >
          <Input
            placeholder={t('register.mobilePlaceholder')}
            autoComplete="tel"
            inputMode="tel"
            type="tel"
            maxLength={11}
          />
        </Form.Item>
        <Form.Item
          label={t('register.password')}
          name="password"
          extra={t('register.passwordHelp')}
          rules={[
            { required: true, message: t('register.passwordRequired') },
            { min: 8, max: 64, message: t('register.passwordLength') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('register.confirm')}
          name="confirm"
          dependencies={['password']}
          rules={[
            { required: true, message: t('register.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || getFieldValue('password') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('register.confirmMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" block loading={register.isPending}>
            {t('register.submit')}
          </Button>
        </Form.Item>
      </Form>
      <p className="tb-auth-switch">
        {t('register.haveAccount')}
        <Link className="tb-tap" to="/login">
          {t('register.loginLink')}
        </Link>
      </p>
    </AuthCard>
  );
}
