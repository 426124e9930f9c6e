// One entry point for the load scenarios of issue 8 (a)–(e): submit path, 3-item 秒批 bundle to licences,
// catalogue search, case tracking reads, licence verification. Each runs on SQLite with one instance and,
// when BENCH_PG_URL is set (a PostgreSQL server URL; each scenario creates and drops its own tongban_load_*
// database), on PostgreSQL with one and with two instances (autocannon spreads its connections over both
// URLs). Prints one markdown table per scenario, ready for docs/benchmarks.md.
// Run: node --import tsx bench/run-all.ts [--quick]     (--quick: 5 s per run after 1 s of warm-up, a smoke check)
// Options: BENCH_CONNECTIONS=64 BENCH_SECONDS=10 BENCH_ONLY=submit,bundle,search,tracking,verify
//          BENCH_CPU_PROF_DIR=dir (write a --cpu-prof profile of every measured Tongban instance)
import { execSync } from 'node:child_process';
import os from 'node:os';
import { bundleScenario } from './bundle.bench.ts';
import { loadAverage, runAndPrint, settings, type Scenario } from './load/harness.ts';
import { searchScenario } from './load/search.scenario.ts';
import { verifyScenario } from './load/verify.scenario.ts';
import { submitScenario } from './submit.bench.ts';
import { trackingScenario } from './tracking.bench.ts';

const scenarios: Record<string, Scenario<never>> = {
  submit: submitScenario as Scenario<never>,
  bundle: bundleScenario as Scenario<never>,
  search: searchScenario as Scenario<never>,
  tracking: trackingScenario as Scenario<never>,
  verify: verifyScenario as Scenario<never>,
};
const only = process.env.BENCH_ONLY?.split(',') ?? Object.keys(scenarios);

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
let pgVersion = '';
if (settings.pgUrl) {
  try {
    pgVersion = execSync(`psql "${settings.pgUrl}" -Atc "show server_version"`, { encoding: 'utf8' }).trim();
  } catch {
    pgVersion = 'version unknown';
  }
}
console.log(
  `Machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}` +
    `${settings.pgUrl ? `, PostgreSQL ${pgVersion}` : ''}; load average at start ${loadAverage()}; ` +
    `${settings.connections} connections, ${settings.seconds} s per run${settings.quick ? ' (--quick)' : ''}.\n`,
);
const started = Date.now();
for (const name of only) {
  const scenario = scenarios[name];
  if (!scenario) throw new Error(`unknown scenario "${name}" (known: ${Object.keys(scenarios).join(', ')})`);
  await runAndPrint(scenario);
}
console.log(
  `Done in ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end ${loadAverage()}.`,
);
