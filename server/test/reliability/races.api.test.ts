import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { inTransaction, type Db } from '../../src/platform/db/database.ts';
import { CASE_TRANSITIONED } from '../../src/modules/cases/service.ts';
import {
  addStaff,
  departmentId,
  expectStatus,
  personItem,
  publishItem,
  upload,
  XH_HEALTH,
  type CaseBody,
} from '../../src/modules/cases/cases.fixture.ts';
import { beijingDay } from '../../src/modules/licenses/validity.ts';
import { engines, startTestApp, type TestApp, type TestClient, type TestResponse } from '../harness.ts';

// Races (issue 8, item 5): two people (or one person twice) doing the same thing to the same record at the
// same moment. Exactly one wins each time; the other gets a 409/410 problem, never a 500, and nothing that
// follows the win (a decision, a notice, a licence, a message, a use) happens twice.
// On PostgreSQL the two requests run on two pool connections at once; on SQLite (one connection) they
// interleave at transaction boundaries, which still tests the version and status checks.

const PAIRS = Number(process.env.TONGBAN_RACE_PAIRS ?? 20);
/** Pairs raced at the same time (more contention on PostgreSQL). */
const BATCH = 4;
const XH_SERVICE_CENTRE = '杭州市西湖区政务服务中心';
const HZ_REAL_ESTATE = '杭州市不动产登记服务中心';
const XH_HOUSING = '杭州市西湖区住房和城乡建设局';

/** "200 + 409 TASK_VERSION_CONFLICT": the outcome of one pair, in a stable order. */
function outcomeOf(responses: Array<TestResponse<Record<string, unknown>>>): string {
  return responses
    .map((r) => (r.status < 300 ? String(r.status) : `${r.status} ${String(r.body.code ?? r.raw)}`))
    .sort()
    .join(' + ');
}

function tally(outcomes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
}

/** Runs fn for pairs 0..n-1, `size` at a time. */
async function inBatches(n: number, size: number, fn: (i: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < n; start += size) {
    await Promise.all(Array.from({ length: Math.min(size, n - start) }, (_, k) => fn(start + k)));
  }
}

/** How many rows each id has (ids without rows are absent). */
function countBy(rows: Array<{ id: string | null }>): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const r of rows) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  return counts;
}

function assertOncePer(ids: string[], counts: Map<string | null, number>, what: string): void {
  const wrong = ids.filter((id) => counts.get(id) !== 1);
  assert.deepEqual(
    wrong.map((id) => `${id}: ${counts.get(id) ?? 0}`),
    [],
    `${what}: exactly one each`,
  );
}

/** Every due job, by two runners at once (as two instances would), until none is left. */
async function drainConcurrently(app: TestApp): Promise<void> {
  for (;;) {
    const reports = await Promise.all([1, 2].map(() => app.tongban.platform.jobs.runDue(25)));
    const failed = reports.reduce((s, r) => s + r.failed, 0);
    assert.equal(failed, 0, 'no job failed');
    if (reports.every((r) => r.claimed === 0)) return;
  }
}

for (const engine of engines()) {
  describe(`races on ${engine} (${PAIRS} pairs each)`, () => {
    let app: TestApp;
    let db: Db;
    let zhangsan: TestClient;
    let files: [string, string];

    const submit = async (code: string) =>
      expectStatus(
        await zhangsan.post<CaseBody>('/api/v1/cases', {
          serviceKind: 'item',
          code,
          submit: true,
          form: { name: '张三', reason: '并发测试' },
          materials: [
            { key: 'M01', source: 'upload', fileIds: [files[0]] },
            { key: 'M02', source: 'upload', fileIds: [files[1]] },
          ],
        }),
        201,
      );

    before(async () => {
      app = await startTestApp(engine, { env: { TONGBAN_LOGIN_RATE_PER_MINUTE: '100000' } });
      db = app.tongban.platform.db;
      zhangsan = await app.login('13800000001');
      files = [await upload(app, zhangsan), await upload(app, zhangsan)];
    });
    after(() => app.close());

    test('two decisions on one task with the same version: one 200, one 409; one decision, notice and message', async (t) => {
      const admin = await app.login('admin');
      const item = await publishItem(app, admin, personItem({ promisedDays: 10 }));
      const window1 = await app.login('window01');
      const window2 = await addStaff(app, 'window', XH_SERVICE_CENTRE);
      const outcomes: string[] = [];
      const caseIds: string[] = [];
      const taskIds: string[] = [];
      const winners: Array<{ id: string; status: string }> = [];
      await inBatches(PAIRS, BATCH, async (i) => {
        const c = await submit(item.code);
        const task = await db
          .selectFrom('tasks')
          .select(['id', 'version'])
          .where('case_id', '=', c.id)
          .where('kind', '=', 'accept')
          .executeTakeFirstOrThrow();
        // Even pairs: two members of staff; odd pairs: one member of staff in two tabs.
        const [a, b] = i % 2 === 0 ? [window1, window2] : [window1, window1];
        const responses = await Promise.all(
          [a, b].map((staff) =>
            staff.post(`/api/v1/tasks/${task.id}/decision`, { version: task.version, outcome: 'accept' }),
          ),
        );
        outcomes.push(outcomeOf(responses));
        caseIds.push(c.id);
        taskIds.push(task.id);
        const won = responses.find((r) => r.status === 200);
        if (won) winners.push({ id: c.id, status: String(won.body.status) });
      });
      await drainConcurrently(app);
      t.diagnostic(`${engine}: ${JSON.stringify(tally(outcomes))}`);
      assert.deepEqual(tally(outcomes), { '200 + 409 TASK_VERSION_CONFLICT': PAIRS });

      const tasks = await db
        .selectFrom('tasks')
        .select(['case_id as id', 'status', 'completed_by'])
        .where('kind', '=', 'accept')
        .where('case_id', 'in', caseIds)
        .execute();
      assertOncePer(caseIds, countBy(tasks), 'acceptance tasks');
      assert.ok(tasks.every((r) => r.status === 'done' && r.completed_by !== null));
      const cases = await db
        .selectFrom('cases')
        .select(['id', 'status'])
        .where('id', 'in', caseIds)
        .execute();
      assert.deepEqual(
        cases.map((c) => c.status).sort(),
        winners.map((w) => w.status).sort(),
        'each case is where the winning decision left it',
      );
      assertOncePer(
        caseIds,
        countBy(
          await db
            .selectFrom('case_timeline')
            .select('case_id as id')
            .where('action', '=', 'accept')
            .where('case_id', 'in', caseIds)
            .execute(),
        ),
        'acceptances in the timeline',
      );
      assertOncePer(
        caseIds,
        countBy(
          await db
            .selectFrom('case_notices')
            .select('case_id as id')
            .where('kind', '=', 'acceptance')
            .where('case_id', 'in', caseIds)
            .execute(),
        ),
        'acceptance notices (受理通知书)',
      );
      assertOncePer(
        taskIds,
        countBy(
          await db
            .selectFrom('audit_log')
            .select('record_id as id')
            .where('action', '=', 'task.accept')
            .where('record_id', 'in', taskIds)
            .execute(),
        ),
        'audited decisions',
      );
      assertOncePer(
        caseIds,
        countBy(
          await db
            .selectFrom('notify_messages')
            .select('case_id as id')
            .where('template', '=', 'case.accepted')
            .where('case_id', 'in', caseIds)
            .execute(),
        ),
        '"accepted" messages to the applicant',
      );
    });

    test('two issuances for one approved case at once, and its approval delivered twice: one licence, one message', async (t) => {
      const admin = await app.login('admin');
      // 秒批: 张三 is an adult, so the case is approved on submission; the licence follows from the event.
      const item = await publishItem(
        app,
        admin,
        personItem({
          result: { type: 'certificate', name: '结婚证', licenceType: 'marriage_certificate' },
          autoApproval: {
            rules: [
              { key: 'adult', description: '申请人年满18周岁', fact: 'applicant.age', op: 'gte', value: 18 },
            ],
          },
        }),
        XH_HEALTH,
      );
      const outcomes: string[] = [];
      const caseIds: string[] = [];
      await inBatches(PAIRS, BATCH, async () => {
        const c = await submit(item.code);
        assert.equal(c.status, 'approved');
        const runs = await Promise.all(
          [1, 2].map(() =>
            inTransaction(db, (tx) => app.tongban.licenses.issueForCase(tx, c.id)).then(
              (row) => (row ? 'issued' : 'already issued'),
              (error: unknown) => `error ${error instanceof Error ? error.message : String(error)}`,
            ),
          ),
        );
        outcomes.push(runs.sort().join(' + '));
        caseIds.push(c.id);
        // The same approval once more, as after a crash between the handler's commit and its job's end.
        await inTransaction(db, (tx) =>
          app.tongban.platform.events.publish(tx, CASE_TRANSITIONED, {
            caseId: c.id,
            from: 'in_review',
            to: 'approved',
          }),
        );
      });
      await drainConcurrently(app);
      t.diagnostic(`${engine}: ${JSON.stringify(tally(outcomes))}`);
      assert.deepEqual(tally(outcomes), { 'already issued + issued': PAIRS });

      const licences = await db
        .selectFrom('licences')
        .select(['id', 'case_id', 'identifier', 'serial'])
        .where('case_id', 'in', caseIds)
        .execute();
      assertOncePer(caseIds, countBy(licences.map((l) => ({ id: l.case_id }))), 'licences per case');
      assert.equal(new Set(licences.map((l) => l.identifier)).size, licences.length, 'identifiers unique');
      // A loser that got as far as the insert had drawn a serial number first: the gaps count the pairs
      // whose two issuances really ran at the same time (on SQLite there are none).
      const serials = licences.map((l) => Number(l.serial.slice(-7)));
      t.diagnostic(
        `${engine}: ${Math.max(...serials) - Math.min(...serials) + 1 - serials.length} serial numbers drawn by losers`,
      );
      const ids = licences.map((l) => l.id);
      assertOncePer(
        ids,
        countBy(
          await db
            .selectFrom('audit_log')
            .select('record_id as id')
            .where('action', '=', 'licence.issue')
            .where('record_id', 'in', ids)
            .execute(),
        ),
        'audited issuances',
      );
      const messages = await db
        .selectFrom('notify_messages')
        .select('link')
        .where('template', '=', 'licence.issued')
        .where(
          'link',
          'in',
          ids.map((id) => `/portal/licenses/${id}`),
        )
        .execute();
      assertOncePer(
        ids,
        countBy(messages.map((m) => ({ id: m.link!.slice('/portal/licenses/'.length) }))),
        '"new licence" messages',
      );
    });

    test('two approvals of one data-sharing request at once: one 200, one 409 EXCHANGE_GRANT_DECIDED', async (t) => {
      const consumer = await app.login('xh-housing');
      const steward1 = await app.login('hz-real-estate');
      const steward2 = await addStaff(app, 'data_steward', HZ_REAL_ESTATE);
      const consumerDepartmentId = await departmentId(app, XH_HOUSING);
      // A request names the published items it serves.
      const rentalFiling = await publishItem(
        app,
        await app.login('admin'),
        personItem({ name: '房屋租赁登记备案' }),
        XH_HOUSING,
      );
      const outcomes: string[] = [];
      const grantIds: string[] = [];
      // One pending request per consumer and resource at a time, so these pairs run one after another.
      await inBatches(PAIRS, 1, async (i) => {
        const requested = expectStatus(
          await consumer.post<{ id: string }>('/api/v1/exchange/grants', {
            resourceCode: 'real_estate_registry',
            consumerDepartmentId,
            purpose: '房屋租赁登记备案核验房屋权属',
            fields: ['address'],
            itemCodes: [rentalFiling.code],
          }),
          201,
        );
        const [a, b] = i % 2 === 0 ? [steward1, steward2] : [steward1, steward1];
        const responses = await Promise.all(
          [a, b].map((s) =>
            s.post(`/api/v1/exchange/grants/${requested.id}/decision`, { decision: 'approve' }),
          ),
        );
        outcomes.push(outcomeOf(responses));
        grantIds.push(requested.id);
      });
      t.diagnostic(`${engine}: ${JSON.stringify(tally(outcomes))}`);
      assert.deepEqual(tally(outcomes), { '200 + 409 EXCHANGE_GRANT_DECIDED': PAIRS });
      const grants = await db
        .selectFrom('exchange_grants')
        .select(['status', 'decided_by'])
        .where('id', 'in', grantIds)
        .execute();
      assert.ok(grants.every((g) => g.status === 'approved' && g.decided_by !== null));
      assertOncePer(
        grantIds,
        countBy(
          await db
            .selectFrom('audit_log')
            .select('record_id as id')
            .where('action', '=', 'exchange.grant_approved')
            .where('record_id', 'in', grantIds)
            .execute(),
        ),
        'audited approvals',
      );
    });

    test('one one-time licence code (用证授权) redeemed twice at once: one 200, one 410; one use', async (t) => {
      // By row, not from the wallet's first page: the licence race above may have filled that with 结婚证.
      const idCard = await db
        .selectFrom('licences')
        .select('id')
        .where('name', '=', '中华人民共和国居民身份证')
        .where('holder_name', '=', '张三')
        .executeTakeFirstOrThrow();
      const today = beijingDay(app.tongban.platform.clock.now());
      const validUntil = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const outcomes: string[] = [];
      const grantIds: string[] = [];
      await inBatches(PAIRS, BATCH, async (i) => {
        const created = expectStatus(
          await zhangsan.post<{ grant: { id: string }; code: string }>(
            `/api/v1/licenses/${idCard.id}/grants`,
            {
              granteeKind: 'code',
              purpose: '并发核验',
              validFrom: today,
              validUntil,
            },
          ),
          201,
        );
        // Two strangers (redeeming needs no login), from addresses of their own: the per-address limit on
        // attempts is not what this tests.
        const strangers = [1, 2].map((k) => {
          const client = app.client();
          client.ip = `10.${k}.${(i >> 8) & 255}.${i & 255}`;
          return client;
        });
        const responses = await Promise.all(
          strangers.map((s) => s.post('/api/v1/licenses/grants/redeem', { code: created.code })),
        );
        outcomes.push(outcomeOf(responses));
        grantIds.push(created.grant.id);
      });
      t.diagnostic(`${engine}: ${JSON.stringify(tally(outcomes))}`);
      assert.deepEqual(tally(outcomes), { '200 + 410 GRANT_USED_UP': PAIRS });
      const grants = await db
        .selectFrom('licence_grants')
        .select('use_count')
        .where('id', 'in', grantIds)
        .execute();
      assert.ok(grants.every((g) => Number(g.use_count) === 1));
      assertOncePer(
        grantIds,
        countBy(
          await db
            .selectFrom('licence_uses')
            .select('grant_id as id')
            .where('grant_id', 'in', grantIds)
            .execute(),
        ),
        'recorded uses (用证记录)',
      );
    });
  });
}
