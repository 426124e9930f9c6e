import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { down, up } from '../../platform/db/migrations/0017_case_material_counts.ts';
import {
  drainJobs,
  expectStatus,
  decideTask,
  personItem,
  publishItem,
  upload,
  type CaseBody,
} from './cases.fixture.ts';

// The materials indicator (材料减免率) sums the counts stored on each case: they must follow the material
// rows through every write, and the migration must compute the same counts for existing cases.
for (const engine of engines()) {
  describe(`stored material counts on ${engine}`, () => {
    let app: TestApp;
    let admin: TestClient;
    let zhangsan: TestClient;
    let window: TestClient;
    let reviewer: TestClient;

    /** The counts stored on the case, checked against a recount of its rows. */
    async function counts(caseId: string) {
      const db = app.tongban.platform.db;
      const stored = await db
        .selectFrom('cases')
        .select(['materials_required as required', 'materials_reduced as reduced'])
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      const rows = await db
        .selectFrom('case_materials')
        .select(['necessity', 'source'])
        .where('case_id', '=', caseId)
        .execute();
      const required = rows.filter((r) => r.necessity === 'required');
      const reduced = required.filter((r) =>
        ['licence', 'shared_data', 'commitment', 'waived'].includes(r.source ?? ''),
      );
      const result = { required: Number(stored.required), reduced: Number(stored.reduced) };
      assert.deepEqual(result, { required: required.length, reduced: reduced.length }, 'stored = recount');
      return result;
    }

    before(async () => {
      app = await startTestApp(engine);
      admin = await app.login('admin');
      zhangsan = await app.login('13800000001');
      window = await app.login('window01');
      reviewer = await app.login('reviewer01');
    });
    after(() => app.close());

    test('a draft, its submission with a commitment, and a pledged material supplied later', async () => {
      const item = await publishItem(
        app,
        admin,
        personItem({
          commitment: {
            text: '本人承诺所提交的照片真实有效，如有虚假愿承担相应法律责任。',
            materialKeys: ['M02'],
            verification: { withinDays: 10, method: 'document_review' },
          },
        }),
      );
      const gapItem = await publishItem(
        app,
        admin,
        personItem({ gapAcceptance: { materialKeys: ['M02'] }, promisedDays: 10 }),
      );
      const draft = expectStatus(
        await zhangsan.post<CaseBody>('/api/v1/cases', { serviceKind: 'item', code: item.code }),
        201,
      );
      assert.deepEqual(
        await counts(draft.id),
        { required: 0, reduced: 0 },
        'a draft has no material rows yet',
      );
      const file = await upload(app, zhangsan);
      const committed = expectStatus(
        await zhangsan.post<CaseBody>(`/api/v1/cases/${draft.id}/submit`, {
          version: draft.version,
          commitment: true,
          form: { ...draft.form, reason: '承诺办理' },
          materials: [{ key: 'M01', source: 'upload', fileIds: [file] }],
        }),
        200,
      );
      assert.equal(committed.materials.find((m) => m.key === 'M02')?.source, 'commitment');
      assert.deepEqual(await counts(draft.id), { required: 2, reduced: 1 }, 'the committed photo is reduced');

      // A fixed day, so the pledge date lies within the promised limit.
      const clock = app.tongban.platform.clock;
      const realNow = clock.now;
      clock.now = () => new Date('2026-11-02T02:00:00Z');
      try {
        const pledged = expectStatus(
          await zhangsan.post<CaseBody>('/api/v1/cases', {
            serviceKind: 'item',
            code: gapItem.code,
            submit: true,
            form: { reason: '容缺' },
            materials: [
              { key: 'M01', source: 'upload', fileIds: [await upload(app, zhangsan)] },
              { key: 'M02', source: 'pledge', pledgeDueDate: '2026-11-06' },
            ],
          }),
          201,
        );
        assert.deepEqual(await counts(pledged.id), { required: 2, reduced: 0 });
        expectStatus(await decideTask(window, pledged.id, 'accept', { outcome: 'accept' }), 200);
        expectStatus(
          await zhangsan.post<CaseBody>(`/api/v1/cases/${pledged.id}/materials/M02`, {
            fileIds: [await upload(app, zhangsan)],
          }),
          200,
        );
        assert.deepEqual(
          await counts(pledged.id),
          { required: 2, reduced: 0 },
          'a pledged material handed in later was uploaded: not a reduction',
        );
      } finally {
        clock.now = realNow;
      }
    });

    test('a bundle’s dependent item gets its licence from the prerequisite: one more reduced material', async () => {
      const base = personItem({ promisedDays: 2 });
      const first = await publishItem(app, admin, {
        ...base,
        name: '前置登记',
        result: { type: 'certificate', name: '营业执照', licenceType: 'business_licence' },
      });
      const dependent = await publishItem(app, admin, {
        ...base,
        name: '后续事项',
        materials: [
          ...base.materials!,
          {
            key: 'M03',
            name: '营业执照',
            necessity: 'required',
            materialType: 'original',
            form: 'electronic',
            copies: 0,
            sourceChannel: 'government',
            licenceType: 'business_licence',
          },
        ],
      });
      const created = expectStatus(
        await admin.post<{ id: string }>('/api/v1/catalog/admin/bundles', {
          code: `TBMC${Date.now()}`,
          content: {
            name: '测试一件事',
            aliases: [],
            audience: 'person',
            topic: 'birth',
            description: '几个事项一次办',
            promisedDays: 5,
            items: [
              { itemCode: first.code, dependsOn: [], optional: false },
              { itemCode: dependent.code, dependsOn: [first.code], optional: false },
            ],
          },
        }),
        201,
      );
      expectStatus(await admin.post(`/api/v1/catalog/admin/bundles/${created.id}/publish`), 200);
      const { code } = await app.tongban.platform.db
        .selectFrom('catalog_bundles')
        .select('code')
        .where('id', '=', created.id)
        .executeTakeFirstOrThrow();
      const draft = expectStatus(
        await zhangsan.post<CaseBody>('/api/v1/cases', { serviceKind: 'bundle', code }),
        201,
      );
      const uploads = await Promise.all(draft.materials.map(() => upload(app, zhangsan)));
      const parent = expectStatus(
        await zhangsan.post<CaseBody>(`/api/v1/cases/${draft.id}/submit`, {
          version: draft.version,
          form: { ...draft.form, i1_reason: '开业', i2_reason: '开业' },
          materials: draft.materials
            .filter((m) => !m.key.endsWith('M03'))
            .map((m, i) => ({ key: m.key, source: 'upload', fileIds: [uploads[i]] })),
        }),
        200,
      );
      const childId = (name: string) => parent.children.find((c) => c.serviceName === name)!.id;
      assert.deepEqual(await counts(childId('后续事项')), { required: 3, reduced: 0 });
      await counts(parent.id);
      expectStatus(await decideTask(window, childId('前置登记'), 'accept', { outcome: 'accept' }), 200);
      expectStatus(await decideTask(reviewer, childId('前置登记'), 'decide', { outcome: 'approve' }), 200);
      await drainJobs(app);
      const started = expectStatus(await window.get<CaseBody>(`/api/v1/cases/${childId('后续事项')}`), 200);
      assert.equal(started.materials.find((m) => m.key === 'M03')?.source, 'licence');
      assert.deepEqual(await counts(childId('后续事项')), { required: 3, reduced: 1 });
    });

    test('the migration computes the same counts for the cases already there', async () => {
      const db = app.tongban.platform.db;
      const before = await db
        .selectFrom('cases')
        .select(['id', 'materials_required', 'materials_reduced'])
        .orderBy('id')
        .execute();
      assert.ok(before.some((c) => Number(c.materials_reduced) > 0) && before.length >= 4);
      await down(db);
      await up(db);
      const after = await db
        .selectFrom('cases')
        .select(['id', 'materials_required', 'materials_reduced'])
        .orderBy('id')
        .execute();
      const plain = (rows: typeof before) =>
        rows.map((r) => [r.id, Number(r.materials_required), Number(r.materials_reduced)]);
      assert.deepEqual(plain(after), plain(before));
      for (const c of after) await counts(c.id);
    });
  });
}
