import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Area } from '../auth/areas';
import { LinkButton } from '../components/LinkButton';
import { usePageTitle } from '../components/usePageTitle';

export default function ForbiddenPage({ area }: { area: Area }) {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <Result
      status="403"
      title={<h1 className="tb-result-title">{t('forbidden.title')}</h1>}
      subTitle={t('forbidden.subtitle', { area: t(`areas.${area}`) })}
      extra={
        <LinkButton to="/" type="primary">
          {t('common.backHome')}
        </LinkButton>
      }
    />
  );
}
