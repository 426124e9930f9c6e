import { sql, type Kysely } from 'kysely';

// Per-case material counts on `cases` (store.refreshMaterialCounts keeps them with the material rows), so
// the materials indicator sums the period's covering index instead of joining ~4 material rows per case
// (2–3 s for a province year at 1M cases, docs/benchmarks.md). The clocks job's red pass gets an index that
// seeks only the open tasks not yet red.
const COUNTS = ['materials_required', 'materials_reduced'] as const;
const PERIOD = ['service_kind', 'region_code', 'department_id', 'service_code', 'channel', 'trips'];
const without = (lead: string) => PERIOD.filter((c) => c !== lead);

const BEFORE = [
  ['cases_submitted_cover', 'cases', ['submitted_at', ...PERIOD, 'id']],
  [
    'cases_department_submitted_cover',
    'cases',
    ['department_id', 'submitted_at', ...without('department_id'), 'id'],
  ],
  [
    'cases_service_submitted_cover',
    'cases',
    ['service_code', 'submitted_at', ...without('service_code'), 'id'],
  ],
  ['case_materials_reduction', 'case_materials', ['case_id', 'necessity', 'source']],
] as const;

const AFTER = [
  ['cases_submitted_cover', 'cases', ['submitted_at', ...PERIOD, ...COUNTS, 'id']],
  [
    'cases_department_submitted_cover',
    'cases',
    ['department_id', 'submitted_at', ...without('department_id'), ...COUNTS, 'id'],
  ],
  [
    'cases_service_submitted_cover',
    'cases',
    ['service_code', 'submitted_at', ...without('service_code'), ...COUNTS, 'id'],
  ],
  // the red pass asks for warned_level in ('normal', 'warning'): two seeks per status, never the red tasks
  ['tasks_uncoloured_due', 'tasks', ['status', 'warned_level', 'due_date', 'case_id']],
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

type IndexList = ReadonlyArray<readonly [string, string, readonly string[]]>;

const drop = async (db: Db, list: IndexList) => {
  for (const [name] of list) await db.schema.dropIndex(name).execute();
};
const create = async (db: Db, list: IndexList) => {
  for (const [name, table, columns] of list)
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
};

export async function up(db: Db): Promise<void> {
  for (const column of COUNTS)
    await db.schema
      .alterTable('cases')
      .addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  // The old covers go first: three indexes fewer to update for every case. The materials index serves the
  // backfill's grouping, so it goes after.
  await drop(
    db,
    BEFORE.filter(([, table]) => table === 'cases'),
  );
  // One statement for every case (UPDATE … FROM: PostgreSQL, SQLite ≥ 3.33); same definition as
  // store.materialCounts.
  await sql`
    update cases set materials_required = m.required, materials_reduced = m.reduced
    from (
      select case_id, count(*) as required,
        sum(case when source in ('licence', 'shared_data', 'commitment', 'waived') then 1 else 0 end) as reduced
      from case_materials where necessity = 'required' group by case_id
    ) m
    where m.case_id = cases.id`.execute(db);
  await drop(
    db,
    BEFORE.filter(([, table]) => table !== 'cases'),
  );
  await create(db, AFTER);
}

export async function down(db: Db): Promise<void> {
  await drop(db, AFTER);
  await create(db, BEFORE);
  for (const column of COUNTS) await db.schema.alterTable('cases').dropColumn(column).execute();
}
