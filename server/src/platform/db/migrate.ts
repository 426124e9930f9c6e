import { Migrator, sql } from 'kysely';
import type { Database } from './database.ts';
import { migrationProvider, migrations } from './migrations/index.ts';

/**
 * The migrator keeps its tables (and its lock) in the schema the connection works in, also when that comes
 * from the URL (`options=-c search_path=…`): without a schema Kysely finds migration tables in any schema of
 * the database, so deployments sharing one database in separate schemas would see each other's history.
 */
async function migrator(database: Database): Promise<Migrator> {
  const schema =
    database.schema ??
    (database.engine === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)).rows[0]!
          .schema
      : null);
  return new Migrator({
    db: database.db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

export interface MigrationReport {
  applied: string[];
}

export async function migrateToLatest(database: Database): Promise<MigrationReport> {
  const { error, results } = await (await migrator(database)).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** Names of migrations the code knows but the database has not applied. */
export async function pendingMigrations(database: Database): Promise<string[]> {
  const known = await (await migrator(database)).getMigrations();
  return known.filter((m) => !m.executedAt).map((m) => m.name);
}

export const latestMigration = Object.keys(migrations).at(-1);
