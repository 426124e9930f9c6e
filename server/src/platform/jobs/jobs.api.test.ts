import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { engines, startTestApp, type TestApp } from '../../../test/harness.ts';
import { CASE_TRANSITIONED, type CaseTransitionEvent } from '../../modules/cases/service.ts';
import { inTransaction } from '../db/database.ts';
import { JobQueue, backoffMs } from './jobs.ts';

test('backoff grows exponentially with jitter and is capped at an hour', () => {
  assert.equal(backoffMs(1, 0.5), 1000);
  assert.equal(backoffMs(4, 0.5), 8000);
  assert.ok(backoffMs(3, 0) < backoffMs(3, 1));
  assert.equal(backoffMs(40, 0.5), 3600_000);
});

for (const engine of engines()) {
  describe(`jobs and outbox on ${engine}`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(engine, { demo: false });
    });
    after(async () => app.close());

    test('a due job runs once; a future job waits; a failing job is retried with backoff and then given up', async () => {
      const { jobs, db } = app.tongban.platform;
      const seen: string[] = [];
      let failures = 0;
      jobs.register('test.record', async (payload) => {
        seen.push((payload as { n: string }).n);
      });
      jobs.register('test.fail', async () => {
        failures++;
        throw new Error('provider down');
      });
      await jobs.enqueue(db, { kind: 'test.record', payload: { n: 'now' } });
      await jobs.enqueue(db, {
        kind: 'test.record',
        payload: { n: 'later' },
        dueAt: new Date(Date.now() + 3600_000),
      });
      const failing = await jobs.enqueue(db, { kind: 'test.fail', payload: {}, maxAttempts: 2 });
      const first = await jobs.runDue();
      assert.deepEqual(seen, ['now']);
      assert.equal(first.failed, 1);
      let row = await db.selectFrom('jobs').selectAll().where('id', '=', failing).executeTakeFirstOrThrow();
      assert.equal(row.status, 'pending');
      assert.equal(row.last_error, 'provider down');
      assert.ok(row.due_at > new Date().toISOString(), 'retry is scheduled in the future');
      await db
        .updateTable('jobs')
        .set({ due_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', failing)
        .execute();
      await jobs.runDue();
      row = await db.selectFrom('jobs').selectAll().where('id', '=', failing).executeTakeFirstOrThrow();
      assert.equal(row.status, 'failed');
      assert.equal(row.attempts, 2);
      assert.equal(failures, 2);
      assert.deepEqual((await jobs.runDue()).claimed, 0);
      assert.deepEqual(seen, ['now']);
    });

    test('transactional jobs (sharing one transaction on SQLite): a failing one is undone alone, the others and their done marks commit', async () => {
      const { jobs, db } = app.tongban.platform;
      jobs.registerInTransaction('test.write', async (payload, tx) => {
        const { key, fail } = payload as { key: string; fail?: boolean };
        await tx
          .insertInto('rate_limits')
          .values({ key, window_start: new Date().toISOString(), count: 1 })
          .execute();
        if (fail) throw new Error(`refused ${key}`);
      });
      const ids = [];
      for (const [key, fail] of [
        ['batch.a', false],
        ['batch.b', true],
        ['batch.c', false],
      ] as const)
        ids.push(await jobs.enqueue(db, { kind: 'test.write', payload: { key, fail }, maxAttempts: 1 }));
      const report = await jobs.runDue();
      assert.deepEqual(report, { claimed: 3, succeeded: 2, failed: 1 });
      const written = await db
        .selectFrom('rate_limits')
        .select('key')
        .where('key', 'like', 'batch.%')
        .execute();
      assert.deepEqual(
        written.map((r) => r.key).sort(),
        ['batch.a', 'batch.c'],
        'the failing job wrote nothing',
      );
      const rows = await db
        .selectFrom('jobs')
        .select(['id', 'status', 'last_error'])
        .where('id', 'in', ids)
        .execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      assert.deepEqual(
        ids.map((id) => [byId.get(id)!.status, byId.get(id)!.last_error]),
        [
          ['done', null],
          ['failed', 'refused batch.b'],
          ['done', null],
        ],
      );
    });

    test('a unique key makes a second enqueue a no-op', async () => {
      const { jobs, db } = app.tongban.platform;
      await jobs.enqueue(db, {
        kind: 'test.record',
        payload: { n: 'u' },
        uniqueKey: 'once',
        dueAt: new Date(Date.now() + 60_000),
      });
      await jobs.enqueue(db, {
        kind: 'test.record',
        payload: { n: 'u' },
        uniqueKey: 'once',
        dueAt: new Date(Date.now() + 60_000),
      });
      const rows = await db.selectFrom('jobs').select('id').where('unique_key', '=', 'once').execute();
      assert.equal(rows.length, 1);
    });

    test('a job whose runner died is claimed again after its lease expires', async () => {
      const { jobs, db } = app.tongban.platform;
      const seen: string[] = [];
      jobs.register('test.lease', async (payload) => {
        seen.push((payload as { n: string }).n);
      });
      const id = await jobs.enqueue(db, { kind: 'test.lease', payload: { n: 'orphan' } });
      await db
        .updateTable('jobs')
        .set({
          status: 'running',
          locked_by: 'dead-instance',
          locked_until: new Date(Date.now() - 1000).toISOString(),
          attempts: 1,
        })
        .where('id', '=', id)
        .execute();
      await jobs.runDue();
      assert.deepEqual(seen, ['orphan']);
    });

    test('two runners never take the same job', async () => {
      const { db, log } = app.tongban.platform;
      const a = new JobQueue(db, log, 'instance-a');
      const b = new JobQueue(db, log, 'instance-b');
      const ran: string[] = [];
      for (const q of [a, b])
        q.register('test.shared', async (payload) => void ran.push((payload as { n: string }).n));
      for (let i = 0; i < 30; i++) await a.enqueue(db, { kind: 'test.shared', payload: { n: String(i) } });
      await Promise.all([a.runDue(10), b.runDue(10), a.runDue(10), b.runDue(10)]);
      while ((await a.runDue(10)).claimed > 0);
      assert.equal(ran.length, 30);
      assert.equal(new Set(ran).size, 30);
    });

    test('an event published in a rolled-back transaction never reaches its handler; a committed one reaches it once', async () => {
      const { events, jobs, db } = app.tongban.platform;
      const handled: string[] = [];
      events.subscribe('test.happened', 'test-recorder', async (event, tx) => {
        handled.push((event.payload as { what: string }).what);
        await tx
          .insertInto('rate_limits')
          .values({ key: `handled:${event.id}`, window_start: event.createdAt, count: 1 })
          .execute();
      });
      await assert.rejects(
        inTransaction(db, async (tx) => {
          await events.publish(tx, 'test.happened', { what: 'rolled back' });
          throw new Error('the change failed');
        }),
      );
      const eventId = await inTransaction(db, (tx) =>
        events.publish(tx, 'test.happened', { what: 'committed' }),
      );
      await jobs.runDue();
      assert.deepEqual(handled, ['committed']);
      // Deliver the same event again (as after a crash between handling and marking the job done).
      await jobs.enqueue(db, { kind: 'event.deliver', payload: { eventId, handler: 'test-recorder' } });
      await jobs.runDue();
      assert.deepEqual(handled, ['committed']);
      const marks = await db
        .selectFrom('rate_limits')
        .select('key')
        .where('key', '=', `handled:${eventId}`)
        .execute();
      assert.equal(marks.length, 1);
    });

    test('an event a subscriber refuses gets no job and never reaches it; an accepted one reaches it once; an unfiltered subscriber gets all', async () => {
      const { events, jobs, db } = app.tongban.platform;
      const picky: string[] = [];
      const all: string[] = [];
      events.subscribe<{ n: string; wanted: boolean }>(
        'test.filtered',
        'test-picky',
        async (event) => void picky.push((event.payload as { n: string }).n),
        { when: (p) => p.wanted },
      );
      events.subscribe(
        'test.filtered',
        'test-all',
        async (event) => void all.push((event.payload as { n: string }).n),
      );
      const refused = await inTransaction(db, (tx) =>
        events.publish(tx, 'test.filtered', { n: 'refused', wanted: false }),
      );
      const accepted = await inTransaction(db, (tx) =>
        events.publish(tx, 'test.filtered', { n: 'accepted', wanted: true }),
      );
      const deliveries = (
        await db.selectFrom('jobs').select('payload').where('kind', '=', 'event.deliver').execute()
      )
        .map((j) => JSON.parse(j.payload) as { eventId: string; handler: string })
        .filter((d) => d.eventId === refused || d.eventId === accepted)
        .map((d) => `${d.eventId === refused ? 'refused' : 'accepted'}→${d.handler}`)
        .sort();
      assert.deepEqual(deliveries, ['accepted→test-all', 'accepted→test-picky', 'refused→test-all']);
      while ((await jobs.runDue()).claimed > 0);
      assert.deepEqual(picky, ['accepted']);
      assert.deepEqual(all.sort(), ['accepted', 'refused']);
    });

    test('a case transition is delivered only to the modules that act on it', async () => {
      const { events } = app.tongban.platform;
      const transition = (change: Partial<CaseTransitionEvent>): CaseTransitionEvent => ({
        caseId: 'c1',
        parentId: null,
        caseNumber: null,
        serviceCode: 's',
        serviceName: '测试',
        action: 'accept',
        from: 'submitted',
        to: 'in_review',
        template: null,
        params: {},
        ...change,
      });
      const cases: Array<[Partial<CaseTransitionEvent>, string[]]> = [
        [{}, []],
        [{ parentId: 'p1' }, ['cases.bundle']],
        [{ template: 'case.accepted' }, ['cases.notify']],
        [{ to: 'denied' }, ['feedback.invite']],
        [{ to: 'completed' }, ['feedback.invite']],
        [{ to: 'approved' }, ['feedback.invite', 'licenses.on-case-transition']],
        [
          { to: 'revoked', parentId: 'p1', template: 'case.revoked' },
          ['cases.bundle', 'cases.notify', 'feedback.invite', 'licenses.on-case-transition'],
        ],
      ];
      for (const [change, expected] of cases) {
        // Roll back so the made-up case never reaches a handler.
        let handlers: string[] = [];
        await assert.rejects(
          inTransaction(app.tongban.platform.db, async (tx) => {
            const eventId = await events.publish(tx, CASE_TRANSITIONED, transition(change));
            handlers = (
              await tx.selectFrom('jobs').select('payload').where('kind', '=', 'event.deliver').execute()
            )
              .map((j) => JSON.parse(j.payload) as { eventId: string; handler: string })
              .filter((d) => d.eventId === eventId)
              .map((d) => d.handler)
              .sort();
            throw new Error('roll back');
          }),
          /roll back/,
        );
        assert.deepEqual(handlers, expected, JSON.stringify(change));
      }
    });
  });
}

describe('work that came due while the server was down', () => {
  test('runs when the server starts again', async () => {
    const first = await startTestApp('sqlite');
    const { db } = first.tongban.platform;
    // A session that expired while the server was down, and the hourly purge that was due meanwhile.
    await first.login('13800000001');
    await db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 60_000).toISOString() })
      .execute();
    await first.tongban.platform.jobs.enqueue(db, {
      kind: 'identity.purge-expired-sessions',
      payload: null,
      dueAt: new Date(Date.now() - 30 * 60_000),
    });
    await first.tongban.close();

    const { createTongban } = await import('../../app.ts');
    const { createLogger } = await import('../logging.ts');
    const second = await createTongban(
      { ...first.config, jobsEnabled: true, jobsPollMs: 50 },
      { logger: createLogger('silent') },
    );
    try {
      second.startJobs();
      const deadline = Date.now() + 10_000;
      let sessions = 1;
      while (Date.now() < deadline && sessions > 0) {
        await new Promise((r) => setTimeout(r, 50));
        sessions = (await second.platform.db.selectFrom('sessions').select('id').execute()).length;
      }
      assert.equal(sessions, 0, 'the expired session was purged at start');
      const next = await second.platform.db
        .selectFrom('jobs')
        .select(['due_at'])
        .where('kind', '=', 'identity.purge-expired-sessions')
        .where('status', '=', 'pending')
        .execute();
      assert.equal(next.length, 1, 'the next hourly run is scheduled once');
      assert.ok(next[0]!.due_at > new Date().toISOString());
    } finally {
      await second.close();
      fs.rmSync(first.config.dataDir, { recursive: true, force: true });
    }
  });
});
