import type { Kysely } from 'kysely';

// Covering indexes for the supervision indicators and the clocks job at a million cases (measured in
// bench/indicators.bench.ts and bench/overdue.bench.ts, docs/benchmarks.md). Each aggregate reads the
// period's entries of one index and never the table rows: the period column leads (a region is a code
// prefix, a range that cannot lead a period scan), the scope and the summed columns follow.
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
  // the same, for a department's or an item's scope (a leader's default view, the drill-down to an item)
  [
    'cases_department_submitted_cover',
    'cases',
    [
      'department_id',
      'submitted_at',
      'service_kind',
      'region_code',
      'service_code',
      'channel',
      'trips',
      'id',
    ],
  ],
  [
    'cases_service_submitted_cover',
    'cases',
    [
      'service_code',
      'submitted_at',
      'service_kind',
      'region_code',
      'department_id',
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
  // the clocks job: red pass over open tasks past due (level and case read from the index); the yellow
  // pass asks for warned_level = 'normal', so it seeks only the tasks still uncoloured
  ['tasks_due_cover', 'tasks', ['status', 'due_date', 'warned_level', 'case_id']],
  ['tasks_warn_cover', 'tasks', ['status', 'warned_level', 'warn_date', 'case_id']],
] as const;

/**
 * Dropped (re-created by down): each is a leading prefix of an index above, or (0013's scope-first indexes)
 * a trap: without statistics SQLite walks one in key order to save the GROUP BY sort, reading every case
 * of every period through the table (10 s for a breakdown by region at 1M cases instead of under 1 s).
 * The scope-first indexes above cover what the aggregates read, so such a walk stays in the index.
 */
const REPLACED = [
  ['cases_submitted', 'cases', ['submitted_at']],
  ['cases_decided', 'cases', ['decided_at']],
  ['cases_status_promised_due', 'cases', ['status', 'promised_due_date']],
  ['cases_region_submitted', 'cases', ['region_code', 'submitted_at']],
  ['cases_department_submitted', 'cases', ['department_id', 'submitted_at']],
  ['cases_service_submitted', 'cases', ['service_code', 'submitted_at']],
  ['cases_region_decided', 'cases', ['region_code', 'decided_at']],
  ['cases_department_decided', 'cases', ['department_id', 'decided_at']],
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
