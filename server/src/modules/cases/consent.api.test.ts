import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { Problem } from '../../platform/errors.ts';
import {
  expectStatus,
  personItem,
  publishItem,
  upload,
  type CaseBody,
  type Problem as ProblemBody,
} from './cases.fixture.ts';
import type { FetchRequest, MaterialSupplier } from './service.ts';

// The cases side of preview and consent: an offered material is fetched once the applicant consents, fills
// and binds the form fields of its concept, and a submission with an altered bound value is refused.

interface ConsentCase extends CaseBody {
  materials: Array<
    CaseBody['materials'][number] & {
      offers: Array<{ kind: string; provider: string; fields?: string[] }>;
      fetched: {
        provider: string;
        proof: string;
        values: Record<string, string>;
        boundFields: string[];
      } | null;
    }
  >;
}

for (const engine of engines()) {
  describe(`consent to fetched materials on ${engine}`, () => {
    let app: TestApp;
    let zhangsan: TestClient;
    let lisi: TestClient;
    let item: { code: string };
    const fetches: FetchRequest[] = [];
    let refuse = false;

    // A stand-in for another department's register, so the cases rules are tested on their own.
    const register: MaterialSupplier = {
      name: 'test-register',
      async offers(q, request) {
        const person = await q
          .selectFrom('people')
          .select('name')
          .where('id', '=', request.applicant.personId)
          .executeTakeFirst();
        const offers = new Map();
        if (person?.name !== '张三') return offers;
        for (const m of request.materials.filter((m) => m.dataResource === 'test_register')) {
          offers.set(m.key, [
            {
              kind: 'shared_data',
              provider: '测试登记局',
              reference: 'test_register',
              description: '出生登记信息',
              fields: ['出生日期', '身份证号'],
            },
          ]);
        }
        return offers;
      },
      async fetch(_tx, request) {
        if (refuse) {
          throw new Problem(503, 'PROVIDER_UNAVAILABLE', {
            zh: '数据提供方暂不可用',
            en: 'Provider unavailable',
          });
        }
        fetches.push(request);
        return {
          values: { 'person.birthDate': '1988-05-12', 'person.registeredId': '330106198805120111' },
          proof: `access-${fetches.length}`,
        };
      },
    };

    before(async () => {
      app = await startTestApp(engine);
      app.tongban.cases.registerMaterialSupplier(register);
      const admin = await app.login('admin');
      zhangsan = await app.login('13800000001');
      lisi = await app.login('13800000002');
      const base = personItem();
      item = await publishItem(
        app,
        admin,
        personItem({
          materials: [
            base.materials![0]!,
            {
              ...base.materials![1]!,
              name: '出生证明',
              sourceChannel: 'government',
              dataResource: 'test_register',
            },
          ],
          form: {
            ...base.form!,
            properties: {
              ...base.form!.properties,
              birthDate: {
                type: 'string',
                'x-kind': 'date',
                title: '出生日期',
                'x-concept': 'person.birthDate',
              },
            },
            'x-order': [...base.form!['x-order'], 'birthDate'],
          },
        }),
      );
    });
    after(() => app.close());

    test('the offer names the provider and fields; consent fetches once and fills and binds the form', async () => {
      const draft = expectStatus(
        await zhangsan.post<ConsentCase>('/api/v1/cases', { serviceKind: 'item', code: item.code }),
        201,
      );
      const offered = draft.materials.find((m) => m.key === 'M02')!;
      assert.deepEqual(
        offered.offers.map((o) => [o.kind, o.provider, o.fields]),
        [['shared_data', '测试登记局', ['出生日期', '身份证号']]],
      );
      assert.equal(draft.form.birthDate, undefined);

      const file = await upload(app, zhangsan);
      const materials = [
        { key: 'M01', source: 'upload', fileIds: [file] },
        { key: 'M02', source: 'shared_data' },
      ];
      const saved = expectStatus(
        await zhangsan.request<ConsentCase>('PUT', `/api/v1/cases/${draft.id}`, {
          version: draft.version,
          form: { reason: '首次申请' },
          materials,
        }),
        200,
      );
      assert.equal(saved.form.birthDate, '1988-05-12');
      const fetched = saved.materials.find((m) => m.key === 'M02')!.fetched!;
      assert.equal(fetched.provider, '测试登记局');
      assert.deepEqual(fetched.boundFields, ['birthDate']);
      assert.equal(fetched.values['person.registeredId'], '330106********0111', 'ID numbers are masked');
      assert.equal(fetches.length, 1);
      assert.equal(fetches[0]!.caseId, draft.id);
      assert.match(fetches[0]!.purpose, /测试个人事项/);

      const again = expectStatus(
        await zhangsan.request<ConsentCase>('PUT', `/api/v1/cases/${draft.id}`, {
          version: saved.version,
          materials,
        }),
        200,
      );
      assert.equal(fetches.length, 1, 'a consent already acted on is not fetched again');

      const altered = await zhangsan.post<ProblemBody>(`/api/v1/cases/${draft.id}/submit`, {
        version: again.version,
        form: { ...again.form, birthDate: '1990-01-01' },
      });
      assert.equal(altered.status, 400, altered.raw);
      assert.deepEqual(
        altered.body.errors!.map((e) => e.field),
        ['form.birthDate'],
      );
      assert.match(altered.body.errors![0]!.message.zh, /测试登记局/);
      const unchanged = expectStatus(await zhangsan.get<ConsentCase>(`/api/v1/cases/${draft.id}`), 200);
      assert.equal(unchanged.status, 'draft');
      assert.equal(unchanged.form.birthDate, '1988-05-12');

      const submitted = expectStatus(
        await zhangsan.post<ConsentCase>(`/api/v1/cases/${draft.id}/submit`, {
          version: unchanged.version,
          form: unchanged.form,
        }),
        200,
      );
      assert.equal(submitted.status, 'submitted');
      assert.equal(submitted.materials.find((m) => m.key === 'M02')!.source, 'shared_data');
      assert.equal(fetches.length, 1);
    });

    test('withdrawing the consent (uploading instead) frees the field; another applicant is offered nothing', async () => {
      const draft = expectStatus(
        await zhangsan.post<ConsentCase>('/api/v1/cases', { serviceKind: 'item', code: item.code }),
        201,
      );
      const [a, b] = [await upload(app, zhangsan), await upload(app, zhangsan)];
      const consented = expectStatus(
        await zhangsan.request<ConsentCase>('PUT', `/api/v1/cases/${draft.id}`, {
          version: draft.version,
          form: { reason: '首次申请' },
          materials: [
            { key: 'M01', source: 'upload', fileIds: [a] },
            { key: 'M02', source: 'shared_data' },
          ],
        }),
        200,
      );
      const rejected = await zhangsan.request<ProblemBody>('PUT', `/api/v1/cases/${draft.id}`, {
        version: consented.version,
        form: { birthDate: '1990-01-01' },
      });
      assert.equal(rejected.status, 400, 'a draft cannot keep an altered fetched value either');
      const uploaded = expectStatus(
        await zhangsan.request<ConsentCase>('PUT', `/api/v1/cases/${draft.id}`, {
          version: consented.version,
          form: { birthDate: '1990-01-01' },
          materials: [
            { key: 'M01', source: 'upload', fileIds: [a] },
            { key: 'M02', source: 'upload', fileIds: [b] },
          ],
        }),
        200,
      );
      assert.equal(uploaded.form.birthDate, '1990-01-01');
      assert.equal(uploaded.materials.find((m) => m.key === 'M02')!.fetched, null);

      const other = expectStatus(
        await lisi.post<ConsentCase>('/api/v1/cases', { serviceKind: 'item', code: item.code }),
        201,
      );
      assert.deepEqual(other.materials.find((m) => m.key === 'M02')!.offers, []);
      const taken = expectStatus(
        await lisi.request<ConsentCase>('PUT', `/api/v1/cases/${other.id}`, {
          version: other.version,
          materials: [{ key: 'M02', source: 'shared_data' }],
        }),
        200,
      );
      assert.equal(taken.materials.find((m) => m.key === 'M02')!.status, 'missing');
      assert.equal(fetches.filter((f) => f.caseId === other.id).length, 0);
    });

    test('a provider that refuses leaves the draft as it was', async () => {
      const draft = expectStatus(
        await zhangsan.post<ConsentCase>('/api/v1/cases', { serviceKind: 'item', code: item.code }),
        201,
      );
      refuse = true;
      try {
        const refused = await zhangsan.request<ProblemBody>('PUT', `/api/v1/cases/${draft.id}`, {
          version: draft.version,
          materials: [{ key: 'M02', source: 'shared_data' }],
        });
        assert.equal(refused.status, 503, refused.raw);
        assert.equal(refused.body.code, 'PROVIDER_UNAVAILABLE');
      } finally {
        refuse = false;
      }
      const after = expectStatus(await zhangsan.get<ConsentCase>(`/api/v1/cases/${draft.id}`), 200);
      assert.equal(after.version, draft.version);
      assert.equal(after.materials.find((m) => m.key === 'M02')!.status, 'missing');
    });
  });
}
