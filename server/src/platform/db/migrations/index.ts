import type { Migration, MigrationProvider } from 'kysely';
import * as platform from './0001_platform.ts';
import * as identity from './0002_identity.ts';
import * as catalog from './0003_catalog.ts';

/** Every migration, in order. Names are permanent once released. */
export const migrations: Record<string, Migration> = {
  '0001_platform': platform,
  '0002_identity': identity,
  '0003_catalog': catalog,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
