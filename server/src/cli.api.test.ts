import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './app.ts';
import { openDatabase, type Database } from './platform/db/database.ts';

// The CLI on the embedded engine: what an operator types on a new machine.
describe('tongban CLI', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-cli-'));
  const env = {
    ...process.env,
    TONGBAN_DATA_DIR: dataDir,
    TONGBAN_MASTER_KEY: crypto.randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  };
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'server/bin/tongban.js'), ...args], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
    });
    return { code: result.status, out: result.stdout + result.stderr };
  };
  let database: Database;
  before(() => {
    assert.match(run('migrate').out, /applied: 0001_platform, 0002_identity/);
    assert.match(run('migrate').out, /up to date/);
    assert.match(run('seed', '--demo').out, /demo data seeded/);
    database = openDatabase({ databaseUrl: null, dataDir });
  });
  after(async () => {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('every command explains itself with --help', () => {
    for (const command of [
      [],
      ['serve'],
      ['migrate'],
      ['seed'],
      ['audit', 'verify'],
      ['user', 'create'],
      ['user', 'reset-password'],
    ]) {
      const { code, out } = run(...command, '--help');
      assert.equal(code, 0);
      assert.match(out, /Usage: tongban/);
    }
  });

  test('user create makes a staff account with its role; bad input is refused with the field named', async () => {
    const dept = await database.db
      .selectFrom('departments')
      .select(['uscc'])
      .where('name', '=', '杭州市西湖区市场监督管理局')
      .executeTakeFirstOrThrow();
    const ok = run(
      'user',
      'create',
      '--login',
      'reviewer99',
      '--password',
      'Secret123',
      '--name',
      '韩梅梅',
      '--id-number',
      '11010519491231002X',
      '--role',
      'reviewer',
      '--department',
      dept.uscc,
    );
    assert.equal(ok.code, 0, ok.out);
    const roles = await database.db
      .selectFrom('staff_roles')
      .innerJoin('accounts', 'accounts.id', 'staff_roles.account_id')
      .select(['staff_roles.role'])
      .where('accounts.login_name', '=', 'reviewer99')
      .execute();
    assert.deepEqual(
      roles.map((r) => r.role),
      ['reviewer'],
    );
    const bad = run(
      'user',
      'create',
      '--login',
      'X',
      '--password',
      'short',
      '--name',
      '韩梅梅',
      '--id-number',
      '11010519491231002X',
      '--role',
      'reviewer',
      '--department',
      dept.uscc,
    );
    assert.equal(bad.code, 1);
    assert.match(bad.out, /loginName/);
    assert.match(bad.out, /password/);
  });

  test('reset-password replaces the password hash; an unknown account is an error', async () => {
    const before = await database.db
      .selectFrom('accounts')
      .select('password_hash')
      .where('login_name', '=', 'admin')
      .executeTakeFirstOrThrow();
    const result = run('user', 'reset-password', '--login', 'admin', '--password', 'NewSecret2026');
    assert.equal(result.code, 0, result.out);
    const after = await database.db
      .selectFrom('accounts')
      .select('password_hash')
      .where('login_name', '=', 'admin')
      .executeTakeFirstOrThrow();
    assert.notEqual(after.password_hash, before.password_hash);
    assert.equal(run('user', 'reset-password', '--login', 'nobody', '--password', 'NewSecret2026').code, 1);
  });

  test('audit verify passes on the untouched chain and names the row someone altered', async () => {
    const ok = run('audit', 'verify');
    assert.equal(ok.code, 0);
    assert.match(ok.out, /audit chain OK: \d+ rows verified/);
    const victim = await database.db
      .selectFrom('audit_log')
      .select('seq')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('audit_log')
      .set({ action: 'nothing.happened' })
      .where('seq', '=', victim.seq)
      .execute();
    const broken = run('audit', 'verify');
    assert.equal(broken.code, 1);
    assert.match(broken.out, new RegExp(`BROKEN at seq ${victim.seq}`));
  });
});
