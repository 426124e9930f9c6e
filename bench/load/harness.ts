// Shared pieces of the load scenarios (issue 8): a fresh store per scenario (SQLite data dir or a
// tongban_load_* PostgreSQL database), the real server as child processes (cold start, RSS), the bare
// baseline server (bench/baseline-server.ts), an autocannon run → one table row, and the markdown table.
// Every scenario runs the same way: set up through the API on a first server, stop it, then measure the
// baseline and Tongban one after the other in the same run, so their ratio holds even on a busy machine.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { freePort } from '../../server/test/server-process.ts';

export const root = path.resolve(import.meta.dirname, '../..');
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';

export const settings = {
  quick,
  connections: Number(process.env.BENCH_CONNECTIONS ?? 64),
  seconds: Number(process.env.BENCH_SECONDS ?? (quick ? 5 : 10)),
  /**
   * An unrecorded run before each measured one, so JIT warm-up after the cold start is not measured. It uses
   * at most 8 connections: requests still queued in the server when it stops would slow the measured run.
   */
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? (quick ? 1 : 3)),
  /** Server URL for PostgreSQL (any database on it): each scenario creates and drops its own database. */
  pgUrl: process.env.BENCH_PG_URL ?? null,
  /** Directory for `node --cpu-prof` profiles of the Tongban instances, when set. */
  cpuProfDir: process.env.BENCH_CPU_PROF_DIR ?? null,
};

export type Engine = 'sqlite' | 'postgres';
export interface Setup {
  engine: Engine;
  instances: 1 | 2;
}

/** SQLite with one instance; with BENCH_PG_URL also PostgreSQL with one and with two instances. */
export function setups(): Setup[] {
  const all: Setup[] = [{ engine: 'sqlite', instances: 1 }];
  if (settings.pgUrl) all.push({ engine: 'postgres', instances: 1 }, { engine: 'postgres', instances: 2 });
  return all;
}

export const setupLabel = (s: Setup) => `${s.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} × ${s.instances}`;

export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

// ---- storage ----

export interface Store {
  engine: Engine;
  dataDir: string;
  databaseUrl: string | null;
  /** Reads from the store directly (SQLite read-only alongside the server; WAL lets both run). */
  query<T>(text: string): Promise<T[]>;
  close(): Promise<void>;
}

export async function freshStore(engine: Engine, tag: string): Promise<Store> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tongban-load-${tag}-`));
  if (engine === 'sqlite') {
    let db: Database.Database | null = null;
    return {
      engine,
      dataDir,
      databaseUrl: null,
      async query<T>(text: string) {
        db ??= new Database(path.join(dataDir, 'tongban.sqlite'), { readonly: true });
        return db.prepare(text).all() as T[];
      },
      async close() {
        db?.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `tongban_load_${tag}_${process.pid}`;
  const admin = new URL(settings.pgUrl!);
  admin.pathname = '/postgres';
  const adminPool = new pg.Pool({ connectionString: admin.href, max: 1 });
  await adminPool.query(`drop database if exists ${name} with (force)`);
  await adminPool.query(`create database ${name}`);
  const url = new URL(admin.href);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.href, max: 2 });
  return {
    engine,
    dataDir,
    databaseUrl: url.href,
    async query<T>(text: string) {
      return (await pool.query(text)).rows as T[];
    },
    async close() {
      await pool.end();
      await adminPool.query(`drop database if exists ${name} with (force)`);
      await adminPool.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// ---- processes ----

export interface Instance {
  child: ChildProcess;
  url: string;
  /** Spawn → first 200 from /readyz. */
  coldStartMs: number;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `tongban serve --demo` on the store (seeding the demo province on first start). */
export async function startTongban(store: Store, options: { profile?: boolean } = {}): Promise<Instance> {
  const port = await freePort();
  const flags =
    options.profile && settings.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${settings.cpuProfDir}`] : [];
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...flags, '--import', 'tsx', path.join(root, 'server/src/cli.ts'), 'serve', '--demo'],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        TONGBAN_DATA_DIR: store.dataDir,
        TONGBAN_MASTER_KEY: '11'.repeat(32),
        ...(store.databaseUrl ? { DATABASE_URL: store.databaseUrl } : {}),
      },
      // Its stdout is not read: a pipe nobody drains would block the server once full.
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Tongban exited early (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { child, url, coldStartMs: performance.now() - started };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  throw new Error('Tongban did not become ready');
}

/** Graceful stop (SIGTERM lets a --cpu-prof profile be written); SIGKILL after 15 s. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  child.kill('SIGTERM');
  await exited(child);
  clearTimeout(timer);
}

/** Resident set size of a process from /proc/<pid>/status, in MB. */
export function rssMb(pid: number): number {
  const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/);
  return Number(match![1]) / 1024;
}

/** The bare Fastify baseline (`insert`: one insert per request; `read`: one primary-key read). */
export async function startBaseline(store: Store, kind: 'insert' | 'read'): Promise<Instance> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'bench/baseline-server.ts'), store.dataDir, kind],
    {
      cwd: root,
      env: { ...process.env, BENCH_PG_URL: store.databaseUrl ?? '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk) => {
      buffer += String(chunk);
      const match = buffer.match(/ready (\d+)/);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`baseline exited ${code}: ${buffer}`)));
  });
  child.stdout!.resume();
  return { child, url: `http://127.0.0.1:${port}`, coldStartMs: performance.now() - started };
}

/** Starts `count` processes one after the other (the second finds the schema and demo data in place). */
export async function startMany(count: number, start: () => Promise<Instance>): Promise<Instance[]> {
  const all: Instance[] = [];
  for (let i = 0; i < count; i++) all.push(await start());
  return all;
}

// ---- load ----

export interface Row {
  label: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  ratio: number | null;
  /** Tongban instances' RSS after the run (MB), one per instance. */
  rss: number[];
  /** Tongban instances' cold start (ms), one per instance. */
  coldStart: number[];
  loadAvg: string;
  note?: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * One autocannon run over the given URLs (autocannon spreads its connections round-robin over several
 * URLs, so two instances share one client). p50/p95/p99 come from every response's own time.
 */
export async function load(
  label: string,
  urls: string[],
  options: Omit<autocannon.Options, 'url'>,
): Promise<Row> {
  if (settings.warmupSeconds > 0) {
    await new Promise((resolve, reject) =>
      autocannon(
        {
          ...options,
          connections: Math.min(8, settings.connections),
          duration: settings.warmupSeconds,
          url: urls.length === 1 ? urls[0]! : urls,
        },
        (error, r) => (error ? reject(error) : resolve(r)),
      ),
    );
  }
  const times: number[] = [];
  const statuses = new Map<number, number>();
  let failure: string | null = null;
  const loadAvg = loadAverage();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        connections: settings.connections,
        duration: settings.seconds,
        ...options,
        url: urls.length === 1 ? urls[0]! : urls,
        // Keep the first failed answer's body: a row with errors says why.
        setupClient: (client) => {
          let last = 0;
          client.on('headers', (h: { statusCode: number }) => (last = h.statusCode));
          client.on('body', (body: Buffer) => {
            if (last < 300 || failure !== null) return;
            const text = String(body);
            const code = text.match(/"code":"([^"]*)"/)?.[1];
            const where = text.match(/"instance":"([^"]*)"/)?.[1];
            failure = code ? `${last} ${code} at ${where}` : `${last}: ${text.slice(0, 200)}`;
          });
        },
      } as autocannon.Options,
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on('response', (_client, status: number, _bytes, responseTime: number) => {
      times.push(responseTime);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
  times.sort((a, b) => a - b);
  return {
    label,
    rps: result.requests.total / (result.duration || settings.seconds),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    ratio: null,
    rss: [],
    coldStart: [],
    loadAvg,
    ...(result.non2xx > 0
      ? {
          note: `answers ${[...statuses].map(([code, n]) => `${code}×${n}`).join(', ')}; first failure ${failure}`,
        }
      : {}),
  };
}

// ---- HTTP helpers for setup ----

export interface Session {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

export async function login(url: string, identifier: string, password = 'Tongban@2026'): Promise<Session> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier, password }),
  });
  if (!response.ok) throw new Error(`login ${identifier}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** A JSON call that must answer 2xx; returns the parsed body. */
export async function call<T>(
  url: string,
  session: Session | null,
  method: string,
  pathname: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(`${url}${pathname}`, {
    method,
    headers: {
      ...(session?.headers ?? {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...extraHeaders,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** Uploads a small PDF as the session's user; returns its file id. */
export async function uploadPdf(url: string, session: Session, text: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/files?visibility=private`, {
    method: 'POST',
    headers: { ...session.headers, 'content-type': 'application/octet-stream', 'x-file-name': 'scan.pdf' },
    body: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`),
  });
  if (response.status !== 201) throw new Error(`upload: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

// ---- one scenario on one setup ----

export interface Scenario<Context> {
  name: string;
  /** The baseline the ratio is taken against. */
  baseline: 'insert' | 'read';
  /** Runs once on a freshly started server (demo data seeded); returns what the load needs. */
  prepare(url: string, store: Store): Promise<Context>;
  /** The measured runs against the Tongban URLs (one per instance); may return several rows. */
  measure(urls: string[], context: Context, store: Store): Promise<Row[]>;
}

/**
 * Prepares on a first server, stops it, measures the baseline (same number of processes), then starts
 * the measured Tongban instance(s) on the prepared store: their cold start is a restart on existing data.
 */
export async function runScenario<Context>(scenario: Scenario<Context>, setup: Setup): Promise<Row[]> {
  const store = await freshStore(setup.engine, scenario.name.replace(/\W/g, '').toLowerCase().slice(0, 20));
  try {
    const first = await startTongban(store);
    const context = await scenario.prepare(first.url, store);
    await stop(first.child);

    const baselines = await startMany(setup.instances, () => startBaseline(store, scenario.baseline));
    const path = scenario.baseline === 'insert' ? '/insert' : '/read';
    const base = await load(
      `bare Fastify route, one ${scenario.baseline === 'insert' ? 'insert' : 'indexed read'} (baseline)`,
      baselines.map((b) => `${b.url}${path}`),
      scenario.baseline === 'insert'
        ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"bench":true}' }
        : {},
    );
    await Promise.all(baselines.map((b) => stop(b.child)));

    const instances = await startMany(setup.instances, () => startTongban(store, { profile: true }));
    let rows: Row[];
    try {
      rows = await scenario.measure(
        instances.map((i) => i.url),
        context,
        store,
      );
      const rss = instances.map((i) => rssMb(i.child.pid!));
      for (const row of rows) {
        row.ratio = row.rps / base.rps;
        row.rss = rss;
        row.coldStart = instances.map((i) => i.coldStartMs);
      }
    } finally {
      await Promise.all(instances.map((i) => stop(i.child)));
    }
    base.ratio = 1;
    return [base, ...rows];
  } finally {
    await store.close();
  }
}

// ---- output ----

const ms = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(1) : n.toFixed(0));

export function table(results: Array<{ setup: Setup; rows: Row[] }>): string {
  const lines = [
    '| engine × instances | scenario | req/s | ratio | p50 ms | p95 ms | p99 ms | non-2xx / errors | RSS MB | cold start ms | load avg |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const { setup, rows } of results) {
    for (const r of rows) {
      lines.push(
        `| ${setupLabel(setup)} | ${r.label}${r.note ? ` — ${r.note}` : ''} | ${r.rps.toFixed(0)} | ${
          r.ratio === null ? '–' : r.ratio.toFixed(3)
        } | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.non2xx} / ${r.errors} | ${
          r.rss.length ? r.rss.map((x) => x.toFixed(0)).join(' + ') : '–'
        } | ${r.coldStart.length ? r.coldStart.map((x) => x.toFixed(0)).join(' / ') : '–'} | ${r.loadAvg} |`,
      );
    }
  }
  return lines.join('\n');
}

/** Runs a scenario on every setup and prints its table (what each *.bench.ts does when run on its own). */
export async function runAndPrint<Context>(scenario: Scenario<Context>): Promise<string> {
  const results = [];
  for (const setup of setups()) results.push({ setup, rows: await runScenario(scenario, setup) });
  const text = `### ${scenario.name}\n\n${settings.connections} connections · ${settings.seconds} s per run · ${
    os.cpus().length
  } cores · Node ${process.version}\n\n${table(results)}\n`;
  console.log(text);
  return text;
}

/** True when the module is the script node was started with (not imported by run-all). */
export const isMain = (metaUrl: string) =>
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === new URL(metaUrl).pathname;
