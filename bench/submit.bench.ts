// Submit-path benchmark: applications per second through Tongban's whole submit path (session, CSRF, schema
// validation, form and material checks against the pinned item version, case number, case + materials + task +
// timeline + audit + outbox rows in one transaction) against a bare Fastify route doing one insert, measured in
// the same run with the same client (autocannon, on the same machine).
// Run: node --import tsx bench/submit.bench.ts            (SQLite)
//      BENCH_PG_URL=postgres://… node --import tsx bench/submit.bench.ts   (PostgreSQL)
// Options: BENCH_CONNECTIONS=64 BENCH_SECONDS=10
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../server/test/server-process.ts';

const root = path.resolve(import.meta.dirname, '..');
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const pgUrl = process.env.BENCH_PG_URL;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-bench-'));

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk) => {
      buffer += String(chunk);
      const match = buffer.match(pattern);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${buffer}`)));
  });
}

async function startTongban(): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'server/src/cli.ts'), 'serve', '--demo'],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        TONGBAN_DATA_DIR: dataDir,
        TONGBAN_MASTER_KEY: '11'.repeat(32),
        ...(pgUrl ? { DATABASE_URL: pgUrl } : {}),
      },
      // Its output is not read: a pipe nobody drains would block the server once full.
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { child, url };
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('Tongban did not start');
}

interface Result {
  label: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(label: string, options: autocannon.Options): Promise<Result> {
  const result = await autocannon({ connections, duration: seconds, ...options });
  const latency = result.latency as unknown as Record<string, number>;
  return {
    label,
    rps: result.requests.average,
    p50: latency.p50!,
    p95: latency.p97_5 ?? latency.p90!,
    p99: latency.p99!,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function main() {
  // ---- Tongban ----
  const tongban = await startTongban();
  const login = await fetch(`${tongban.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: '13800000001', password: 'Tongban@2026' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, origin: tongban.url };
  const search = (await (
    await fetch(`${tongban.url}/api/v1/catalog/search?q=${encodeURIComponent('居住证申领')}&limit=20`)
  ).json()) as { hits: Array<{ id: string; kind: string; regionName: string | null }> };
  const hit = search.hits.find((h) => h.kind === 'item' && h.regionName?.includes('西湖')) ?? search.hits[0]!;
  const item = (await (await fetch(`${tongban.url}/api/v1/catalog/items/${hit.id}`)).json()) as {
    implementationCode: string;
    content: {
      materials: Array<{ key: string; necessity: string }>;
      form: { required: string[]; properties: Record<string, { 'x-kind': string; enum?: string[] }> };
    };
  };
  const fileId = async (text: string) => {
    const response = await fetch(`${tongban.url}/api/v1/files?visibility=private`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/octet-stream', 'x-file-name': 'scan.pdf' },
      body: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`),
    });
    return ((await response.json()) as { id: string }).id;
  };
  const materials = [];
  for (const m of item.content.materials.filter((m) => m.necessity === 'required')) {
    materials.push({ key: m.key, source: 'upload', fileIds: [await fileId(m.key)] });
  }
  // Fill the required fields the profile does not prefill with plausible values.
  const form: Record<string, unknown> = {};
  for (const key of item.content.form.required) {
    const field = item.content.form.properties[key]!;
    const kind = field['x-kind'];
    form[key] =
      kind === 'date'
        ? '2026-01-01'
        : kind === 'number'
          ? 1
          : kind === 'region'
            ? '330106'
            : kind === 'mobile'
              ? '13800000001'
              : kind === 'id_number'
                ? '330106198805120111'
                : kind === 'select'
                  ? field.enum![0]
                  : '测试';
  }
  const body = JSON.stringify({
    serviceKind: 'item',
    code: item.implementationCode,
    submit: true,
    form,
    materials,
  });
  const probe = await fetch(`${tongban.url}/api/v1/cases`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': 'probe-0001' },
    body,
  });
  if (probe.status !== 201) throw new Error(`probe submit failed: ${probe.status} ${await probe.text()}`);

  // ---- baseline ----
  const baseline = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'bench/baseline-server.ts'), dataDir],
    {
      cwd: root,
      env: { ...process.env, ...(pgUrl ? { BENCH_PG_URL: pgUrl } : {}) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [, port] = await waitForLine(baseline, /ready (\d+)/);

  let n = 0;
  const results: Result[] = [];
  results.push(
    await load('bare Fastify route, one insert (baseline)', {
      url: `http://127.0.0.1:${port}/insert`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }),
  );
  results.push(
    await load(`Tongban submit path (${item.content.name})`, {
      url: `${tongban.url}/api/v1/cases`,
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body,
      setupClient: (client) => {
        client.setHeaders({
          ...headers,
          'content-type': 'application/json',
          'idempotency-key': `bench-${process.pid}-${n++}`,
        });
      },
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            headers: { ...request.headers, 'idempotency-key': `bench-${process.pid}-${n++}` },
          }),
        },
      ],
    }),
  );
  const rss =
    Number(fs.readFileSync(`/proc/${tongban.child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)![1]) / 1024;
  baseline.kill('SIGKILL');
  tongban.child.kill('SIGTERM');

  const base = results[0]!;
  console.log(
    `\n${pgUrl ? 'PostgreSQL' : 'SQLite (WAL, synchronous=FULL)'} · ${connections} connections · ${seconds} s each · ${os.cpus().length} cores · Node ${process.version}\n`,
  );
  console.log('| scenario | req/s | ratio to baseline | p50 ms | p97.5 ms | p99 ms | non-2xx | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(
      `| ${r.label} | ${r.rps.toFixed(0)} | ${(r.rps / base.rps).toFixed(3)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.non2xx} | ${r.errors} |`,
    );
  }
  console.log(`\nTongban RSS after the run: ${rss.toFixed(0)} MB`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

await main();
