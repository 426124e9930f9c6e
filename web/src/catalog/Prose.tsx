import { useTranslation } from 'react-i18next';

/** Text as typed by the catalogue staff: line breaks kept, nothing else interpreted. */
export function Prose({ text }: { text: string | null | undefined }) {
  const { t } = useTranslation();
  if (!text || !text.trim()) return <span className="tb-muted">{t('common.none')}</span>;
  return <div className="tb-prose">{text}</div>;
}
