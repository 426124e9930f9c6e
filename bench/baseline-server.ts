// The baseline of the load scenarios: a bare Fastify route with the same storage settings Tongban uses
// (SQLite WAL + synchronous=FULL, or a pool of PostgreSQL connections).
//   insert: POST /insert does one insert (the baseline for writes);
//   read:   GET /read does one primary-key read from a 10,000-row table (the baseline for reads).
// Usage: node --import tsx bench/baseline-server.ts <data dir> [insert|read]   (BENCH_PG_URL=… for PostgreSQL)
// Started as a child process by bench/load/harness.ts; prints "ready <port>".
import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';

const dir = process.argv[2]!;
const kind = process.argv[3] === 'read' ? 'read' : 'insert';
const pgUrl = process.env.BENCH_PG_URL;
const ROWS = 10_000;
const app = Fastify();
let insert: (id: string, body: string) => Promise<void>;
let readOne: (id: number) => Promise<unknown>;

// A row about the size of a case list entry.
const body = (i: number) =>
  JSON.stringify({
    caseNumber: `330106-2026-${String(i).padStart(8, '0')}`,
    status: 'submitted',
    name: '居住证申领',
  });

if (pgUrl) {
  const pool = new pg.Pool({ connectionString: pgUrl, max: 10 });
  // Two baseline processes may share the database: creating is idempotent.
  await pool.query(
    'create table if not exists bench_baseline (id text primary key, body text not null, created_at timestamptz not null)',
  );
  await pool.query(
    'create table if not exists bench_baseline_read (id integer primary key, body text not null)',
  );
  if (kind === 'read') {
    await pool.query(
      `insert into bench_baseline_read (id, body) select i, $1 || i from generate_series(1, ${ROWS}) i on conflict do nothing`,
      [body(0)],
    );
  }
  insert = async (id, text) => {
    await pool.query('insert into bench_baseline (id, body, created_at) values ($1, $2, now())', [id, text]);
  };
  readOne = async (id) =>
    (await pool.query('select body from bench_baseline_read where id = $1', [id])).rows[0];
} else {
  const db = new Database(path.join(dir, 'baseline.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'create table if not exists bench_baseline (id text primary key, body text not null, created_at text not null)',
  );
  db.exec('create table if not exists bench_baseline_read (id integer primary key, body text not null)');
  if (kind === 'read') {
    const add = db.prepare('insert or ignore into bench_baseline_read (id, body) values (?, ?)');
    db.transaction(() => {
      for (let i = 1; i <= ROWS; i++) add.run(i, body(i));
    })();
  }
  const statement = db.prepare('insert into bench_baseline (id, body, created_at) values (?, ?, ?)');
  const select = db.prepare('select body from bench_baseline_read where id = ?');
  insert = async (id, text) => {
    statement.run(id, text, new Date().toISOString());
  };
  readOne = async (id) => select.get(id);
}

app.post('/insert', async (request) => {
  const id = crypto.randomUUID();
  await insert(id, JSON.stringify(request.body));
  return { id };
});

app.get('/read', async () => {
  const row = await readOne(1 + Math.floor(Math.random() * ROWS));
  return row ?? {};
});

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address() as { port: number };
console.log(`ready ${address.port}`);
