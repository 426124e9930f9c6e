import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { assertPermissions } from '../../../test/permissions.ts';
import type { ItemContent } from './content.ts';
import { sampleItemContent } from './content.fixture.ts';
import { makeUscc } from '../identity/uscc.ts';

interface AdminItem {
  id: string;
  implementationCode: string;
  versionId: string;
  versionNo: number;
  status: string;
  content: ItemContent;
  draft: { versionId: string; versionNo: number; issues: Array<{ code: string }> } | null;
  versions: Array<{ versionId: string; versionNo: number; status: string }>;
}
interface ProblemBody {
  code: string;
  errors?: Array<{ field: string; message: { zh: string; en: string } }>;
}

for (const engine of engines()) {
  describe(`catalogue API on ${engine}`, () => {
    let app: TestApp;
    let admin: TestClient;
    let anonymous: TestClient;
    let citizen: TestClient;
    let reviewer: TestClient;
    let departmentId: string;
    let countyAdmin: TestClient;

    async function departmentNamed(name: string) {
      const row = await app.tongban.platform.db
        .selectFrom('departments')
        .select('id')
        .where('name', '=', name)
        .executeTakeFirstOrThrow();
      return row.id;
    }

    async function createItem(content: ItemContent, regionCode = '330106', dept = departmentId) {
      const created = await admin.post<AdminItem>('/api/v1/catalog/admin/items', {
        departmentId: dept,
        regionCode,
        content,
      });
      assert.equal(created.status, 201, created.raw);
      return created.body;
    }

    async function publish(id: string) {
      const published = await admin.post<AdminItem>(`/api/v1/catalog/admin/items/${id}/publish`);
      assert.equal(published.status, 200, published.raw);
      return published.body;
    }

    before(async () => {
      app = await startTestApp(engine);
      admin = await app.login('admin');
      anonymous = app.client();
      citizen = await app.login('13800000001');
      reviewer = await app.login('reviewer01');
      departmentId = await departmentNamed('杭州市西湖区市场监督管理局');
      // An administrator of another county (滨江区) may not touch 西湖区's items.
      const binjiang = await admin.post<{ id: string }>('/api/v1/departments', {
        name: '杭州市滨江区市场监督管理局',
        uscc: makeUscc({ registrationAuthority: '1', category: '1', regionCode: '330108', sequence: 7001 }),
        kind: 'market_regulation',
        regionCode: '330108',
      });
      assert.equal(binjiang.status, 201, binjiang.raw);
      const staff = await admin.post('/api/v1/staff', {
        loginName: 'admin-binjiang',
        password: 'Secret123',
        name: '滨江管理员',
        idNumber: '11010519491231002X',
        roles: [{ role: 'admin', departmentId: binjiang.body.id }],
      });
      assert.equal(staff.status, 201, staff.raw);
      countyAdmin = await app.login('admin-binjiang', 'Secret123');
    });
    after(async () => app.close());

    test('an item goes from draft to published; the publication rules name each wrong field', async () => {
      const bad = sampleItemContent({ promisedDays: 30, requiredVisits: 1 });
      const item = await createItem(bad);
      assert.equal(item.draft?.versionNo, 1);
      assert.deepEqual(item.draft?.issues.map((i) => i.code).sort(), [
        'PROMISED_EXCEEDS_STATUTORY',
        'VISIT_REASON_MISSING',
      ]);
      assert.equal(item.implementationCode.length, 31);
      assert.ok(item.implementationCode.endsWith('3000117002000'));
      const refused = await admin.post<ProblemBody>(`/api/v1/catalog/admin/items/${item.id}/publish`);
      assert.equal(refused.status, 422);
      assert.equal(refused.body.code, 'ITEM_INVALID');
      assert.deepEqual(refused.body.errors?.map((e) => e.field).sort(), [
        'content.promisedDays',
        'content.visitReason',
      ]);
      assert.equal(
        (await anonymous.get(`/api/v1/catalog/items/${item.id}`)).status,
        404,
        'a draft is not public',
      );
      const fixed = await admin.request<AdminItem>('PUT', `/api/v1/catalog/admin/items/${item.id}/draft`, {
        content: sampleItemContent({ promisedDays: 3 }),
        baseVersionNo: 1,
      });
      assert.equal(fixed.status, 200, fixed.raw);
      const published = await publish(item.id);
      assert.equal(published.status, 'published');
      const guide = await anonymous.get<{ content: ItemContent; departmentName: string }>(
        `/api/v1/catalog/items/${item.id}`,
      );
      assert.equal(guide.status, 200);
      assert.equal(guide.body.content.promisedDays, 3);
      assert.equal(guide.body.departmentName, '杭州市西湖区市场监督管理局');
    });

    test('a published version never changes: editing makes a new draft, publishing it retires the old one, and the diff shows what changed', async () => {
      const item = await createItem(sampleItemContent({ baseCode: '000117002100', name: '食品小作坊登记' }));
      const v1 = (await publish(item.id)).versionId;
      const edited = await admin.request<AdminItem>('PUT', `/api/v1/catalog/admin/items/${item.id}/draft`, {
        content: sampleItemContent({
          baseCode: '000117002100',
          name: '食品小作坊登记',
          promisedDays: 2,
          fees: [{ name: '工本费', amountFen: 1000, basis: '浙价费〔2020〕1号', waivable: false }],
        }),
        baseVersionNo: 1,
      });
      assert.equal(edited.status, 200, edited.raw);
      assert.equal(edited.body.draft?.versionNo, 2);
      const stillV1 = await anonymous.get<{ versionNo: number; content: ItemContent }>(
        `/api/v1/catalog/items/${item.id}`,
      );
      assert.equal(stillV1.body.versionNo, 1);
      assert.equal(stillV1.body.content.promisedDays, 5);
      // Two editors starting from the same version: the second is told to reload.
      const conflict = await admin.request<ProblemBody>(
        'PUT',
        `/api/v1/catalog/admin/items/${item.id}/draft`,
        { content: sampleItemContent({ baseCode: '000117002100' }), baseVersionNo: 1 },
      );
      assert.equal(conflict.status, 409);
      assert.equal(conflict.body.code, 'VERSION_CONFLICT');
      const v2 = (await publish(item.id)).versionId;
      const versions = (await admin.get<AdminItem>(`/api/v1/catalog/admin/items/${item.id}`)).body.versions;
      assert.deepEqual(
        versions.map((v) => [v.versionNo, v.status]),
        [
          [2, 'published'],
          [1, 'retired'],
        ],
      );
      const old = await anonymous.get<{ content: ItemContent; status: string }>(
        `/api/v1/catalog/items/${item.id}/versions/${v1}`,
      );
      assert.equal(old.body.status, 'retired');
      assert.equal(old.body.content.promisedDays, 5);
      const diff = await admin.get<{ changes: Array<{ path: string; before: unknown; after: unknown }> }>(
        `/api/v1/catalog/admin/items/${item.id}/diff?from=${v1}&to=${v2}`,
      );
      assert.deepEqual(
        diff.body.changes.map((c) => c.path),
        ['promisedDays', 'fees.工本费'],
      );
      const rows = await app.tongban.platform.db
        .selectFrom('catalog_item_versions')
        .select(['content'])
        .where('id', '=', v1)
        .executeTakeFirstOrThrow();
      assert.equal((JSON.parse(rows.content) as ItemContent).promisedDays, 5);
    });

    test('the six province-wide elements are inherited from the base item', async () => {
      const first = await createItem(
        sampleItemContent({
          baseCode: '000117002200',
          name: '食品生产许可',
          legalBasis: '《食品生产许可管理办法》',
        }),
      );
      const cityDept = await departmentNamed('杭州市市场监督管理局');
      const second = await createItem(
        sampleItemContent({
          baseCode: '000117002200',
          name: '另一个名字',
          legalBasis: '随便写的依据',
          exerciseLevel: '市级',
        }),
        '330100',
        cityDept,
      );
      assert.equal(second.content.name, '食品生产许可');
      assert.equal(second.content.legalBasis, '《食品生产许可管理办法》');
      assert.notEqual(first.implementationCode, second.implementationCode);
    });

    test('a bundle asks a field shared by two items once and lists a shared material once', async () => {
      const food = await publish(
        (await createItem(sampleItemContent({ baseCode: '000117002300', name: '食品经营许可（测试）' }))).id,
      );
      const sign = await publish(
        (
          await createItem(
            sampleItemContent({
              baseCode: '000117002400',
              name: '户外招牌设置审批',
              itemType: '行政许可',
              result: { type: 'approval', name: '户外招牌设置的批复' },
              form: {
                type: 'object',
                properties: {
                  enterpriseName: {
                    type: 'string',
                    'x-kind': 'text',
                    title: '单位名称',
                    'x-concept': 'enterprise.name',
                  },
                  size: { type: 'string', 'x-kind': 'text', title: '招牌尺寸' },
                },
                required: ['enterpriseName', 'size'],
                'x-order': ['enterpriseName', 'size'],
              },
            }),
          )
        ).id,
      );
      const created = await admin.post<{ id: string }>('/api/v1/catalog/admin/bundles', {
        code: 'TEST-RESTAURANT',
        content: {
          name: '开办小餐馆一件事',
          aliases: ['开个饭馆'],
          audience: 'enterprise',
          topic: 'startup',
          description: '一次申请，同时办理食品经营许可和招牌设置',
          promisedDays: 5,
          items: [
            { itemCode: food.implementationCode, dependsOn: [], optional: false },
            { itemCode: sign.implementationCode, dependsOn: [food.implementationCode], optional: false },
          ],
        },
      });
      assert.equal(created.status, 201, created.raw);
      assert.equal(
        (await admin.post(`/api/v1/catalog/admin/bundles/${created.body.id}/publish`)).status,
        200,
      );
      const bundle = await anonymous.get<{
        mergedForm: { fields: Array<{ key: string; usedBy: unknown[] }> };
        mergedMaterials: Array<{ key: string; usedBy: unknown[] }>;
        items: Array<{ dependsOn: string[] }>;
      }>(`/api/v1/catalog/bundles/${created.body.id}`);
      assert.equal(bundle.status, 200);
      const shared = bundle.body.mergedForm.fields.filter((f) => f.key === 'enterprise_name');
      assert.equal(shared.length, 1);
      assert.equal(shared[0]!.usedBy.length, 2);
      assert.equal(
        bundle.body.mergedMaterials.filter((m) => m.key === 'business_licence')[0]!.usedBy.length,
        2,
      );
      assert.deepEqual(bundle.body.items[1]!.dependsOn, [food.implementationCode]);
      // Who asks comes before the bundle's state: with no draft left, anonymous is still 401.
      const publishAgain = (c: TestClient) =>
        c.post<ProblemBody>(`/api/v1/catalog/admin/bundles/${created.body.id}/publish`);
      assert.equal((await publishAgain(anonymous)).status, 401);
      assert.equal((await publishAgain(countyAdmin)).status, 403);
      assert.equal((await publishAgain(admin)).body.code, 'NO_DRAFT');
      // An administrator of another county may not replace 西湖区's items with items of their own.
      const binjiang = await departmentNamed('杭州市滨江区市场监督管理局');
      const binjiangItems = [
        await createItem(
          sampleItemContent({ baseCode: '000117002600', name: '滨江区事项甲' }),
          '330108',
          binjiang,
        ),
        await createItem(
          sampleItemContent({ baseCode: '000117002700', name: '滨江区事项乙' }),
          '330108',
          binjiang,
        ),
      ];
      const takeover = await countyAdmin.request(
        'PUT',
        `/api/v1/catalog/admin/bundles/${created.body.id}/draft`,
        {
          content: {
            name: '开办小餐馆一件事',
            aliases: [],
            audience: 'enterprise',
            topic: 'startup',
            description: '',
            promisedDays: 5,
            items: binjiangItems.map((i) => ({
              itemCode: i.implementationCode,
              dependsOn: [],
              optional: false,
            })),
          },
          baseVersionNo: 1,
        },
      );
      assert.equal(takeover.status, 403, takeover.raw);
      const cyclic = await admin.post<{ id: string }>('/api/v1/catalog/admin/bundles', {
        code: 'TEST-CYCLE',
        content: {
          name: '循环依赖测试',
          aliases: [],
          audience: 'enterprise',
          topic: 'startup',
          description: '',
          promisedDays: 5,
          items: [
            { itemCode: food.implementationCode, dependsOn: [sign.implementationCode], optional: false },
            { itemCode: sign.implementationCode, dependsOn: [food.implementationCode], optional: false },
          ],
        },
      });
      const refused = await admin.post<ProblemBody>(
        `/api/v1/catalog/admin/bundles/${cyclic.body.id}/publish`,
      );
      assert.equal(refused.status, 422);
      assert.equal(refused.body.code, 'BUNDLE_INVALID');
    });

    test('search finds published items with filters, and an admin-edited phrase changes what it finds', async () => {
      const hits = await anonymous.get<{ hits: Array<{ name: string; kind: string }> }>(
        '/api/v1/catalog/search?q=食品经营',
      );
      assert.ok(hits.body.hits.some((h) => h.name === '食品经营许可证核发'));
      const filtered = await anonymous.get<{ hits: Array<{ name: string }> }>(
        `/api/v1/catalog/search?q=食品&itemType=公共服务`,
      );
      assert.deepEqual(filtered.body.hits, []);
      const byRegion = await anonymous.get<{ hits: Array<{ name: string }> }>(
        '/api/v1/catalog/search?q=食品经营&regionCode=330108',
      );
      assert.ok(
        !byRegion.body.hits.some((h) => h.name === '食品经营许可证核发'),
        'a 西湖区 item is not offered in 滨江区',
      );
      const before = await anonymous.get<{ hits: Array<{ name: string }> }>(
        '/api/v1/catalog/search?q=卖吃的',
      );
      assert.ok(!before.body.hits.some((h) => h.name === '食品经营许可证核发'));
      const added = await admin.post('/api/v1/catalog/admin/synonyms', {
        phrase: '卖吃的',
        expansions: ['食品经营'],
      });
      assert.equal(added.status, 201, added.raw);
      const afterEdit = await anonymous.get<{ hits: Array<{ name: string }> }>(
        '/api/v1/catalog/search?q=卖吃的',
      );
      assert.ok(afterEdit.body.hits.slice(0, 3).some((h) => h.name === '食品经营许可证核发'));
      const suggest = await anonymous.get<{ suggestions: string[] }>('/api/v1/catalog/suggest?q=食品');
      assert.ok(suggest.body.suggestions.length > 0);
    });

    test('form data is validated against an item form on the server', async () => {
      const form = sampleItemContent().form;
      const checked = await admin.post<{ errors: Array<{ field: string }> }>(
        '/api/v1/catalog/admin/form-preview',
        {
          form,
          data: {
            enterpriseName: '杭州小店',
            uscc: '91330106MA2XXXXX',
            contactMobile: '123',
            category: '烧烤',
          },
        },
      );
      assert.equal(checked.status, 200);
      assert.deepEqual(
        checked.body.errors.map((e) => e.field),
        ['uscc', 'contactMobile', 'category'],
      );
    });

    test('permissions: only catalogue admins edit, anyone reads published items, nobody reads drafts without the right', async () => {
      const draft = await createItem(sampleItemContent({ baseCode: '000117002500', name: '权限测试事项' }));
      await assertPermissions({
        action: 'read a draft',
        attempt: (c) => c.get(`/api/v1/catalog/items/${draft.id}/versions/${draft.versionId}`),
        may: [['admin', admin]],
        mayNot: [
          ['anonymous', anonymous],
          ['citizen', citizen],
          ['reviewer', reviewer],
          ['admin of another county', countyAdmin],
        ],
      });
      await assertPermissions({
        action: 'edit a draft',
        attempt: (c) =>
          c.request('PUT', `/api/v1/catalog/admin/items/${draft.id}/draft`, {
            content: sampleItemContent({ baseCode: '000117002500' }),
            baseVersionNo: 1,
          }),
        may: [],
        mayNot: [
          ['anonymous', anonymous],
          ['citizen', citizen],
          ['reviewer', reviewer],
          ['admin of another county', countyAdmin],
        ],
      });
      await assertPermissions({
        action: 'list items for administration',
        attempt: (c) => c.get('/api/v1/catalog/admin/items?limit=5'),
        may: [['admin', admin]],
        mayNot: [
          ['anonymous', anonymous],
          ['citizen', citizen],
          ['reviewer', reviewer],
        ],
      });
      const publishedId = (await listPublished())[0];
      await assertPermissions({
        action: 'read a published guide',
        attempt: (c) => c.get(`/api/v1/catalog/items/${publishedId}`),
        may: [
          ['anonymous', anonymous],
          ['citizen', citizen],
          ['reviewer', reviewer],
        ],
        mayNot: [],
      });
    });

    async function listPublished(): Promise<string[]> {
      const rows = await app.tongban.platform.db
        .selectFrom('catalog_items')
        .select('id')
        .where('published_version_id', 'is not', null)
        .execute();
      return rows.map((r) => r.id);
    }
  });
}
