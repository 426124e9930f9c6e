import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isolatedPgUrl } from '../../../test/harness.ts';
import { openDatabase } from './database.ts';
import { migrateToLatest, pendingMigrations } from './migrate.ts';
import { migrations } from './migrations/index.ts';

// Two deployments in two schemas of one PostgreSQL database, each told its schema only by its URL.
test(
  'a schema named in DATABASE_URL keeps its own migration history and lock',
  { skip: !process.env.TONGBAN_TEST_PG_URL && 'no PostgreSQL (TONGBAN_TEST_PG_URL)' },
  async () => {
    const first = await isolatedPgUrl();
    const second = await isolatedPgUrl();
    const a = openDatabase({ databaseUrl: first.url, dataDir: '' });
    const b = openDatabase({ databaseUrl: second.url, dataDir: '' });
    try {
      const [ranA, ranB] = await Promise.all([migrateToLatest(a), migrateToLatest(b)]);
      assert.deepEqual(ranA.applied, Object.keys(migrations));
      assert.deepEqual(ranB.applied, Object.keys(migrations), 'the second schema is migrated, not skipped');
      assert.deepEqual(await pendingMigrations(b), []);
      const tables = await b.db.introspection.getTables();
      assert.ok(
        tables.some(
          (t) =>
            t.name === 'cases' && t.schema === new URL(second.url).searchParams.get('options')!.split('=')[1],
        ),
      );
    } finally {
      await Promise.all([a.close(), b.close()]);
      await Promise.all([first.drop(), second.drop()]);
    }
  },
);
