import { Suspense, lazy } from 'react';
import { Breadcrumb, Card, Collapse, Result, Skeleton, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../api/catalog';
import { ApiError } from '../../api/problem';
import { BundleStepsView, MergedFields, MergedMaterials } from '../../catalog/BundleParts';
import { BundleTag } from '../../catalog/HitCard';
import { useCatalogLabels } from '../../catalog/labels';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LinkButton } from '../../components/LinkButton';
import { PageSpin } from '../../components/PageSpin';
import { usePageTitle } from '../../components/usePageTitle';
import { Prose } from '../../catalog/Prose';
import { ApplyButton } from './cases/ApplyButton';
import { joinList } from '../../i18n/text';

const ReadOnlyForm = lazy(() => import('../../catalog/ReadOnlyForm'));

/** 一件事: one life event, several items, one form and one set of materials. */
export default function BundlePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const query = useQuery({ queryKey: ['catalog', 'bundle', id], queryFn: () => catalogApi.bundle(id) });
  const topics = useQuery({
    queryKey: ['catalog', 'topics'],
    queryFn: catalogApi.topics,
    staleTime: 300_000,
  });
  usePageTitle(query.data?.content.name ?? t('bundle.title'));

  if (query.isPending)
    return (
      <div className="tb-page">
        <Card className="tb-card">
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      </div>
    );
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404)
      return (
        <Result
          status="404"
          title={<h1 className="tb-result-title">{t('bundle.notFound')}</h1>}
          subTitle={t('bundle.notFoundText')}
          extra={
            <LinkButton to="/portal/search?kind=bundle" type="primary">
              {t('bundle.browse')}
            </LinkButton>
          }
        />
      );
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  const bundle = query.data;
  const c = bundle.content;
  const topic = topics.data?.items.find((x) => x.code === c.topic);
  const saved = bundle.statutoryDaysSum - bundle.promisedDays;

  return (
    <div className="tb-page tb-bundle">
      <Breadcrumb
        className="tb-breadcrumb"
        items={[
          { title: <Link to="/">{t('areas.portal')}</Link> },
          { title: <Link to="/portal/search?kind=bundle">{t('search.kindBundle')}</Link> },
          { title: c.name },
        ]}
      />
      <header className="tb-guide-head">
        <Typography.Title level={1} className="tb-guide-title">
          {c.name} <BundleTag />
        </Typography.Title>
        <p className="tb-note">
          {labels.audience(c.audience)}
          {topic ? (
            <>
              {' · '}
              <Link to={`/portal/search?topic=${encodeURIComponent(topic.code)}`}>
                {labels.topicName(topic)}
              </Link>
            </>
          ) : null}
          {c.aliases.length > 0 ? ` · ${t('bundle.aliases', { names: joinList(c.aliases) })}` : ''}
        </p>
        <Prose text={c.description} />
        <div className="tb-no-print">
          <ApplyButton kind="bundle" code={bundle.code} />
        </div>
      </header>

      <Card className="tb-card">
        <div className="tb-stats">
          <Statistic
            title={t('bundle.promisedDays')}
            value={bundle.promisedDays}
            suffix={t('bundle.daysUnit')}
          />
          <Statistic
            title={t('bundle.statutorySum')}
            value={bundle.statutoryDaysSum}
            suffix={t('bundle.daysUnit')}
          />
          <Statistic title={t('bundle.itemCount')} value={bundle.items.length} />
          <Statistic title={t('bundle.materialCount')} value={bundle.mergedMaterials.length} />
        </div>
        {saved > 0 ? <p className="tb-note">{t('bundle.saved', { days: saved })}</p> : null}
      </Card>

      <Card className="tb-card" title={<h2 className="tb-card-heading">{t('bundle.steps')}</h2>}>
        <p className="tb-note">{t('bundle.stepsHelp')}</p>
        <BundleStepsView items={bundle.items} />
      </Card>

      <Card className="tb-card" title={<h2 className="tb-card-heading">{t('bundle.mergedMaterials')}</h2>}>
        <p className="tb-note">{t('bundle.mergedMaterialsHelp')}</p>
        <MergedMaterials materials={bundle.mergedMaterials} items={bundle.items} />
      </Card>

      <Card className="tb-card" title={<h2 className="tb-card-heading">{t('bundle.mergedForm')}</h2>}>
        <p className="tb-note">{t('bundle.mergedFormHelp')}</p>
        <MergedFields fields={bundle.mergedForm.fields} items={bundle.items} />
        {bundle.mergedForm.fields.length > 0 ? (
          <Collapse
            className="tb-form-peek"
            items={[
              {
                key: 'form',
                label: t('bundle.formPeek'),
                children: (
                  <Suspense fallback={<PageSpin />}>
                    <ReadOnlyForm schema={bundle.mergedForm.schema} name={`bundle-${bundle.id}`} />
                  </Suspense>
                ),
              },
            ]}
          />
        ) : null}
      </Card>
    </div>
  );
}
