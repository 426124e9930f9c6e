import type { Kysely } from 'kysely';

// Supervision alerts page open tasks by (due date, id). Thousands of open tasks share a due date at a
// million cases, so an index that stops at the date still sorts a whole day's tasks for each first page
// (near-due alerts: 290–400 ms at 1M, docs/benchmarks.md); with the id in the index the page is a seek.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('tasks_alert_order')
    .on('tasks')
    .columns(['status', 'due_date', 'id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('tasks_alert_order').execute();
}
