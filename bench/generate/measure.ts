// Measuring helpers shared by the benchmarks over a generated dataset: open it as the product does, time
// calls (warm-up, then timed runs, nearest-rank percentiles), record every SQL statement a call issues (to
// time it alone and show its plan), and read the process's resident memory.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type CompiledQuery, type QueryResult } from 'kysely';
import { createTongban, type Tongban } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/platform/config.ts';
import type { Db } from '../../server/src/platform/db/database.ts';
import { createLogger } from '../../server/src/platform/logging.ts';

/** The options every bench over a generated dataset takes (see bench/generate.ts for the dataset's). */
export function datasetArgs() {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string', default: 'sqlite' },
      dir: { type: 'string' },
      url: { type: 'string' },
      now: { type: 'string', default: '2026-11-16T02:00:00.000Z' },
      runs: { type: 'string', default: process.env.BENCH_RUNS ?? '10' },
      warmup: { type: 'string', default: '2' },
      explain: { type: 'boolean', default: false },
      // indicators.bench.ts: how many cold starts of `tongban serve` (and of the baseline server) to time
      'cold-starts': { type: 'string', default: '3' },
      'cold-start-only': { type: 'boolean', default: false },
      // Measure the schema as generated, without the migrations added since (e.g. before an index fix).
      'skip-migrations': { type: 'boolean', default: false },
    },
  });
  if (values.engine !== 'sqlite' && values.engine !== 'postgres')
    throw new Error('--engine is sqlite or postgres');
  if (!values.dir) throw new Error('--dir <data directory of the generated dataset> is required');
  if (values.engine === 'postgres' && !values.url)
    throw new Error('--url is required with --engine postgres');
  return {
    engine: values.engine as 'sqlite' | 'postgres',
    dir: path.resolve(values.dir),
    url: values.url ?? null,
    now: new Date(values.now),
    runs: Number(values.runs),
    warmup: Number(values.warmup),
    explain: values.explain,
    migrate: !values['skip-migrations'],
    coldStarts: Number(values['cold-starts']),
    coldStartOnly: values['cold-start-only'],
  };
}

/** Opens the dataset as `tongban serve` would (pending migrations applied unless skipped), jobs off, the clock at `now`. */
export async function openDataset(a: ReturnType<typeof datasetArgs>): Promise<Tongban> {
  const config = loadConfig({
    ...process.env,
    TONGBAN_DATA_DIR: a.dir,
    DATABASE_URL: a.engine === 'postgres' ? a.url! : '',
    TONGBAN_JOBS: 'off',
  });
  const t0 = Date.now();
  const tongban = await createTongban(config, {
    logger: createLogger(process.env.LOG_LEVEL ?? 'warn'),
    migrate: a.migrate,
  });
  process.stderr.write(
    `opened in ${Date.now() - t0} ms${a.migrate ? ' (pending migrations applied)' : ''}\n`,
  );
  tongban.platform.clock.now = () => a.now;
  return tongban;
}

export interface Timing {
  runs: number[];
  p50: number;
  p95: number;
  max: number;
  /** Median CPU time of this process per run (ms): all of the work on SQLite, the client's share on PostgreSQL. */
  cpuP50: number;
}

/** Nearest-rank percentile of sorted values. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Runs `fn` warm-up times untimed, then `runs` times timed (ms). */
export async function time(fn: () => Promise<unknown>, runs: number, warmup: number): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    runs: times,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1)!,
    cpuP50: percentile(
      cpu.sort((a, b) => a - b),
      50,
    ),
  };
}

export interface Statement {
  sql: string;
  parameters: readonly unknown[];
  ms: number;
  rows: number;
}

/**
 * Records the statements run on `db` (not in transactions) while `fn` runs, with each one's time and row
 * count, by wrapping the executor the product's services share. The services issue their aggregates
 * together (Promise.all); the wrapper runs them one after another, so a statement's time is its own and
 * not its wait behind the others for the one SQLite connection (or for a PostgreSQL pool slot).
 */
export async function recordStatements(db: Db, fn: () => Promise<unknown>): Promise<Statement[]> {
  const executor = db.getExecutor() as unknown as {
    executeQuery: (q: CompiledQuery, id: unknown) => Promise<QueryResult<unknown>>;
  };
  const original = executor.executeQuery;
  const seen: Statement[] = [];
  let turn: Promise<unknown> = Promise.resolve();
  executor.executeQuery = function (this: unknown, q: CompiledQuery, id: unknown) {
    const run = turn.then(async () => {
      const t0 = process.hrtime.bigint();
      const result = await original.call(this, q, id);
      seen.push({
        sql: q.sql,
        parameters: q.parameters,
        ms: Number(process.hrtime.bigint() - t0) / 1e6,
        rows: result.rows.length,
      });
      return result;
    });
    turn = run.catch(() => undefined);
    return run;
  };
  try {
    await fn();
  } finally {
    executor.executeQuery = original;
  }
  return seen;
}

/** The plan of a recorded statement: EXPLAIN QUERY PLAN on SQLite, EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL (rolled back). */
export async function explain(db: Db, engine: 'sqlite' | 'postgres', s: Statement): Promise<string> {
  const raw = sql.raw(s.sql);
  const bound = (prefix: string) =>
    ({
      ...sql`${sql.raw(prefix)} ${raw}`.compile(db),
      sql: `${prefix} ${s.sql}`,
      parameters: s.parameters,
    }) as CompiledQuery;
  if (engine === 'sqlite') {
    const result = await db.executeQuery<{ id: number; parent: number; detail: string }>(
      bound('explain query plan'),
    );
    const depth = new Map<number, number>();
    return result.rows
      .map((r) => {
        depth.set(r.id, (depth.get(r.parent) ?? -1) + 1);
        return `${'  '.repeat(depth.get(r.id)!)}${r.detail}`;
      })
      .join('\n');
  }
  // EXPLAIN ANALYZE runs the statement: an UPDATE's changes are rolled back by leaving with an error.
  let plan = '';
  const rollback = new Error('rollback');
  await db
    .transaction()
    .execute(async (tx) => {
      const result = await tx.executeQuery<{ 'QUERY PLAN': string }>(bound('explain (analyze, buffers)'));
      plan = result.rows.map((r) => r['QUERY PLAN']).join('\n');
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  return plan;
}

/** This process's resident set size now (MB), from /proc. */
export function rssMb(pid: number | 'self' = 'self'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)![1]) / 1024;
}

export const ms = (v: number) => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
