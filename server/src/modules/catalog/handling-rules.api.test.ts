import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import type { ItemContent } from './content.ts';
import { readCatalogWorkbook, writeCatalogWorkbook } from './workbook.ts';

// The handling rules (办理流程, 告知承诺, 容缺受理, 秒批) of the demo catalogue, as published, and the
// import's checks on them that need the database.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** 食品经营许可证核发（新设） at 西湖区市场监管局: the one 开办餐饮店一件事 uses. */
const FOOD_NEW = '113301060202431224301116000700001';
/** 建筑工程施工许可证核发 at 西湖区住建局. */
const CONSTRUCTION = '1133010602048624753011090001000';
const FLEXIBLE_ENROLMENT = '11330106020273516D3201060009000';

interface ImportError {
  sheet: string;
  row: number;
  column: string;
  message: { zh: string; en: string };
}

for (const engine of engines()) {
  describe(`handling rules of catalogue items on ${engine}`, () => {
    let app: TestApp;
    let admin: TestClient;

    before(async () => {
      app = await startTestApp(engine, { catalog: true });
      admin = await app.login('admin');
    });
    after(async () => app.close());

    async function publishedContent(code: string): Promise<ItemContent> {
      const row = await app.tongban.platform.db
        .selectFrom('catalog_items')
        .select('id')
        .where('implementation_code', '=', code)
        .executeTakeFirstOrThrow();
      const guide = await app.client().get<{ content: ItemContent }>(`/api/v1/catalog/items/${row.id}`);
      assert.equal(guide.status, 200);
      return guide.body.content;
    }

    test('the published guides carry the demo rules: 告知承诺 with 容缺, parallel review, 秒批', async () => {
      const food = await publishedContent(FOOD_NEW);
      assert.deepEqual(food.commitment!.materialKeys, ['M04', 'M05']);
      assert.deepEqual(food.commitment!.verification, { withinDays: 20, method: 'site_inspection' });
      assert.deepEqual(food.gapAcceptance, { materialKeys: ['M06'] });
      assert.deepEqual(
        food.process!.steps.map((s) => [s.kind, s.role, s.budgetDays]),
        [
          ['accept', 'window', 1],
          ['review', 'reviewer', 3],
          ['decide', 'leader', 1],
          ['issue', 'window', 0],
        ],
      );

      const construction = await publishedContent(CONSTRUCTION);
      const review = construction.process!.steps.find((s) => s.kind === 'review')!;
      const departments = await app.tongban.platform.db
        .selectFrom('departments')
        .select(['uscc', 'name'])
        .where(
          'uscc',
          'in',
          review.branches!.map((b) => b.departmentUscc),
        )
        .execute();
      assert.deepEqual(departments.map((d) => d.name).sort(), [
        '杭州市生态环境局西湖分局',
        '杭州市规划和自然资源局西湖分局',
      ]);

      const flexible = await publishedContent(FLEXIBLE_ENROLMENT);
      assert.deepEqual(
        flexible.autoApproval!.rules.map((r) => [r.fact, r.op, r.value]),
        [
          ['applicant.kind', 'eq', 'person'],
          ['applicant.age', 'gte', 16],
          ['applicant.age', 'lt', 60],
        ],
      );
    });

    test('rule breaches and unknown departments are reported at the 办理规则 row, and nothing applies', async () => {
      const exported = await app.tongban.server.inject({
        method: 'GET',
        url: '/api/v1/catalog/admin/export.xlsx',
        headers: { cookie: admin.cookie! },
      });
      const { workbook } = await readCatalogWorkbook(exported.rawPayload);
      const food = workbook.items.find((i) => i.implementationCode === FOOD_NEW)!;
      food.content.commitment!.materialKeys = ['M04', 'M99'];
      const construction = workbook.items.find((i) => i.implementationCode === CONSTRUCTION)!;
      // Well formed, but no such department.
      construction.content.process!.steps[1]!.branches![0]!.departmentUscc = '11330106MB0000000X';
      const data = await writeCatalogWorkbook(workbook);
      const { rows } = await readCatalogWorkbook(data);

      const started = await app.tongban.server.inject({
        method: 'POST',
        url: '/api/v1/catalog/admin/imports',
        headers: {
          cookie: admin.cookie!,
          'x-csrf-token': admin.csrfToken!,
          'content-type': XLSX,
          'x-file-name': encodeURIComponent('办理规则.xlsx'),
        },
        payload: data,
      });
      assert.equal(started.statusCode, 202, started.body);
      const id = (JSON.parse(started.body) as { importId: string }).importId;
      await app.tongban.platform.jobs.runDue();
      const status = await admin.get<{ status: string; errors: ImportError[] }>(
        `/api/v1/catalog/admin/imports/${id}`,
      );
      assert.equal(status.body.status, 'ready');
      assert.deepEqual(
        status.body.errors.map((e) => [e.sheet, e.row, e.column, e.message.zh]),
        [
          ['办理规则', rows.handling[FOOD_NEW], '告知承诺替代材料', '告知承诺替代的材料编号“M99”不存在'],
          [
            '办理规则',
            rows.handling[CONSTRUCTION],
            '办理流程（JSON）',
            '办理流程 /steps/1/branches/0/departmentUscc：没有统一社会信用代码为 11330106MB0000000X 的部门',
          ],
        ].sort((a, b) => Number(a[1]) - Number(b[1])),
      );
      const refused = await admin.post<{ code: string }>(`/api/v1/catalog/admin/imports/${id}/apply`);
      assert.equal(refused.status, 409);
      assert.deepEqual((await publishedContent(FOOD_NEW)).commitment!.materialKeys, ['M04', 'M05']);
    });
  });
}
