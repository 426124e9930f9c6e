import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

// Owned by the catalog module: base items, implementation items and their versions, bundles,
// topics, the synonym dictionary, imports, and the revision counter for search indexes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('catalog_base_items')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('item_type', 'text', (c) => c.notNull())
    .addColumn('competent_department', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('catalog_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('implementation_code', 'text', (c) => c.notNull().unique())
    .addColumn('base_code', 'text', (c) => c.notNull().references('catalog_base_items.code'))
    .addColumn('parent_id', 'text', (c) => c.references('catalog_items.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('item_type', 'text', (c) => c.notNull())
    .addColumn('published_version_id', 'text')
    .addColumn('draft_version_id', 'text')
    .addColumn('latest_version_no', 'integer', (c) => c.notNull())
    .addColumn('popularity', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('catalog_items_department')
    .on('catalog_items')
    .columns(['department_id', 'id'])
    .execute();
  await db.schema.createIndex('catalog_items_parent').on('catalog_items').column('parent_id').execute();

  await db.schema
    .createTable('catalog_bundles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('published_version_id', 'text')
    .addColumn('draft_version_id', 'text')
    .addColumn('latest_version_no', 'integer', (c) => c.notNull())
    .addColumn('popularity', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  // Items and bundles keep their versions the same way.
  for (const [table, owner, ownerTable] of [
    ['catalog_item_versions', 'item_id', 'catalog_items'],
    ['catalog_bundle_versions', 'bundle_id', 'catalog_bundles'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn(owner, 'text', (c) => c.notNull().references(`${ownerTable}.id`))
      .addColumn('version_no', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('published_at', t.timestamp)
      .addColumn('published_by', 'text')
      .addColumn('retired_at', t.timestamp)
      .execute();
    await db.schema
      .createIndex(`${table}_owner_no`)
      .on(table)
      .columns([owner, 'version_no'])
      .unique()
      .execute();
  }

  await db.schema
    .createTable('catalog_topics')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('catalog_synonyms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('phrase', 'text', (c) => c.notNull().unique())
    .addColumn('expansions', 'text', (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('catalog_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', t.real, (c) => c.notNull())
    .addColumn('data', t.binary)
    .addColumn('result', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('catalog_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('catalog_state').values({ id: 1, revision: 0 }).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'catalog_state',
    'catalog_imports',
    'catalog_synonyms',
    'catalog_topics',
    'catalog_bundle_versions',
    'catalog_bundles',
    'catalog_item_versions',
    'catalog_items',
    'catalog_base_items',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
