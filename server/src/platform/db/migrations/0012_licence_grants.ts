import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

// Owned by the licenses module: 用证授权 (a holder's grants of one licence) and who used a licence under one.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('licence_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('licence_id', 'text', (c) => c.notNull().references('licences.id'))
    .addColumn('grantee_kind', 'text', (c) => c.notNull())
    .addColumn('grantee_department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('grantee_uscc', 'text')
    .addColumn('code_hash', 'text', (c) => c.unique())
    .addColumn('code_hint', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('reveal_id_numbers', t.bool, (c) => c.notNull())
    .addColumn('max_uses', 'integer')
    .addColumn('use_count', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revoked_at', t.timestamp)
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('licence_grants_licence')
    .on('licence_grants')
    .columns(['licence_id', 'id'])
    .execute();
  await db.schema
    .createIndex('licence_grants_department')
    .on('licence_grants')
    .columns(['grantee_department_id', 'licence_id'])
    .execute();
  await db.schema
    .createIndex('licence_grants_uscc')
    .on('licence_grants')
    .columns(['grantee_uscc', 'licence_id'])
    .execute();
  // A use under a grant names the grant and, for organisations and code holders, who used it.
  await db.schema.alterTable('licence_uses').addColumn('grant_id', 'text').execute();
  await db.schema.alterTable('licence_uses').addColumn('consumer_label', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('licence_uses').dropColumn('consumer_label').execute();
  await db.schema.alterTable('licence_uses').dropColumn('grant_id').execute();
  await db.schema.dropTable('licence_grants').execute();
}
