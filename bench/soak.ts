// Soak (issue 8, item 10; by hand, never in `npm test`): Tongban's whole submit path at half its measured
// capacity for SOAK_MINUTES (default 30). Every minute it records that minute's latency percentiles and the
// server's RSS; after the warm-up (SOAK_WARMUP_MINUTES, default 5) p99 and RSS must each stay within 10 %
// of their median over the measured minutes. Prints a table; exits 1 when not stable or on any error.
// The soak's requests are evenly spaced (open loop), each timed from when it was due: autocannon's
// overallRate sends every connection's share of a second at once, so its p99 was the time to drain a burst.
// Run: node --import tsx bench/soak.ts                                       (SQLite)
//      BENCH_PG_URL=postgres://… node --import tsx bench/soak.ts            (PostgreSQL, a fresh database on
//      that server, dropped afterwards, as in bench/load/harness.ts)
// Options: SOAK_MINUTES=30 SOAK_WARMUP_MINUTES=5 SOAK_RATE=<req/s, skips the capacity run>
//          BENCH_CONNECTIONS=32 SOAK_TOLERANCE=0.10
import http from 'node:http';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { freshStore, rssMb, settings, startTongban, stop } from './load/harness.ts';
import { prepareSubmit, withOwnKeys, type SubmitRequest } from './load/submit-request.ts';

const minutes = Number(process.env.SOAK_MINUTES ?? 30);
const warmup = Number(process.env.SOAK_WARMUP_MINUTES ?? 5);
// Not settings.connections: the soak's default is 32, the load scenarios' 64.
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const tolerance = Number(process.env.SOAK_TOLERANCE ?? 0.1);

interface Minute {
  minute: number;
  rps: number;
  p50: number;
  p99: number;
  rssMb: number;
  non2xx: number;
  errors: number;
  /** The machine's 1-minute load average at the end of the minute: other work on it shows here. */
  load: number;
}

let sent = 0;
async function run(url: string, request: SubmitRequest, options: { duration: number; overallRate?: number }) {
  const result = await autocannon({
    url: `${url}/api/v1/cases`,
    method: 'POST',
    connections,
    headers: { ...request.headers, 'content-type': 'application/json' },
    body: request.body,
    requests: withOwnKeys('soak'),
    ...options,
  });
  sent += result.requests.sent;
  return result;
}

interface Paced {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/**
 * Sends `rate` requests a second, evenly spaced, for `seconds`, whatever the answers' pace (open loop), and
 * times each from when it was due, so a slow server shows in the latency instead of in fewer requests.
 */
async function paced(url: string, request: SubmitRequest, rate: number, seconds: number): Promise<Paced> {
  const target = new URL(`${url}/api/v1/cases`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const send = (due: number, n: number) =>
    new Promise<void>((resolve) => {
      let settled = false;
      const failed = () => {
        if (settled) return;
        settled = true;
        errors++;
        resolve();
      };
      const req = http.request(
        target,
        {
          method: 'POST',
          agent,
          timeout: 30_000,
          headers: {
            ...request.headers,
            'content-type': 'application/json',
            'idempotency-key': `soak-${process.pid}-${Date.now()}-${n}`,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (settled) return;
            settled = true;
            latencies.push(performance.now() - due);
            if (res.statusCode! < 200 || res.statusCode! > 299) non2xx++;
            resolve();
          });
          // A connection lost mid-answer is an error, counted once however many events report it.
          res.on('error', failed);
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', failed);
      req.end(request.body);
    });
  const start = performance.now();
  const total = Math.round(rate * seconds);
  const answers: Array<Promise<void>> = [];
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      while (answers.length < total && start + (answers.length * 1000) / rate <= now) {
        answers.push(send(start + (answers.length * 1000) / rate, sent++));
      }
      if (answers.length < total) setTimeout(tick, 1);
      else done();
    };
    tick();
  });
  await Promise.all(answers);
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), non2xx, errors };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main() {
  const started = Date.now();
  const store = await freshStore(settings.pgUrl ? 'postgres' : 'sqlite', 'soak');
  try {
    const tongban = await startTongban(store);
    const pid = tongban.child.pid!;
    try {
      const request = await prepareSubmit(tongban.url);
      let rate = Number(process.env.SOAK_RATE ?? 0);
      if (!rate) {
        const capacity = await run(tongban.url, request, { duration: 20 });
        rate = Math.max(1, Math.floor(capacity.requests.average / 2));
        console.log(
          `capacity: ${capacity.requests.average.toFixed(0)} req/s at ${connections} connections (20 s) → soak at ${rate} req/s`,
        );
        // Let the server finish what the saturated run left queued before the first measured minute.
        await new Promise((r) => setTimeout(r, 15_000));
      }
      console.log(
        `${store.engine === 'postgres' ? 'PostgreSQL' : 'SQLite (WAL, synchronous=FULL)'} · ${request.itemName} · ` +
          `${rate} req/s · ${minutes} min (${warmup} warm-up) · ${os.cpus().length} cores · Node ${process.version} · ` +
          `load ${os.loadavg()[0]!.toFixed(1)}`,
      );
      const samples: Minute[] = [];
      for (let minute = 1; minute <= minutes; minute++) {
        const s: Minute = {
          minute,
          ...(await paced(tongban.url, request, rate, 60)),
          rssMb: rssMb(pid),
          load: os.loadavg()[0]!,
        };
        samples.push(s);
        console.log(
          `minute ${minute}: ${s.rps.toFixed(0)} req/s, p50 ${s.p50} ms, p99 ${s.p99} ms, RSS ${s.rssMb.toFixed(0)} MB, load ${s.load.toFixed(1)}` +
            (s.non2xx || s.errors ? `, ${s.non2xx} non-2xx, ${s.errors} errors` : ''),
        );
      }
      report(samples, started);
    } finally {
      await stop(tongban.child);
    }
  } finally {
    await store.close();
  }
}

/** Prints the table and the verdict; sets exit code 1 unless stable. */
function report(samples: Minute[], started: number) {
  const measured = samples.filter((s) => s.minute > warmup);
  const p99Median = median(measured.map((s) => s.p99));
  const rssMedian = median(measured.map((s) => s.rssMb));
  const off = (value: number, mid: number) => Math.abs(value - mid) / mid;
  console.log(
    '\n| minute | req/s | p50 ms | p99 ms | p99 vs median | RSS MB | RSS vs median | non-2xx | errors | load |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of samples) {
    const pct = (value: number, mid: number) =>
      s.minute <= warmup ? '(warm-up)' : `${value >= mid ? '+' : '−'}${(off(value, mid) * 100).toFixed(1)} %`;
    console.log(
      `| ${s.minute} | ${s.rps.toFixed(0)} | ${s.p50} | ${s.p99} | ${pct(s.p99, p99Median)} | ${s.rssMb.toFixed(0)} | ${pct(s.rssMb, rssMedian)} | ${s.non2xx} | ${s.errors} | ${s.load.toFixed(1)} |`,
    );
  }
  const p99Spread = Math.max(...measured.map((s) => off(s.p99, p99Median)));
  const rssSpread = Math.max(...measured.map((s) => off(s.rssMb, rssMedian)));
  const failures = measured.reduce((sum, s) => sum + s.non2xx + s.errors, 0);
  const stable = measured.length > 0 && p99Spread <= tolerance && rssSpread <= tolerance && failures === 0;
  console.log(
    `\nafter warm-up: p99 median ${p99Median} ms (worst minute ${(p99Spread * 100).toFixed(1)} % off), ` +
      `RSS median ${rssMedian.toFixed(0)} MB (worst ${(rssSpread * 100).toFixed(1)} % off), ` +
      `${failures} failed requests → ${stable ? 'STABLE' : 'NOT STABLE'} (tolerance ${(tolerance * 100).toFixed(0)} %); ` +
      `${sent} requests in ${((Date.now() - started) / 60_000).toFixed(1)} min`,
  );
  if (!stable) process.exitCode = 1;
}

await main();
