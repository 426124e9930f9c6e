// Catalogue search over HTTP (issue 8 c): GET /api/v1/catalog/search on the demo catalogue, rotating over
// colloquial, exact-name and filtered queries, against a bare Fastify route doing one primary-key read.
// The index itself at 20k/100k items is measured in-process by bench/search.bench.ts.
import { call, load, type Scenario } from './harness.ts';

const QUERIES = [
  'q=居住证',
  'q=营业执照',
  'q=我想开个饭店',
  'q=社保卡怎么办',
  'q=出生',
  'q=结婚登记',
  'q=食品经营许可证核发',
  'q=户口迁移',
  'q=驾驶证&regionCode=330106',
  'q=公积金提取&limit=20',
].map((q) => `/api/v1/catalog/search?${encodeURI(q)}`);

export const searchScenario: Scenario<null> = {
  name: 'Catalogue search over HTTP (c)',
  baseline: 'read',
  async prepare(url) {
    for (const q of QUERIES) await call(url, null, 'GET', q);
    return null;
  },
  async measure(urls) {
    let i = 0;
    return [
      await load(`Tongban: GET /api/v1/catalog/search (${QUERIES.length} queries in turn)`, urls, {
        requests: [{ setupRequest: (r) => ({ ...r, path: QUERIES[i++ % QUERIES.length]! }) }],
      }),
    ];
  },
};
