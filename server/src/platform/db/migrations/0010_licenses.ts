import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

// Owned by the licenses module: licence types, seal keys, licences, imports and uses.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('licence_types')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('type_code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer_kinds', 'text', (c) => c.notNull())
    .addColumn('holder_kind', 'text', (c) => c.notNull())
    .addColumn('validity_years', 'integer')
    .addColumn('face_fields', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('seal_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('algorithm', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('private_key_cipher', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('retired_at', t.timestamp)
    .execute();
  // One active key per department: instances racing to create the first one cannot both win.
  await db.schema
    .createIndex('seal_keys_one_active')
    .on('seal_keys')
    .column('department_id')
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute();

  await db.schema
    .createTable('seal_settings')
    .addColumn('department_id', 'text', (c) => c.primaryKey().references('departments.id'))
    .addColumn('algorithm', 'text', (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('licence_serials')
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('issuer_code', 'text', (c) => c.notNull())
    .addColumn('last_serial', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('licence_serials_pk', ['type_code', 'issuer_code'])
    .execute();

  await db.schema
    .createTable('licences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('identifier', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().references('licence_types.code'))
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('issuer_department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('issuer_code', 'text', (c) => c.notNull())
    .addColumn('issuer_name', 'text', (c) => c.notNull())
    .addColumn('holder_kind', 'text', (c) => c.notNull())
    .addColumn('holder_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('holder_organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('holder_name', 'text', (c) => c.notNull())
    .addColumn('holder_code_cipher', 'text', (c) => c.notNull())
    .addColumn('holder_code_hash', 'text', (c) => c.notNull())
    .addColumn('holder_code_masked', 'text', (c) => c.notNull())
    .addColumn('face_cipher', 'text', (c) => c.notNull())
    .addColumn('issued_at', t.timestamp, (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    .addColumn('trust_level', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('status_changed_at', t.timestamp)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.unique())
    .addColumn('previous_id', 'text', (c) => c.unique())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('algorithm', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('reminded_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('licences_serial_version')
    .on('licences')
    .columns(['type_code', 'issuer_code', 'serial', 'version'])
    .unique()
    .execute();
  await db.schema
    .createIndex('licences_holder_person')
    .on('licences')
    .columns(['holder_person_id', 'id'])
    .execute();
  await db.schema
    .createIndex('licences_holder_organisation')
    .on('licences')
    .columns(['holder_organisation_id', 'id'])
    .execute();
  await db.schema
    .createIndex('licences_status_until')
    .on('licences')
    .columns(['status', 'valid_until'])
    .execute();

  await db.schema
    .createTable('licence_imports')
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
    .createTable('licence_uses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('licence_id', 'text', (c) => c.notNull().references('licences.id'))
    .addColumn('department_id', 'text')
    .addColumn('case_id', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('used_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('licence_uses_licence')
    .on('licence_uses')
    .columns(['licence_id', 'id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'licence_uses',
    'licence_imports',
    'licences',
    'licence_serials',
    'seal_settings',
    'seal_keys',
    'licence_types',
  ])
    await db.schema.dropTable(table).execute();
}
