import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

// Owned by the exchange module: resource catalogue, demo datasets, grants, access log, circuit breakers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('exchange_resources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('catalogue_code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('provider_department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('abstract', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('share_type', 'text', (c) => c.notNull())
    .addColumn('share_condition', 'text')
    .addColumn('legal_basis', 'text')
    .addColumn('update_cycle', 'text', (c) => c.notNull())
    .addColumn('stands_for', 'text', (c) => c.notNull())
    .addColumn('connector_kind', 'text', (c) => c.notNull())
    .addColumn('http_url', 'text')
    .addColumn('http_timeout_ms', 'integer')
    .addColumn('http_secret_cipher', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('published_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('exchange_resources_provider')
    .on('exchange_resources')
    .columns(['provider_department_id'])
    .execute();

  await db.schema
    .createTable('exchange_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resource_code', 'text', (c) => c.notNull())
    .addColumn('subject_hash', 'text', (c) => c.notNull())
    .addColumn('values_cipher', 'text', (c) => c.notNull())
    .addColumn('recorded_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('exchange_records_subject')
    .on('exchange_records')
    .columns(['resource_code', 'subject_hash', 'recorded_at'])
    .execute();

  await db.schema
    .createTable('exchange_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resource_id', 'text', (c) => c.notNull().references('exchange_resources.id'))
    .addColumn('consumer_department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('provider_department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('item_codes', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text')
    .addColumn('requested_at', t.timestamp, (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', t.timestamp)
    .addColumn('reasons', 'text')
    .addColumn('escalated_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('exchange_grants_use')
    .on('exchange_grants')
    .columns(['resource_id', 'consumer_department_id', 'status'])
    .execute();
  await db.schema
    .createIndex('exchange_grants_due')
    .on('exchange_grants')
    .columns(['status', 'due_date'])
    .execute();

  await db.schema
    .createTable('exchange_access_log')
    .addColumn('seq', t.serialPk)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('resource_code', 'text', (c) => c.notNull())
    .addColumn('provider_department_id', 'text')
    .addColumn('consumer_department_id', 'text')
    .addColumn('consumer_label', 'text')
    .addColumn('subject_hash', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text')
    .addColumn('task_id', 'text')
    .addColumn('actor_account_id', 'text')
    .addColumn('found', t.bool, (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('exchange_access_log_subject')
    .on('exchange_access_log')
    .columns(['subject_hash', 'seq'])
    .execute();

  await db.schema
    .createTable('exchange_breakers')
    .addColumn('resource_code', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('opened_at', t.timestamp)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('exchange_breakers').execute();
  await db.schema.dropTable('exchange_access_log').execute();
  await db.schema.dropTable('exchange_grants').execute();
  await db.schema.dropTable('exchange_records').execute();
  await db.schema.dropTable('exchange_resources').execute();
}
