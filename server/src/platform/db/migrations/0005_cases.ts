import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

// Owned by the cases module: applications (办件), their materials, timeline, notices, visits,
// the number counters and credit marks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('case_sequences')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('last_no', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_sequences_pk', ['scope', 'period'])
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_number', 'text', (c) => c.unique())
    .addColumn('check_code', 'text', (c) => c.notNull())
    .addColumn('service_kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('cases.id'))
    .addColumn('service_id', 'text', (c) => c.notNull())
    .addColumn('service_version_id', 'text', (c) => c.notNull())
    .addColumn('service_code', 'text', (c) => c.notNull())
    .addColumn('service_name', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('applicant_kind', 'text', (c) => c.notNull())
    .addColumn('applicant_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('applicant_organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('filed_by_account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('window_staff_account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('form_cipher', 'text', (c) => c.notNull())
    .addColumn('commitment_signed', t.bool, (c) => c.notNull())
    .addColumn('correction_used', t.bool, (c) => c.notNull())
    .addColumn('submitted_at', t.timestamp)
    .addColumn('acceptance_due_at', t.timestamp)
    .addColumn('accepted_at', t.timestamp)
    .addColumn('deemed_accepted', t.bool, (c) => c.notNull())
    .addColumn('promised_due_date', 'text')
    .addColumn('statutory_due_date', 'text')
    .addColumn('decided_at', t.timestamp)
    .addColumn('decision', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decision_basis', 'text')
    .addColumn('closed_at', t.timestamp)
    .addColumn('suspended_at', t.timestamp)
    .addColumn('suspension', 'text')
    .addColumn('suspended_working_days', 'integer', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('auto_trace', 'text')
    .addColumn('trips', 'integer', (c) => c.notNull())
    .addColumn('idempotency_key', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('cases_idempotency', ['filed_by_account_id', 'idempotency_key'])
    .execute();
  for (const [name, columns] of [
    ['cases_person', ['applicant_person_id', 'created_at']],
    ['cases_organisation', ['applicant_organisation_id', 'created_at']],
    ['cases_parent', ['parent_id']],
    ['cases_status_acceptance', ['status', 'acceptance_due_at']],
    ['cases_department', ['department_id', 'status']],
    ['cases_submitted', ['submitted_at']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('cases')
      .columns([...columns])
      .execute();
  }

  await db.schema
    .createTable('case_materials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('material_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('necessity', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('file_ids', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('pledge_due_date', 'text')
    .addColumn('supplied_at', t.timestamp)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('case_materials_key', ['case_id', 'material_key'])
    .execute();
  await db.schema
    .createIndex('case_materials_pledged')
    .on('case_materials')
    .columns(['status', 'pledge_due_date'])
    .execute();

  await db.schema
    .createTable('case_timeline')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('step_name', 'text')
    .addColumn('department_id', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_account_id', 'text')
    .execute();
  await db.schema.createIndex('case_timeline_case').on('case_timeline').columns(['case_id', 'id']).execute();

  await db.schema
    .createTable('case_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('issued_at', t.timestamp, (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_notices_case').on('case_notices').columns(['case_id']).execute();

  await db.schema
    .createTable('case_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('staff_account_id', 'text')
    .addColumn('department_id', 'text')
    .execute();
  await db.schema.createIndex('case_visits_case').on('case_visits').columns(['case_id']).execute();

  await db.schema
    .createTable('credit_marks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('cleared_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('credit_marks_subject')
    .on('credit_marks')
    .columns(['subject_kind', 'subject_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'credit_marks',
    'case_visits',
    'case_notices',
    'case_timeline',
    'case_materials',
    'cases',
    'case_sequences',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
