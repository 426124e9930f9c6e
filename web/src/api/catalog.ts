import { api, unwrap } from './client';
import type { BundleContent, FormSchema, ItemContent } from './catalogTypes';

export * from './catalogTypes';

const BASE = '/api/v1/catalog';

/** Query parameters without the empty ones (an empty select means "any"). */
function clean<T extends object>(query: T): T {
  return Object.fromEntries(
    Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false),
  ) as T;
}

export interface SearchParams {
  q?: string;
  departmentId?: string;
  regionCode?: string;
  itemType?: string;
  topic?: string;
  onlineDepth?: number;
  zeroVisits?: boolean;
  kind?: 'item' | 'bundle';
  limit: number;
  offset: number;
}

type AdminItemFilter = {
  q?: string;
  departmentId?: string;
  status?: 'draft' | 'published' | 'retired';
  itemType?: string;
};

const path = (id: string) => ({ path: { id } });

/** The catalogue API (docs/catalog-api.md), typed by the generated schema. */
export const catalogApi = {
  search: (params: SearchParams) =>
    unwrap(api.GET('/api/v1/catalog/search', { params: { query: clean(params) } })),
  suggest: (q: string) => unwrap(api.GET('/api/v1/catalog/suggest', { params: { query: { q, limit: 8 } } })),
  topics: () => unwrap(api.GET('/api/v1/catalog/topics')),
  popular: (limit = 8) => unwrap(api.GET('/api/v1/catalog/popular', { params: { query: { limit } } })),
  item: (id: string) => unwrap(api.GET('/api/v1/catalog/items/{id}', { params: path(id) })),
  bundle: (id: string) => unwrap(api.GET('/api/v1/catalog/bundles/{id}', { params: path(id) })),
  powerList: (departmentId: string | undefined, cursor: string | null, limit: number) =>
    unwrap(
      api.GET('/api/v1/catalog/power-list', {
        params: { query: clean({ departmentId, limit, cursor: cursor ?? undefined }) },
      }),
    ),
  departments: () => unwrap(api.GET('/api/v1/catalog/departments')),

  adminItems: (filter: AdminItemFilter, cursor: string | null, limit: number) =>
    unwrap(
      api.GET('/api/v1/catalog/admin/items', {
        params: { query: clean({ ...filter, limit, cursor: cursor ?? undefined }) },
      }),
    ),
  createItem: (body: {
    departmentId: string;
    regionCode: string;
    implementationCode?: string;
    parentItemId?: string;
    content: ItemContent;
  }) => unwrap(api.POST('/api/v1/catalog/admin/items', { body })),
  adminItem: (id: string) => unwrap(api.GET('/api/v1/catalog/admin/items/{id}', { params: path(id) })),
  saveItemDraft: (id: string, content: ItemContent, baseVersionNo: number) =>
    unwrap(
      api.PUT('/api/v1/catalog/admin/items/{id}/draft', {
        params: path(id),
        body: { content, baseVersionNo },
      }),
    ),
  publishItem: (id: string) =>
    unwrap(api.POST('/api/v1/catalog/admin/items/{id}/publish', { params: path(id) })),
  retireItem: (id: string) =>
    unwrap(api.POST('/api/v1/catalog/admin/items/{id}/retire', { params: path(id) })),
  itemDiff: (id: string, from: string, to: string) =>
    unwrap(
      api.GET('/api/v1/catalog/admin/items/{id}/diff', { params: { ...path(id), query: { from, to } } }),
    ),
  validate: (content: ItemContent, signal?: AbortSignal) =>
    unwrap(api.POST('/api/v1/catalog/admin/validate', { body: { content }, ...(signal ? { signal } : {}) })),
  formPreview: (form: FormSchema, data: unknown) =>
    unwrap(api.POST('/api/v1/catalog/admin/form-preview', { body: { form, data } })),

  adminBundles: () => unwrap(api.GET('/api/v1/catalog/admin/bundles')),
  createBundle: (body: { code: string; content: BundleContent }) =>
    unwrap(api.POST('/api/v1/catalog/admin/bundles', { body })),
  adminBundle: (id: string) => unwrap(api.GET('/api/v1/catalog/admin/bundles/{id}', { params: path(id) })),
  saveBundleDraft: (id: string, content: BundleContent, baseVersionNo: number) =>
    unwrap(
      api.PUT('/api/v1/catalog/admin/bundles/{id}/draft', {
        params: path(id),
        body: { content, baseVersionNo },
      }),
    ),
  publishBundle: (id: string) =>
    unwrap(api.POST('/api/v1/catalog/admin/bundles/{id}/publish', { params: path(id) })),

  synonyms: (q: string | undefined, cursor: string | null, limit: number) =>
    unwrap(
      api.GET('/api/v1/catalog/admin/synonyms', {
        params: { query: clean({ q, limit, cursor: cursor ?? undefined }) },
      }),
    ),
  createSynonym: (body: { phrase: string; expansions: string[] }) =>
    unwrap(api.POST('/api/v1/catalog/admin/synonyms', { body })),
  updateSynonym: (id: string, body: { phrase: string; expansions: string[] }) =>
    unwrap(api.PUT('/api/v1/catalog/admin/synonyms/{id}', { params: path(id), body })),
  deleteSynonym: (id: string) =>
    unwrap(api.DELETE('/api/v1/catalog/admin/synonyms/{id}', { params: path(id) })),

  importJob: (id: string) => unwrap(api.GET('/api/v1/catalog/admin/imports/{id}', { params: path(id) })),
  applyImport: (id: string) =>
    unwrap(api.POST('/api/v1/catalog/admin/imports/{id}/apply', { params: path(id) })),
};

export const IMPORT_URL = `${BASE}/admin/imports`;
export const EXPORT_URL = `${BASE}/admin/export.xlsx`;
