import type { Kysely } from 'kysely';

// Indexes for the supervision module's aggregate queries over tables other modules own (read-only there):
// each indicator query is a range scan on one of these, never a full scan.
const INDEXES = [
  ['cases_region_submitted', 'cases', ['region_code', 'submitted_at']],
  ['cases_department_submitted', 'cases', ['department_id', 'submitted_at']],
  ['cases_service_submitted', 'cases', ['service_code', 'submitted_at']],
  ['cases_decided', 'cases', ['decided_at']],
  ['cases_region_decided', 'cases', ['region_code', 'decided_at']],
  ['cases_department_decided', 'cases', ['department_id', 'decided_at']],
  ['cases_status_promised_due', 'cases', ['status', 'promised_due_date']],
  ['tasks_status_due', 'tasks', ['status', 'due_date']],
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, table, columns] of INDEXES)
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of INDEXES) await db.schema.dropIndex(name).execute();
}
