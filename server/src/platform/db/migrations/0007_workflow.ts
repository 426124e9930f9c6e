import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

// Owned by the workflow module: tasks (待办) and the registry of departments' own systems.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('step_key', 'text', (c) => c.notNull())
    .addColumn('step_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee_account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('parent_step_key', 'text')
    .addColumn('external_system', 'text')
    .addColumn('external_state', 'text')
    .addColumn('external_reference', 'text')
    .addColumn('started_at', t.timestamp, (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('warn_date', 'text')
    .addColumn('budget_days', 'integer', (c) => c.notNull())
    .addColumn('warned_level', 'text', (c) => c.notNull())
    .addColumn('completed_at', t.timestamp)
    .addColumn('completed_by', 'text')
    .addColumn('outcome', 'text')
    .addColumn('opinion', 'text')
    .addColumn('data', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tasks_inbox')
    .on('tasks')
    .columns(['department_id', 'role', 'status', 'due_date'])
    .execute();
  await db.schema.createIndex('tasks_due').on('tasks').columns(['status', 'due_date']).execute();
  await db.schema.createIndex('tasks_warn').on('tasks').columns(['status', 'warn_date']).execute();
  await db.schema.createIndex('tasks_case').on('tasks').columns(['case_id']).execute();

  await db.schema
    .createTable('external_systems')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('endpoint_url', 'text', (c) => c.notNull())
    .addColumn('secret_cipher', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // Nonces of accepted callbacks, kept for the signature window, so a captured request cannot be replayed.
  await db.schema
    .createTable('external_nonces')
    .addColumn('system_code', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('external_nonces_pk', ['system_code', 'nonce'])
    .execute();
  await db.schema.createIndex('external_nonces_age').on('external_nonces').columns(['received_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('external_nonces').execute();
  await db.schema.dropTable('external_systems').execute();
  await db.schema.dropTable('tasks').execute();
}
