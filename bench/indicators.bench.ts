// Indicators at scale (issue 6 item 9, issue 8): every query the supervision dashboard and the public
// disclosure page issue, called exactly as the routes call the service, on a generated dataset, for a
// region-wide month and the whole province over a year. Each: warm-up runs, then timed runs (p50/p95,
// nearest rank), against a baseline measured in the same run on the same data — an indexed count of the
// scope's cases submitted in the period (the least any indicator must read) — and one keyed read.
// Target: every query ≤ 300 ms at 1M cases.
//
// Run (from the repository root, after bench/generate.ts):
//   node --import tsx bench/indicators.bench.ts --engine sqlite --dir var/bench-1m
//   node --import tsx bench/indicators.bench.ts --engine postgres --url postgres://…/tongban_bench_1m --dir var/bench-1m-pg
// Options: --runs 10 --warmup 2 --explain (plans of each query's slowest statement) --now (the generator's).
// Then the cold start of `tongban serve` on the same data (spawn to first 200 on /readyz, jobs off so the
// dataset stays as generated) and its RSS, against the cold start of bench/baseline-server.ts (spawn to
// first 200 on its one insert route): --cold-starts 3 (0 skips).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { freePort } from '../server/test/server-process.ts';
import type { ScopeQuery } from '../server/src/modules/supervision/service.ts';
import {
  datasetArgs,
  explain,
  ms,
  openDataset,
  percentile,
  recordStatements,
  rssMb,
  time,
  type Timing,
} from './generate/measure.ts';

const TARGET_MS = 300;
const a = datasetArgs();
const tongban = await openDataset(a);
const { supervision, identity, platform } = tongban;
const { db } = platform;
const admin = await identity.actorForLogin('admin');

const count = async (table: 'cases' | 'tasks') =>
  Number(
    (
      await db
        .selectFrom(table)
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const totalCases = await count('cases');
const totalTasks = await count('tasks');

// The daily roll-ups as the recurring job keeps them: every closed day rolled before the queries are timed
// (on a dataset opened for the first time after migration 0018, this is the job's whole catch-up).
const rollStart = Date.now();
let rolledDays = 0;
for (let n; (n = await supervision.rollIndicatorDays()) > 0;) {
  rolledDays += n;
  process.stderr.write(`rolled ${rolledDays} days (${((Date.now() - rollStart) / 1000).toFixed(0)} s)\n`);
}
const rollMs = Date.now() - rollStart;

// The dashboard's two typical scopes: a city for the last full month, the whole province for a year.
const scopes: Array<{ label: string; query: ScopeQuery; regionPrefix: string | null }> = [
  {
    label: 'region-wide month (杭州市 3301, 2026-10)',
    query: { regionCode: '330100', from: '2026-10-01', to: '2026-10-31' },
    regionPrefix: '3301',
  },
  { label: 'whole province, 12 months', query: { from: '2025-11-16', to: '2026-11-15' }, regionPrefix: null },
];

// The item a drill-down most often ends at: the busiest one.
const busiest = await db
  .selectFrom('cases')
  .select(['service_code', sql<number>`count(*)`.as('n')])
  .groupBy('service_code')
  .orderBy(sql`count(*)`, 'desc')
  .limit(1)
  .executeTakeFirstOrThrow();
const someCase = await db
  .selectFrom('cases')
  .select('id')
  .orderBy('id')
  .offset(Math.floor(totalCases / 2))
  .limit(1)
  .executeTakeFirstOrThrow();

interface Row {
  scope: string;
  query: string;
  timing: Timing;
  statements: number;
  slowest: { sql: string; ms: number; rows: number; plan?: string };
}
const rows: Row[] = [];
const baselines: Array<{ scope: string; count: Timing; n: number }> = [];

const t0 = Date.now();
for (const scope of a.coldStartOnly ? [] : scopes) {
  const q = scope.query;
  const from = new Date(`${q.from}T00:00:00+08:00`).toISOString();
  const to = new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000).toISOString();
  const end = scope.regionPrefix
    ? scope.regionPrefix.slice(0, -1) + String(Number(scope.regionPrefix.at(-1)) + 1)
    : null;
  const baselineQuery = () =>
    db
      .selectFrom('cases')
      .select(sql<number>`count(*)`.as('n'))
      .where('submitted_at', '>=', from)
      .where('submitted_at', '<', to)
      .$if(end !== null, (b) =>
        b.where('region_code', '>=', scope.regionPrefix!).where('region_code', '<', end!),
      )
      .executeTakeFirstOrThrow();
  const n = Number((await baselineQuery()).n);
  baselines.push({ scope: scope.label, count: await time(baselineQuery, a.runs, a.warmup), n });

  const queries: Array<[string, () => Promise<unknown>]> = [
    ['indicators', () => supervision.indicators(admin, q)],
    ['breakdown by region', () => supervision.breakdown(admin, q, 'region')],
    ['breakdown by department', () => supervision.breakdown(admin, q, 'department')],
    ['breakdown by item', () => supervision.breakdown(admin, q, 'item')],
    [
      'rankings (departments, cases handled)',
      () => supervision.rankings(admin, q, 'department', 'casesHandled'),
    ],
    ['trend (cases handled, by month)', () => supervision.trend(admin, q, 'casesHandled', 'month')],
    ['trend (on-time rate, by week)', () => supervision.trend(admin, q, 'onTimeRate', 'week')],
    [
      'alerts: overdue, first page of 20',
      () => supervision.alerts(admin, { ...q, level: 'overdue', limit: 20 }),
    ],
    [
      'alerts: near due, first page of 20',
      () => supervision.alerts(admin, { ...q, level: 'warning', limit: 20 }),
    ],
    [
      'case list of the busiest item, 20',
      () => supervision.caseList(admin, { ...q, itemCode: busiest.service_code, limit: 20 }),
    ],
    ['burden (四减)', () => supervision.burden(admin, q)],
    [
      'disclosure (public page)',
      () =>
        supervision.disclosure({
          ...(q.regionCode ? { regionCode: q.regionCode } : {}),
          from: q.from,
          to: q.to,
        }),
    ],
  ];
  for (const [label, fn] of queries) {
    const timing = await time(fn, a.runs, a.warmup);
    const statements = await recordStatements(db, fn);
    const slowest = [...statements].sort((x, y) => y.ms - x.ms)[0]!;
    const row: Row = { scope: scope.label, query: label, timing, statements: statements.length, slowest };
    if (a.explain) row.slowest.plan = await explain(db, a.engine, slowest);
    rows.push(row);
    process.stderr.write(`${scope.label} · ${label}: p50 ${ms(timing.p50)} ms, p95 ${ms(timing.p95)} ms\n`);
  }
}
const keyed = await time(
  () => db.selectFrom('cases').selectAll().where('id', '=', someCase.id).executeTakeFirst(),
  a.runs * 10,
  a.warmup,
);
const elapsed = Date.now() - t0;

const engineName = a.engine === 'postgres' ? 'PostgreSQL' : 'SQLite';
console.log(
  `\n${engineName} · ${totalCases.toLocaleString('en')} cases, ${totalTasks.toLocaleString('en')} tasks · ${a.warmup} warm-up + ${a.runs} timed runs each · ` +
    `${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)} · Node ${process.version}\n`,
);
console.log(
  `Roll-up catch-up before timing: ${rolledDays} days rolled in ${(rollMs / 1000).toFixed(1)} s` +
    (rolledDays > 0 ? ` (${(rollMs / rolledDays).toFixed(0)} ms per day)` : '') +
    `; today (${platform.clock.now().toISOString().slice(0, 10)}) and stale days are read from the raw rows.\n`,
);
if (!a.coldStartOnly) {
  console.log('| scope | baseline | cases counted | p50 ms | p95 ms | max ms | CPU p50 ms |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const b of baselines)
    console.log(
      `| ${b.scope} | indexed count(*) of the period's cases | ${b.n.toLocaleString('en')} | ${ms(b.count.p50)} | ${ms(b.count.p95)} | ${ms(b.count.max)} | ${ms(b.count.cpuP50)} |`,
    );
  console.log(
    `| — | one keyed read (cases by id) | 1 | ${ms(keyed.p50)} | ${ms(keyed.p95)} | ${ms(keyed.max)} | ${ms(keyed.cpuP50)} |\n`,
  );
  console.log(
    '| scope | query | p50 ms | p95 ms | max ms | CPU p50 ms | × baseline (p50) | ≤ 300 ms (p95) | statements | slowest statement ms (rows) |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | :-: | ---: | ---: |');
  for (const r of rows) {
    const base = baselines.find((b) => b.scope === r.scope)!.count.p50;
    console.log(
      `| ${r.scope} | ${r.query} | ${ms(r.timing.p50)} | ${ms(r.timing.p95)} | ${ms(r.timing.max)} | ${ms(r.timing.cpuP50)} | ${(r.timing.p50 / base).toFixed(1)} | ${r.timing.p95 <= TARGET_MS ? 'yes' : '**no**'} | ${r.statements} | ${ms(r.slowest.ms)} (${r.slowest.rows}) |`,
    );
  }
}
const usage = process.resourceUsage();
console.log(
  `\nbench process RSS ${rssMb().toFixed(0)} MB (peak ${(usage.maxRSS / 1024).toFixed(0)} MB) · ${(elapsed / 1000).toFixed(0)} s`,
);
if (a.explain)
  for (const r of rows)
    console.log(
      `\n### ${r.scope} · ${r.query} — slowest statement (${ms(r.slowest.ms)} ms)\n${r.slowest.sql}\n${r.slowest.plan}`,
    );
await tongban.close();

// ---- cold start and RSS of the real server on this dataset, against the bare baseline server ----

const root = path.resolve(import.meta.dirname, '..');

/**
 * Spawns a server and polls `probe` until it answers 200; returns the child, its port and the ms it took.
 * The baseline server picks its own port and prints "ready <port>"; tongban serve takes PORT.
 */
async function coldStart(
  args: string[],
  env: Record<string, string>,
  probe: (port: number) => Promise<Response>,
  announcesPort = false,
) {
  const given = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(given), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (chunk) => (out += String(chunk)));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    const port = announcesPort ? Number(/ready (\d+)/.exec(out)?.[1] ?? 0) : given;
    try {
      if (port && (await probe(port)).status === 200) return { child, port, ms: performance.now() - t0 };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}
const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

if (a.coldStarts > 0) {
  const tongbanStarts: number[] = [];
  const baselineStarts: number[] = [];
  const rss: Array<{ ready: number; afterDashboard: number }> = [];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-baseline-'));
  for (let i = 0; i < a.coldStarts; i++) {
    const base = await coldStart(
      ['--import', 'tsx', path.join(root, 'bench/baseline-server.ts'), scratch],
      a.engine === 'postgres' ? { BENCH_PG_URL: a.url! } : {},
      (port) =>
        fetch(`http://127.0.0.1:${port}/insert`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        }),
      true,
    );
    baselineStarts.push(base.ms);
    await stop(base.child);
    const server = await coldStart(
      [path.join(root, 'server/bin/tongban.js'), 'serve'],
      { TONGBAN_DATA_DIR: a.dir, DATABASE_URL: a.engine === 'postgres' ? a.url! : '', TONGBAN_JOBS: 'off' },
      (port) => fetch(`http://127.0.0.1:${port}/readyz`),
    );
    tongbanStarts.push(server.ms);
    const ready = rssMb(server.child.pid!);
    // One round of the dashboard as the province's admin, to see the RSS serving it.
    const url = `http://127.0.0.1:${server.port}/api/v1`;
    const login = await fetch(`${url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'admin', password: 'Tongban@2026' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const q = new URLSearchParams(scopes[1]!.query as Record<string, string>).toString();
    for (const route of ['indicators', 'breakdown', 'rankings', 'trend', 'alerts']) {
      const extra = {
        breakdown: '&by=region',
        rankings: '&by=department&indicator=casesHandled',
        trend: '&indicator=casesHandled',
        alerts: '&level=overdue&limit=20',
        indicators: '',
      }[route];
      const response = await fetch(`${url}/supervision/${route}?${q}${extra}`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`${route}: ${response.status} ${await response.text()}`);
    }
    rss.push({ ready, afterDashboard: rssMb(server.child.pid!) });
    await stop(server.child);
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  const median = (v: number[]) =>
    percentile(
      [...v].sort((x, y) => x - y),
      50,
    );
  console.log(
    `\n| cold start (spawn → first 200), ${a.coldStarts} runs | median ms | runs ms | RSS at ready / after the dashboard |`,
  );
  console.log('| --- | ---: | --- | --- |');
  console.log(
    `| baseline: bench/baseline-server.ts (POST /insert) | ${median(baselineStarts).toFixed(0)} | ${baselineStarts.map((v) => v.toFixed(0)).join(', ')} | |`,
  );
  console.log(
    `| tongban serve on this dataset (GET /readyz), jobs off | ${median(tongbanStarts).toFixed(0)} (× ${(median(tongbanStarts) / median(baselineStarts)).toFixed(1)}) | ${tongbanStarts.map((v) => v.toFixed(0)).join(', ')} | ${rss.map((r) => `${r.ready.toFixed(0)} / ${r.afterDashboard.toFixed(0)} MB`).join('; ')} |`,
  );
}
