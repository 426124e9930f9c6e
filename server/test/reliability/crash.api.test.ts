import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { repoRoot } from '../../src/app.ts';
import { idNumberCheckChar } from '../../src/modules/identity/id-number.ts';
import { engines, isolatedPgUrl } from '../harness.ts';
import { killHard, startServerProcess } from '../server-process.ts';

const KILLS = Number(process.env.TONGBAN_CRASH_KILLS ?? 5);

interface Applicant {
  mobile: string;
  idNumber: string;
}

function applicant(n: number): Applicant {
  // Distinct valid ID numbers: the birth year and day vary with n, the sequence number too.
  const id = `330106${1960 + Math.floor(n / 800)}01${String(1 + (n % 28)).padStart(2, '0')}${String(100 + (n % 800)).padStart(3, '0')}`;
  return { mobile: `139${String(n).padStart(8, '0')}`, idNumber: id + idNumberCheckChar(id) };
}

async function register(url: string, a: Applicant): Promise<'acknowledged' | 'exists' | 'lost'> {
  try {
    const response = await fetch(`${url}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: '压测用户',
        idNumber: a.idNumber,
        mobile: a.mobile,
        password: 'Secret123',
      }),
    });
    if (response.status === 201) return 'acknowledged';
    if (response.status === 409) return 'exists';
    throw new Error(`unexpected ${response.status}: ${await response.text()}`);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('unexpected')) throw error;
    return 'lost';
  }
}

for (const engine of engines()) {
  test(
    `kill -9 during concurrent registrations loses no acknowledged write (${engine}, ${KILLS} kills)`,
    { timeout: 600_000 },
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-crash-'));
      const pgDatabase = engine === 'postgres' ? await isolatedPgUrl() : null;
      const databaseUrl = pgDatabase?.url ?? '';
      const env: Record<string, string> = {
        TONGBAN_DATA_DIR: dataDir,
        TONGBAN_MASTER_KEY: crypto.randomBytes(32).toString('hex'),
        TONGBAN_LOGIN_RATE_PER_MINUTE: '100000',
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      };
      const acknowledged = new Set<number>();
      const unacknowledged = new Set<number>();
      let next = 0;
      try {
        for (let round = 0; round < KILLS; round++) {
          const server = await startServerProcess(env);
          // Retry what was in flight when the last process died: it either committed or did not.
          for (const n of [...unacknowledged]) {
            const outcome = await register(server.url, applicant(n));
            assert.notEqual(outcome, 'lost');
            unacknowledged.delete(n);
          }
          let stop = false;
          const workers = Array.from({ length: 6 }, async () => {
            while (!stop) {
              const n = next++;
              const outcome = await register(server.url, applicant(n));
              if (outcome === 'acknowledged') acknowledged.add(n);
              else if (outcome === 'lost') unacknowledged.add(n);
              else assert.fail(`applicant ${n} was new but the server said it exists`);
            }
          });
          await new Promise((r) => setTimeout(r, 400 + Math.floor(Math.random() * 400)));
          await killHard(server);
          stop = true;
          await Promise.all(workers);
        }
        const final = await startServerProcess(env);
        for (const n of unacknowledged) assert.notEqual(await register(final.url, applicant(n)), 'lost');
        await killHard(final);
        assert.ok(acknowledged.size > KILLS, `only ${acknowledged.size} registrations were acknowledged`);

        const cli = (args: string[]) =>
          execFileSync(
            process.execPath,
            ['--import', 'tsx', path.join(repoRoot, 'server/src/cli.ts'), ...args],
            {
              cwd: repoRoot,
              env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
              encoding: 'utf8',
            },
          );
        assert.match(cli(['audit', 'verify']), /audit chain OK/);

        const mobiles = [...acknowledged].map((n) => applicant(n).mobile);
        let rows: Array<{ login_name: string }>;
        if (engine === 'sqlite') {
          const db = new SQLite(path.join(dataDir, 'tongban.sqlite'), { readonly: true });
          assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
          rows = db.prepare(`select login_name from accounts where kind = 'citizen'`).all() as typeof rows;
          db.close();
        } else {
          const client = new pg.Client({ connectionString: databaseUrl });
          await client.connect();
          rows = (await client.query(`select login_name from accounts where kind = 'citizen'`)).rows;
          await client.end();
        }
        const logins = rows.map((r) => r.login_name);
        for (const mobile of mobiles)
          assert.equal(
            logins.filter((l) => l === mobile).length,
            1,
            `account ${mobile} is missing or doubled`,
          );
        assert.equal(new Set(logins).size, logins.length);
      } finally {
        await pgDatabase?.drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
}
