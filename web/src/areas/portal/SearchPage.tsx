import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Grid,
  Pagination,
  Radio,
  Row,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { catalogApi, type SearchParams } from '../../api/catalog';
import { ITEM_TYPE_LIST, ONLINE_DEPTHS } from '../../catalog/codes';
import { HitCard } from '../../catalog/HitCard';
import { useCatalogLabels } from '../../catalog/labels';
import { SearchBox } from '../../catalog/SearchBox';
import { TopicSuggestions } from '../../catalog/TopicTiles';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionCascader } from '../../components/form-renderer/RegionCascader';
import { usePageTitle } from '../../components/usePageTitle';
import { joinList, withNote } from '../../i18n/text';

const PAGE_SIZES = [10, 20, 50];
const FILTER_KEYS = [
  'departmentId',
  'regionCode',
  'itemType',
  'topic',
  'onlineDepth',
  'zeroVisits',
  'kind',
] as const;

/** The search as the URL states it, so results can be bookmarked, shared and navigated back to. */
function readParams(params: URLSearchParams) {
  const int = (name: string, fallback: number) => {
    const n = Number(params.get(name));
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  const kind = params.get('kind');
  const depth = Number(params.get('onlineDepth'));
  return {
    q: params.get('q') ?? '',
    departmentId: params.get('departmentId') ?? undefined,
    regionCode: params.get('regionCode') ?? undefined,
    itemType: params.get('itemType') ?? undefined,
    topic: params.get('topic') ?? undefined,
    onlineDepth: depth >= 1 && depth <= 8 ? depth : undefined,
    zeroVisits: params.get('zeroVisits') === 'true',
    kind: kind === 'item' || kind === 'bundle' ? (kind as 'item' | 'bundle') : undefined,
    page: int('page', 1),
    size: PAGE_SIZES.includes(int('size', 10)) ? int('size', 10) : 10,
  };
}

export default function SearchPage() {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const screens = Grid.useBreakpoint();
  const isDesktop = screens.md ?? true;
  const [params, setParams] = useSearchParams();
  const state = readParams(params);
  const [filtersOpen, setFiltersOpen] = useState(false);
  usePageTitle(state.q ? t('search.titleFor', { q: state.q }) : t('search.title'));

  const update = (changes: Record<string, string | number | boolean | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '' || value === false) next.delete(key);
      else next.set(key, String(value));
    }
    if (!keepPage) next.delete('page');
    setParams(next);
  };

  const request: SearchParams = {
    q: state.q || undefined,
    departmentId: state.departmentId,
    regionCode: state.regionCode,
    itemType: state.itemType,
    topic: state.topic,
    onlineDepth: state.onlineDepth,
    zeroVisits: state.zeroVisits,
    kind: state.kind,
    limit: state.size,
    offset: (state.page - 1) * state.size,
  };
  const search = useQuery({
    queryKey: ['catalog', 'search', request],
    queryFn: () => catalogApi.search(request),
    placeholderData: keepPreviousData,
  });
  const departments = useQuery({
    queryKey: ['catalog', 'departments'],
    queryFn: catalogApi.departments,
    staleTime: 300_000,
  });
  const topics = useQuery({
    queryKey: ['catalog', 'topics'],
    queryFn: catalogApi.topics,
    staleTime: 300_000,
  });

  // A new page of results: bring its start into view and tell screen readers where they are.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const shownPage = useRef(state.page);
  useEffect(() => {
    if (shownPage.current === state.page) return;
    shownPage.current = state.page;
    resultsHeading.current?.focus({ preventScroll: true });
    resultsHeading.current?.parentElement?.scrollIntoView({ block: 'start' });
  }, [state.page]);

  const activeFilters = FILTER_KEYS.filter((key) => params.has(key)).length;
  const result = search.data;
  const topicName = (code: string) => {
    const topic = topics.data?.items.find((x) => x.code === code);
    return topic ? labels.topicName(topic) : code;
  };

  const filters = (
    <Row gutter={[12, 12]} className="tb-filters">
      <Col xs={24} sm={12} lg={8}>
        <label className="tb-filter">
          <span className="tb-filter-label">{t('catalog.department')}</span>
          <Select
            className="tb-full-width"
            aria-label={t('catalog.department')}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('search.anyDepartment')}
            value={state.departmentId}
            loading={departments.isPending}
            onChange={(v?: string) => update({ departmentId: v })}
            options={(departments.data?.items ?? []).map((d) => ({
              value: d.id,
              label: withNote(d.name, d.itemCount),
            }))}
          />
        </label>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <label className="tb-filter">
          <span className="tb-filter-label">{t('catalog.region')}</span>
          <RegionCascader
            className="tb-full-width"
            aria-label={t('catalog.region')}
            changeOnSelect
            placeholder={t('search.anyRegion')}
            value={state.regionCode ?? null}
            onChange={(code) => update({ regionCode: code })}
          />
        </label>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <label className="tb-filter">
          <span className="tb-filter-label">{t('catalog.itemType')}</span>
          <Select
            className="tb-full-width"
            aria-label={t('catalog.itemType')}
            allowClear
            placeholder={t('search.anyType')}
            value={state.itemType}
            onChange={(v?: string) => update({ itemType: v })}
            options={ITEM_TYPE_LIST.map((type) => ({ value: type, label: labels.itemType(type) }))}
          />
        </label>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <label className="tb-filter">
          <span className="tb-filter-label">{t('catalog.topic')}</span>
          <Select
            className="tb-full-width"
            aria-label={t('catalog.topic')}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('search.anyTopic')}
            value={state.topic}
            onChange={(v?: string) => update({ topic: v })}
            options={(topics.data?.items ?? []).map((topic) => ({
              value: topic.code,
              label: `${labels.topicName(topic)} · ${labels.audience(topic.audience)}`,
            }))}
          />
        </label>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <label className="tb-filter">
          <span className="tb-filter-label">{t('catalog.onlineDepth')}</span>
          <Select
            className="tb-full-width"
            aria-label={t('catalog.onlineDepth')}
            allowClear
            placeholder={t('search.anyDepth')}
            value={state.onlineDepth}
            onChange={(v?: number) => update({ onlineDepth: v })}
            options={ONLINE_DEPTHS.map((d) => ({ value: d, label: labels.onlineDepthWithCode(d) }))}
          />
        </label>
      </Col>
      <Col xs={24} sm={12} lg={8} className="tb-filter-checks">
        <Checkbox checked={state.zeroVisits} onChange={(e) => update({ zeroVisits: e.target.checked })}>
          {t('search.zeroVisits')}
        </Checkbox>
      </Col>
      <Col xs={24} className="tb-filter-row">
        <Radio.Group
          aria-label={t('search.kind')}
          optionType="button"
          value={state.kind ?? 'all'}
          onChange={(e) =>
            update({ kind: e.target.value === 'all' ? undefined : (e.target.value as string) })
          }
          options={[
            { value: 'all', label: t('search.kindAll') },
            { value: 'item', label: t('search.kindItem') },
            { value: 'bundle', label: t('search.kindBundle') },
          ]}
        />
        {activeFilters > 0 ? (
          <Button
            type="link"
            onClick={() => update(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])))}
          >
            {t('search.clearFilters')}
          </Button>
        ) : null}
      </Col>
    </Row>
  );

  return (
    <div className="tb-page">
      <Typography.Title level={1}>{t('search.title')}</Typography.Title>
      <SearchBox key={state.q} initial={state.q} onSearch={(q) => update({ q })} />

      <section aria-label={t('search.filters')} className="tb-filter-section">
        {isDesktop ? (
          <Card className="tb-card" size="small">
            {filters}
          </Card>
        ) : (
          <>
            <Button
              icon={<FilterOutlined aria-hidden />}
              aria-expanded={filtersOpen}
              aria-controls="tb-search-filters"
              onClick={() => setFiltersOpen((o) => !o)}
            >
              {t('search.filters')}
              {activeFilters > 0 ? ` (${activeFilters})` : ''}
            </Button>
            <div id="tb-search-filters" hidden={!filtersOpen}>
              <Card className="tb-card tb-filter-card" size="small">
                {filters}
              </Card>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="tb-results-heading" className="tb-results">
        <h2 id="tb-results-heading" className="tb-visually-hidden" tabIndex={-1} ref={resultsHeading}>
          {t('search.results')}
        </h2>
        <div aria-live="polite" className="tb-results-status">
          {result ? (
            <p className="tb-results-count">
              {state.q
                ? t('search.countFor', { count: result.total, q: state.q })
                : t('search.count', { count: result.total })}
              {state.topic ? ` · ${t('catalog.topic')}${t('common.colon')}${topicName(state.topic)}` : ''}
            </p>
          ) : null}
          {result?.didYouMean ? (
            <p className="tb-did-you-mean">
              {t('search.didYouMean')}
              <Link to={`/portal/search?q=${encodeURIComponent(result.didYouMean)}`}>
                {result.didYouMean}
              </Link>
            </p>
          ) : null}
          {result && result.expandedTerms.length > 0 ? (
            <p className="tb-expanded">{t('search.expanded', { terms: joinList(result.expandedTerms) })}</p>
          ) : null}
        </div>
        {search.isError ? <ErrorAlert error={search.error} onRetry={() => void search.refetch()} /> : null}
        {search.isPending ? (
          <Card className="tb-card">
            <Skeleton active paragraph={{ rows: 6 }} />
          </Card>
        ) : result && result.hits.length === 0 ? (
          <Card className="tb-card">
            <EmptyState text={state.q ? t('search.emptyFor', { q: state.q }) : t('search.empty')} />
            <p className="tb-empty-topics-intro">{t('search.tryTopics')}</p>
            <TopicSuggestions />
          </Card>
        ) : result ? (
          <>
            <ol className="tb-hit-list" aria-busy={search.isFetching}>
              {result.hits.map((hit) => (
                <li key={`${hit.kind}:${hit.id}`}>
                  <HitCard hit={hit} />
                </li>
              ))}
            </ol>
            {result.total > state.size ? (
              <nav aria-label={t('pagination.label')} className="tb-pager">
                <Pagination
                  current={state.page}
                  pageSize={state.size}
                  total={result.total}
                  pageSizeOptions={PAGE_SIZES}
                  showSizeChanger
                  showLessItems={!isDesktop}
                  onChange={(page, size) =>
                    update({ page: page > 1 ? page : undefined, size }, size === state.size)
                  }
                />
              </nav>
            ) : null}
          </>
        ) : null}
      </section>
    </div>
  );
}
