import { App, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
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

interface LoginValues {
  identifier: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const { message } = App.useApp();
  const [form] = Form.useForm<LoginValues>();
  const problem = useFormProblem(form);
  const [searchParams] = useSearchParams();
  const me = useMe();
  const setSession = useSetSession();

  const login = useMutation({
    mutationFn: (values: LoginValues) =>
      unwrap(
        api.POST('/api/v1/auth/login', {
          body: { identifier: values.identifier.trim(), password: values.password },
        }),
      ),
    onMutate: () => problem.clear(),
    onSuccess: (account) => {
      void message.success(t('login.welcome', { name: account.displayName }));
      setSession(account); // the re-render below redirects to the user's area
    },
    onError: (error) => {
      problem.showError(error);
      form.setFieldValue('password', '');
    },
  });

  if (me.isPending) return <PageSpin />;
  if (me.data) return <Navigate to={landingPath(me.data, searchParams.get('next'))} replace />;

  return (
    <AuthCard title={t('login.title')} subtitle={t('login.subtitle')}>
      <FormProblemAlert
        error={problem.error}
        unplacedErrors={problem.unplacedErrors}
        hasFieldErrors={problem.hasFieldErrors}
      />
      <Form<LoginValues>
        form={form}
        name="login"
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => login.mutate(values)}
        disabled={login.isPending}
        size="large"
      >
        <Form.Item
          label={t('login.identifier')}
          name="identifier"
          rules={[{ required: true, whitespace: true, message: t('login.identifierRequired') }]}
        >
          <Input
            prefix={<UserOutlined aria-hidden />}
            placeholder={t('login.identifierPlaceholder')}
            autoComplete="username"
            autoCapitalize="off"
            spellCheck={false}
          />
        </Form.Item>
        <Form.Item
          label={t('login.password')}
          name="password"
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form.Item>
      </Form>
      <p className="tb-auth-switch">
        {t('login.noAccount')}
        <Link className="tb-tap" to="/register">
          {t('login.registerLink')}
        </Link>
      </p>
    </AuthCard>
  );
}
