import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { engines, startTestApp, type TestApp } from '../../../test/harness.ts';
import { repoRoot } from '../../app.ts';
import { inTransaction } from '../../platform/db/database.ts';
import { Problem } from '../../platform/errors.ts';
import { verifyLinkMessage } from '../../platform/http/signed-request.ts';
import { DEFAULT_BREAKER } from './breaker.ts';

type Mode = 'ok' | 'slow' | 'fail' | 'not-json' | 'wrong-shape' | 'bad-value' | 'not-found';

/** A department's REST endpoint that checks Tongban's signature, answering as `mode` says. */
function departmentServer(secret: string) {
  const state = {
    mode: 'ok' as Mode,
    hits: 0,
    badSignatures: 0,
    lastBody: null as null | Record<string, unknown>,
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      state.hits++;
      const verdict = verifyLinkMessage({
        systemCode: 'population_test',
        secret,
        headers: req.headers,
        rawBody: raw,
      });
      if (!verdict.ok) {
        state.badSignatures++;
        res.writeHead(401).end();
        return;
      }
      state.lastBody = JSON.parse(raw) as Record<string, unknown>;
      const json = (body: unknown) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      switch (state.mode) {
        case 'ok':
          return json({
            found: true,
            values: { name: '张三', regionCode: '330106', secretNote: '不应外传' },
          });
        case 'not-found':
          return json({ found: false });
        case 'slow':
          setTimeout(() => json({ found: true, values: { name: '张三' } }), 1500).unref();
          return;
        case 'fail':
          return res.writeHead(503).end('maintenance');
        case 'not-json':
          return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>网关错误</html>');
        case 'wrong-shape':
          return json({ result: 'ok' });
        case 'bad-value':
          return json({ found: true, values: { name: { first: '三' } } });
      }
    });
  });
  return { server, state };
}

for (const engine of engines()) {
  describe(`exchange HTTP connector on ${engine}`, () => {
    let app: TestApp;
    const secret = crypto.randomBytes(32).toString('hex');
    const { server, state } = departmentServer(secret);
    let consumer: string;

    /** Fetches in a transaction that commits even when the provider fails (as a caller that handles it). */
    const attempt = () =>
      inTransaction(app.tongban.platform.db, async (tx) => {
        try {
          return await app.tongban.exchange.fetch(tx, {
            resourceCode: 'population_test',
            subject: '330106198805120111',
            consumerDepartmentId: consumer,
            purpose: '接口联调',
            caseId: 'case-http',
            fields: ['name', 'regionCode'],
            actorAccountId: null,
          });
        } catch (error) {
          if (error instanceof Problem) return error;
          throw error;
        }
      });

    before(async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      app = await startTestApp(engine);
      const steward = await app.login('steward01');
      const departments = JSON.parse(
        fs.readFileSync(path.join(repoRoot, 'data/demo/departments.json'), 'utf8'),
      ) as Array<{
        key: string;
        uscc: string;
      }>;
      const byKey = async (key: string) =>
        (await app.tongban.identity.departmentByUscc(
          app.tongban.platform.db,
          departments.find((d) => d.key === key)!.uscc,
        ))!.id;
      consumer = await byKey('xh-tax');
      const created = await steward.post('/api/v1/exchange/resources', {
        code: 'population_test',
        catalogueCode: '1010019001',
        name: '人口信息接口（联调）',
        providerDepartmentId: await byKey('hz-data'),
        abstract: '',
        items: [
          { key: 'name', name: '姓名', type: 'string', concept: 'applicant.name' },
          { key: 'regionCode', name: '户籍地区划', type: 'string' },
        ],
        shareType: 'unconditional',
        updateCycle: '实时',
        standsFor: [],
        connector: {
          kind: 'http',
          url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/query`,
          timeoutMs: 300,
          secret,
        },
      });
      assert.equal(created.status, 201, created.raw);
      assert.equal((created.body.connector as { secretSet: boolean }).secretSet, true);
      assert.ok(!created.raw.includes(secret), 'the secret is never sent back');
      await steward.post('/api/v1/exchange/resources/population_test/publish');
    });
    after(async () => {
      await app.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    test('the secret is encrypted at rest', async () => {
      const row = await app.tongban.platform.db
        .selectFrom('exchange_resources')
        .select('http_secret_cipher')
        .where('code', '=', 'population_test')
        .executeTakeFirstOrThrow();
      assert.ok(row.http_secret_cipher && !row.http_secret_cipher.includes(secret));
    });

    test('a signed request gets the values asked for, nothing more, and the access is logged', async () => {
      state.mode = 'ok';
      const result = await attempt();
      assert.ok(!(result instanceof Problem), String(result));
      assert.deepEqual(result.values, { name: '张三', regionCode: '330106' });
      assert.equal(state.badSignatures, 0);
      assert.deepEqual(state.lastBody!.fields, ['name', 'regionCode']);
      assert.equal(state.lastBody!.purpose, '接口联调');
      const entry = await app.tongban.platform.db
        .selectFrom('exchange_access_log')
        .select(['resource_code', 'found'])
        .where('id', '=', result.accessId)
        .executeTakeFirstOrThrow();
      assert.equal(entry.resource_code, 'population_test');
      state.mode = 'not-found';
      const none = await attempt();
      assert.ok(!(none instanceof Problem));
      assert.equal(none.found, false);
    });

    test('a slow department times out with a clear problem', async () => {
      state.mode = 'slow';
      const result = await attempt();
      assert.ok(result instanceof Problem);
      assert.equal(result.status, 504);
      assert.equal(result.code, 'EXCHANGE_PROVIDER_TIMEOUT');
      state.mode = 'ok';
      assert.ok(!((await attempt()) instanceof Problem), 'a success closes the count again');
    });

    test('malformed answers are problems, never crashes', async () => {
      for (const mode of ['not-json', 'wrong-shape', 'bad-value'] as const) {
        state.mode = mode;
        const result = await attempt();
        assert.ok(result instanceof Problem, mode);
        assert.equal(result.code, 'EXCHANGE_PROVIDER_BAD_ANSWER', mode);
        assert.equal(result.status, 502);
        assert.match(result.bilingual.zh, /无法识别/);
      }
      state.mode = 'ok';
      assert.ok(!((await attempt()) instanceof Problem));
    });

    test('5xx answers open the breaker after N failures; after the cool-down one trial decides', async () => {
      const { platform } = app.tongban;
      state.mode = 'fail';
      const hitsBefore = state.hits;
      for (let i = 0; i < DEFAULT_BREAKER.failureThreshold; i++) {
        const result = await attempt();
        assert.ok(result instanceof Problem);
        assert.equal(result.code, 'EXCHANGE_PROVIDER_FAILED');
      }
      assert.equal(state.hits - hitsBefore, DEFAULT_BREAKER.failureThreshold);
      const refused = await attempt();
      assert.ok(refused instanceof Problem);
      assert.equal(refused.code, 'EXCHANGE_PROVIDER_UNAVAILABLE');
      assert.equal(refused.status, 503);
      assert.equal(state.hits - hitsBefore, DEFAULT_BREAKER.failureThreshold, 'an open breaker calls nobody');
      const breaker = await platform.db
        .selectFrom('exchange_breakers')
        .selectAll()
        .where('resource_code', '=', 'population_test')
        .executeTakeFirstOrThrow();
      assert.equal(breaker.state, 'open', 'the state is in the database, for every instance');

      const start = Date.now();
      platform.clock.now = () => new Date(start + DEFAULT_BREAKER.coolDownMs + 1000);
      try {
        // The trial fails: open again, for another cool-down.
        const trial = await attempt();
        assert.ok(trial instanceof Problem && trial.code === 'EXCHANGE_PROVIDER_FAILED');
        assert.equal(((await attempt()) as Problem).code, 'EXCHANGE_PROVIDER_UNAVAILABLE');
        platform.clock.now = () => new Date(start + 2 * DEFAULT_BREAKER.coolDownMs + 3000);
        state.mode = 'ok';
        const healed = await attempt();
        assert.ok(!(healed instanceof Problem), 'a successful trial closes the breaker');
        assert.ok(!((await attempt()) instanceof Problem));
      } finally {
        platform.clock.now = () => new Date();
      }
    });
  });
}
