import type { Platform } from '../../platform/context.ts';
import type { IdentityService } from '../identity/service.ts';
import type { BundleContent, ItemContent } from './content.ts';
import { SearchIndex, type SearchDoc, type SearchFilters } from './search/search-index.ts';
import * as store from './store.ts';

export interface SearchHitView {
  kind: 'item' | 'bundle';
  id: string;
  name: string;
  departmentName: string | null;
  regionName: string | null;
  itemType: string | null;
  onlineDepth: number | null;
  requiredVisits: number | null;
  promisedDays: number;
  snippet: string;
  score: number;
}

interface Snapshot {
  revision: number;
  index: SearchIndex;
  views: Map<string, Omit<SearchHitView, 'score'>>;
  topicCounts: Map<string, number>;
  departmentCounts: Map<string, number>;
}

const REVISION_CHECK_MS = 1000;

function snippetOf(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 90 ? `${clean.slice(0, 88)}…` : clean;
}

/**
 * The search index lives in each instance's memory and is rebuilt when the catalogue revision in
 * the database moves (checked at most once a second), so instances never serve a stale catalogue
 * for long and nothing that matters is process-local.
 */
export function createCatalogSearch(platform: Platform, identity: IdentityService) {
  const { db } = platform;
  let snapshot: Snapshot | null = null;
  let building: Promise<Snapshot> | null = null;
  let checkedAt = 0;

  async function build(revision: number): Promise<Snapshot> {
    const [items, bundles, synonymRows, departments, regions] = await Promise.all([
      store.publishedItems(db),
      store.publishedBundles(db),
      db.selectFrom('catalog_synonyms').select(['phrase', 'expansions']).execute(),
      identity.allDepartments(),
      identity.regionsByCode(),
    ]);
    const departmentById = new Map(departments.map((d) => [d.id, d]));
    const docs: SearchDoc[] = [];
    const views = new Map<string, Omit<SearchHitView, 'score'>>();
    const topicCounts = new Map<string, number>();
    const departmentCounts = new Map<string, number>();
    const contentByCode = new Map<string, ItemContent>();
    for (const row of items) {
      const content = JSON.parse(row.content) as ItemContent;
      contentByCode.set(row.implementation_code, content);
      // 业务办理项 are reached through their parent's guide; search shows the parent.
      if (row.parent_id) continue;
      const department = departmentById.get(row.department_id);
      const topics = [...content.topics.person, ...content.topics.enterprise];
      for (const t of new Set(topics)) topicCounts.set(t, (topicCounts.get(t) ?? 0) + 1);
      departmentCounts.set(row.department_id, (departmentCounts.get(row.department_id) ?? 0) + 1);
      docs.push({
        kind: 'item',
        id: row.id,
        name: content.name,
        aliases: content.aliases,
        text: {
          guide: [
            content.acceptanceConditions,
            content.processDescription,
            content.result.name,
            ...content.faq.map((f) => f.question),
          ].join(' '),
          materials: content.materials.map((m) => m.name),
          topics,
          department: department?.name ?? '',
        },
        filters: {
          departmentId: row.department_id,
          regionCode: row.region_code,
          itemType: content.itemType,
          topics,
          onlineDepth: content.onlineDepth,
          zeroVisits: content.requiredVisits === 0,
        },
        popularity: row.popularity,
      });
      views.set(row.id, {
        kind: 'item',
        id: row.id,
        name: content.name,
        departmentName: department?.name ?? null,
        regionName: regions.get(row.region_code)?.name ?? null,
        itemType: content.itemType,
        onlineDepth: content.onlineDepth,
        requiredVisits: content.requiredVisits,
        promisedDays: content.promisedDays,
        snippet: snippetOf(content.acceptanceConditions || content.processDescription),
      });
    }
    for (const row of bundles) {
      const content = JSON.parse(row.content) as BundleContent;
      const components = content.items
        .map((i) => contentByCode.get(i.itemCode))
        .filter((c) => c !== undefined);
      topicCounts.set(content.topic, (topicCounts.get(content.topic) ?? 0) + 1);
      docs.push({
        kind: 'bundle',
        id: row.id,
        name: content.name,
        aliases: content.aliases,
        text: {
          guide: `${content.description} ${components.map((c) => c.name).join(' ')}`,
          materials: components.flatMap((c) => c.materials.map((m) => m.name)),
          topics: [content.topic],
          department: '',
        },
        filters: {
          departmentId: null,
          regionCode: null,
          itemType: null,
          topics: [content.topic],
          onlineDepth: null,
          zeroVisits: components.every((c) => c.requiredVisits === 0),
        },
        popularity: row.popularity,
      });
      views.set(row.id, {
        kind: 'bundle',
        id: row.id,
        name: content.name,
        departmentName: null,
        regionName: null,
        itemType: null,
        onlineDepth: null,
        requiredVisits: components.length > 0 ? Math.max(...components.map((c) => c.requiredVisits)) : null,
        promisedDays: content.promisedDays,
        snippet: snippetOf(content.description),
      });
    }
    const synonyms = synonymRows.map((r) => ({
      phrase: r.phrase,
      expansions: JSON.parse(r.expansions) as string[],
    }));
    return { revision, index: new SearchIndex(docs, synonyms), views, topicCounts, departmentCounts };
  }

  async function current(): Promise<Snapshot> {
    const now = Date.now();
    if (snapshot && now - checkedAt < REVISION_CHECK_MS) return snapshot;
    const revision = await store.catalogRevision(db);
    checkedAt = now;
    if (snapshot && snapshot.revision === revision) return snapshot;
    building ??= build(revision).finally(() => {
      building = null;
    });
    snapshot = await building;
    return snapshot;
  }

  async function search(query: string, filters: SearchFilters, limit: number, offset: number) {
    const s = await current();
    const result = s.index.search(query, { filters, limit, offset });
    return {
      total: result.total,
      hits: result.hits.map((h) => ({ ...s.views.get(h.doc.id)!, score: Math.round(h.score * 1000) / 1000 })),
      didYouMean: result.didYouMean,
      expandedTerms: result.expandedTerms,
    };
  }

  return {
    search,
    async suggest(prefix: string, limit = 8) {
      return (await current()).index.suggest(prefix, limit);
    },
    async popular(limit: number) {
      return (await search('', {}, limit, 0)).hits;
    },
    async topicCounts() {
      return (await current()).topicCounts;
    },
    async departmentCounts() {
      return (await current()).departmentCounts;
    },
    /** Forget the snapshot (tests, and an instance that just changed the catalogue itself). */
    invalidate() {
      checkedAt = 0;
    },
  };
}

export type CatalogSearch = ReturnType<typeof createCatalogSearch>;
