import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { engines, startTestApp } from '../../../test/harness.ts';
import { upload } from '../../modules/cases/cases.fixture.ts';
import { backup, compareWithManifest, readManifest, restore, rowCounts } from './backup.ts';
import { openDatabase } from './database.ts';

for (const engine of engines()) {
  describe(`backup and restore on ${engine}`, () => {
    test('a restored deployment has exactly the rows and files of the backup, and a damaged backup is refused', async () => {
      const app = await startTestApp(engine);
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-backup-'));
      const target = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-restore-'));
      try {
        const zhangsan = await app.login('13800000001');
        const fileId = await upload(app, zhangsan);
        const database = app.tongban.platform.database;
        const manifest = await backup(database, {
          databaseUrl: app.config.databaseUrl,
          dataDir: app.config.dataDir,
          outDir: path.join(out, 'b1'),
        });
        assert.ok(manifest.rowCounts.people! > 0 && manifest.rowCounts.audit_log! > 0);
        assert.equal(manifest.files, 1);
        assert.ok(manifest.migrations.includes('0008_node_keys'));

        // Written after the backup: gone once it is restored.
        await app.login('13800000002');
        assert.notDeepEqual(await rowCounts(database), manifest.rowCounts);

        if (engine === 'sqlite') {
          await restore({ engine, databaseUrl: null, dataDir: target, fromDir: path.join(out, 'b1') });
          const restored = openDatabase({ databaseUrl: null, dataDir: target });
          try {
            assert.deepEqual(await compareWithManifest(restored, manifest), []);
          } finally {
            await restored.close();
          }
          assert.ok(fs.existsSync(path.join(target, 'files', fileId.slice(0, 2), fileId)));
          await assert.rejects(
            restore({ engine, databaseUrl: null, dataDir: target, fromDir: path.join(out, 'b1') }),
            /already holds data/,
          );
        } else {
          const options = {
            engine,
            databaseUrl: app.config.databaseUrl,
            dataDir: target,
            schema: database.schema,
            fromDir: path.join(out, 'b1'),
          };
          await assert.rejects(restore(options), /already holds data/);
          await restore({ ...options, force: true });
          assert.deepEqual(await compareWithManifest(database, manifest), []);
        }

        const dump = path.join(out, 'b1', manifest.database.file);
        fs.appendFileSync(dump, 'x');
        assert.throws(() => readManifest(path.join(out, 'b1')), /damaged/);
      } finally {
        await app.close();
        fs.rmSync(out, { recursive: true, force: true });
        fs.rmSync(target, { recursive: true, force: true });
      }
    });
  });
}
