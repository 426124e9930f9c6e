// Licence verification over HTTP (issue 8 e): the public GET /api/v1/licenses/verify?q=<identifier> for the
// demo's licences (lookup, seal signature check, status), against a bare Fastify route doing one primary-key
// read. The signature check alone, per algorithm, is measured in-process by bench/license-verify.bench.ts.
import { call, load, type Scenario } from './harness.ts';

export const verifyScenario: Scenario<string[]> = {
  name: 'Licence verification over HTTP (e)',
  baseline: 'read',
  async prepare(url, store) {
    const rows = await store.query<{ identifier: string }>(
      'select identifier from licences order by identifier limit 50',
    );
    if (rows.length === 0) throw new Error('the demo data has no licences to verify');
    const paths = rows.map((r) => `/api/v1/licenses/verify?q=${encodeURIComponent(r.identifier)}`);
    const first = await call<{ status: string }>(url, null, 'GET', paths[0]!);
    if (first.status !== 'valid') throw new Error(`a demo licence verifies as ${first.status}`);
    return paths;
  },
  async measure(urls, paths) {
    let i = 0;
    return [
      await load(`Tongban: GET /api/v1/licenses/verify (${paths.length} demo licences in turn)`, urls, {
        requests: [{ setupRequest: (r) => ({ ...r, path: paths[i++ % paths.length]! }) }],
      }),
    ];
  },
};
