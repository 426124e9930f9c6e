import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { createTongban } from '../../src/app.ts';
import { verifyAuditChain } from '../../src/platform/audit/audit.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { openDatabase, type Db } from '../../src/platform/db/database.ts';
import { createLogger } from '../../src/platform/logging.ts';
import { sampleItemContent } from '../../src/modules/catalog/content.fixture.ts';
import { personItem, upload, XH_MARKET } from '../../src/modules/cases/cases.fixture.ts';
import { idNumberCheckChar } from '../../src/modules/identity/id-number.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { DEMO_PASSWORD, engines, TestClient } from '../harness.ts';
import { isolatedPgDatabase, killHard, startServerProcess, type ServerProcess } from '../server-process.ts';

// Crash safety (issue 8, item 4): the real server as a child process takes concurrent create-and-submit
// requests with Idempotency-Keys from several citizens and is killed with SIGKILL again and again. Requests
// that got no answer are retried with the same key after the restart. At the end every key has exactly one
// case, the database and the audit chain are intact, and the outbox jobs left behind by the kills ran.

const KILLS = Number(process.env.TONGBAN_CRASH_KILLS ?? 5);
const WORKERS_PER_CITIZEN = 2;
const MIN_ANSWERS_PER_ROUND = 8;
const KEY_PREFIX = 'crash-';

/** What a citizen needs to submit from outside the server: the session, and two uploaded files. */
interface Citizen {
  login: string;
  accountId: string;
  cookie: string;
  csrfToken: string;
  fileIds: [string, string];
}

type Outcome = { kind: 'acknowledged'; caseId: string } | { kind: 'lost' };

function registeredCitizen(n: number) {
  const id = `3301061990030${n}${String(200 + n).padStart(3, '0')}`;
  return {
    name: ['赵一', '钱二', '孙三', '李四'][n % 4]!,
    idNumber: id + idNumberCheckChar(id),
    mobile: `1390000${String(n).padStart(4, '0')}`,
    password: 'Secret123',
  };
}

/**
 * Seeds the demo people, publishes one person's item at 西湖区市场监管局 and prepares four citizens (two demo,
 * two registered), in process and before any child starts; the children read it all from the database.
 */
async function prepare(env: Record<string, string>): Promise<{ code: string; citizens: Citizen[] }> {
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const tongban = await createTongban(loadConfig({ ...env, TONGBAN_JOBS: 'off' }), {
    logger: createLogger('warn', quiet),
    webDist: path.join(env.TONGBAN_DATA_DIR!, 'no-web'),
  });
  try {
    await seedDemo(tongban, { catalog: false });
    const login = async (identifier: string, password: string) => {
      const client = new TestClient(tongban);
      const response = await client.post('/api/v1/auth/login', { identifier, password });
      assert.equal(response.status, 200, response.raw);
      return { client, accountId: String(response.body.accountId) };
    };
    const { client: admin } = await login('admin', DEMO_PASSWORD);
    const department = await tongban.platform.db
      .selectFrom('departments')
      .select('id')
      .where('name', '=', XH_MARKET)
      .executeTakeFirstOrThrow();
    const created = await admin.post<{ id: string; implementationCode: string }>(
      '/api/v1/catalog/admin/items',
      {
        departmentId: department.id,
        regionCode: '330106',
        content: sampleItemContent({ baseCode: '000199001000', ...personItem({ name: '断电测试事项' }) }),
      },
    );
    assert.equal(created.status, 201, created.raw);
    const published = await admin.post(`/api/v1/catalog/admin/items/${created.body.id}/publish`);
    assert.equal(published.status, 200, published.raw);

    const logins: Array<[string, string]> = [
      ['13800000001', DEMO_PASSWORD],
      ['13800000002', DEMO_PASSWORD],
    ];
    for (const n of [1, 2]) {
      const person = registeredCitizen(n);
      const registered = await new TestClient(tongban).post('/api/v1/auth/register', person);
      assert.equal(registered.status, 201, registered.raw);
      logins.push([person.mobile, person.password]);
    }
    const citizens: Citizen[] = [];
    for (const [identifier, password] of logins) {
      const { client, accountId } = await login(identifier, password);
      citizens.push({
        login: identifier,
        accountId,
        cookie: client.cookie!,
        csrfToken: client.csrfToken!,
        fileIds: [await upload({ tongban }, client, 'M01'), await upload({ tongban }, client, 'M02')],
      });
    }
    return { code: created.body.implementationCode, citizens };
  } finally {
    await tongban.close();
  }
}

async function submit(url: string, code: string, citizen: Citizen, key: string): Promise<Outcome> {
  let status: number;
  let text: string;
  try {
    const response = await fetch(`${url}/api/v1/cases`, {
      method: 'POST',
      headers: {
        cookie: citizen.cookie,
        'x-csrf-token': citizen.csrfToken,
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: JSON.stringify({
        serviceKind: 'item',
        code,
        submit: true,
        form: { reason: `断电测试 ${key}` },
        materials: [
          { key: 'M01', source: 'upload', fileIds: [citizen.fileIds[0]] },
          { key: 'M02', source: 'upload', fileIds: [citizen.fileIds[1]] },
        ],
      }),
    });
    status = response.status;
    text = await response.text();
  } catch {
    // Connection refused or cut by the kill: the client cannot know whether the case was stored.
    return { kind: 'lost' };
  }
  if (status !== 201) throw new Error(`submission ${key} answered ${status}: ${text}`);
  let body: { id: string; status: string };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { kind: 'lost' };
  }
  assert.equal(body.status, 'submitted', `case of ${key}`);
  return { kind: 'acknowledged', caseId: body.id };
}

/** Outbox deliveries not finished yet: waiting, or leased by a runner (maybe a killed one). */
async function unfinishedDeliveries(db: Db) {
  const rows = await db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('kind', '=', 'event.deliver')
    .where('status', 'in', ['pending', 'running'])
    .groupBy('status')
    .execute();
  const of = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return { pending: of('pending'), running: of('running') };
}

for (const engine of engines()) {
  test(
    `kill -9 during concurrent case submissions: every acknowledged case exactly once, audit and jobs intact (${engine}, ${KILLS} kills)`,
    { timeout: 900_000 },
    async (t) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-crash-'));
      const pgDatabase = engine === 'postgres' ? await isolatedPgDatabase() : null;
      const env: Record<string, string> = {
        TONGBAN_DATA_DIR: dataDir,
        TONGBAN_MASTER_KEY: crypto.randomBytes(32).toString('hex'),
        TONGBAN_LOGIN_RATE_PER_MINUTE: '100000',
        TONGBAN_JOBS_POLL_MS: '200',
        ...(pgDatabase ? { DATABASE_URL: pgDatabase.url } : {}),
      };
      const database = openDatabase({ databaseUrl: pgDatabase?.url ?? null, dataDir });
      const { db } = database;
      let server: ServerProcess | null = null;
      try {
        const { code, citizens } = await prepare(env);
        /** Every key ever sent, with its citizen; the case id once the server acknowledged it. */
        const sent = new Map<string, { citizen: Citizen; caseId: string | null }>();
        const unacknowledged = new Set<string>();
        let committedButUnanswered = 0;
        /** Outbox deliveries each kill left behind, waiting / leased by the dead runner. */
        const leftBehind: string[] = [];
        let leftTotal = 0;
        let next = 0;

        const retryUnacknowledged = async (url: string) => {
          // Before retrying, see which of them had committed although the client never heard back.
          const keys = [...unacknowledged];
          if (keys.length > 0) {
            const stored = await db
              .selectFrom('cases')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('idempotency_key', 'in', keys)
              .execute();
            committedButUnanswered += Number(stored[0]?.n ?? 0);
          }
          for (const key of keys) {
            const entry = sent.get(key)!;
            const outcome = await submit(url, code, entry.citizen, key);
            assert.equal(outcome.kind, 'acknowledged', `retry of ${key} after the restart`);
            if (outcome.kind === 'acknowledged') entry.caseId = outcome.caseId;
            unacknowledged.delete(key);
          }
        };

        for (let round = 0; round < KILLS; round++) {
          server = await startServerProcess(env);
          await retryUnacknowledged(server.url);
          let stop = false;
          let failure: unknown = null;
          let answered = 0;
          const url = server.url;
          const worker = async (citizen: Citizen) => {
            try {
              while (!stop) {
                const key = `${KEY_PREFIX}${String(next++).padStart(6, '0')}`;
                sent.set(key, { citizen, caseId: null });
                const outcome = await submit(url, code, citizen, key);
                if (outcome.kind === 'acknowledged') {
                  sent.get(key)!.caseId = outcome.caseId;
                  answered++;
                } else unacknowledged.add(key);
              }
            } catch (error) {
              failure ??= error;
              stop = true;
            }
          };
          const workers = citizens.flatMap((citizen) =>
            Array.from({ length: WORKERS_PER_CITIZEN }, () => worker(citizen)),
          );
          // Kill at a random moment once this process has answered a few submissions (a slow machine
          // answers later; the kill should still land in the middle of work).
          const started = Date.now();
          while (answered < MIN_ANSWERS_PER_ROUND && !stop && Date.now() - started < 60_000)
            await new Promise((r) => setTimeout(r, 20));
          await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 800)));
          // No new requests from here on; those in flight meet the kill.
          stop = true;
          await killHard(server);
          server = null;
          await Promise.all(workers);
          if (failure) throw failure;
          const left = await unfinishedDeliveries(db);
          leftBehind.push(`${left.pending}/${left.running}`);
          leftTotal += left.pending + left.running;
        }

        // A job leased by a killed runner is claimed again once its 5-minute lease has run out. Stand in for
        // those minutes by ending the leases now (no runner is alive), so the last start picks them up.
        const stale = await db
          .updateTable('jobs')
          .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
          .where('status', '=', 'running')
          .executeTakeFirst();

        server = await startServerProcess(env);
        await retryUnacknowledged(server.url);
        const deadline = Date.now() + 180_000;
        for (;;) {
          const left = await unfinishedDeliveries(db);
          if (left.pending + left.running === 0) break;
          assert.ok(Date.now() < deadline, `outbox deliveries still unfinished: ${JSON.stringify(left)}`);
          await new Promise((r) => setTimeout(r, 500));
        }
        await killHard(server);
        server = null;

        const acknowledged = [...sent.values()].filter((e) => e.caseId).length;
        t.diagnostic(
          `${engine}: ${KILLS} kills, ${sent.size} keys sent, ${committedButUnanswered} committed but unanswered ` +
            `at a kill (the retry returned the stored case); outbox deliveries unfinished after each kill ` +
            `(waiting/leased): ${leftBehind.join(' ')}; ${Number(stale.numUpdatedRows)} leases of dead ` +
            `runners ended before the last start`,
        );
        assert.equal(acknowledged, sent.size, 'every key was acknowledged at last');
        assert.ok(sent.size > KILLS * 4, `only ${sent.size} submissions were sent`);
        assert.ok(leftTotal > 0, 'the kills left no outbox work behind: nothing was tested');

        // Every key exactly once, with the case the server acknowledged; no other case; numbers unique.
        const cases = await db
          .selectFrom('cases')
          .select(['id', 'idempotency_key', 'filed_by_account_id', 'case_number', 'status'])
          .where('idempotency_key', 'like', `${KEY_PREFIX}%`)
          .execute();
        assert.equal(cases.length, sent.size, 'one case per key, no duplicates');
        const byKey = new Map(cases.map((c) => [c.idempotency_key!, c]));
        for (const [key, entry] of sent) {
          const row = byKey.get(key);
          assert.ok(row, `the case of ${key} is missing`);
          assert.equal(row.id, entry.caseId, `${key} answered with another case than the stored one`);
          assert.equal(row.filed_by_account_id, entry.citizen.accountId);
          assert.equal(row.status, 'submitted');
        }
        assert.equal(new Set(cases.map((c) => c.case_number)).size, cases.length, 'case numbers are unique');
        const ids = cases.map((c) => c.id);
        const countBy = (rows: Array<{ id: string | null }>) => {
          const counts = new Map<string | null, number>();
          for (const r of rows) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
          return counts;
        };
        const tasks = countBy(
          await db
            .selectFrom('tasks')
            .select('case_id as id')
            .where('kind', '=', 'accept')
            .where('case_id', 'in', ids)
            .execute(),
        );
        const submissions = countBy(
          await db
            .selectFrom('case_timeline')
            .select('case_id as id')
            .where('action', '=', 'submit')
            .where('case_id', 'in', ids)
            .execute(),
        );
        const audits = countBy(
          await db
            .selectFrom('audit_log')
            .select('record_id as id')
            .where('action', '=', 'case.submit')
            .where('record_id', 'in', ids)
            .execute(),
        );
        const messages = countBy(
          await db
            .selectFrom('notify_messages')
            .select('case_id as id')
            .where('template', '=', 'case.submitted')
            .where('case_id', 'in', ids)
            .execute(),
        );
        for (const id of ids) {
          assert.equal(tasks.get(id), 1, `case ${id}: one acceptance task`);
          assert.equal(submissions.get(id), 1, `case ${id}: one submission in the timeline`);
          assert.equal(audits.get(id), 1, `case ${id}: one audit row`);
          assert.equal(messages.get(id), 1, `case ${id}: one "submitted" message (the outbox job ran once)`);
        }
        const failed = await db
          .selectFrom('jobs')
          .select(['kind', 'last_error'])
          .where('status', '=', 'failed')
          .execute();
        assert.deepEqual(failed, [], 'no job gave up');

        const chain = await verifyAuditChain(db);
        assert.ok(chain.ok, `audit chain broken at seq ${chain.firstBrokenSeq}`);
        assert.ok(chain.checked >= sent.size);
        if (engine === 'sqlite') {
          const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
          assert.deepEqual(
            integrity.rows.map((r) => r.integrity_check),
            ['ok'],
          );
        }
      } finally {
        if (server) await killHard(server);
        await database.close();
        await pgDatabase?.drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
}
