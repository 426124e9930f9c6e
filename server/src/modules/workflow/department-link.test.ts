import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { Value } from 'typebox/value';
import {
  CallbackBody,
  LINK_HEADERS,
  newLinkSecret,
  pushToDepartment,
  signLinkMessage,
  signedHeaders,
  verifyLinkMessage,
  type DepartmentPushPayload,
  type PushResult,
} from './department-link.ts';
import {
  callbackPath,
  injectSend,
  startDepartmentSystem,
  type CallbackSend,
  type DepartmentSystem,
} from '../../../test/department-system.ts';

const SYSTEM = 'scjg-license';
const SECRET = newLinkSecret();
const NOW = new Date('2026-03-02T09:00:00+08:00');
const BODY = JSON.stringify({ taskId: 'T-1', outcome: 'accepted', opinion: '同意' });

function verify(
  headers: Record<string, string>,
  rawBody = BODY,
  extra: { secret?: string; now?: Date } = {},
) {
  return verifyLinkMessage({
    systemCode: SYSTEM,
    secret: extra.secret ?? SECRET,
    headers,
    rawBody,
    now: extra.now ?? NOW,
  });
}

describe('signing and verifying link messages', () => {
  test('a new secret is 32 random bytes in hex', () => {
    const a = newLinkSecret();
    assert.match(a, /^[0-9a-f]{64}$/);
    assert.notEqual(a, newLinkSecret());
  });

  test('the signature is v1= and the HMAC-SHA256 of "timestamp.nonce.body" keyed by the secret text', () => {
    // Expected value from `printf 'what do.ya want.for nothing?' | openssl dgst -sha256 -hmac Jefe`.
    assert.equal(
      signLinkMessage('Jefe', 'what do', 'ya want', 'for nothing?'),
      'v1=34a16a3ca2e5697ec904b5107bcab5c3de24a254c4645b0e092a7bd2bfe0a10e',
    );
  });

  test('a signed message verifies with the same secret, system and body', () => {
    const headers = signedHeaders(SYSTEM, SECRET, BODY, NOW);
    assert.equal(headers['content-type'], 'application/json');
    assert.equal(headers[LINK_HEADERS.system], SYSTEM);
    assert.equal(headers[LINK_HEADERS.timestamp], String(NOW.getTime()));
    assert.match(headers[LINK_HEADERS.nonce]!, /^[0-9a-f-]{36}$/);
    assert.deepEqual(verify(headers), { ok: true });
    // Header names are case-insensitive on the wire, and a single-element array is one value.
    const upper = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), [v]]));
    assert.deepEqual(
      verifyLinkMessage({ systemCode: SYSTEM, secret: SECRET, headers: upper, rawBody: BODY, now: NOW }),
      {
        ok: true,
      },
    );
  });

  test('a changed body, another secret or a reused signature with a new nonce is a bad signature', () => {
    const headers = signedHeaders(SYSTEM, SECRET, BODY, NOW);
    assert.deepEqual(verify(headers, BODY.replace('accepted', 'rejected')), {
      ok: false,
      reason: 'bad_signature',
    });
    assert.deepEqual(verify(headers, `${BODY} `), { ok: false, reason: 'bad_signature' });
    assert.deepEqual(verify(headers, BODY, { secret: newLinkSecret() }), {
      ok: false,
      reason: 'bad_signature',
    });
    const otherNonce = { ...headers, [LINK_HEADERS.nonce]: randomUUID() };
    assert.deepEqual(verify(otherNonce), { ok: false, reason: 'bad_signature' });
    const garbage = { ...headers, [LINK_HEADERS.signature]: 'v1=abc' };
    assert.deepEqual(verify(garbage), { ok: false, reason: 'bad_signature' });
  });

  test('a timestamp more than 5 minutes away, either way, is stale; within 5 minutes it passes', () => {
    const sixMinutes = 6 * 60 * 1000;
    const old = signedHeaders(SYSTEM, SECRET, BODY, new Date(NOW.getTime() - sixMinutes));
    const future = signedHeaders(SYSTEM, SECRET, BODY, new Date(NOW.getTime() + sixMinutes));
    assert.deepEqual(verify(old), { ok: false, reason: 'stale_timestamp' });
    assert.deepEqual(verify(future), { ok: false, reason: 'stale_timestamp' });
    const recent = signedHeaders(SYSTEM, SECRET, BODY, new Date(NOW.getTime() - 4 * 60 * 1000));
    assert.deepEqual(verify(recent), { ok: true });
  });

  test('each missing or malformed header is refused as missing_header', () => {
    const headers = signedHeaders(SYSTEM, SECRET, BODY, NOW);
    for (const name of Object.values(LINK_HEADERS)) {
      const { [name]: _removed, ...rest } = headers;
      assert.deepEqual(verify(rest), { ok: false, reason: 'missing_header' }, name);
      assert.deepEqual(verify({ ...rest, [name]: '' }), { ok: false, reason: 'missing_header' }, name);
    }
    // A dot in the nonce would let bytes slide between nonce and body under the same signature.
    const nonce = headers[LINK_HEADERS.nonce]!;
    const slid = { ...headers, [LINK_HEADERS.nonce]: `${nonce}.{"x"` };
    assert.deepEqual(verify(slid), { ok: false, reason: 'missing_header' });
    assert.deepEqual(verify({ ...headers, [LINK_HEADERS.timestamp]: '1e12' }), {
      ok: false,
      reason: 'missing_header',
    });
    const twice = { ...headers, [LINK_HEADERS.signature]: [headers[LINK_HEADERS.signature]!, 'v1=00'] };
    assert.deepEqual(
      verifyLinkMessage({ systemCode: SYSTEM, secret: SECRET, headers: twice, rawBody: BODY, now: NOW }),
      { ok: false, reason: 'missing_header' },
    );
  });

  test('a message naming another system is refused even when signed with this secret', () => {
    const headers = signedHeaders('other-system', SECRET, BODY, NOW);
    assert.deepEqual(verify(headers), { ok: false, reason: 'wrong_system' });
  });

  test('the callback body schema takes the three outcomes and refuses anything else', () => {
    assert.ok(Value.Check(CallbackBody, { taskId: 'T-1', outcome: 'pending' }));
    assert.ok(
      Value.Check(CallbackBody, { taskId: 'T-1', outcome: 'rejected', opinion: '材料不全', reference: 'R9' }),
    );
    assert.ok(!Value.Check(CallbackBody, { taskId: 'T-1', outcome: 'approved' }));
    assert.ok(!Value.Check(CallbackBody, { outcome: 'accepted' }));
    assert.ok(!Value.Check(CallbackBody, { taskId: 'T-1', outcome: 'accepted', opinion: '意'.repeat(2001) }));
    assert.ok(Value.Check(CallbackBody, { taskId: 'T-1', outcome: 'accepted', opinion: '意'.repeat(2000) }));
    assert.ok(!Value.Check(CallbackBody, { taskId: 'T-1', outcome: 'accepted', extra: 1 }));
  });
});

const payload: DepartmentPushPayload = {
  taskId: 'T-2026-0001',
  caseNumber: 'TB20260302000001',
  itemCode: '11330100MB0000000X4000111001000',
  itemName: '食品经营许可（新办）',
  stepName: '市场监管局审核',
  applicant: { kind: 'organisation', name: '杭州示例餐饮有限公司' },
  form: { shopName: '示例小馆', area: 120 },
  materials: [{ key: 'license', name: '营业执照', source: 'upload', fileIds: ['f1', 'f2'] }],
  callbackUrl: `https://tongban.example.gov.cn${callbackPath(SYSTEM)}`,
  sentAt: NOW.toISOString(),
};

describe('pushing to a department system over HTTP', () => {
  let dept: DepartmentSystem;
  before(async () => {
    dept = await startDepartmentSystem({ code: SYSTEM });
  });
  after(async () => dept.close());

  const push = (timeoutMs?: number) =>
    pushToDepartment({
      systemCode: SYSTEM,
      endpointUrl: dept.endpointUrl,
      secret: dept.secret,
      payload,
      timeoutMs,
    });

  function assertFailure(result: PushResult, retryable: boolean, reason: RegExp) {
    assert.equal(result.ok, false, JSON.stringify(result));
    if (result.ok) return;
    assert.equal(result.retryable, retryable, result.reason);
    assert.match(result.reason, reason);
    assert.ok(!result.reason.includes(dept.secret));
  }

  test('an accepted push returns the reference, and the system received the signed case as sent', async () => {
    dept.behave({ kind: 'accept', reference: 'SCJG-2026-77' });
    const before = dept.pushes.length;
    const result = await push();
    assert.deepEqual(result, { ok: true, reference: 'SCJG-2026-77' });
    const received = dept.pushes[before]!;
    assert.deepEqual(received.verdict, { ok: true });
    assert.deepEqual(received.body, payload);
    assert.equal(received.path, '/tongban/push');
    assert.equal(received.headers[LINK_HEADERS.system], SYSTEM);
    assert.match(received.headers['content-type']!, /^application\/json/);
    assert.ok(!JSON.stringify(received.headers).includes(dept.secret));
  });

  test('an answer that never comes within the timeout is a retryable failure', async () => {
    dept.behave({ kind: 'slow', delayMs: 2000 });
    assertFailure(await push(300), true, /no answer within 300 ms/);
  });

  test('HTTP 500 and 429 are retryable; 400 is not, and its reason carries the answer', async () => {
    dept.behave({ kind: 'fail', status: 500 });
    assertFailure(await push(), true, /^HTTP 500/);
    dept.behave({ kind: 'fail', status: 429 });
    assertFailure(await push(), true, /^HTTP 429/);
    dept.behave({ kind: 'fail', status: 400 });
    assertFailure(await push(), false, /^HTTP 400: .*failing on purpose with 400/);
  });

  test('a 200 that is not JSON, or JSON without received: true, is a failure not worth retrying', async () => {
    dept.behave({ kind: 'malformed' });
    assertFailure(await push(), false, /not JSON/);
    dept.behave({ kind: 'decline' });
    assertFailure(await push(), false, /received/);
  });

  test('a push signed with another secret is refused by the system (401, not retryable)', async () => {
    dept.behave({ kind: 'accept' });
    const before = dept.pushes.length;
    const result = await pushToDepartment({
      systemCode: SYSTEM,
      endpointUrl: dept.endpointUrl,
      secret: newLinkSecret(),
      payload,
    });
    assertFailure(result, false, /^HTTP 401/);
    assert.deepEqual(dept.pushes[before]!.verdict, { ok: false, reason: 'bad_signature' });
  });

  test('a redirect is not followed, so the signed case goes nowhere else', async () => {
    const redirector = http.createServer((_req, res) =>
      res.writeHead(307, { location: dept.endpointUrl }).end(),
    );
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    const { port } = redirector.address() as AddressInfo;
    try {
      const before = dept.pushes.length;
      const result = await pushToDepartment({
        systemCode: SYSTEM,
        endpointUrl: `http://127.0.0.1:${port}/push`,
        secret: dept.secret,
        payload,
      });
      assertFailure(result, false, /^HTTP 307: redirects are not followed/);
      assert.equal(dept.pushes.length, before);
    } finally {
      redirector.closeAllConnections();
      await new Promise<void>((resolve) => redirector.close(() => resolve()));
    }
  });

  test('a system that is not listening is a retryable network error; a bad URL is not retryable', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = await pushToDepartment({
      systemCode: SYSTEM,
      endpointUrl: `http://127.0.0.1:${port}/push`,
      secret: SECRET,
      payload,
    });
    assertFailure(refused, true, /network error: ECONNREFUSED/);
    for (const endpointUrl of [
      'not a url',
      'ftp://127.0.0.1/push',
      `http://user:${SECRET}@127.0.0.1:${port}/`,
    ]) {
      const result = await pushToDepartment({ systemCode: SYSTEM, endpointUrl, secret: SECRET, payload });
      assertFailure(result, false, /endpoint URL/);
    }
  });
});

/**
 * A stand-in for Tongban's callback route, built the way the workflow route must be: the raw body is
 * kept for the signature, then parsed and validated against CallbackBody.
 */
async function callbackReceiver(secret: string): Promise<{ app: FastifyInstance; received: CallbackBody[] }> {
  const app = Fastify();
  const raw = new WeakMap<FastifyRequest, string>();
  const received: CallbackBody[] = [];
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    raw.set(request, body as string);
    try {
      done(null, JSON.parse(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.post<{ Params: { code: string }; Body: CallbackBody }>(
    '/api/v1/workflow/callbacks/:code',
    { schema: { body: CallbackBody } },
    async (request, reply) => {
      const verdict = verifyLinkMessage({
        systemCode: request.params.code,
        secret,
        headers: request.headers,
        rawBody: raw.get(request) ?? '',
      });
      if (!verdict.ok) return reply.code(401).send({ refused: verdict.reason });
      received.push(request.body);
      return { ok: true };
    },
  );
  return { app, received };
}

describe('callbacks from the department system', () => {
  let dept: DepartmentSystem;
  let receiver: { app: FastifyInstance; received: CallbackBody[] };
  let baseUrl: string;
  before(async () => {
    dept = await startDepartmentSystem({ code: SYSTEM });
    receiver = await callbackReceiver(dept.secret);
    baseUrl = await receiver.app.listen({ host: '127.0.0.1', port: 0 });
  });
  after(async () => {
    await receiver.app.close();
    await dept.close();
  });

  test('the double signs callbacks that verifyLinkMessage accepts, byte for byte', async () => {
    let seen: Parameters<CallbackSend>[0] | undefined;
    const answer = await dept.callback(
      async (req) => {
        seen = req;
        return { status: 204, body: '' };
      },
      { taskId: 'T-1', outcome: 'rejected', opinion: '缺少卫生许可证明' },
    );
    assert.equal(answer.status, 204);
    assert.equal(seen!.url, '/api/v1/workflow/callbacks/scjg-license');
    assert.deepEqual(JSON.parse(seen!.body), {
      taskId: 'T-1',
      outcome: 'rejected',
      opinion: '缺少卫生许可证明',
    });
    assert.deepEqual(
      verifyLinkMessage({
        systemCode: SYSTEM,
        secret: dept.secret,
        headers: seen!.headers,
        rawBody: seen!.body,
      }),
      { ok: true },
    );
  });

  test('a signed callback reaches a Fastify route over real HTTP and through inject', async () => {
    const overHttp = await dept.callback(baseUrl, {
      taskId: 'T-1',
      outcome: 'accepted',
      opinion: '准予许可',
    });
    assert.equal(overHttp.status, 200, overHttp.body);
    const injected = await dept.callback(injectSend(receiver.app), { taskId: 'T-2', outcome: 'pending' });
    assert.equal(injected.status, 200, injected.body);
    assert.deepEqual(receiver.received.slice(-2), [
      { taskId: 'T-1', outcome: 'accepted', opinion: '准予许可' },
      { taskId: 'T-2', outcome: 'pending' },
    ]);
  });

  test('each kind of badly signed callback is refused with its reason and nothing is recorded', async () => {
    const count = receiver.received.length;
    const expected = {
      wrong_secret: 'bad_signature',
      tampered_body: 'bad_signature',
      stale_timestamp: 'stale_timestamp',
      wrong_system: 'wrong_system',
      missing_signature: 'missing_header',
    } as const;
    for (const [flaw, reason] of Object.entries(expected)) {
      const answer = await dept.badCallback(
        injectSend(receiver.app),
        { taskId: 'T-3', outcome: 'accepted', opinion: '同意' },
        flaw as keyof typeof expected,
      );
      assert.equal(answer.status, 401, flaw);
      assert.deepEqual(JSON.parse(answer.body), { refused: reason }, flaw);
    }
    assert.equal(receiver.received.length, count);
  });
});
