import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets document.title to "<page> · 通办 · 政务服务" in the current language. */
export function usePageTitle(page?: string) {
  const { t } = useTranslation();
  const site = t('app.title');
  useEffect(() => {
    document.title = page ? `${page} · ${site}` : site;
  }, [page, site]);
}
