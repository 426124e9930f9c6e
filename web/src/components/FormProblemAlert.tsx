import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { requestIdOf, useErrorText } from '../api/errors';
import { pickLocalized, type FieldProblem } from '../api/problem';

interface Props {
  error: unknown;
  unplacedErrors: FieldProblem[];
  /** Whether some message was placed next to a field. */
  hasFieldErrors: boolean;
}

/** The summary of a failed form submission, shown above the form (field messages sit next to their fields). */
export function FormProblemAlert({ error, unplacedErrors, hasFieldErrors }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  if (!error) return null;
  const requestId = requestIdOf(error);
  const details = [
    ...(hasFieldErrors ? [t('errors.fixFields')] : []),
    ...unplacedErrors.map((e) => pickLocalized(e.message, i18n.language)),
  ];
  return (
    <Alert
      className="tb-form-alert"
      type="error"
      showIcon
      role="alert"
      message={errorText(error)}
      description={
        details.length > 0 || requestId ? (
          <>
            {details.length > 0 ? (
              <ul className="tb-alert-list">
                {details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
            {requestId ? (
              <div className="tb-request-id">{t('errors.requestId', { id: requestId })}</div>
            ) : null}
          </>
        ) : undefined
      }
    />
  );
}
