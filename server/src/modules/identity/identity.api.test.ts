import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { assertPermissions } from '../../../test/permissions.ts';
import { verifyAuditChain } from '../../platform/audit/audit.ts';
import { idNumberCheckChar } from './id-number.ts';
import { makeUscc } from './uscc.ts';

const idNumber = (region: string, birth: string, seq: string) => {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idNumberCheckChar(first17);
};

interface Me {
  accountId: string;
  kind: string;
  person: { id: string; idNumberMasked: string; birthDate: string; sex: string } | null;
  organisations: Array<{ id: string; relation: string }>;
  actingFor: { organisationId: string } | null;
  roles: Array<{ role: string; departmentId: string }>;
}

interface ProblemBody {
  code: string;
  message: { zh: string; en: string };
  errors?: Array<{ field: string; message: { zh: string; en: string } }>;
}

const count = async (app: TestApp, table: 'people' | 'accounts' | 'audit_log') =>
  Number(
    (
      await app.tongban.platform.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

for (const engine of engines()) {
  describe(`identity API on ${engine}`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(engine);
    });
    after(async () => app.close());

    test('a citizen registers, is logged in, and sees only a masked ID number with birth date and sex derived', async () => {
      const id = idNumber('330106', '19900315', '042');
      const client = app.client();
      const registered = await client.post<Me>('/api/v1/auth/register', {
        name: '孙悦',
        idNumber: id,
        mobile: '13911110001',
        password: 'Secret123',
      });
      assert.equal(registered.status, 201, registered.raw);
      assert.equal(registered.body.person?.idNumberMasked, `330106********${id.slice(-4)}`);
      assert.equal(registered.body.person?.birthDate, '1990-03-15');
      assert.equal(registered.body.person?.sex, 'female');
      assert.ok(!registered.raw.includes(id));
      const me = await client.get<Me>('/api/v1/auth/me');
      assert.equal(me.status, 200);
      assert.equal(me.body.kind, 'citizen');
      assert.ok(!me.raw.includes(id));
    });

    test('a 15-digit legacy ID number is converted and a second registration of the same person is refused', async () => {
      const legacy = '330106850101123';
      const first = await app.client().post('/api/v1/auth/register', {
        name: '钱多多',
        idNumber: legacy,
        mobile: '13911110002',
        password: 'Secret123',
      });
      assert.equal(first.status, 201, first.raw);
      const full = `33010619850101123${idNumberCheckChar('33010619850101123')}`;
      const again = await app.client().post<ProblemBody>('/api/v1/auth/register', {
        name: '钱多多',
        idNumber: full,
        mobile: '13911110003',
        password: 'Secret123',
      });
      assert.equal(again.status, 409);
      assert.equal(again.body.code, 'ALREADY_REGISTERED');
      assert.deepEqual(
        again.body.errors?.map((e) => e.field),
        ['idNumber'],
      );
    });

    test('bad registration input names every wrong field in Chinese and English and changes nothing', async () => {
      const before = {
        people: await count(app, 'people'),
        accounts: await count(app, 'accounts'),
        audit: await count(app, 'audit_log'),
      };
      const bad = await app.client().post<ProblemBody>('/api/v1/auth/register', {
        name: '1',
        idNumber: '11010519491231002A',
        mobile: '12345',
        password: 'short',
      });
      assert.equal(bad.status, 400);
      assert.match(String(bad.headers['content-type']), /application\/problem\+json/);
      assert.equal(bad.body.code, 'VALIDATION_FAILED');
      assert.deepEqual(bad.body.errors?.map((e) => e.field).sort(), [
        'idNumber',
        'mobile',
        'name',
        'password',
      ]);
      for (const e of bad.body.errors ?? []) {
        assert.match(e.message.zh, /[\u4e00-\u9fa5]/);
        assert.match(e.message.en, /[A-Za-z]/);
      }
      const missing = await app.client().post<ProblemBody>('/api/v1/auth/register', { name: '张' });
      assert.equal(missing.status, 400);
      assert.deepEqual(missing.body.errors?.map((e) => e.field).sort(), ['idNumber', 'mobile', 'password']);
      assert.deepEqual(
        {
          people: await count(app, 'people'),
          accounts: await count(app, 'accounts'),
          audit: await count(app, 'audit_log'),
        },
        before,
      );
    });

    test('an altered check character is refused', async () => {
      const bad = await app.client().post<ProblemBody>('/api/v1/auth/register', {
        name: '王小明',
        idNumber: '110105194912310021',
        mobile: '13911110004',
        password: 'Secret123',
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(
        bad.body.errors?.map((e) => e.field),
        ['idNumber'],
      );
    });

    test('login by mobile or by ID number; a wrong password is refused without saying which part was wrong', async () => {
      const byMobile = await app.login('13800000001');
      assert.equal((await byMobile.get<Me>('/api/v1/auth/me')).body.kind, 'citizen');
      const people = JSON.parse(fs.readFileSync(path.resolve('../data/demo/people.json'), 'utf8')) as Array<{
        key: string;
        idNumber: string;
      }>;
      const zhang = people.find((p) => p.key === 'citizen-zhangsan')!;
      const byId = await app.login(zhang.idNumber);
      assert.equal((await byId.get<Me>('/api/v1/auth/me')).body.kind, 'citizen');
      const wrong = await app
        .client()
        .post<ProblemBody>('/api/v1/auth/login', { identifier: '13800000001', password: 'nope12345' });
      assert.equal(wrong.status, 401);
      assert.equal(wrong.body.code, 'INVALID_CREDENTIALS');
      const unknown = await app
        .client()
        .post<ProblemBody>('/api/v1/auth/login', { identifier: 'nobody', password: 'nope12345' });
      assert.equal(unknown.status, 401);
      assert.equal(unknown.body.code, 'INVALID_CREDENTIALS');
    });

    test('repeated wrong passwords lock the account, even against the right password', async () => {
      const client = app.client();
      client.ip = '10.9.0.1';
      const id = idNumber('330102', '19800101', '011');
      await app.client().post('/api/v1/auth/register', {
        name: '冯锁',
        idNumber: id,
        mobile: '13911110005',
        password: 'Secret123',
      });
      const statuses = [];
      for (let i = 0; i < 5; i++)
        statuses.push(
          (await client.post('/api/v1/auth/login', { identifier: '13911110005', password: 'Wrong1234' }))
            .status,
        );
      assert.deepEqual(statuses, [401, 401, 401, 401, 423]);
      const right = await client.post<ProblemBody>('/api/v1/auth/login', {
        identifier: '13911110005',
        password: 'Secret123',
      });
      assert.equal(right.status, 423);
      assert.equal(right.body.code, 'ACCOUNT_LOCKED');
    });

    test('too many login attempts from one address are rate limited', async () => {
      const client = app.client();
      client.ip = '10.9.0.2';
      let last = 0;
      for (let i = 0; i < app.config.loginRateLimitPerMinute + 1; i++) {
        last = (await client.post('/api/v1/auth/login', { identifier: 'nobody', password: 'Wrong1234' }))
          .status;
      }
      assert.equal(last, 429);
    });

    test('a write with the session cookie but without the CSRF token is refused, and logout ends the session', async () => {
      const client = await app.login('13800000001');
      const token = client.csrfToken;
      client.csrfToken = null;
      const refused = await client.post<ProblemBody>('/api/v1/auth/acting-for', { organisationId: null });
      assert.equal(refused.status, 403);
      assert.equal(refused.body.code, 'CSRF_TOKEN_INVALID');
      const crossSite = await client.request(
        'POST',
        '/api/v1/auth/acting-for',
        { organisationId: null },
        { 'x-csrf-token': token!, origin: 'https://evil.example' },
      );
      assert.equal(crossSite.status, 403);
      client.csrfToken = token;
      assert.equal((await client.post('/api/v1/auth/acting-for', { organisationId: null })).status, 200);
      assert.equal((await client.post('/api/v1/auth/logout')).status, 204);
      const cookieAfter = client.cookie;
      assert.equal(cookieAfter, null);
    });

    test('the old session cookie no longer works after logout', async () => {
      const client = await app.login('13800000002');
      const cookie = client.cookie;
      await client.post('/api/v1/auth/logout');
      client.cookie = cookie;
      const me = await client.get<ProblemBody>('/api/v1/auth/me');
      assert.equal(me.status, 401);
      assert.equal(me.body.code, 'UNAUTHENTICATED');
    });

    test('an agent may act for the organisation; a person who does not represent it may not', async () => {
      const zhang = await app.login('13800000001');
      const me = (await zhang.get<Me>('/api/v1/auth/me')).body;
      const orgId = me.organisations[0]!.id;
      const acting = await zhang.post<Me>('/api/v1/auth/acting-for', { organisationId: orgId });
      assert.equal(acting.status, 200);
      assert.equal(acting.body.actingFor?.organisationId, orgId);
      const li = await app.login('13800000002');
      const refused = await li.post('/api/v1/auth/acting-for', { organisationId: orgId });
      assert.equal(refused.status, 403);
    });

    describe('permissions', () => {
      let anonymous: TestClient,
        citizen: TestClient,
        otherCitizen: TestClient,
        window: TestClient,
        reviewer: TestClient;
      let leader: TestClient, steward: TestClient, admin: TestClient, supervisor: TestClient;
      before(async () => {
        anonymous = app.client();
        citizen = await app.login('13800000001');
        otherCitizen = await app.login('13800000002');
        window = await app.login('window01');
        reviewer = await app.login('reviewer01');
        leader = await app.login('leader01');
        steward = await app.login('steward01');
        admin = await app.login('admin');
        supervisor = await app.login('supervisor01');
      });

      test('list departments: staff may, citizens and anonymous callers may not', async () => {
        await assertPermissions({
          action: 'list departments',
          attempt: (c) => c.get('/api/v1/departments?limit=5'),
          may: [
            ['window', window],
            ['admin', admin],
            ['supervisor', supervisor],
          ],
          mayNot: [
            ['anonymous', anonymous],
            ['citizen', citizen],
          ],
        });
      });

      test('create a department: a provincial admin may, other roles may not', async () => {
        let n = 0;
        await assertPermissions({
          action: 'create a department',
          attempt: (c) =>
            c.post('/api/v1/departments', {
              name: `西湖区测试局${++n}`,
              uscc: makeUscc({
                registrationAuthority: '1',
                category: '1',
                regionCode: '330106',
                sequence: 900 + n,
              }),
              kind: 'tax',
              regionCode: '330106',
            }),
          may: [['provincial admin', admin]],
          mayNot: [
            ['anonymous', anonymous],
            ['reviewer', reviewer],
            ['supervisor', supervisor],
            ['citizen', citizen],
          ],
        });
        const listed = await admin.get<{ items: Array<{ name: string }> }>(
          '/api/v1/departments?regionCode=330106&limit=200',
        );
        assert.deepEqual(
          listed.body.items.filter((d) => d.name.startsWith('西湖区测试局')).map((d) => d.name),
          ['西湖区测试局1'],
        );
      });

      test("read a person's record: the person and front-line staff may (and staff reads are audited); other citizens and data stewards may not", async () => {
        const personId = (await citizen.get<Me>('/api/v1/auth/me')).body.person!.id;
        const auditBefore = await count(app, 'audit_log');
        await assertPermissions({
          action: "read a person's record",
          attempt: (c) => c.get(`/api/v1/people/${personId}`),
          may: [
            ['the person', citizen],
            ['window', window],
            ['reviewer', reviewer],
            ['leader', leader],
          ],
          mayNot: [
            ['anonymous', anonymous],
            ['another citizen', otherCitizen],
            ['data steward', steward],
          ],
        });
        const reads = await app.tongban.platform.db
          .selectFrom('audit_log')
          .select(['action', 'actor_name'])
          .where('seq', '>', auditBefore)
          .where('action', '=', 'person.read')
          .where('record_id', '=', personId)
          .execute();
        assert.equal(reads.length, 3, 'three staff reads, no row for the person reading themselves');
      });

      test('audit log: supervisors and admins may read and verify it; others may not', async () => {
        await assertPermissions({
          action: 'read the audit log',
          attempt: (c) => c.get('/api/v1/audit?limit=5'),
          may: [
            ['supervisor', supervisor],
            ['admin', admin],
          ],
          mayNot: [
            ['anonymous', anonymous],
            ['citizen', citizen],
            ['reviewer', reviewer],
            ['window', window],
          ],
        });
        const verified = await supervisor.post<{ ok: boolean; checked: number }>('/api/v1/audit/verify');
        assert.equal(verified.body.ok, true);
        assert.ok(verified.body.checked > 10);
      });

      test('authorise an agent: the legal representative may; the agent and others may not', async () => {
        const orgs = JSON.parse(
          fs.readFileSync(path.resolve('../data/demo/organisations.json'), 'utf8'),
        ) as Array<{ key: string; uscc: string }>;
        const people = JSON.parse(
          fs.readFileSync(path.resolve('../data/demo/people.json'), 'utf8'),
        ) as Array<{ key: string; idNumber: string }>;
        const liji = orgs.find((o) => o.key === 'org-liji-noodles')!;
        const org = await app.tongban.platform.db
          .selectFrom('organisations')
          .select('id')
          .where('uscc', '=', liji.uscc)
          .executeTakeFirstOrThrow();
        const agentId = people.find((p) => p.key === 'citizen-zhangsan')!.idNumber;
        await assertPermissions({
          action: 'authorise an agent',
          attempt: (c) => c.post(`/api/v1/organisations/${org.id}/agents`, { idNumber: agentId }),
          may: [['legal representative 李四', otherCitizen]],
          mayNot: [
            ['anonymous', anonymous],
            ['unrelated citizen 张三', citizen],
            ['admin', admin],
          ],
        });
        const zhang = (await citizen.get<Me>('/api/v1/auth/me')).body;
        assert.ok(zhang.organisations.some((o) => o.id === org.id && o.relation === 'agent'));
      });
    });

    test('an organisation whose credit code fails the check is registered with a warning, not refused', async () => {
      const admin = await app.login('admin');
      const people = JSON.parse(fs.readFileSync(path.resolve('../data/demo/people.json'), 'utf8')) as Array<{
        key: string;
        idNumber: string;
      }>;
      const rep = people.find((p) => p.key === 'citizen-lisi')!.idNumber;
      const valid = makeUscc({
        registrationAuthority: '9',
        category: '1',
        regionCode: '330106',
        sequence: 4242,
      });
      const failing = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
      type Org = { usccWarnings: Array<{ code: string }>; representatives: Array<{ relation: string }> };
      const created = await admin.post<Org>('/api/v1/organisations', {
        name: '杭州早期代码试点有限公司',
        uscc: failing,
        kind: 'enterprise',
        regionCode: '330106',
        legalRepresentativeIdNumber: rep,
      });
      assert.equal(created.status, 201, created.raw);
      assert.deepEqual(
        created.body.usccWarnings.map((w) => w.code),
        ['USCC_CHECKSUM'],
      );
      assert.deepEqual(
        created.body.representatives.map((r) => r.relation),
        ['legal_representative'],
      );
      const malformed = await admin.post<ProblemBody>('/api/v1/organisations', {
        name: '格式错误公司',
        uscc: 'IOZSV0000000000000',
        kind: 'enterprise',
        regionCode: '330106',
        legalRepresentativeIdNumber: rep,
      });
      assert.equal(malformed.status, 400);
      assert.deepEqual(
        malformed.body.errors?.map((e) => e.field),
        ['uscc'],
      );
      const citizen = await app.login('13800000002');
      assert.equal(
        (
          await citizen.post('/api/v1/organisations', {
            name: '自建公司',
            uscc: valid,
            kind: 'enterprise',
            regionCode: '330106',
            legalRepresentativeIdNumber: rep,
          })
        ).status,
        403,
      );
    });

    test('no clear-text ID number in the database file, responses or logs', async () => {
      const id = idNumber('330108', '19750620', '135');
      const client = app.client();
      const registered = await client.post('/api/v1/auth/register', {
        name: '秘密',
        idNumber: id,
        mobile: '13911110006',
        password: 'Secret123',
      });
      assert.equal(registered.status, 201);
      const admin = await app.login('window01');
      const personId = (registered.body as unknown as Me).person!.id;
      const read = await admin.get(`/api/v1/people/${personId}`);
      assert.ok(!read.raw.includes(id));
      // The ID number also travels in a URL and a failed login; neither may leak into logs.
      await app.client().get(`/api/v1/regions?parentCode=330000&probe=${id}`);
      await app.client().post('/api/v1/auth/login', { identifier: id, password: 'Wrong1234' });
      assert.ok(app.logs.length > 0);
      assert.ok(!app.logs.some((line) => line.includes(id)), 'a log line contains the clear ID number');
      if (app.tongban.platform.database.file) {
        const file = app.tongban.platform.database.file;
        for (const f of [file, `${file}-wal`]) {
          if (fs.existsSync(f))
            assert.ok(
              !fs.readFileSync(f).includes(Buffer.from(id)),
              `${path.basename(f)} holds the clear ID number`,
            );
        }
      } else {
        const rows = await app.tongban.platform.db.selectFrom('people').selectAll().execute();
        assert.ok(!JSON.stringify(rows).includes(id));
      }
    });

    test('the audit chain verifies, and altering one row directly in the database breaks it at that row', async () => {
      const db = app.tongban.platform.db;
      assert.equal((await verifyAuditChain(db)).ok, true);
      const victim = await db
        .selectFrom('audit_log')
        .select('seq')
        .orderBy('seq')
        .offset(3)
        .limit(1)
        .executeTakeFirstOrThrow();
      await db.updateTable('audit_log').set({ actor_name: '篡改者' }).where('seq', '=', victim.seq).execute();
      const report = await verifyAuditChain(db);
      assert.equal(report.ok, false);
      assert.equal(report.firstBrokenSeq, victim.seq);
    });
  });
}
