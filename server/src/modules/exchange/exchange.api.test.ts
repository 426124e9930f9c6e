import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { assertPermissions } from '../../../test/permissions.ts';
import { repoRoot } from '../../app.ts';
import { inTransaction } from '../../platform/db/database.ts';
import { Problem } from '../../platform/errors.ts';
import type { Material } from '../catalog/content.ts';
import { personItem, publishItem } from '../cases/cases.fixture.ts';
import { createExchangeService, type FetchInput } from './service.ts';

const ZHANGSAN = '330106198805120111';
const CHENJING = '330106199202143060';
const SUNJIANHUA = '330106195812037515';
const ITEM_BIRTH_REGISTRATION = '11330106020253259A3071020001000';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface Resource {
  code: string;
  status: string;
  shareType: string;
  version: number;
  items: Array<{ key: string }>;
  providerDepartmentName: string;
  mayEdit: boolean;
}
interface Grant {
  id: string;
  status: string;
  dueDate: string;
  overdue: boolean;
  escalatedAt: string | null;
  mayDecide: boolean;
  reasons: string | null;
  resourceCode: string;
  consumerDepartmentName: string;
}
interface Access {
  consumerName: string;
  purpose: string;
  caseNumber: string | null;
  fields: string[];
  resourceCode: string;
}

for (const engine of engines()) {
  describe(`exchange on ${engine}`, () => {
    let app: TestApp;
    let anonymous: TestClient;
    let zhangsan: TestClient;
    let lisi: TestClient;
    let hzRealEstate: TestClient; // provider steward (不动产)
    let hzHealth: TestClient; // another provider's steward
    let xhHousing: TestClient; // consumer steward
    let supervisor: TestClient;
    let dept: (key: string) => Promise<string>;
    /** A published item of 西湖区住建局 the grants serve (房屋租赁登记备案 in the demo catalogue). */
    let rentalFiling: string;

    const problemOf = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (error) {
        if (error instanceof Problem) return error;
        throw error;
      }
      assert.fail('expected a Problem');
    };
    const fetchAs = (input: FetchInput) =>
      inTransaction(app.tongban.platform.db, (tx) => app.tongban.exchange.fetch(tx, input));

    before(async () => {
      app = await startTestApp(engine);
      anonymous = app.client();
      zhangsan = await app.login('13800000001');
      lisi = await app.login('13800000002');
      hzRealEstate = await app.login('hz-real-estate');
      hzHealth = await app.login('hz-health');
      xhHousing = await app.login('xh-housing');
      supervisor = await app.login('supervisor01');
      const demo = JSON.parse(
        fs.readFileSync(path.join(repoRoot, 'data/demo/departments.json'), 'utf8'),
      ) as Array<{
        key: string;
        uscc: string;
      }>;
      dept = async (key: string) => {
        const uscc = demo.find((d) => d.key === key)!.uscc;
        return (await app.tongban.identity.departmentByUscc(app.tongban.platform.db, uscc))!.id;
      };
      rentalFiling = (
        await publishItem(
          app,
          await app.login('admin'),
          personItem({ name: '房屋租赁登记备案' }),
          '杭州市西湖区住房和城乡建设局',
        )
      ).code;
    });
    after(() => app.close());

    test('everybody signed in browses the published catalogue; anonymous callers do not', async () => {
      const page = await lisi.get<Page<Resource>>('/api/v1/exchange/resources?limit=100');
      assert.equal(page.status, 200);
      const codes = page.body.items.map((r) => r.code);
      for (const code of [
        'household_registration',
        'birth_registration',
        'social_insurance',
        'dishonest_persons',
      ])
        assert.ok(codes.includes(code), code);
      assert.ok(page.body.items.every((r) => r.status === 'published' && !r.mayEdit));
      const one = await lisi.get<Resource>('/api/v1/exchange/resources/enterprise_registry');
      assert.equal(one.body.shareType, 'unconditional');
      assert.equal(one.body.providerDepartmentName, '杭州市市场监督管理局');
      assert.equal((await anonymous.get('/api/v1/exchange/resources')).status, 401);
      const paged = await lisi.get<Page<Resource>>('/api/v1/exchange/resources?limit=3');
      assert.equal(paged.body.items.length, 3);
      const next = await lisi.get<Page<Resource>>(
        `/api/v1/exchange/resources?limit=3&cursor=${paged.body.nextCursor}`,
      );
      assert.notEqual(next.body.items[0]!.code, paged.body.items[0]!.code);
    });

    test('the provider department’s steward creates, edits and publishes; others may not', async () => {
      const body = (code: string, over: Record<string, unknown> = {}) => ({
        code,
        catalogueCode: `103001${String(Math.floor(Math.random() * 9000) + 1000)}`,
        name: '房屋交易合同网签备案信息',
        abstract: '存量房买卖合同网签备案信息',
        items: [
          { key: 'contractNo', name: '合同编号', type: 'string' },
          { key: 'price', name: '成交价格', type: 'number' },
        ],
        shareType: 'conditional',
        shareCondition: '仅限办理不动产转移登记',
        legalBasis: '《城市房地产管理法》第四十五条',
        updateCycle: '实时',
        standsFor: [],
        connector: { kind: 'dataset' },
        ...over,
      });
      const provider = await dept('hz-real-estate');
      const noBasis = await hzRealEstate.post('/api/v1/exchange/resources', {
        ...body('contract_filing'),
        providerDepartmentId: provider,
        legalBasis: '',
      });
      assert.equal(noBasis.status, 400);
      assert.deepEqual(
        (noBasis.body.errors as Array<{ field: string }>).map((e) => e.field),
        ['legalBasis'],
      );
      let n = 0;
      await assertPermissions({
        action: 'create a resource of 杭州市不动产登记服务中心',
        attempt: async (client) =>
          client.post('/api/v1/exchange/resources', {
            ...body(`contract_filing_${n++}`),
            providerDepartmentId: provider,
          }),
        may: [['its data steward', hzRealEstate]],
        mayNot: [
          ['another department’s steward', hzHealth],
          ['a citizen', zhangsan],
          ['anonymous', anonymous],
        ],
      });
      const edited = await hzRealEstate.request<Resource>(
        'PUT',
        '/api/v1/exchange/resources/contract_filing_0',
        {
          ...body('contract_filing_0'),
          name: '存量房网签备案信息',
          version: 1,
        },
      );
      assert.equal(edited.status, 200, edited.raw);
      assert.equal(edited.body.version, 2);
      const stale = await hzRealEstate.request('PUT', '/api/v1/exchange/resources/contract_filing_0', {
        ...body('contract_filing_0'),
        version: 1,
      });
      assert.equal(stale.status, 409);
      assert.equal((await hzHealth.post('/api/v1/exchange/resources/contract_filing_0/publish')).status, 403);
      // A draft is invisible to citizens until published.
      assert.equal((await zhangsan.get('/api/v1/exchange/resources/contract_filing_0')).status, 404);
      const published = await hzRealEstate.post<Resource>(
        '/api/v1/exchange/resources/contract_filing_0/publish',
      );
      assert.equal(published.body.status, 'published');
      assert.equal((await zhangsan.get('/api/v1/exchange/resources/contract_filing_0')).status, 200);
    });

    test('不予共享 resources cannot be requested; unconditional ones need no request', async () => {
      const created = await hzRealEstate.post('/api/v1/exchange/resources', {
        code: 'sealed_property',
        catalogueCode: '1030019999',
        name: '司法查封详情',
        providerDepartmentId: await dept('hz-real-estate'),
        abstract: '',
        items: [{ key: 'detail', name: '查封详情', type: 'string' }],
        shareType: 'none',
        legalBasis: '《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》',
        updateCycle: '实时',
        standsFor: [],
        connector: { kind: 'dataset' },
      });
      assert.equal(created.status, 201, created.raw);
      await hzRealEstate.post('/api/v1/exchange/resources/sealed_property/publish');
      const request = (resourceCode: string, fields: string[]) =>
        dept('xh-housing').then((consumerDepartmentId) =>
          xhHousing.post('/api/v1/exchange/grants', {
            resourceCode,
            consumerDepartmentId,
            purpose: '房屋租赁登记备案核验',
            fields,
            itemCodes: [rentalFiling],
          }),
        );
      const none = await request('sealed_property', ['detail']);
      assert.equal(none.status, 422);
      assert.equal(none.body.code, 'EXCHANGE_NOT_SHAREABLE');
      assert.match(String((none.body.message as { zh: string }).zh), /不予共享/);
      const free = await request('enterprise_registry', ['name']);
      assert.equal(free.status, 409);
      assert.equal(free.body.code, 'EXCHANGE_GRANT_NOT_NEEDED');
      const fetched = await problemOf(
        fetchAs({
          resourceCode: 'sealed_property',
          subject: ZHANGSAN,
          consumerDepartmentId: await dept('xh-housing'),
          purpose: '核验',
          caseId: 'case-x',
          actorAccountId: null,
        }),
      );
      assert.equal(fetched.code, 'EXCHANGE_NOT_SHAREABLE');
    });

    test('request → another steward may not approve → provider approves; only granted fields come back', async () => {
      const consumer = await dept('xh-housing');
      const fetchForRental = (fields: string[]) =>
        fetchAs({
          resourceCode: 'real_estate_registry',
          subject: ZHANGSAN,
          consumerDepartmentId: consumer,
          purpose: '房屋租赁登记备案核验房屋权属',
          caseId: 'case-rental-1',
          fields,
          actorAccountId: null,
          itemCode: rentalFiling,
        });
      // The seeded request of this department was refused: no access yet.
      const before = await problemOf(fetchForRental(['address']));
      assert.equal(before.status, 403);

      const invalid = await xhHousing.post('/api/v1/exchange/grants', {
        resourceCode: 'real_estate_registry',
        consumerDepartmentId: consumer,
        purpose: ' ',
        fields: ['address', 'salary'],
        itemCodes: [rentalFiling, '1133010602048624753111090099000'],
      });
      assert.equal(invalid.status, 400);
      assert.deepEqual(
        (invalid.body.errors as Array<{ field: string }>).map((e) => e.field),
        ['purpose', 'fields.1', 'itemCodes.1'],
      );
      const asOther = await hzHealth.post('/api/v1/exchange/grants', {
        resourceCode: 'real_estate_registry',
        consumerDepartmentId: consumer,
        purpose: '房屋租赁登记备案核验房屋权属',
        fields: ['address'],
        itemCodes: [rentalFiling],
      });
      assert.equal(asOther.status, 403);
      const requested = await xhHousing.post<Grant>('/api/v1/exchange/grants', {
        resourceCode: 'real_estate_registry',
        consumerDepartmentId: consumer,
        purpose: '房屋租赁登记备案核验房屋权属',
        fields: ['address', 'certificateNo', 'use'],
        itemCodes: [rentalFiling],
      });
      assert.equal(requested.status, 201, requested.raw);
      assert.equal(requested.body.status, 'pending');
      assert.match(requested.body.dueDate, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(requested.body.mayDecide, false);
      const again = await xhHousing.post('/api/v1/exchange/grants', {
        resourceCode: 'real_estate_registry',
        consumerDepartmentId: consumer,
        purpose: '再次申请',
        fields: ['address'],
        itemCodes: [rentalFiling],
      });
      assert.equal(again.body.code, 'EXCHANGE_GRANT_PENDING');

      const id = requested.body.id;
      for (const [label, client] of [
        ['the consumer itself', xhHousing],
        ['another provider’s steward', hzHealth],
        ['a citizen', zhangsan],
      ] as const) {
        const attempt = await client.post(`/api/v1/exchange/grants/${id}/decision`, { decision: 'approve' });
        assert.ok([403, 404].includes(attempt.status), `${label}: ${attempt.status}`);
      }
      const noReasons = await hzRealEstate.post(`/api/v1/exchange/grants/${id}/decision`, {
        decision: 'refuse',
      });
      assert.equal(noReasons.status, 400);
      const providerView = await hzRealEstate.get<Page<Grant>>(
        '/api/v1/exchange/grants?side=provider&status=pending',
      );
      assert.ok(providerView.body.items.some((g) => g.id === id && g.mayDecide));
      const approved = await hzRealEstate.post<Grant>(`/api/v1/exchange/grants/${id}/decision`, {
        decision: 'approve',
      });
      assert.equal(approved.status, 200, approved.raw);
      assert.equal(approved.body.status, 'approved');
      const twice = await hzRealEstate.post(`/api/v1/exchange/grants/${id}/decision`, {
        decision: 'refuse',
        reasons: 'x',
      });
      assert.equal(twice.body.code, 'EXCHANGE_GRANT_DECIDED');

      const result = await fetchForRental(['address', 'area', 'certificateNo']);
      assert.deepEqual(result.fields, ['address', 'certificateNo']);
      assert.deepEqual(result.withheld, ['area']);
      assert.deepEqual(Object.keys(result.values).sort(), ['address', 'certificateNo']);
      assert.equal(result.values.address, '浙江省杭州市西湖区文三路 90 号 3 幢 502 室');
      // The grant covers one item: using it for another item gives nothing.
      const otherItem = await problemOf(
        fetchAs({
          resourceCode: 'real_estate_registry',
          subject: ZHANGSAN,
          consumerDepartmentId: consumer,
          purpose: '别的事项',
          caseId: 'case-other',
          actorAccountId: null,
          itemCode: '1133010602048624753111090001000',
        }),
      );
      assert.equal(otherItem.status, 403);
    });

    test('a department without a grant gets nothing; unconditional data comes whole; purpose and case are required', async () => {
      const tax = await dept('xh-tax');
      const denied = await problemOf(
        fetchAs({
          resourceCode: 'household_registration',
          subject: ZHANGSAN,
          consumerDepartmentId: tax,
          purpose: '契税申报核验户籍',
          caseId: 'case-tax',
          actorAccountId: null,
        }),
      );
      assert.equal(denied.status, 403);
      assert.match(denied.bilingual.zh, /未获得该资源的共享授权/);
      const missing = await problemOf(
        fetchAs({
          resourceCode: 'enterprise_registry',
          subject: '91330106600000004G',
          consumerDepartmentId: tax,
          purpose: '',
          actorAccountId: null,
        }),
      );
      assert.deepEqual(
        missing.errors.map((e) => e.field),
        ['purpose', 'caseId'],
      );
      const open = await fetchAs({
        resourceCode: 'enterprise_registry',
        subject: '91330106600000004g',
        consumerDepartmentId: tax,
        purpose: '税务登记核验市场主体',
        taskId: 'task-verify-1',
        actorAccountId: null,
      });
      assert.equal(open.found, true);
      assert.equal(open.values.name, '杭州西子湖餐饮管理有限公司');
      assert.equal(open.fields.length, 9);
    });

    test('the supplier offers what the case’s department may fetch, and fetch fills the form concepts', async () => {
      const { supplier } = app.tongban.exchange;
      const birth: Material = {
        key: 'M01',
        name: '出生医学证明',
        necessity: 'required',
        materialType: 'original',
        form: 'electronic',
        copies: 0,
        sourceChannel: 'government',
        dataResource: 'birth_registration',
      } as Material;
      const request = async (personId: string, departmentKey: string) => ({
        applicant: { kind: 'person' as const, personId, organisationId: null },
        materials: [birth],
        itemCode: ITEM_BIRTH_REGISTRATION,
        departmentId: await dept(departmentKey),
      });
      const zhangsanId = (await app.tongban.identity.actorForLogin('13800000001')).personId!;
      const lisiId = (await app.tongban.identity.actorForLogin('13800000002')).personId!;
      const db = app.tongban.platform.db;
      const offers = await supplier.offers(db, await request(zhangsanId, 'xh-public-security'));
      const offer = offers.get('M01')![0]!;
      assert.equal(offer.kind, 'shared_data');
      assert.equal(offer.provider, '杭州市卫生健康委员会');
      assert.equal(offer.reference, 'birth_registration');
      assert.ok(offer.fields!.includes('出生日期') && offer.fields!.includes('母亲身份证号码'));
      assert.equal((await supplier.offers(db, await request(zhangsanId, 'xh-tax'))).size, 0, 'no grant');
      assert.equal(
        (await supplier.offers(db, await request(lisiId, 'xh-public-security'))).size,
        0,
        'no record',
      );

      const publicSecurity = await dept('xh-public-security');
      const consenting = (await app.tongban.identity.actorForLogin('13800000001')).accountId!;
      const fetched = await inTransaction(db, async (tx) =>
        supplier.fetch(tx, {
          applicant: { kind: 'person', personId: zhangsanId, organisationId: null },
          caseId: 'case-birth-1',
          departmentId: publicSecurity,
          itemCode: ITEM_BIRTH_REGISTRATION,
          purpose: '办理“出生登记（户口）”',
          material: birth,
          offer,
          actorAccountId: consenting,
        }),
      );
      assert.equal(fetched.values['newborn.name'], '张小满');
      assert.equal(fetched.values['mother.idNumber'], CHENJING);
      assert.equal(fetched.values['father.idNumber'], ZHANGSAN);
      assert.match(fetched.values['newborn.birthDate']!, /^\d{4}-\d{2}-\d{2}$/);
      const entry = await db
        .selectFrom('exchange_access_log')
        .selectAll()
        .where('id', '=', fetched.proof)
        .executeTakeFirstOrThrow();
      assert.equal(entry.case_id, 'case-birth-1');
    });

    test('秒批 facts come from shared data for the case’s department, logged with the case', async () => {
      const { platform, identity, notify } = app.tongban;
      const hrss = await dept('xh-hrss');
      // The same service with a stand-in for the cases module (a case of 城乡居民基本养老保险待遇申领).
      const exchange = createExchangeService(
        { ...platform, jobs: { registerRecurring: () => undefined } as unknown as typeof platform.jobs },
        {
          identity,
          notify,
          publishedItemCodes: app.tongban.catalog.publishedItemCodes,
          caseInfo: async () => ({
            caseNumber: '330106-20260302-000001',
            departmentId: hrss,
            serviceCode: '11330106020273516D3201060017000',
            serviceName: '城乡居民基本养老保险待遇申领',
          }),
        },
      );
      const { id: personId } = await platform.db
        .selectFrom('people')
        .select('id')
        .where('id_number_hash', '=', platform.cipher.lookupHash(SUNJIANHUA))
        .executeTakeFirstOrThrow();
      const facts = await exchange.factSource.facts(platform.db, {
        applicant: { kind: 'person', personId, organisationId: null },
        caseId: 'case-pension-1',
        facts: ['data.social_insurance.contributionYears', 'data.social_insurance.cardNumber'],
      });
      assert.equal(facts['data.social_insurance.contributionYears'], 18);
      assert.equal(facts['data.social_insurance.cardNumber'], undefined, 'not granted, not returned');
    });

    test('who used my data: a citizen sees accesses to their own records only, paginated', async () => {
      const mine = await zhangsan.get<Page<Access>>('/api/v1/me/data-access?limit=50');
      assert.equal(mine.status, 200);
      const purposes = mine.body.items.map((a) => a.purpose);
      assert.ok(purposes.includes('房屋租赁登记备案核验房屋权属'));
      assert.ok(purposes.includes('办理“出生登记（户口）”'));
      const birth = mine.body.items.find((a) => a.resourceCode === 'birth_registration')!;
      assert.equal(birth.consumerName, '杭州市公安局西湖区分局');
      assert.ok(birth.fields.includes('出生日期'));
      const rental = mine.body.items.find((a) => a.purpose === '房屋租赁登记备案核验房屋权属')!;
      assert.deepEqual(rental.fields, ['房屋坐落', '不动产权证书号']);
      const others = await lisi.get<Page<Access>>('/api/v1/me/data-access');
      assert.equal(others.body.items.length, 0);
      const first = await zhangsan.get<Page<Access>>('/api/v1/me/data-access?limit=1');
      assert.ok(first.body.nextCursor);
      const second = await zhangsan.get<Page<Access>>(
        `/api/v1/me/data-access?limit=1&cursor=${first.body.nextCursor}`,
      );
      assert.notDeepEqual(second.body.items[0], first.body.items[0]);
      assert.equal((await anonymous.get('/api/v1/me/data-access')).status, 401);
    });

    test('the staff view of the access log is for supervisors and stewards (their departments), and is audited', async () => {
      await assertPermissions({
        action: 'read the access log',
        attempt: (client) => client.get('/api/v1/exchange/access-log'),
        may: [
          ['a supervisor', supervisor],
          ['a data steward', hzHealth],
        ],
        mayNot: [
          ['a citizen', zhangsan],
          ['anonymous', anonymous],
        ],
      });
      const all = await supervisor.get<Page<Access>>('/api/v1/exchange/access-log?limit=100');
      assert.ok(all.body.items.some((a) => a.resourceCode === 'enterprise_registry'));
      const estate = await hzRealEstate.get<Page<Access>>('/api/v1/exchange/access-log?limit=100');
      assert.ok(estate.body.items.length > 0);
      assert.ok(estate.body.items.every((a) => a.resourceCode === 'real_estate_registry'));
      const audited = await app.tongban.platform.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'exchange.access_log_read')
        .execute();
      assert.ok(audited.length >= 3);
    });

    test('the access log verifies, and an altered entry is named', async () => {
      const { exchange, platform } = app.tongban;
      const report = await exchange.verifyLog();
      assert.equal(report.ok, true);
      assert.ok(report.checked >= 4);
      const victim = await platform.db
        .selectFrom('exchange_access_log')
        .select(['seq', 'id', 'purpose'])
        .orderBy('seq')
        .offset(1)
        .limit(1)
        .executeTakeFirstOrThrow();
      await platform.db
        .updateTable('exchange_access_log')
        .set({ purpose: '看看而已' })
        .where('seq', '=', victim.seq)
        .execute();
      const broken = await exchange.verifyLog();
      assert.equal(broken.ok, false);
      assert.equal(broken.firstBrokenSeq, victim.seq);
      assert.equal(broken.firstBrokenId, victim.id);
      assert.equal(broken.reason, 'hash_mismatch');
      await platform.db
        .updateTable('exchange_access_log')
        .set({ purpose: victim.purpose })
        .where('seq', '=', victim.seq)
        .execute();
      assert.equal((await exchange.verifyLog()).ok, true);
    });

    test('a request unanswered after 10 working days is escalated to the region’s supervisors, once', async () => {
      const { exchange, platform } = app.tongban;
      const pending = await supervisor.get<Page<Grant>>('/api/v1/exchange/grants?status=pending');
      const education = pending.body.items.find((g) => g.resourceCode === 'household_registration')!;
      assert.ok(education, 'the seeded pending request');
      assert.equal(education.overdue, false);
      assert.equal(await exchange.escalateOverdue(), 0);
      const later = new Date(`${education.dueDate}T16:00:00Z`); // 00:00 Beijing, the day after the due date
      platform.clock.now = () => later;
      try {
        assert.equal(await exchange.escalateOverdue(), 1);
        assert.equal(await exchange.escalateOverdue(), 0, 'escalated once');
        const view = await supervisor.get<Page<Grant>>('/api/v1/exchange/grants?status=pending');
        const escalated = view.body.items.find((g) => g.id === education.id)!;
        assert.equal(escalated.overdue, true);
        assert.ok(escalated.escalatedAt);
      } finally {
        platform.clock.now = () => new Date();
      }
      const inbox = await supervisor.get<{ items: Array<{ title: string }> }>('/api/v1/me/messages');
      assert.ok(inbox.body.items.some((m) => m.title.includes('数据共享申请超期未答复')));
      const audit = await platform.db
        .selectFrom('audit_log')
        .select('record_id')
        .where('action', '=', 'exchange.grant_escalated')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.record_id),
        [education.id],
      );
    });
  });
}
