import { useState } from 'react';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { licensesApi, type GrantedLicence } from '../../../api/licenses';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { GrantedLicenceView } from './GrantedLicenceView';

/**
 * 凭授权用证: staff of a granted department (or someone acting for a granted organisation) open a
 * licence by its identifier. Each opening is a use: logged and shown to the holder.
 */
export function GrantedLicenceLookup() {
  const { t } = useTranslation();
  const [identifier, setIdentifier] = useState('');
  const [result, setResult] = useState<GrantedLicence | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!identifier.trim()) {
      setFieldError(t('licenses.grantUse.identifierRequired'));
      return;
    }
    setFieldError(null);
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      setResult(await licensesApi.useGrant(identifier.trim()));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Card className="tb-card" title={<h2 className="tb-card-heading">{t('licenses.grantUse.title')}</h2>}>
        <Typography.Paragraph className="tb-note">{t('licenses.grantUse.intro')}</Typography.Paragraph>
        <Form layout="vertical" onFinish={() => void submit()} requiredMark={false}>
          <Form.Item
            label={t('licenses.grantUse.identifier')}
            htmlFor="tb-granted-identifier"
            help={fieldError ?? undefined}
            validateStatus={fieldError ? 'error' : undefined}
          >
            <Input
              id="tb-granted-identifier"
              value={identifier}
              onChange={(e) => setIdentifier(e.target.value)}
              maxLength={120}
              className="tb-mono"
              spellCheck={false}
              autoComplete="off"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('licenses.grantUse.submit')}
          </Button>
        </Form>
      </Card>
      {error ? <ErrorAlert error={error} /> : null}
      {result ? <GrantedLicenceView result={result} /> : null}
    </>
  );
}
