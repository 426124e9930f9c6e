import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectStatus, upload } from '../../src/modules/cases/cases.fixture.ts';
import { engines, startTestApp, type TestApp, type TestClient } from '../harness.ts';

// Issue 5 as a new user meets it: 张三 applies for 新生儿出生一件事 and most materials arrive from
// licences and shared data after his consent; "who used my data" then lists each fetch.

interface Field {
  type: string;
  'x-kind': string;
  enum?: string[];
  minLength?: number;
}
interface BundleCase {
  id: string;
  version: number;
  status: string;
  caseNumber: string | null;
  form: Record<string, unknown>;
  formSchema: { properties: Record<string, Field>; required: string[] };
  materials: Array<{
    key: string;
    name: string;
    necessity: string;
    source: string | null;
    offers: Array<{ kind: string; provider: string }>;
    fetched: { provider: string; boundFields: string[] } | null;
  }>;
}

/** An answer a person could give for a field the fetched data did not fill. */
function answer(field: Field): unknown {
  if (field.enum) return field.enum[0];
  switch (field['x-kind']) {
    case 'date':
      return '2026-11-20';
    case 'number':
      return 1;
    case 'region':
      return '330106';
    case 'mobile':
      return '13800000001';
    default:
      if (field.type === 'boolean') return true;
      return field.minLength && field.minLength > 4 ? '6222020200001234' : '按实际情况填写';
  }
}

for (const engine of engines()) {
  describe(`新生儿出生一件事 with consent to fetched materials on ${engine}`, () => {
    let app: TestApp;
    let zhangsan: TestClient;

    before(async () => {
      app = await startTestApp(engine, { catalog: true });
      zhangsan = await app.login('13800000001');
    });
    after(() => app.close());

    test('most materials come from licences and shared data, the form fills from them, and every fetch is listed', async () => {
      const draft = expectStatus(
        await zhangsan.post<BundleCase>('/api/v1/cases', { serviceKind: 'bundle', code: 'YJS330106002' }),
        201,
      );
      const offered = draft.materials.filter((m) => m.offers.length > 0);
      assert.ok(
        offered.length > draft.materials.length / 2,
        `most materials can be fetched: ${offered.length} of ${draft.materials.length}`,
      );
      // Consent to every offer (shared data first where both exist); upload the rest that are required.
      const choices = [];
      for (const m of draft.materials) {
        const offer = m.offers.find((o) => o.kind === 'shared_data') ?? m.offers[0];
        if (offer) choices.push({ key: m.key, source: offer.kind });
        else if (m.necessity === 'required')
          choices.push({ key: m.key, source: 'upload', fileIds: [await upload(app, zhangsan)] });
      }
      const consented = expectStatus(
        await zhangsan.request<BundleCase>('PUT', `/api/v1/cases/${draft.id}`, {
          version: draft.version,
          materials: choices,
        }),
        200,
      );
      const fetched = consented.materials.filter((m) => m.fetched);
      assert.equal(fetched.length, offered.length, 'each consented material was fetched');
      // The birth record fills the newborn's and the mother's fields, and binds them.
      assert.ok(
        consented.form.newborn_name && consented.form.newborn_birthDate,
        JSON.stringify(consented.form),
      );
      assert.match(String(consented.form.mother_idNumber), /^\d{6}\*{8}\d{3}[\dX]$/, 'masked in the answer');
      const bound = new Set(fetched.flatMap((m) => m.fetched!.boundFields));
      assert.ok(bound.has('newborn_name') && bound.has('mother_idNumber'));

      const form = { ...consented.form };
      for (const key of consented.formSchema.required) {
        if (form[key] === undefined || form[key] === '')
          form[key] = answer(consented.formSchema.properties[key]!);
      }
      const submitted = await zhangsan.post<BundleCase>(`/api/v1/cases/${draft.id}/submit`, {
        version: consented.version,
        form,
      });
      assert.equal(submitted.status, 200, submitted.raw);
      assert.notEqual(submitted.body.status, 'draft');

      const log = expectStatus(
        await zhangsan.get<{
          items: Array<{
            consumerName: string;
            purpose: string;
            caseNumber: string | null;
            resourceName: string;
          }>;
        }>('/api/v1/me/data-access?limit=100'),
        200,
      );
      const forThisCase = log.items.filter((e) => e.purpose.includes('新生儿') || e.purpose.includes('出生'));
      assert.ok(
        forThisCase.length >= fetched.length,
        `every fetch is listed (${forThisCase.length} entries for ${fetched.length} fetched materials)`,
      );
      assert.ok(forThisCase.every((e) => e.consumerName.length > 0));
      assert.ok(
        forThisCase.some((e) => e.resourceName === '居民身份证' || e.resourceName.includes('身份证')),
        `licence uses are named by their type: ${forThisCase.map((e) => e.resourceName).join('、')}`,
      );

      const lisi = await app.login('13800000002');
      const theirs = expectStatus(
        await lisi.get<{ items: unknown[] }>('/api/v1/me/data-access?limit=100'),
        200,
      );
      assert.equal(theirs.items.length, 0, '李四 sees no access to 张三’s records');
    });
  });
}
