import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A centred loading indicator for a whole page or a lazily loaded area. */
export function PageSpin() {
  const { t } = useTranslation();
  return (
    <div className="tb-page-spin" role="status" aria-live="polite">
      <Spin size="large" />
      <span>{t('common.loading')}</span>
    </div>
  );
}
