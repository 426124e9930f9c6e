import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { engines, startTestApp, type TestApp } from '../../../test/harness.ts';

for (const engine of engines()) {
  describe(`HTTP platform on ${engine}`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(engine, { env: { TONGBAN_BODY_LIMIT_BYTES: '2048' } });
    });
    after(async () => app.close());

    test('health, readiness and metrics endpoints answer', async () => {
      const client = app.client();
      assert.deepEqual((await client.get('/healthz')).body, { status: 'ok' });
      const ready = await client.get<{ status: string; engine: string }>('/readyz');
      assert.equal(ready.status, 200);
      assert.equal(ready.body.engine, engine);
      await client.get('/api/v1/regions');
      const metrics = await client.get('/metrics');
      assert.match(metrics.raw, /http_request_duration_seconds_bucket\{[^}]*route="\/api\/v1\/regions"/);
    });

    test('the OpenAPI document lists the routes and Swagger UI is served', async () => {
      const client = app.client();
      const doc = await client.get<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
      assert.equal(doc.status, 200);
      assert.ok(doc.body.paths['/api/v1/auth/login']);
      assert.ok(doc.body.paths['/api/v1/calendar/{year}']);
      const ui = await client.get('/api/docs/');
      assert.equal(ui.status, 200);
      assert.match(ui.raw, /swagger/i);
    });

    test('responses carry a request id and security headers', async () => {
      const response = await app.client().get('/api/v1/regions');
      assert.match(String(response.headers['x-request-id']), /^[0-9a-f-]{36}$/);
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.match(String(response.headers['content-security-policy']), /default-src 'self'/);
    });

    test('an oversized body is refused with a problem answer; malformed JSON too', async () => {
      const client = app.client();
      const big = await client.post<{ code: string }>('/api/v1/auth/login', {
        identifier: 'x'.repeat(4000),
        password: 'y',
      });
      assert.equal(big.status, 413);
      assert.equal(big.body.code, 'PAYLOAD_TOO_LARGE');
      const malformed = await client.request<{ code: string }>('POST', '/api/v1/auth/login', undefined, {
        'content-type': 'application/json',
      });
      assert.equal(malformed.status, 400);
      assert.match(String(malformed.headers['content-type']), /problem\+json/);
    });

    test('an unknown API path answers 404 problem+json in the language asked for', async () => {
      const zh = await app.client().get<{ code: string; detail: string }>('/api/v1/nothing-here');
      assert.equal(zh.status, 404);
      assert.equal(zh.body.code, 'NOT_FOUND');
      assert.match(zh.body.detail, /未找到/);
      const en = await app.client().request<{ detail: string }>('GET', '/api/v1/nothing-here', undefined, {
        'accept-language': 'en-US',
      });
      assert.match(en.body.detail, /not found/);
    });

    test('regions of the demo province come from GB/T 2260 with the province → city → county hierarchy', async () => {
      const client = app.client();
      const top = await client.get<{ items: Array<{ code: string; name: string }> }>('/api/v1/regions');
      assert.deepEqual(
        top.body.items.map((r) => r.name),
        ['浙江省'],
      );
      const cities = await client.get<{ items: Array<{ code: string; name: string; level: string }> }>(
        '/api/v1/regions?parentCode=330000',
      );
      assert.equal(cities.body.items.length, 11);
      assert.ok(
        cities.body.items.some((c) => c.code === '330100' && c.name === '杭州市' && c.level === 'city'),
      );
      const counties = await client.get<{ items: Array<{ code: string; name: string }> }>(
        '/api/v1/regions?parentCode=330100',
      );
      assert.ok(counties.body.items.some((c) => c.code === '330106' && c.name === '西湖区'));
    });
  });
}

if (engines().includes('postgres')) {
  describe('two instances against one PostgreSQL', () => {
    let a: TestApp;
    let b: TestApp;
    before(async () => {
      a = await startTestApp('postgres');
      b = await startTestApp('postgres', { shareWith: a });
    });
    after(async () => {
      await b.close();
      await a.close();
    });

    test('a session opened on one instance works on the other, and logout on either ends it everywhere', async () => {
      const onA = await a.login('13800000001');
      const onB = b.client();
      onB.cookie = onA.cookie;
      onB.csrfToken = onA.csrfToken;
      assert.equal((await onB.get('/api/v1/auth/me')).status, 200);
      assert.equal((await onB.post('/api/v1/auth/logout')).status, 204);
      assert.equal((await onA.get('/api/v1/auth/me')).status, 401);
    });

    test('login lockout counts failures across instances', async () => {
      for (const [i, app] of [a, b, a, b].entries()) {
        const status = (
          await app.client().post('/api/v1/auth/login', { identifier: 'leader01', password: `Wrong${i}x1` })
        ).status;
        assert.equal(status, 401);
      }
      const fifth = await b
        .client()
        .post<{ code: string }>('/api/v1/auth/login', { identifier: 'leader01', password: 'Wrong5x1' });
      assert.equal(fifth.status, 423);
      assert.equal(
        (await a.client().post('/api/v1/auth/login', { identifier: 'leader01', password: 'Tongban@2026' }))
          .status,
        423,
      );
    });

    test('audit rows written concurrently by both instances form one valid chain', async () => {
      const clients = await Promise.all([a.login('admin'), b.login('admin')]);
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          clients[i % 2]!.request(
            'PUT',
            `/api/v1/calendar/days/2030-01-${String(10 + (i % 10)).padStart(2, '0')}`,
            { kind: 'holiday', name: `测试${i}` },
          ),
        ),
      );
      assert.deepEqual(new Set(responses.map((r) => r.status)), new Set([200]));
      const verified = await clients[1]!.post<{ ok: boolean }>('/api/v1/audit/verify');
      assert.equal(verified.body.ok, true);
    });
  });
}
