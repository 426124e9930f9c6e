import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import * as jose from 'jose';
import { systemContext } from '../../platform/audit/audit.ts';
import { inTransaction } from '../../platform/db/database.ts';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { assertPermissions } from '../../../test/permissions.ts';
import { addStaff, departmentId, expectStatus, type Problem } from '../cases/cases.fixture.ts';
import { beijingDay } from './validity.ts';

const XH_CIVIL = '杭州市西湖区民政局';
/** 杭州西子湖餐饮管理有限公司 (demo; 张三 is its agent). */
const XIZIHU = '91330106600000004G';
/** Another company, registered by the test. */
const LONGJING = '91330106600475149E';
const ZHANG_ID = '330106198805120111';

interface Verified {
  status: string;
  reason: string | null;
  licence: Record<string, unknown> | null;
  presentation: { expiresAt: string } | null;
}
interface Grant {
  id: string;
  status: string;
  granteeName: string;
  useCount: number;
}
interface Used {
  idNumbersMasked: boolean;
  grant: { purpose: string; usesLeft: number | null };
  licence: { identifier: string; holderCode: string; face: Array<{ key: string; value: string }> };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

for (const engine of engines()) {
  describe(`用证授权, 亮证 and VC export on ${engine}`, () => {
    let app: TestApp;
    let base: string;
    let zhangsan: TestClient;
    let lisi: TestClient;
    let admin: TestClient;
    let civilStaff: TestClient;
    let marketReviewer: TestClient;
    let anonymous: TestClient;
    let idCard: { id: string; identifier: string };
    let household: { id: string; identifier: string };

    const realNow = () => app.tongban.platform.clock.now;
    const today = () => beijingDay(app.tongban.platform.clock.now());
    const verify = async (q: string) =>
      expectStatus(await anonymous.get<Verified>(`/api/v1/licenses/verify?q=${encodeURIComponent(q)}`), 200);
    const orgId = async (uscc: string) =>
      (
        await app.tongban.platform.db
          .selectFrom('organisations')
          .select('id')
          .where('uscc', '=', uscc)
          .executeTakeFirstOrThrow()
      ).id;
    const actFor = async (client: TestClient, uscc: string | null) =>
      expectStatus(
        await client.post('/api/v1/auth/acting-for', { organisationId: uscc ? await orgId(uscc) : null }),
        200,
      );
    const grant = async (licenceId: string, body: Record<string, unknown>) =>
      expectStatus(
        await zhangsan.post<{ grant: Grant; code: string | null }>(`/api/v1/licenses/${licenceId}/grants`, {
          purpose: '入职资格核验',
          validFrom: today(),
          validUntil: addDays(today(), 30),
          ...body,
        }),
        201,
      );
    const use = (client: TestClient, identifier: string) =>
      client.post<Used & Problem>('/api/v1/licenses/grants/use', { identifier });
    const redeem = (client: TestClient, code: string) =>
      client.post<Used & Problem>('/api/v1/licenses/grants/redeem', { code });
    const moveClock = (days: number) => {
      const now = realNow();
      app.tongban.platform.clock.now = () => new Date(now().getTime() + days * 86_400_000);
      return () => {
        app.tongban.platform.clock.now = now;
      };
    };

    before(async () => {
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      app = await startTestApp(engine, { env: { TONGBAN_PUBLIC_URL: base } });
      await app.tongban.server.listen({ port, host: '127.0.0.1' });
      zhangsan = await app.login('13800000001');
      lisi = await app.login('13800000002');
      admin = await app.login('admin');
      marketReviewer = await app.login('reviewer01');
      civilStaff = await addStaff(app, 'reviewer', XH_CIVIL);
      anonymous = app.client();
      const wallet = expectStatus(
        await zhangsan.get<{ items: Array<{ id: string; identifier: string; name: string }> }>(
          '/api/v1/me/licenses?limit=50',
        ),
        200,
      ).items;
      idCard = wallet.find((l) => l.name === '中华人民共和国居民身份证')!;
      household = wallet.find((l) => l.name === '居民户口簿')!;
      // 李四 is the agent of 西子湖 and of another company.
      const lisiId = (await app.tongban.identity.actorForLogin('13800000002')).personId!;
      const xizihu = await orgId(XIZIHU);
      await inTransaction(app.tongban.platform.db, async (tx) => {
        const audit = systemContext('test');
        const { id: other } = await app.tongban.identity.createOrganisation(tx, audit, {
          name: '杭州西湖龙井茶业有限公司',
          uscc: LONGJING,
          kind: 'enterprise',
          regionCode: '330106',
        });
        await app.tongban.identity.addRepresentation(tx, audit, other, lisiId, 'agent');
        await app.tongban.identity.addRepresentation(tx, audit, xizihu, lisiId, 'agent');
      });
    });
    after(() => app.close());

    test('亮证: the QR link verifies like the permanent link until it expires, then only says so', async () => {
      const presented = expectStatus(
        await zhangsan.post<{ url: string; expiresAt: string; validSeconds: number }>(
          `/api/v1/licenses/${idCard.id}/presentations`,
        ),
        201,
      );
      assert.equal(presented.validSeconds, 300, 'TONGBAN_PRESENTATION_MINUTES defaults to 5');
      assert.ok(presented.url.startsWith(`${base}/verify?p=`));
      const detail = expectStatus(
        await zhangsan.get<{ verifyUrl: string }>(`/api/v1/licenses/${idCard.id}`),
        200,
      );
      const permanent = await verify(detail.verifyUrl);
      const shown = await verify(presented.url);
      assert.equal(shown.status, 'valid');
      assert.deepEqual(shown.licence, permanent.licence, 'no more (and no less) than the permanent link');
      assert.equal(shown.licence?.holderCode, '330106********0111');
      assert.equal(shown.presentation?.expiresAt, presented.expiresAt);
      // A changed character in the token is not a presentation of anything.
      const forged = presented.url.replace(/p=(.)/, (_m, c: string) => `p=${c === 'e' ? 'f' : 'e'}`);
      assert.equal((await verify(forged)).status, 'unknown');
      const restore = moveClock(6 / 1440);
      try {
        const late = await verify(presented.url);
        assert.equal(late.status, 'presentation_expired');
        assert.equal(late.licence, null, 'an expired QR reveals nothing');
        assert.equal((await verify(detail.verifyUrl)).status, 'valid', 'the licence itself is still valid');
      } finally {
        restore();
      }
      await assertPermissions({
        action: 'show a licence (亮证)',
        attempt: (c) => c.post(`/api/v1/licenses/${idCard.id}/presentations`),
        may: [['the holder', zhangsan]],
        mayNot: [
          ['another citizen', lisi],
          ['an admin', admin],
          ['anonymous', anonymous],
        ],
      });
    });

    test('grant to a department: its staff may use it by identifier; others, after revocation or the period, may not', async () => {
      const created = await grant(idCard.id, {
        granteeKind: 'department',
        departmentId: await departmentId(app, XH_CIVIL),
        purpose: '婚姻登记身份核验',
      });
      assert.equal(created.code, null);
      assert.equal(created.grant.granteeName, XH_CIVIL);
      const used = expectStatus(await use(civilStaff, idCard.identifier), 200);
      assert.equal(used.idNumbersMasked, false, 'a department sees the face data in full');
      assert.equal(used.licence.holderCode, ZHANG_ID);
      assert.equal(used.licence.face.find((f) => f.key === 'idNumber')?.value, ZHANG_ID);
      const refused = await use(marketReviewer, idCard.identifier);
      assert.equal(refused.status, 403);
      assert.equal(refused.body.code, 'GRANT_REQUIRED');
      const restore = moveClock(31);
      try {
        const late = await use(civilStaff, idCard.identifier);
        assert.equal(late.status, 410);
        assert.equal(late.body.code, 'GRANT_EXPIRED');
      } finally {
        restore();
      }
      const revoked = expectStatus(
        await zhangsan.post<Grant>(`/api/v1/licenses/${idCard.id}/grants/${created.grant.id}/revoke`),
        200,
      );
      assert.equal(revoked.status, 'revoked');
      assert.equal(revoked.useCount, 1);
      const afterRevoke = await use(civilStaff, idCard.identifier);
      assert.equal(afterRevoke.status, 410);
      assert.equal(afterRevoke.body.code, 'GRANT_REVOKED');
      assert.equal(
        (await zhangsan.post(`/api/v1/licenses/${idCard.id}/grants/${created.grant.id}/revoke`)).status,
        409,
      );
      // A grant that starts tomorrow does not work today.
      await grant(household.id, {
        granteeKind: 'department',
        departmentId: await departmentId(app, XH_CIVIL),
        validFrom: addDays(today(), 1),
        validUntil: addDays(today(), 5),
      });
      const early = await use(civilStaff, household.identifier);
      assert.equal(early.status, 403);
      assert.equal(early.body.code, 'GRANT_NOT_YET_VALID');
    });

    test('grant to an organisation: its agent (acting for it) may use it, masked; another organisation may not', async () => {
      const created = await grant(household.id, {
        granteeKind: 'organisation',
        uscc: XIZIHU,
        purpose: '员工户籍信息登记',
      });
      assert.match(created.grant.granteeName, /91330106600000004G/);
      const notActing = await use(lisi, household.identifier);
      assert.equal(notActing.status, 403);
      await actFor(lisi, LONGJING);
      try {
        const other = await use(lisi, household.identifier);
        assert.equal(other.status, 403);
        assert.equal(other.body.code, 'GRANT_REQUIRED');
      } finally {
        await actFor(lisi, null);
      }
      await actFor(lisi, XIZIHU);
      try {
        const used = expectStatus(await use(lisi, household.identifier), 200);
        assert.equal(used.idNumbersMasked, true);
        assert.equal(used.licence.holderCode, '330106********0111');
        assert.ok(
          !JSON.stringify(used).includes(ZHANG_ID),
          'no full ID number reaches an organisation by default',
        );
        assert.equal(used.grant.usesLeft, null);
      } finally {
        await actFor(lisi, null);
      }
      const bad = await zhangsan.post<Problem>(`/api/v1/licenses/${household.id}/grants`, {
        granteeKind: 'organisation',
        uscc: '91330106600000004A',
        purpose: 'x',
        validFrom: today(),
        validUntil: addDays(today(), 400),
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(bad.body.errors?.map((e) => e.field).sort(), ['uscc', 'validUntil']);
    });

    test('one-time code: used once without login, then spent; revoked codes refused; the holder sees every use', async () => {
      const created = await grant(idCard.id, { granteeKind: 'code', purpose: '租房身份核验' });
      assert.match(created.code ?? '', /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      const stranger = app.client();
      const used = expectStatus(await redeem(stranger, created.code!.toLowerCase().replace(/-/g, ' ')), 200);
      assert.equal(used.idNumbersMasked, true);
      assert.equal(used.grant.usesLeft, 0);
      assert.equal(used.grant.purpose, '租房身份核验');
      assert.equal(used.licence.face.find((f) => f.key === 'idNumber')?.value, '330106********0111');
      const again = await redeem(app.client(), created.code!);
      assert.equal(again.status, 410);
      assert.equal(again.body.code, 'GRANT_USED_UP');
      const wrong = await redeem(app.client(), 'AAAA-BBBB-CCCC');
      assert.equal(wrong.status, 404);
      const second = await grant(idCard.id, { granteeKind: 'code', purpose: '另一用途' });
      expectStatus(
        await zhangsan.post(`/api/v1/licenses/${idCard.id}/grants/${second.grant.id}/revoke`),
        200,
      );
      const revoked = await redeem(app.client(), second.code!);
      assert.equal(revoked.status, 410);
      assert.equal(revoked.body.code, 'GRANT_REVOKED');
      // Two instances racing for one code: exactly one use.
      const third = await grant(idCard.id, { granteeKind: 'code', purpose: '并发核验' });
      const raced = await Promise.all([redeem(app.client(), third.code!), redeem(app.client(), third.code!)]);
      assert.deepEqual(raced.map((r) => r.status).sort(), [200, 410]);

      // The holder's list, the licence's uses and "who used my data".
      const list = expectStatus(
        await zhangsan.get<{ items: Grant[] }>(`/api/v1/licenses/${idCard.id}/grants?limit=50`),
        200,
      );
      assert.deepEqual(
        list.items.map((g) => g.status),
        ['used', 'revoked', 'used', 'revoked'],
      );
      const detail = expectStatus(
        await zhangsan.get<{ uses: Array<{ consumerName: string | null; purpose: string }> }>(
          `/api/v1/licenses/${idCard.id}`,
        ),
        200,
      );
      assert.deepEqual(
        detail.uses.map((u) => u.purpose),
        ['并发核验', '租房身份核验', '婚姻登记身份核验'],
      );
      assert.equal(detail.uses[2]!.consumerName, XH_CIVIL);
      assert.match(detail.uses[1]!.consumerName ?? '', new RegExp(`尾号 ${created.code!.slice(-4)}`));
      const access = expectStatus(
        await zhangsan.get<{ items: Array<{ consumerName: string; purpose: string }> }>(
          '/api/v1/me/data-access?limit=100',
        ),
        200,
      ).items;
      for (const [consumer, purpose] of [
        [XH_CIVIL, '婚姻登记身份核验'],
        ['杭州西子湖餐饮管理有限公司（91330106600000004G）', '员工户籍信息登记'],
        [`一次性授权码持有人（尾号 ${created.code!.slice(-4)}）`, '租房身份核验'],
      ] as const)
        assert.ok(
          access.some((a) => a.consumerName === consumer && a.purpose === purpose),
          `${consumer} / ${purpose} in ${JSON.stringify(access)}`,
        );
      // 李四's own log shows none of 张三's.
      const theirs = expectStatus(
        await lisi.get<{ items: Array<{ purpose: string }> }>('/api/v1/me/data-access?limit=100'),
        200,
      ).items;
      assert.ok(!theirs.some((a) => a.purpose === '租房身份核验'));
    });

    test('only the holder creates, lists and revokes grants', async () => {
      const body = {
        granteeKind: 'code',
        purpose: '测试',
        validFrom: today(),
        validUntil: addDays(today(), 1),
      };
      await assertPermissions({
        action: 'grant the use of a licence',
        attempt: (c) => c.post(`/api/v1/licenses/${household.id}/grants`, body),
        may: [['the holder', zhangsan]],
        mayNot: [
          ['another citizen', lisi],
          ['staff of a granted department', civilStaff],
          ['an admin', admin],
          ['anonymous', anonymous],
        ],
      });
      await assertPermissions({
        action: 'list the grants',
        attempt: (c) => c.get(`/api/v1/licenses/${household.id}/grants?limit=10`),
        may: [['the holder', zhangsan]],
        mayNot: [
          ['another citizen', lisi],
          ['an admin', admin],
          ['anonymous', anonymous],
        ],
      });
      const { grant: g } = await grant(household.id, { granteeKind: 'code' });
      const theirs = await lisi.post<Problem>(`/api/v1/licenses/${household.id}/grants/${g.id}/revoke`);
      assert.equal(theirs.status, 403);
    });

    test('VC export: a JWT that jose verifies with the JWK resolved from its issuer; tampering fails; SM2 → 409', async () => {
      const response = await app.tongban.server.inject({
        method: 'GET',
        url: `/api/v1/licenses/${idCard.id}/credential`,
        headers: { cookie: zhangsan.cookie! },
      });
      assert.equal(response.statusCode, 200, response.body);
      assert.match(String(response.headers['content-type']), /^application\/vc\+jwt/);
      const jwt = response.body;
      const header = jose.decodeProtectedHeader(jwt);
      assert.equal(header.alg, 'EdDSA');
      assert.equal(header.typ, 'vc+jwt');
      const unverified = jose.decodeJwt(jwt) as { issuer: { id: string } };
      // Resolve the issuer over HTTP: the department's published keys, with JWKs.
      const published = (await (await fetch(unverified.issuer.id)).json()) as {
        keys: Array<{ keyId: string; jwk: jose.JWK | null }>;
      };
      const jwk = published.keys.find((k) => k.keyId === header.kid)?.jwk;
      assert.ok(jwk, `key ${header.kid} is published at ${unverified.issuer.id}`);
      const key = await jose.importJWK(jwk, 'EdDSA');
      const { payload } = await jose.jwtVerify(jwt, key, { typ: 'vc+jwt', issuer: unverified.issuer.id });
      const vc = payload as unknown as {
        '@context': string[];
        type: string[];
        issuer: { id: string; name: string };
        validFrom: string;
        validUntil?: string;
        credentialSubject: {
          name: string;
          identifier: string;
          licence: { identifier: string; face: Array<{ key: string; label: string; value: string }> };
        };
      };
      assert.equal(vc['@context'][0], 'https://www.w3.org/ns/credentials/v2');
      assert.deepEqual(vc.type, ['VerifiableCredential', 'ElectronicLicenceCredential']);
      const row = await app.tongban.platform.db
        .selectFrom('licences')
        .selectAll()
        .where('id', '=', idCard.id)
        .executeTakeFirstOrThrow();
      assert.equal(vc.issuer.name, row.issuer_name);
      assert.ok(vc.issuer.id.startsWith(`${base}/.well-known/tongban/seal-keys.json?department=`));
      assert.equal(vc.validFrom, `${row.valid_from}T00:00:00+08:00`);
      assert.equal(vc.validUntil, row.valid_until ? `${row.valid_until}T23:59:59+08:00` : undefined);
      assert.equal(vc.credentialSubject.name, '张三');
      assert.equal(vc.credentialSubject.licence.identifier, idCard.identifier);
      const idField = vc.credentialSubject.licence.face.find((f) => f.key === 'idNumber');
      assert.deepEqual(idField, { key: 'idNumber', label: '公民身份号码', value: ZHANG_ID });

      // One changed face value, the signature kept.
      const [h, p, s] = jwt.split('.') as [string, string, string];
      const altered = Buffer.from(p, 'base64url').toString('utf8').replace('张三', '张四');
      const forged = `${h}.${Buffer.from(altered).toString('base64url')}.${s}`;
      await assert.rejects(jose.jwtVerify(forged, key), { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
      // Another department's key does not verify it either.
      const otherKey = published.keys.find((k) => k.keyId !== header.kid && k.jwk);
      if (otherKey) await assert.rejects(jose.jwtVerify(jwt, await jose.importJWK(otherKey.jwk!, 'EdDSA')));

      await assertPermissions({
        action: 'export the VC',
        attempt: (c) => c.get(`/api/v1/licenses/${idCard.id}/credential`),
        may: [['the holder', zhangsan]],
        mayNot: [
          ['another citizen', lisi],
          ['an admin', admin],
          ['anonymous', anonymous],
        ],
      });

      // The issuing department switches to 国密 SM2: no JOSE algorithm, a clear 409.
      const set = (algorithm: string) =>
        admin.request('PUT', `/api/v1/licenses/admin/seals/${row.issuer_department_id}/algorithm`, {
          algorithm,
        });
      expectStatus(await set('sm2'), 200);
      try {
        const sm2 = await zhangsan.get<Problem>(`/api/v1/licenses/${idCard.id}/credential`);
        assert.equal(sm2.status, 409);
        assert.equal(sm2.body.code, 'CREDENTIAL_ALGORITHM_UNSUPPORTED');
        const keys = expectStatus(
          await anonymous.get<{ keys: Array<{ algorithm: string; status: string; jwk: unknown }> }>(
            `/api/v1/licenses/seal-keys?department=${row.issuer_code}`,
          ),
          200,
        ).keys;
        assert.ok(keys.some((k) => k.algorithm === 'sm2' && k.status === 'active' && k.jwk === null));
      } finally {
        expectStatus(await set('ed25519'), 200);
      }
    });
  });
}
