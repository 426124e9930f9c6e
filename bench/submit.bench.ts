// Submit-path load scenario (issue 8 a): applications per second through Tongban's whole submit path
// (session, CSRF, schema validation, form and material checks against the pinned item version, case number,
// case + materials + task + timeline + audit + outbox rows in one transaction) against a bare Fastify route
// doing one insert, measured in the same run with the same client (autocannon, on the same machine).
// Run: node --import tsx bench/submit.bench.ts [--quick]     (SQLite; with BENCH_PG_URL=postgres://…/postgres
//      also PostgreSQL with one and two instances). Options: BENCH_CONNECTIONS=64 BENCH_SECONDS=10
import { isMain, load, runAndPrint, type Scenario } from './load/harness.ts';
import { prepareSubmit, withOwnKeys, type SubmitRequest } from './load/submit-request.ts';

export const submitScenario: Scenario<SubmitRequest> = {
  name: 'Submit path (a)',
  baseline: 'insert',
  prepare: (url) => prepareSubmit(url),
  async measure(urls, context) {
    return [
      await load(
        `Tongban submit path (${context.itemName})`,
        urls.map((u) => `${u}/api/v1/cases`),
        {
          method: 'POST',
          headers: { ...context.headers, 'content-type': 'application/json' },
          body: context.body,
          requests: withOwnKeys('bench'),
        },
      ),
    ];
  },
};

if (isMain(import.meta.url)) await runAndPrint(submitScenario);
