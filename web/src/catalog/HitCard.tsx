import { Tag } from 'antd';
import { ApartmentOutlined, ClockCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../api/catalogTypes';
import { useCatalogLabels } from './labels';

export const hitPath = (hit: Pick<SearchHit, 'kind' | 'id'>) =>
  hit.kind === 'bundle' ? `/portal/bundles/${hit.id}` : `/portal/items/${hit.id}`;

/** The 一件事 mark of a bundle. */
export function BundleTag() {
  const { t } = useTranslation();
  return (
    <Tag color="orange" className="tb-bundle-tag">
      {t('catalog.bundleMark')}
    </Tag>
  );
}

/** Visits as a tag: 零跑动 / 最多跑一次 are what people look for. */
export function VisitsTag({ visits }: { visits: number | null | undefined }) {
  const labels = useCatalogLabels();
  if (visits === null || visits === undefined) return null;
  return (
    <Tag color={visits === 0 ? 'green' : visits === 1 ? 'blue' : 'default'}>{labels.visits(visits)}</Tag>
  );
}

/** One search result or popular service. */
export function HitCard({ hit, headingLevel = 3 }: { hit: SearchHit; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="tb-hit">
      <Heading className="tb-hit-title">
        <Link to={hitPath(hit)}>{hit.name}</Link>
        {hit.kind === 'bundle' ? <BundleTag /> : null}
      </Heading>
      <div className="tb-hit-tags">
        {hit.kind === 'item' && hit.itemType ? (
          <Tag color="geekblue">{labels.itemType(hit.itemType)}</Tag>
        ) : null}
        <Tag icon={<ClockCircleOutlined aria-hidden />}>
          {hit.promisedDays === 0
            ? labels.days(0)
            : `${t('catalog.promised')} ${labels.days(hit.promisedDays)}`}
        </Tag>
        {hit.onlineDepth ? (
          <Tag color="cyan">
            {t('catalog.onlineDepth')}
            {t('common.colon')}
            {labels.onlineDepth(hit.onlineDepth)}
          </Tag>
        ) : null}
        <VisitsTag visits={hit.requiredVisits} />
      </div>
      {hit.snippet ? <p className="tb-hit-snippet">{hit.snippet}</p> : null}
      <div className="tb-hit-meta">
        {hit.departmentName ? (
          <span>
            <ApartmentOutlined aria-hidden />{' '}
            <span className="tb-visually-hidden">{t('catalog.department')}</span>
            {hit.departmentName}
          </span>
        ) : null}
        {hit.regionName ? (
          <span>
            <EnvironmentOutlined aria-hidden />{' '}
            <span className="tb-visually-hidden">{t('catalog.region')}</span>
            {hit.regionName}
          </span>
        ) : null}
      </div>
    </article>
  );
}
