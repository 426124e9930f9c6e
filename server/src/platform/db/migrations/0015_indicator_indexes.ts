import type { Kysely } from 'kysely';

// Covering indexes for the supervision indicators and the clocks job at a million cases (measured in
// bench/indicators.bench.ts and bench/overdue.bench.ts, docs/benchmarks.md). Each aggregate reads the
// period's entries of one index and never the table rows: the period column leads (a region is a code
// prefix, a range that cannot lead a period scan), the scope and the summed columns follow. Indexes that
// are a leading prefix of a new one are dropped, so a write maintains no more indexes than before.
const INDEXES = [
  // submitted and materials aggregates (id: the materials join), the supervised case list
  [
    'cases_submitted_cover',
    'cases',
    [
      'submitted_at',
      'service_kind',
      'region_code',
      'department_id',
      'service_code',
      'channel',
      'trips',
      'id',
    ],
  ],
  // decided aggregate: decision and submission days, promised date, scope
  [
    'cases_decided_cover',
    'cases',
    [
      'decided_at',
      'service_kind',
      'submitted_at',
      'promised_due_date',
      'region_code',
      'department_id',
      'service_code',
    ],
  ],
  // cases overdue now; id for the clocks job's "not a suspended case" subquery
  [
    'cases_open_due_cover',
    'cases',
    ['status', 'promised_due_date', 'service_kind', 'region_code', 'department_id', 'service_code', 'id'],
  ],
  // materials reduction: the required rows of each case and where they came from
  ['case_materials_reduction', 'case_materials', ['case_id', 'necessity', 'source']],
  // ratings of a period, whatever the scope
  [
    'feedback_evaluations_period',
    'feedback_evaluations',
    ['created_at', 'level', 'is_default', 'region_code', 'department_id', 'service_code'],
  ],
  // the clocks job's red and yellow passes: level and case checked in the index
  ['tasks_due_cover', 'tasks', ['status', 'due_date', 'warned_level', 'case_id']],
  ['tasks_warn_cover', 'tasks', ['status', 'warn_date', 'warned_level', 'case_id']],
] as const;

/** Replaced by a wider index above that starts with the same columns (re-created by down). */
const REPLACED = [
  ['cases_submitted', 'cases', ['submitted_at']],
  ['cases_decided', 'cases', ['decided_at']],
  ['cases_status_promised_due', 'cases', ['status', 'promised_due_date']],
  ['tasks_due', 'tasks', ['status', 'due_date']],
  ['tasks_status_due', 'tasks', ['status', 'due_date']],
  ['tasks_warn', 'tasks', ['status', 'warn_date']],
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, table, columns] of INDEXES)
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
  for (const [name] of REPLACED) await db.schema.dropIndex(name).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const [name, table, columns] of REPLACED)
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
  for (const [name] of INDEXES) await db.schema.dropIndex(name).execute();
}
