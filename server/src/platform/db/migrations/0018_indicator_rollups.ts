import type { Kysely } from 'kysely';

// Daily indicator roll-ups: the dashboard reads a province year as ~70k cells instead of ~570k index
// entries per aggregate (docs/benchmarks.md). The roll-up job fills closed days; rollup_stale_days marks a
// past day whose facts changed since, so readers take it from the raw rows until it is rolled again.
export const CELL_COUNTS = [
  'submitted',
  'online',
  'trips',
  'materials_required',
  'materials_reduced',
  'decided',
  'decided_same_day',
  'decided_with_due',
  'decided_on_time',
  'decided_working_days',
  'rating_1',
  'rating_2',
  'rating_3',
  'rating_4',
  'rating_5',
  'default_ratings',
  'rectifications_opened',
  'rectifications_fixed',
  'rectifications_fixed_on_time',
  'complaints',
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('rollup_days')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('rolled_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('rollup_stale_days')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('marked_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rollup_stale_days_day').on('rollup_stale_days').column('day').execute();
  let cells = db.schema
    .createTable('indicator_cells')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('item_code', 'text', (c) => c.notNull());
  for (const column of CELL_COUNTS)
    cells = cells.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0));
  await cells
    .addPrimaryKeyConstraint('indicator_cells_pk', ['day', 'region_code', 'department_id', 'item_code'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('indicator_cells').execute();
  await db.schema.dropTable('rollup_stale_days').execute();
  await db.schema.dropTable('rollup_days').execute();
}
