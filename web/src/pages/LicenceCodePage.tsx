import { useState } from 'react';
import { Button, Card, Form, Input, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { licensesApi, type GrantedLicence } from '../api/licenses';
import { ErrorAlert } from '../components/ErrorAlert';
import { usePageTitle } from '../components/usePageTitle';
import { GrantedLicenceView } from '../areas/portal/licenses/GrantedLicenceView';

/** 凭授权码查看证照 (public): whoever the holder gave a one-time code opens the licence once. */
export default function LicenceCodePage() {
  const { t } = useTranslation();
  usePageTitle(t('licenses.codePage.title'));
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<GrantedLicence | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!code.trim()) {
      setFieldError(t('licenses.codePage.empty'));
      return;
    }
    setFieldError(null);
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      setResult(await licensesApi.redeem(code.trim()));
      setCode('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tb-page" style={{ maxWidth: 820, width: '100%', margin: '0 auto' }}>
      <header>
        <Typography.Title level={1}>
          <KeyOutlined aria-hidden /> {t('licenses.codePage.title')}
        </Typography.Title>
        <Typography.Paragraph className="tb-note">{t('licenses.codePage.intro')}</Typography.Paragraph>
      </header>
      <Card className="tb-card">
        <Form layout="vertical" onFinish={() => void submit()} requiredMark={false}>
          <Form.Item
            label={t('licenses.codePage.code')}
            htmlFor="tb-licence-code"
            help={fieldError ?? t('licenses.codePage.codeHelp')}
            validateStatus={fieldError ? 'error' : undefined}
          >
            <Input
              id="tb-licence-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              maxLength={40}
              className="tb-mono"
              autoComplete="off"
              spellCheck={false}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('licenses.codePage.submit')}
          </Button>
        </Form>
      </Card>
      {error ? <ErrorAlert error={error} /> : null}
      {result ? <GrantedLicenceView result={result} /> : null}
    </div>
  );
}
