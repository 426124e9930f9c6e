import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { assertPermissions } from '../../../test/permissions.ts';
import { readCatalogWorkbook, writeCatalogWorkbook } from './workbook.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportStatus {
  status: string;
  progress: number;
  summary: {
    items: { create: number; update: number; unchanged: number };
    bundles: { create: number; update: number; unchanged: number };
  };
  errors: Array<{ sheet: string; row: number; column: string; message: { zh: string; en: string } }>;
}

for (const engine of engines()) {
  describe(`catalogue Excel import and export, and the demo catalogue, on ${engine}`, () => {
    let app: TestApp;
    let admin: TestClient;

    /** Uploads a file and lets the parse job run, as the job runner would. */
    async function upload(
      data: Buffer,
      fileName = '目录.xlsx',
    ): Promise<{ id: string; status: ImportStatus }> {
      const started = await app.tongban.server.inject({
        method: 'POST',
        url: '/api/v1/catalog/admin/imports',
        headers: {
          cookie: admin.cookie!,
          'x-csrf-token': admin.csrfToken!,
          'content-type': XLSX,
          'x-file-name': encodeURIComponent(fileName),
        },
        payload: data,
      });
      assert.equal(started.statusCode, 202, started.body);
      const id = (JSON.parse(started.body) as { importId: string }).importId;
      await app.tongban.platform.jobs.runDue();
      const status = await admin.get<ImportStatus>(`/api/v1/catalog/admin/imports/${id}`);
      return { id, status: status.body };
    }

    const versionCount = async () =>
      Number(
        (
          await app.tongban.platform.db
            .selectFrom('catalog_item_versions')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    before(async () => {
      app = await startTestApp(engine, { catalog: true });
      admin = await app.login('admin');
    });
    after(async () => app.close());

    test('everyday phrases find the right bundle or item in the top three', async () => {
      const expectations: Array<[string, string]> = [
        ['生孩子要办什么', '新生儿出生一件事'],
        ['开个饭店', '开办餐饮店一件事'],
        ['社保卡丢了', '社会保障卡补领（换领）'],
        ['开公司', '企业开办一件事'],
        ['老人去世了', '身后一件事'],
      ];
      for (const [query, expected] of expectations) {
        const result = await app
          .client()
          .get<{ hits: Array<{ name: string }> }>(
            `/api/v1/catalog/search?limit=3&q=${encodeURIComponent(query)}`,
          );
        assert.ok(
          result.body.hits.some((h) => h.name === expected),
          `"${query}" → ${result.body.hits.map((h) => h.name).join(', ')}`,
        );
      }
    });

    test('the demo catalogue holds at least 120 items across 15 departments and the 8 named bundles', async () => {
      const { db } = app.tongban.platform;
      const items = await db
        .selectFrom('catalog_items')
        .select(['department_id'])
        .where('published_version_id', 'is not', null)
        .execute();
      assert.ok(items.length >= 120, `${items.length} items`);
      const kinds = await db
        .selectFrom('departments')
        .select('kind')
        .where('id', 'in', [...new Set(items.map((i) => i.department_id))])
        .execute();
      assert.ok(
        new Set(kinds.map((k) => k.kind)).size >= 15,
        `${new Set(kinds.map((k) => k.kind)).size} department kinds`,
      );
      const bundles = (
        await db
          .selectFrom('catalog_bundles')
          .select('name')
          .where('published_version_id', 'is not', null)
          .execute()
      ).map((b) => b.name);
      for (const name of [
        '企业开办',
        '新生儿出生',
        '开办餐饮店',
        '二手房转移登记及水电气过户',
        '退休',
        '身后一件事',
        '灵活就业',
        '工程建设项目施工许可',
      ]) {
        assert.ok(
          bundles.some((b) => b.includes(name)),
          `bundle ${name} missing from ${bundles.join(', ')}`,
        );
      }
    });

    test('export then import round-trips without loss: everything unchanged, nothing new written', async () => {
      const exported = await app.tongban.server.inject({
        method: 'GET',
        url: '/api/v1/catalog/admin/export.xlsx',
        headers: { cookie: admin.cookie! },
      });
      assert.equal(exported.statusCode, 200);
      assert.match(String(exported.headers['content-type']), /spreadsheetml/);
      const before = await versionCount();
      const { id, status } = await upload(exported.rawPayload);
      assert.equal(status.status, 'ready');
      assert.deepEqual(status.errors, []);
      assert.equal(status.summary.items.create + status.summary.items.update, 0);
      assert.ok(status.summary.items.unchanged >= 120);
      assert.equal(status.summary.bundles.unchanged >= 8, true);
      assert.equal((await admin.post(`/api/v1/catalog/admin/imports/${id}/apply`)).status, 200);
      assert.equal(await versionCount(), before);
    });

    test('a file with bad rows is reported row by row and changes nothing; a good edit then applies', async () => {
      const exported = await app.tongban.server.inject({
        method: 'GET',
        url: '/api/v1/catalog/admin/export.xlsx',
        headers: { cookie: admin.cookie! },
      });
      const { workbook } = await readCatalogWorkbook(exported.rawPayload);
      const target = workbook.items.find(
        (i) => i.content.statutoryDays !== null && i.content.statutoryDays > 2,
      )!;
      const broken = structuredClone(workbook);
      const brokenItem = broken.items.find((i) => i.implementationCode === target.implementationCode)!;
      brokenItem.content.promisedDays = brokenItem.content.statutoryDays! + 10;
      broken.items[1]!.departmentUscc = '91330100000000000X';
      const before = await versionCount();
      const { id, status } = await upload(await writeCatalogWorkbook(broken));
      assert.equal(status.status, 'ready');
      const promised = status.errors.find((e) => e.column === '承诺办结时限（工作日）');
      assert.ok(promised, JSON.stringify(status.errors));
      assert.equal(promised!.sheet, '事项');
      assert.ok(promised!.row >= 2);
      assert.match(promised!.message.zh, /承诺办结时限/);
      assert.ok(status.errors.some((e) => e.column === '实施主体统一社会信用代码'));
      const refused = await admin.post<{ code: string }>(`/api/v1/catalog/admin/imports/${id}/apply`);
      assert.equal(refused.status, 409);
      assert.equal(refused.body.code, 'IMPORT_HAS_ERRORS');
      assert.equal(await versionCount(), before);

      const edited = structuredClone(workbook);
      const editedItem = edited.items.find((i) => i.implementationCode === target.implementationCode)!;
      editedItem.content.promisedDays = Math.max(0, editedItem.content.promisedDays - 1);
      const good = await upload(await writeCatalogWorkbook(edited));
      assert.deepEqual(good.status.errors, []);
      assert.equal(good.status.summary.items.update, 1);
      assert.equal((await admin.post(`/api/v1/catalog/admin/imports/${good.id}/apply`)).status, 200);
      assert.equal(await versionCount(), before + 1);
      const again = await admin.post<{ code: string }>(`/api/v1/catalog/admin/imports/${good.id}/apply`);
      assert.equal(again.status, 409, 'an import applies once');
    });

    test('a file that is not a spreadsheet gets one clear answer, not a crash', async () => {
      const { status } = await upload(Buffer.from('\x89PNG\r\n\x1a\n this is not a workbook'), '照片.xlsx');
      assert.equal(status.status, 'ready');
      assert.equal(status.errors.length, 1);
      assert.equal(status.errors[0]!.sheet, '(文件)');
      assert.match(status.errors[0]!.message.zh, /xlsx|Excel|文件/);
    });

    test('only catalogue administrators import and export', async () => {
      await assertPermissions({
        action: 'export the catalogue',
        attempt: (c) => c.get('/api/v1/catalog/admin/export.xlsx'),
        may: [['admin', admin]],
        mayNot: [
          ['anonymous', app.client()],
          ['citizen', await app.login('13800000001')],
          ['reviewer', await app.login('reviewer01')],
        ],
      });
    });
  });
}
