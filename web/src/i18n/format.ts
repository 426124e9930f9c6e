import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Date formatting in the current UI language (zh: 2025年1月2日 09:30; en: Jan 2, 2025 09:30). */
export function useDateFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-cn';
  const format = useCallback(
    (value: string | Date | null | undefined, pattern: string): string => {
      if (value === null || value === undefined || value === '') return t('common.none');
      const d = dayjs(value);
      return d.isValid() ? d.locale(locale).format(pattern) : String(value);
    },
    [locale, t],
  );
  return {
    date: (value: string | Date | null | undefined) => format(value, t('format.date')),
    dateTime: (value: string | Date | null | undefined) => format(value, t('format.dateTime')),
    dateWithWeekday: (value: string | Date | null | undefined) => format(value, t('format.dateWithWeekday')),
  };
}
