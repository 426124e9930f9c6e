// The baseline for the submit benchmark: a bare Fastify route that does one insert, with the same storage
// settings Tongban uses (SQLite WAL + synchronous=FULL, or one pooled PostgreSQL connection per request).
// Started as a child process by bench/submit.bench.ts; prints "ready <port>".
import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';

const dir = process.argv[2]!;
const pgUrl = process.env.BENCH_PG_URL;
const app = Fastify();
let insert: (id: string, body: string) => Promise<void>;

if (pgUrl) {
  const pool = new pg.Pool({ connectionString: pgUrl, max: 10 });
  await pool.query('drop table if exists bench_baseline');
  await pool.query(
    'create table bench_baseline (id text primary key, body text not null, created_at timestamptz not null)',
  );
  insert = async (id, body) => {
    await pool.query('insert into bench_baseline (id, body, created_at) values ($1, $2, now())', [id, body]);
  };
} else {
  const db = new Database(path.join(dir, 'baseline.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'create table if not exists bench_baseline (id text primary key, body text not null, created_at text not null)',
  );
  const statement = db.prepare('insert into bench_baseline (id, body, created_at) values (?, ?, ?)');
  insert = async (id, body) => {
    statement.run(id, body, new Date().toISOString());
  };
}

app.post('/insert', async (request) => {
  const id = crypto.randomUUID();
  await insert(id, JSON.stringify(request.body));
  return { id };
});

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address() as { port: number };
console.log(`ready ${address.port}`);
