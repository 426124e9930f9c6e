import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { requestIdOf, useErrorText } from '../api/errors';

interface Props {
  error: unknown;
  /** When given, a retry button is shown. */
  onRetry?: () => void;
  title?: string;
}

/** An error from the API, in the current language, with the request ID for support and an optional retry. */
export function ErrorAlert({ error, onRetry, title }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const requestId = requestIdOf(error);
  const text = errorText(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={title ?? text}
      description={
        title || requestId ? (
          <>
            {title ? <div>{text}</div> : null}
            {requestId ? (
              <div className="tb-request-id">{t('errors.requestId', { id: requestId })}</div>
            ) : null}
          </>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
