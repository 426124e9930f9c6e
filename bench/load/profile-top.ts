// Prints the functions with the most self time in a V8 .cpuprofile (as written by `node --cpu-prof`),
// grouped by function, file and line, so a load scenario's dominating cost can be read without DevTools.
// Run: node --import tsx bench/load/profile-top.ts <file.cpuprofile> [count] [from-ms] [to-ms]
// (from/to: only the samples in that window after the process started, e.g. 0 5000 for the cold start)
import fs from 'node:fs';
import path from 'node:path';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, count = '25', from = '0', to = 'Infinity'] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file!, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
let total = 0;
let at = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  at += dt / 1000;
  if (at < Number(from) || at > Number(to)) return;
  const frame = byId.get(id)!.callFrame;
  const where = frame.url
    ? `${path.relative(process.cwd(), new URL(frame.url).pathname)}:${frame.lineNumber + 1}`
    : '';
  const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
  self.set(key, (self.get(key) ?? 0) + dt);
  total += dt;
});
console.log(`total ${(total / 1e6).toFixed(1)} s sampled`);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
  console.log(
    `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`,
  );
}
