// Case tracking load scenario (issue 8 d): the reads a citizen makes while waiting — their case list
// (GET /api/v1/cases), one case (GET /api/v1/cases/:id) — and the public progress check by case number and
// check code (GET /api/v1/check/:caseNumber?code=, no login), against a bare Fastify route doing one
// primary-key read, measured in the same run. Setup: the demo citizen submits 30 applications (居住证申领 at
// 西湖区) through the API; the detail and check runs rotate over those cases.
// Run: node --import tsx bench/tracking.bench.ts [--quick]   (BENCH_PG_URL=postgres://…/postgres adds PostgreSQL)
import { call, isMain, load, runAndPrint, type Scenario } from './load/harness.ts';
import { submitScenario } from './submit.bench.ts';

const CASES = 30;

interface Context {
  headers: Record<string, string>;
  ids: string[];
  checks: string[];
}

export const trackingScenario: Scenario<Context> = {
  name: 'Case tracking reads (d)',
  baseline: 'read',
  async prepare(url, store) {
    const submit = await submitScenario.prepare(url, store);
    const session = { cookie: '', csrfToken: '', headers: submit.headers };
    const ids: string[] = [];
    const checks: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const view = await call<{ id: string; caseNumber: string; checkUrl: string }>(
        url,
        session,
        'POST',
        '/api/v1/cases',
        JSON.parse(submit.body),
        { 'idempotency-key': `tracking-${i}` },
      );
      ids.push(view.id);
      const code = new URL(view.checkUrl).searchParams.get('code')!;
      checks.push(`/api/v1/check/${encodeURIComponent(view.caseNumber)}?code=${code}`);
    }
    // Fail in setup, not under load, if a route does not answer.
    await call(url, session, 'GET', '/api/v1/cases?limit=20');
    await call(url, session, 'GET', `/api/v1/cases/${ids[0]}`);
    await call(url, null, 'GET', checks[0]!);
    return { headers: submit.headers, ids, checks };
  },
  async measure(urls, context) {
    let i = 0;
    let j = 0;
    return [
      await load('Tongban: citizen case list (GET /api/v1/cases?limit=20)', urls, {
        headers: context.headers,
        requests: [{ path: '/api/v1/cases?limit=20' }],
      }),
      await load('Tongban: one case (GET /api/v1/cases/:id)', urls, {
        headers: context.headers,
        requests: [
          { setupRequest: (r) => ({ ...r, path: `/api/v1/cases/${context.ids[i++ % context.ids.length]}` }) },
        ],
      }),
      await load('Tongban: public check (GET /api/v1/check/:caseNumber?code=)', urls, {
        requests: [{ setupRequest: (r) => ({ ...r, path: context.checks[j++ % context.checks.length]! }) }],
      }),
    ];
  },
};

if (isMain(import.meta.url)) await runAndPrint(trackingScenario);
