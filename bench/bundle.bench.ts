// Bundle load scenario (issue 8 b): a 3-item 一件事 from submission to all three licences, every item
// approved automatically (秒批) and every licence issued by the event jobs. Target: ≥ 500 bundles/s on SQLite.
// Setup through the admin API: three person items with automatic-approval rules and a licence result,
// published, and a bundle of the three, published. The load submits whole bundles (one POST each, its own
// Idempotency-Key); after the load it polls the database until every licence exists and every bundle is
// completed. Two rates are reported: submissions/s (autocannon) and bundles/s end to end (bundles submitted,
// warm-up included, ÷ time from the start of the warm-up until the last licence). Baseline: one insert per request.
// Run: node --import tsx bench/bundle.bench.ts [--quick]   (BENCH_PG_URL=postgres://…/postgres adds PostgreSQL)
import type { ItemContent } from '../server/src/modules/catalog/content.ts';
import { sampleItemContent } from '../server/src/modules/catalog/content.fixture.ts';
import { personItem } from '../server/src/modules/cases/cases.fixture.ts';
import {
  call,
  isMain,
  load,
  loadAverage,
  login,
  runAndPrint,
  settings,
  uploadPdf,
  type Row,
  type Scenario,
  type Store,
} from './load/harness.ts';

const DEPARTMENT = '杭州市西湖区市场监督管理局';
/** Person licences of the demo's licence types, one per item. */
const RESULTS = [
  { name: '居民户口簿', licenceType: 'household_register' },
  { name: '中华人民共和国居民身份证', licenceType: 'resident_id_card' },
  { name: '不动产权证书', licenceType: 'real_estate_certificate' },
];
const DRAIN_LIMIT_MS = 600_000;

interface Context {
  headers: Record<string, string>;
  body: string;
}

function automaticItem(i: number): Partial<ItemContent> {
  const person = personItem();
  return {
    ...person,
    name: `秒批测试事项${'甲乙丙'[i]}`,
    baseCode: `B${String(Date.now() % 1e6).padStart(6, '0')}${String(10000 + i).slice(-5)}`,
    result: { type: 'certificate', ...RESULTS[i]! },
    materials: [person.materials![0]!],
    autoApproval: {
      rules: [
        { key: 'adult', description: '申请人年满18周岁', fact: 'applicant.age', op: 'gte', value: 18 },
        {
          key: 'local',
          description: '户籍在浙江省',
          fact: 'applicant.regionCode',
          op: 'startsWith',
          value: '33',
        },
      ],
    },
  };
}

const count = async (store: Store, text: string) =>
  Number((await store.query<{ n: number | string }>(text))[0]!.n);
const licences = (store: Store) =>
  count(store, 'select count(*) as n from licences where case_id is not null');
const bundles = (store: Store, status?: string) =>
  count(
    store,
    `select count(*) as n from cases where service_kind = 'bundle' and status ${status ? `= '${status}'` : "<> 'draft'"}`,
  );

export const bundleScenario: Scenario<Context> = {
  name: 'Bundle of 3 automatic items to all licences (b)',
  baseline: 'insert',
  async prepare(url, store) {
    const admin = await login(url, 'admin');
    const [department] = await store.query<{ id: string }>(
      `select id from departments where name = '${DEPARTMENT}'`,
    );
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = await call<{ id: string; implementationCode: string }>(
        url,
        admin,
        'POST',
        '/api/v1/catalog/admin/items',
        { departmentId: department!.id, regionCode: '330106', content: sampleItemContent(automaticItem(i)) },
      );
      await call(url, admin, 'POST', `/api/v1/catalog/admin/items/${created.id}/publish`);
      codes.push(created.implementationCode);
    }
    const bundle = await call<{ id: string; code: string }>(
      url,
      admin,
      'POST',
      '/api/v1/catalog/admin/bundles',
      {
        code: `TB${Date.now()}`,
        content: {
          name: '秒批测试一件事',
          aliases: [],
          audience: 'person',
          topic: 'birth',
          description: '三个秒批事项一次办',
          promisedDays: 1,
          items: codes.map((itemCode) => ({ itemCode, dependsOn: [], optional: false })),
        },
      },
    );
    await call(url, admin, 'POST', `/api/v1/catalog/admin/bundles/${bundle.id}/publish`);

    const citizen = await login(url, '13800000001');
    const draft = await call<{ form: Record<string, unknown>; materials: Array<{ key: string }> }>(
      url,
      citizen,
      'POST',
      '/api/v1/cases',
      { serviceKind: 'bundle', code: bundle.code },
    );
    const form = Object.fromEntries(
      Object.keys(draft.form)
        .filter((k) => draft.form[k] !== null && draft.form[k] !== undefined)
        .map((k) => [k, draft.form[k]]),
    );
    // Each item's own field is prefixed with its place in the bundle (i1_reason …).
    for (let i = 1; i <= 3; i++) form[`i${i}_reason`] = '测试';
    const materials = [];
    for (const m of draft.materials) {
      materials.push({ key: m.key, source: 'upload', fileIds: [await uploadPdf(url, citizen, m.key)] });
    }
    const body = { serviceKind: 'bundle', code: bundle.code, submit: true, form, materials };
    const probe = await call<{ status: string; children: Array<{ status: string }> }>(
      url,
      citizen,
      'POST',
      '/api/v1/cases',
      body,
      { 'idempotency-key': 'probe-bundle-1' },
    );
    const children = probe.children.map((c) => c.status).join(',');
    if (children !== 'approved,approved,approved')
      throw new Error(`the bundle's items were not approved at once: ${probe.status} [${children}]`);
    // The probe's licences come from the jobs: wait for them so the setup proves the whole path.
    const deadline = Date.now() + 60_000;
    while ((await licences(store)) < 3 || (await bundles(store, 'completed')) < 1) {
      if (Date.now() > deadline) throw new Error('the probe bundle did not reach 3 licences and completion');
      await new Promise((r) => setTimeout(r, 100));
    }
    return { headers: citizen.headers, body: JSON.stringify(body) };
  },
  async measure(urls, context, store) {
    const licencesBefore = await licences(store);
    const bundlesBefore = await bundles(store);
    const completedBefore = await bundles(store, 'completed');
    const jobsBefore = await count(store, 'select count(*) as n from jobs');
    let n = 0;
    const started = performance.now();
    const submitted = await load(
      'Tongban: submit a 3-item bundle (秒批, one POST)',
      urls.map((u) => `${u}/api/v1/cases`),
      {
        method: 'POST',
        headers: { ...context.headers, 'content-type': 'application/json' },
        body: context.body,
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              headers: {
                ...request.headers,
                'idempotency-key': `bundle-${process.pid}-${Date.now()}-${n++}`,
              },
            }),
          },
        ],
      },
    );
    const loadEnded = performance.now();
    const made = (await bundles(store)) - bundlesBefore;
    let issued = 0;
    let completed = 0;
    while (performance.now() - loadEnded < DRAIN_LIMIT_MS) {
      issued = (await licences(store)) - licencesBefore;
      completed = (await bundles(store, 'completed')) - completedBefore;
      if (issued >= 3 * made && completed >= made) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const finished = performance.now();
    const jobs = (await count(store, 'select count(*) as n from jobs')) - jobsBefore;
    const endToEnd: Row = {
      ...submitted,
      label: 'Tongban: bundles with all 3 licences issued and the bundle completed, end to end',
      rps: made / ((finished - started) / 1000),
      p50: NaN,
      p95: NaN,
      p99: NaN,
      loadAvg: loadAverage(),
      note: `${made} bundles, ${issued}/${3 * made} licences, ${completed} completed, ${(
        jobs / Math.max(made, 1)
      ).toFixed(1)} background jobs per bundle; last licence ${((finished - loadEnded) / 1000).toFixed(
        1,
      )} s after the ${settings.seconds} s load`,
    };
    return [submitted, endToEnd];
  },
};

if (isMain(import.meta.url)) await runAndPrint(bundleScenario);
