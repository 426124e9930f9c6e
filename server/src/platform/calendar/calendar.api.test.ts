import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { engines, startTestApp, type TestApp } from '../../../test/harness.ts';

for (const engine of engines()) {
  describe(`working-day calendar on ${engine}`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(engine);
    });
    after(async () => app.close());

    test('the official 2026 calendar is loaded on first start', async () => {
      const year = await app
        .client()
        .get<{ days: Array<{ date: string; kind: string; name: string }> }>('/api/v1/calendar/2026');
      assert.ok(
        year.body.days.some((d) => d.date === '2026-02-17' && d.kind === 'holiday' && d.name === '春节'),
      );
      assert.ok(year.body.days.some((d) => d.date === '2026-02-14' && d.kind === 'workday'));
      const add = await app
        .client()
        .get<{ date: string }>('/api/v1/calendar/working-days?from=2026-02-13&add=1');
      assert.equal(add.body.date, '2026-02-14');
    });

    test('an admin can declare a day off without a release, and deadlines move with it; others may not', async () => {
      const admin = await app.login('admin');
      const reviewer = await app.login('reviewer01');
      const before = await app
        .client()
        .get<{ date: string }>('/api/v1/calendar/working-days?from=2026-12-07&add=1');
      assert.equal(before.body.date, '2026-12-08');
      const refused = await reviewer.request('PUT', '/api/v1/calendar/days/2026-12-08', {
        kind: 'holiday',
        name: '台风停工',
      });
      assert.equal(refused.status, 403);
      const set = await admin.request('PUT', '/api/v1/calendar/days/2026-12-08', {
        kind: 'holiday',
        name: '台风停工',
      });
      assert.equal(set.status, 200);
      const after = await app
        .client()
        .get<{ date: string }>('/api/v1/calendar/working-days?from=2026-12-07&add=1');
      assert.equal(after.body.date, '2026-12-09');
      // Re-importing the official data keeps the administrator's entry.
      assert.equal((await admin.post('/api/v1/calendar/import-official')).status, 200);
      assert.equal(
        (await app.client().get<{ date: string }>('/api/v1/calendar/working-days?from=2026-12-07&add=1')).body
          .date,
        '2026-12-09',
      );
      assert.equal((await admin.request('DELETE', '/api/v1/calendar/days/2026-12-08')).status, 204);
      assert.equal(
        (await app.client().get<{ date: string }>('/api/v1/calendar/working-days?from=2026-12-07&add=1')).body
          .date,
        '2026-12-08',
      );
      const audited = await app.tongban.platform.db
        .selectFrom('audit_log')
        .select('action')
        .where('record_type', '=', 'calendar')
        .execute();
      assert.deepEqual(
        audited.map((a) => a.action).filter((a) => a !== 'calendar.import'),
        ['calendar.set_day', 'calendar.clear_day'],
      );
    });

    test('an invalid date or entry is refused naming the wrong fields', async () => {
      const admin = await app.login('admin');
      type Bad = { errors: Array<{ field: string }> };
      const badDate = await admin.request<Bad>('PUT', '/api/v1/calendar/days/2026-13-45', {
        kind: 'holiday',
        name: '假日',
      });
      assert.equal(badDate.status, 400);
      assert.deepEqual(
        badDate.body.errors.map((e) => e.field),
        ['date'],
      );
      const badBody = await admin.request<Bad>('PUT', '/api/v1/calendar/days/2026-12-10', {
        kind: 'someday',
        name: '',
      });
      assert.equal(badBody.status, 400);
      assert.deepEqual(badBody.body.errors.map((e) => e.field).sort(), ['kind', 'name']);
    });
  });
}
