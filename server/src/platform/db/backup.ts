import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { openDatabase, type Database, type Engine } from './database.ts';

// `tongban backup` / `tongban restore`: the database (SQLite online copy with VACUUM INTO, PostgreSQL with
// pg_dump's custom format) and the uploaded files, with a manifest of row counts to check a restore against.
// The master key is not part of a backup: without it the encrypted personal data cannot be read, so it is
// kept apart, as the README says.

const run = promisify(execFile);

export interface BackupManifest {
  format: 'tongban-backup';
  version: 1;
  engine: Engine;
  createdAt: string;
  /** Migrations applied in the backed-up database, in order. */
  migrations: string[];
  /** Rows per table at the moment of the backup. */
  rowCounts: Record<string, number>;
  database: { file: string; sha256: string; bytes: number };
  files: number;
}

const SQLITE_FILE = 'tongban.sqlite';
const PG_FILE = 'database.pgdump';

async function tableNames(database: Database): Promise<string[]> {
  if (database.engine === 'sqlite') {
    const rows = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
      database.db,
    );
    return rows.rows.map((r) => r.name);
  }
  const rows = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = ${database.schema ?? 'public'} and table_type = 'BASE TABLE' order by table_name`.execute(
    database.db,
  );
  return rows.rows.map((r) => r.name);
}

/** Rows per table, to compare a restored database with its manifest. */
export async function rowCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tableNames(database)) {
    const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(
      database.db,
    );
    counts[table] = Number(result.rows[0]!.n);
  }
  return counts;
}

async function appliedMigrations(database: Database): Promise<string[]> {
  const tables = await tableNames(database);
  if (!tables.includes('kysely_migration')) return [];
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
    database.db,
  );
  return rows.rows.map((r) => r.name);
}

function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function pgTarget(databaseUrl: string, schema: string | null): string[] {
  const url = new URL(databaseUrl);
  url.searchParams.delete('options');
  return [`--dbname=${url.toString()}`, ...(schema ? [`--schema=${schema}`] : [])];
}

function countFiles(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

/** Writes a consistent backup of a running deployment into `outDir` (created; must be empty). */
export async function backup(
  database: Database,
  options: { databaseUrl: string | null; dataDir: string; outDir: string; now?: Date },
): Promise<BackupManifest> {
  fs.mkdirSync(options.outDir, { recursive: true });
  if (fs.readdirSync(options.outDir).length > 0) throw new Error(`${options.outDir} is not empty`);
  // Counts first: rows written while the copy runs may be in the copy, never missing from it.
  const counts = await rowCounts(database);
  const migrations = await appliedMigrations(database);
  let file: string;
  if (database.engine === 'sqlite') {
    file = path.join(options.outDir, SQLITE_FILE);
    await sql`vacuum into ${file}`.execute(database.db);
  } else {
    file = path.join(options.outDir, PG_FILE);
    await run('pg_dump', [
      '--format=custom',
      '--no-owner',
      `--file=${file}`,
      ...pgTarget(options.databaseUrl!, database.schema),
    ]);
  }
  const filesDir = path.join(options.dataDir, 'files');
  if (fs.existsSync(filesDir)) fs.cpSync(filesDir, path.join(options.outDir, 'files'), { recursive: true });
  const manifest: BackupManifest = {
    format: 'tongban-backup',
    version: 1,
    engine: database.engine,
    createdAt: (options.now ?? new Date()).toISOString(),
    migrations,
    rowCounts: counts,
    database: { file: path.basename(file), sha256: sha256File(file), bytes: fs.statSync(file).size },
    files: countFiles(filesDir),
  };
  fs.writeFileSync(path.join(options.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export function readManifest(fromDir: string): BackupManifest {
  const file = path.join(fromDir, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`${fromDir} holds no manifest.json: not a Tongban backup`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== 'tongban-backup' || manifest.version !== 1)
    throw new Error(`${file} is not a Tongban backup manifest (version 1)`);
  const dump = path.join(fromDir, manifest.database.file);
  if (!fs.existsSync(dump) || sha256File(dump) !== manifest.database.sha256)
    throw new Error(`${dump} is missing or does not match the manifest's SHA-256: the backup is damaged`);
  return manifest;
}

/**
 * Restores a backup into the configured database and data directory. On SQLite the server must be stopped
 * (the database file is replaced); on PostgreSQL the backed-up schema is dropped and recreated. A target
 * that already holds data is refused unless `force` is given.
 */
export async function restore(options: {
  engine: Engine;
  databaseUrl: string | null;
  dataDir: string;
  schema?: string | null;
  fromDir: string;
  force?: boolean;
}): Promise<BackupManifest> {
  const manifest = readManifest(options.fromDir);
  if (manifest.engine !== options.engine)
    throw new Error(`the backup is of ${manifest.engine}, the configured database is ${options.engine}`);
  if (!options.force && (await targetHasData(options)))
    throw new Error('the configured database already holds data; pass --force to replace it');
  const dump = path.join(options.fromDir, manifest.database.file);
  if (options.engine === 'sqlite') {
    const target = path.join(options.dataDir, SQLITE_FILE);
    fs.mkdirSync(options.dataDir, { recursive: true });
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.copyFileSync(dump, target);
  } else {
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--exit-on-error',
      ...pgTarget(options.databaseUrl!, options.schema ?? null).filter((a) => !a.startsWith('--schema')),
      dump,
    ]);
  }
  const files = path.join(options.fromDir, 'files');
  if (fs.existsSync(files)) fs.cpSync(files, path.join(options.dataDir, 'files'), { recursive: true });
  return manifest;
}

async function targetHasData(options: {
  databaseUrl: string | null;
  dataDir: string;
  schema?: string | null;
}): Promise<boolean> {
  if (!options.databaseUrl && !fs.existsSync(path.join(options.dataDir, SQLITE_FILE))) return false;
  const target = openDatabase({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
    ...(options.schema ? { pgSchema: options.schema } : {}),
  });
  try {
    return (await tableNames(target)).length > 0;
  } finally {
    await target.close();
  }
}

/** Tables whose row count differs from the manifest (empty when the restore is faithful). */
export async function compareWithManifest(database: Database, manifest: BackupManifest) {
  const counts = await rowCounts(database);
  return Object.entries(manifest.rowCounts)
    .filter(([table, n]) => counts[table] !== n)
    .map(([table, expected]) => ({ table, expected, actual: counts[table] ?? null }));
}
