import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Government business runs on Beijing time, whatever the viewer's device says. */
export const SERVICE_TIME_ZONE = 'Asia/Shanghai';

/**
 * Civil dates (YYYY-MM-DD: birth dates, holidays) are shown as they are; instants (ISO
 * timestamps) are shown in Beijing time.
 */
function toDayjs(value: string | Date) {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return dayjs(value);
  return dayjs(value).tz(SERVICE_TIME_ZONE);
}

/** Date formatting in the current UI language (zh: 2025年1月2日 09:30; en: Jan 2, 2025 09:30). */
export function useDateFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-cn';
  const format = useCallback(
    (value: string | Date | null | undefined, pattern: string): string => {
      if (value === null || value === undefined || value === '') return t('common.none');
      const d = toDayjs(value);
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
