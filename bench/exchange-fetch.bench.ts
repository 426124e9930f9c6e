// Shared-data fetch latency (p50/p95): a dataset provider and the HTTP connector (signed request to a
// local node:http endpoint), each fetch in its own transaction with its signed access-log entry.
// Run: cd server && node --import tsx ../bench/exchange-fetch.bench.ts   (SQLite; set TONGBAN_TEST_PG_URL for PostgreSQL)
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp } from '../server/test/harness.ts';
import { inTransaction } from '../server/src/platform/db/database.ts';

const N = Number(process.env.N ?? 500);
const engine = process.env.TONGBAN_TEST_PG_URL ? 'postgres' : 'sqlite';
const secret = crypto.randomBytes(32).toString('hex');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () =>
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ found: true, values: { name: '张三' } })),
  );
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

const app = await startTestApp(engine);
const { exchange, identity, platform } = app.tongban;
const steward = await identity.actorForLogin('steward01');
const provider = steward.roles[0]!.departmentId;
const tax = (await identity.allDepartments()).find((d) => d.name === '国家税务总局杭州市西湖区税务局')!.id;
await exchange.createResource(
  steward,
  { actorAccountId: null, actorName: 'bench', actingFor: null, ip: null, requestId: null },
  {
    code: 'bench_http',
    catalogueCode: '1010019002',
    name: 'bench',
    providerDepartmentId: provider,
    abstract: '',
    items: [{ key: 'name', name: '姓名', type: 'string' }],
    shareType: 'unconditional',
    updateCycle: '实时',
    standsFor: [],
    connector: {
      kind: 'http',
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      timeoutMs: 2000,
      secret,
    },
  },
);
await exchange.publishResource(
  steward,
  { actorAccountId: null, actorName: 'bench', actingFor: null, ip: null, requestId: null },
  'bench_http',
);

/** Latencies of n runs of `run`, each in its own transaction (after 20 warm-up runs). */
async function latencies(run: (tx: Parameters<Parameters<typeof inTransaction>[1]>[0]) => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < N + 20; i++) {
    const t0 = process.hrtime.bigint();
    await inTransaction(platform.db, run);
    if (i >= 20) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
}

// Baseline in the same run: one transaction reading one resource row by its key.
const baseline = await latencies((tx) =>
  tx
    .selectFrom('exchange_resources')
    .selectAll()
    .where('code', '=', 'enterprise_registry')
    .executeTakeFirst(),
);
console.log(
  `${engine} baseline (one keyed read in a transaction): n=${N} p50=${baseline(50).toFixed(2)} ms p95=${baseline(95).toFixed(2)} ms`,
);

async function measure(label: string, resourceCode: string, subject: string) {
  const at = await latencies((tx) =>
    exchange.fetch(tx, {
      resourceCode,
      subject,
      consumerDepartmentId: tax,
      purpose: 'bench',
      caseId: 'bench',
      actorAccountId: null,
    }),
  );
  console.log(
    `${engine} ${label}: n=${N} p50=${at(50).toFixed(2)} ms p95=${at(95).toFixed(2)} ms ` +
      `(p50 ×${(at(50) / baseline(50)).toFixed(1)} the baseline)`,
  );
}

await measure('dataset (enterprise_registry)', 'enterprise_registry', '91330106600000004G');
await measure('http connector (local endpoint)', 'bench_http', '330106198805120111');
await app.close();
server.close();
