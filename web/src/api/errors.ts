import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { App } from 'antd';
import { ApiError, NetworkError, pickLocalized } from './problem';

/** Returns a function that turns any thrown error into a sentence in the current UI language. */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      if (error instanceof ApiError) {
        if (error.problem) return pickLocalized(error.problem.message, i18n.language) || error.problem.title;
        return t('errors.http', { status: error.status });
      }
      if (error instanceof NetworkError) return t('errors.network');
      return t('errors.unexpected');
    },
    [t, i18n.language],
  );
}

/** Shows an error as a toast (for actions that have no form to attach field errors to). */
export function useErrorToast() {
  const { message } = App.useApp();
  const errorText = useErrorText();
  return useCallback((error: unknown) => void message.error(errorText(error)), [message, errorText]);
}

export function requestIdOf(error: unknown): string | null {
  return error instanceof ApiError ? (error.problem?.requestId ?? null) : null;
}
