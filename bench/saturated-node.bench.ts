// Why a saturated Node server shows a tail of seconds at 64 connections, without any of Tongban's code: a
// plain node:http server (a child process) burns a fixed CPU time per request, and autocannon opens 64
// connections at once. Once the server's one thread is busy, it takes up the waiting connections one per turn
// of its event loop, so the last connections get their first answer seconds late (docs/benchmarks.md,
// "The submit tail"). Prints req/s, p50/p99 and when each connection got its first answer.
// Run: node --import tsx bench/saturated-node.bench.ts [cpu ms per request, default 4]
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';

const cpuMs = Number(process.argv[2] ?? 4);
const connections = 64;
const server = spawn(
  process.execPath,
  [
    '-e',
    `const http = require('node:http');
     const server = http.createServer((req, res) => {
       req.resume();
       req.on('end', () => { const s = performance.now(); while (performance.now() - s < ${cpuMs}); res.end('ok'); });
     });
     server.listen(0, '127.0.0.1', () => console.log(server.address().port));`,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const port = await new Promise<number>((resolve) =>
  server.stdout.once('data', (d) => resolve(Number(String(d)))),
);

const started = Date.now();
const firstAnswer = new Map<unknown, number>();
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    { url: `http://127.0.0.1:${port}/`, connections, duration: 10, method: 'POST', body: 'x' },
    (error, r) => (error ? reject(error) : resolve(r)),
  );
  instance.on('response', (client: unknown) => {
    if (!firstAnswer.has(client)) firstAnswer.set(client, Date.now() - started);
  });
});
server.kill();

const firsts = [...firstAnswer.values()].sort((a, b) => a - b);
const at = (q: number) => firsts[Math.min(firsts.length - 1, Math.floor(q * firsts.length))];
console.log(
  `plain node:http, ${cpuMs} ms CPU per request, ${connections} connections, 10 s: ` +
    `${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
    `${result.timeouts} timeouts`,
);
console.log(
  `first answer per connection after the start: ${firsts.length} of ${connections} connections answered; ` +
    `25 % by ${at(0.25)} ms, 50 % by ${at(0.5)} ms, 90 % by ${at(0.9)} ms, last ${firsts.at(-1)} ms`,
);
