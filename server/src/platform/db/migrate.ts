import { Migrator } from 'kysely';
import type { Database } from './database.ts';
import { migrationProvider, migrations } from './migrations/index.ts';

function migrator(database: Database): Migrator {
  return new Migrator({
    db: database.db,
    provider: migrationProvider,
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
}

export interface MigrationReport {
  applied: string[];
}

export async function migrateToLatest(database: Database): Promise<MigrationReport> {
  const { error, results } = await migrator(database).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** Names of migrations the code knows but the database has not applied. */
export async function pendingMigrations(database: Database): Promise<string[]> {
  const known = await migrator(database).getMigrations();
  return known.filter((m) => !m.executedAt).map((m) => m.name);
}

export const latestMigration = Object.keys(migrations).at(-1);
