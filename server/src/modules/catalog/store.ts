import type { Queryable } from '../../platform/db/database.ts';
import type { CatalogTables } from './tables.ts';

// Queries over the catalogue's own tables.

export type ItemRow = CatalogTables['catalog_items'];
export type ItemVersionRow = CatalogTables['catalog_item_versions'];
export type BundleRow = CatalogTables['catalog_bundles'];
export type BundleVersionRow = CatalogTables['catalog_bundle_versions'];

export const findItem = (q: Queryable, id: string) =>
  q.selectFrom('catalog_items').selectAll().where('id', '=', id).executeTakeFirst();

export const findItemByCode = (q: Queryable, code: string) =>
  q.selectFrom('catalog_items').selectAll().where('implementation_code', '=', code).executeTakeFirst();

export const itemVersion = (q: Queryable, id: string) =>
  q.selectFrom('catalog_item_versions').selectAll().where('id', '=', id).executeTakeFirst();

export const itemVersions = (q: Queryable, itemId: string) =>
  q
    .selectFrom('catalog_item_versions')
    .select(['id', 'version_no', 'status', 'published_at', 'retired_at', 'updated_at'])
    .where('item_id', '=', itemId)
    .orderBy('version_no', 'desc')
    .execute();

export const childItems = (q: Queryable, parentId: string) =>
  q
    .selectFrom('catalog_items')
    .select(['id', 'name', 'published_version_id'])
    .where('parent_id', '=', parentId)
    .orderBy('implementation_code')
    .execute();

export const findBaseItem = (q: Queryable, code: string) =>
  q.selectFrom('catalog_base_items').selectAll().where('code', '=', code).executeTakeFirst();

/** Every published item with its content: what the portal and search show. */
export const publishedItems = (q: Queryable) =>
  q
    .selectFrom('catalog_items')
    .innerJoin('catalog_item_versions', 'catalog_item_versions.id', 'catalog_items.published_version_id')
    .select([
      'catalog_items.id',
      'catalog_items.implementation_code',
      'catalog_items.department_id',
      'catalog_items.region_code',
      'catalog_items.popularity',
      'catalog_items.parent_id',
      'catalog_item_versions.id as version_id',
      'catalog_item_versions.version_no',
      'catalog_item_versions.content',
      'catalog_item_versions.published_at',
    ])
    .orderBy('catalog_items.implementation_code')
    .execute();

export const publishedItemsByCode = (q: Queryable, codes: string[]) =>
  codes.length === 0
    ? Promise.resolve([])
    : q
        .selectFrom('catalog_items')
        .innerJoin('catalog_item_versions', 'catalog_item_versions.id', 'catalog_items.published_version_id')
        .select([
          'catalog_items.id',
          'catalog_items.implementation_code',
          'catalog_items.department_id',
          'catalog_items.region_code',
          'catalog_item_versions.content',
        ])
        .where('catalog_items.implementation_code', 'in', codes)
        .execute();

export interface AdminItemFilter {
  q?: string;
  departmentId?: string;
  itemType?: string;
  status?: 'draft' | 'published' | 'retired';
  after?: string;
  limit: number;
}

export const listItemsForAdmin = (q: Queryable, f: AdminItemFilter) =>
  q
    .selectFrom('catalog_items')
    .leftJoin('catalog_item_versions as pub', 'pub.id', 'catalog_items.published_version_id')
    .leftJoin('catalog_item_versions as dr', 'dr.id', 'catalog_items.draft_version_id')
    .select([
      'catalog_items.id',
      'catalog_items.implementation_code',
      'catalog_items.name',
      'catalog_items.item_type',
      'catalog_items.department_id',
      'catalog_items.region_code',
      'catalog_items.updated_at',
      'pub.version_no as published_version_no',
      'dr.version_no as draft_version_no',
    ])
    .$if(f.q !== undefined && f.q !== '', (b) =>
      b.where((eb) =>
        eb.or([
          eb('catalog_items.name', 'like', `%${f.q}%`),
          eb('catalog_items.implementation_code', 'like', `%${f.q}%`),
        ]),
      ),
    )
    .$if(f.departmentId !== undefined, (b) => b.where('catalog_items.department_id', '=', f.departmentId!))
    .$if(f.itemType !== undefined, (b) => b.where('catalog_items.item_type', '=', f.itemType!))
    .$if(f.status === 'draft', (b) => b.where('catalog_items.draft_version_id', 'is not', null))
    .$if(f.status === 'published', (b) => b.where('catalog_items.published_version_id', 'is not', null))
    .$if(f.status === 'retired', (b) =>
      b
        .where('catalog_items.published_version_id', 'is', null)
        .where('catalog_items.draft_version_id', 'is', null),
    )
    .$if(f.after !== undefined, (b) => b.where('catalog_items.id', '>', f.after!))
    .orderBy('catalog_items.id')
    .limit(f.limit + 1)
    .execute();

export const findBundle = (q: Queryable, id: string) =>
  q.selectFrom('catalog_bundles').selectAll().where('id', '=', id).executeTakeFirst();

export const findBundleByCode = (q: Queryable, code: string) =>
  q.selectFrom('catalog_bundles').selectAll().where('code', '=', code).executeTakeFirst();

export const bundleVersion = (q: Queryable, id: string) =>
  q.selectFrom('catalog_bundle_versions').selectAll().where('id', '=', id).executeTakeFirst();

export const publishedBundles = (q: Queryable) =>
  q
    .selectFrom('catalog_bundles')
    .innerJoin(
      'catalog_bundle_versions',
      'catalog_bundle_versions.id',
      'catalog_bundles.published_version_id',
    )
    .select([
      'catalog_bundles.id',
      'catalog_bundles.code',
      'catalog_bundles.popularity',
      'catalog_bundle_versions.id as version_id',
      'catalog_bundle_versions.version_no',
      'catalog_bundle_versions.content',
    ])
    .orderBy('catalog_bundles.code')
    .execute();

export const listBundlesForAdmin = (q: Queryable) =>
  q
    .selectFrom('catalog_bundles')
    .leftJoin('catalog_bundle_versions as pub', 'pub.id', 'catalog_bundles.published_version_id')
    .leftJoin('catalog_bundle_versions as dr', 'dr.id', 'catalog_bundles.draft_version_id')
    .select([
      'catalog_bundles.id',
      'catalog_bundles.code',
      'catalog_bundles.name',
      'catalog_bundles.updated_at',
      'pub.version_no as published_version_no',
      'dr.version_no as draft_version_no',
    ])
    .orderBy('catalog_bundles.code')
    .execute();

export const catalogRevision = async (q: Queryable) =>
  (await q.selectFrom('catalog_state').select('revision').where('id', '=', 1).executeTakeFirstOrThrow())
    .revision;

/** Tells every instance's search index that the catalogue changed. */
export const bumpRevision = (q: Queryable) =>
  q
    .updateTable('catalog_state')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 1)
    .execute();

/** 权力清单: published items other than public services, by department, in code order. */
export const publishedPowerItems = (
  q: Queryable,
  departmentId: string | undefined,
  after: string | undefined,
  limit: number,
) =>
  q
    .selectFrom('catalog_items')
    .innerJoin('catalog_item_versions', 'catalog_item_versions.id', 'catalog_items.published_version_id')
    .select([
      'catalog_items.id',
      'catalog_items.implementation_code',
      'catalog_items.name',
      'catalog_items.item_type',
      'catalog_items.department_id',
      'catalog_item_versions.content',
    ])
    .where('catalog_items.item_type', '!=', '公共服务')
    .where('catalog_items.parent_id', 'is', null)
    .$if(departmentId !== undefined, (b) => b.where('catalog_items.department_id', '=', departmentId!))
    .$if(after !== undefined, (b) => b.where('catalog_items.implementation_code', '>', after!))
    .orderBy('catalog_items.implementation_code')
    .limit(limit + 1)
    .execute();
