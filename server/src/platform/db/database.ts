import fs from 'node:fs';
import { BoundedMap } from '../bounded-map.ts';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import type { Tables } from './tables.ts';

export type Engine = 'sqlite' | 'postgres';
export type Db = Kysely<Tables>;
export type Tx = Transaction<Tables>;
/** Either the database handle or an open transaction: store functions accept both. */
export type Queryable = Db | Tx;

export interface Database {
  db: Db;
  engine: Engine;
  /** Path of the SQLite file, null on PostgreSQL. */
  file: string | null;
  /** PostgreSQL schema when not the default one. */
  schema: string | null;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | null;
  dataDir: string;
  sqliteSynchronous?: 'FULL' | 'NORMAL';
  /** PostgreSQL schema to use (tests give each run its own). */
  pgSchema?: string;
  pgPoolSize?: number;
}

const PG_INT8 = 20;
const PG_TIMESTAMP = 1114;
const PG_TIMESTAMPTZ = 1184;
const PG_NUMERIC = 1700;

/** Same result types on both engines: counts and bigints as numbers, timestamps as ISO strings. */
function pgTypeParser(oid: number, format?: unknown): (value: string) => unknown {
  if (oid === PG_INT8 || oid === PG_NUMERIC) return (v) => Number(v);
  if (oid === PG_TIMESTAMPTZ) return (v) => new Date(v).toISOString();
  if (oid === PG_TIMESTAMP) return (v) => new Date(`${v}Z`).toISOString();
  return pg.types.getTypeParser(oid, format as 'text');
}

export function openDatabase(options: DatabaseOptions): Database {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.pgPoolSize ?? 10,
      types: { getTypeParser: pgTypeParser } as pg.CustomTypesConfig,
      ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
    });
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'postgres',
      file: null,
      schema: options.pgSchema ?? null,
      close: () => db.destroy(),
    };
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, 'tongban.sqlite');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`synchronous = ${options.sqliteSynchronous ?? 'FULL'}`);
  const db = new Kysely<Tables>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, engine: 'sqlite', file, schema: null, close: () => db.destroy() };
}

/** better-sqlite3 cannot bind booleans: they go in as 1/0, as PostgreSQL would accept them too. */
function sqliteParameters(parameters: readonly unknown[]): readonly unknown[] {
  return parameters.some((v) => typeof v === 'boolean')
    ? parameters.map((v) => (typeof v === 'boolean' ? Number(v) : v))
    : parameters;
}

/** A prepared statement as Kysely's SQLite driver uses it, binding booleans as 1/0. */
function bindingBooleans(statement: SQLite.Statement) {
  return {
    reader: statement.reader,
    all: (parameters: readonly unknown[]) => statement.all(sqliteParameters(parameters)),
    run: (parameters: readonly unknown[]) => statement.run(sqliteParameters(parameters)),
    iterate: (parameters: readonly unknown[]) => statement.iterate(sqliteParameters(parameters)),
  };
}

/**
 * Kysely prepares every statement anew; on SQLite that compile was 18 % of a licence verification's CPU
 * (docs/benchmarks.md). A statement is kept per SQL text (the most recent `max`) and used again: the one
 * connection runs one query at a time, so a statement is never in use twice at once. Booleans are mapped
 * here, on the parameters, rather than by a Kysely plugin rewriting every query's tree.
 */
function withStatementCache(sqlite: SQLite.Database, max = 2000) {
  const statements = new BoundedMap<string, ReturnType<typeof bindingBooleans>>(max);
  return {
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        statement = bindingBooleans(sqlite.prepare(text));
        statements.set(text, statement);
      }
      return statement;
    },
    close: () => sqlite.close(),
  };
}

/** Runs fn in one transaction: every row it writes commits together or not at all. */
export function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}

export async function ping(db: Queryable): Promise<void> {
  await sql`select 1`.execute(db);
}

/** Readers for values whose JS type differs between engines. */
export const read = {
  bool(value: unknown): boolean {
    return value === true || value === 1 || value === '1';
  },
  json<T>(value: unknown): T {
    return (typeof value === 'string' ? JSON.parse(value) : value) as T;
  },
};
