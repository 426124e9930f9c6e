import { Button } from 'antd';
import { TranslationOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';

/** One button that switches between 中文 and English; it shows the language it switches to. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const target = currentLanguage() === 'en' ? 'zh-CN' : 'en';
  const label = target === 'en' ? t('language.en') : t('language.zh');
  return (
    <Button
      type="text"
      className="tb-header-button"
      icon={<TranslationOutlined aria-hidden />}
      aria-label={`${t('language.switchLabel')}: ${label}`}
      onClick={() => void changeLanguage(target)}
    >
      <span lang={target}>{label}</span>
    </Button>
  );
}
