import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const ERROR_SELECTOR = '.ant-form-item-explain-error';

/** "Label: message" for every field error shown on the page, in document order. */
function shownFieldErrors(): string[] {
  return [...document.querySelectorAll<HTMLElement>(ERROR_SELECTOR)].map((error) => {
    const label = error.closest('.ant-form-item')?.querySelector('.ant-form-item-label label')?.textContent;
    const message = error.textContent?.trim() ?? '';
    return label ? `${label.trim()}: ${message}` : message;
  });
}

/**
 * antd renders a field's error next to it and links it with aria-describedby, but does not announce
 * it. One live region for the whole app reads out the errors a failed submit puts next to the fields
 * (the field itself gets the focus from the form's scrollToFirstError).
 */
export function FormErrorAnnouncer() {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    let timer: number | undefined;
    let last = '';
    const observer = new MutationObserver(() => {
      window.clearTimeout(timer);
      // Errors arrive field by field over a few frames: announce once they have settled.
      timer = window.setTimeout(() => {
        const errors = shownFieldErrors();
        const text = errors.join('; ');
        if (text !== last && errors.length > 0)
          setAnnouncement(t('shell.formErrors', { count: errors.length, errors: text }));
        last = text;
      }, 250);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [t]);

  return (
    <div className="tb-visually-hidden" role="status" aria-live="assertive" aria-atomic="true">
      {announcement}
    </div>
  );
}
