import { Card, Skeleton, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { catalogApi } from '../../api/catalog';
import { HitCard } from '../../catalog/HitCard';
import { SearchBox } from '../../catalog/SearchBox';
import { TopicTiles } from '../../catalog/TopicTiles';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from 'react-i18next';
import { AREA_PATHS, areasFor } from '../../auth/areas';
import { useMe } from '../../auth/session';
import { LinkButton } from '../../components/LinkButton';
import { usePageTitle } from '../../components/usePageTitle';
import { ProfileCard } from './ProfileCard';

/** The services people open most. */
function PopularServices() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['catalog', 'popular'], queryFn: () => catalogApi.popular(8) });
  const hits = query.data?.items ?? [];
  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('home.popular')}</h2>}>
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} title={false} />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : hits.length === 0 ? (
        <EmptyState text={t('home.popularEmpty')} />
      ) : (
        <ul className="tb-hit-grid">
          {hits.map((hit) => (
            <li key={`${hit.kind}:${hit.id}`}>
              <HitCard hit={hit} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export default function PortalHome() {
  const { t } = useTranslation();
  usePageTitle(t('areas.portal'));
  const me = useMe();

  return (
    <div className="tb-page">
      <section className="tb-hero" aria-labelledby="tb-welcome">
        <Typography.Title level={1} id="tb-welcome" className="tb-hero-title">
          {t('portal.welcomeTitle')}
        </Typography.Title>
        <Typography.Paragraph className="tb-hero-text">{t('portal.welcomeText')}</Typography.Paragraph>
        <div className="tb-hero-search">
          <SearchBox />
        </div>
        <p className="tb-hero-links">
          <Link to="/portal/power-list">{t('home.powerList')}</Link>
        </p>
      </section>

      <TopicTiles />
      <PopularServices />

      {me.isPending ? (
        <Card className="tb-card">
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ) : me.data?.kind === 'citizen' ? (
        <ProfileCard me={me.data} />
      ) : me.data ? (
        <Card className="tb-card">
          <Typography.Paragraph>{t('portal.staffText')}</Typography.Paragraph>
          <Space wrap>
            {areasFor(me.data)
              .filter((area) => area !== 'portal')
              .map((area) => (
                <LinkButton key={area} to={AREA_PATHS[area]} type="primary">
                  {t('portal.goToArea', { area: t(`areas.${area}`) })}
                </LinkButton>
              ))}
          </Space>
        </Card>
      ) : (
        <Card className="tb-card" title={<h2 className="tb-card-heading">{t('portal.guestTitle')}</h2>}>
          <Typography.Paragraph>{t('portal.guestText')}</Typography.Paragraph>
          <Space wrap>
            <LinkButton to="/login" type="primary">
              {t('user.login')}
            </LinkButton>
            <LinkButton to="/register">{t('user.register')}</LinkButton>
          </Space>
        </Card>
      )}
    </div>
  );
}
