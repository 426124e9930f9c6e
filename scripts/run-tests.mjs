#!/usr/bin/env node
// `npm test`: runs every test tier this machine allows, says which it skipped and why, and ends
// with one line "N passed, N failed[, N skipped]". With TONGBAN_TEST_REQUIRE_ALL=1 (CI) a
// skipped tier is a failure.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireAll = process.env.TONGBAN_TEST_REQUIRE_ALL === '1';

function findTests(dir) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(full));
    else if (entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

const all = [...findTests(path.join(root, 'server')), ...findTests(path.join(root, 'web', 'e2e'))].sort();
const tiers = {
  unit: all.filter((f) => !/\.(api|e2e)\.test\.ts$/.test(f)),
  api: all.filter((f) => f.endsWith('.api.test.ts')),
  e2e: all.filter((f) => f.endsWith('.e2e.test.ts')),
};

const notes = [];
const skippedTiers = [];
if (process.env.TONGBAN_TEST_PG_URL) notes.push('api tier: SQLite and PostgreSQL');
else {
  notes.push('api tier: SQLite only');
  skippedTiers.push(
    'PostgreSQL api tier skipped: set TONGBAN_TEST_PG_URL=postgres://user:pass@127.0.0.1:5432/db to run it',
  );
}
const chromium = process.env.TONGBAN_CHROMIUM || '/usr/bin/chromium';
let files = [...tiers.unit, ...tiers.api];
if (!fs.existsSync(chromium)) {
  skippedTiers.push(
    `browser (e2e) tier skipped: no Chromium at ${chromium} (apt-get install chromium fonts-noto-cjk)`,
  );
} else {
  if (!fs.existsSync(path.join(root, 'web', 'dist', 'index.html'))) {
    console.log('building the web app for the browser tier …');
    const build = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  files = [...files, ...tiers.e2e];
  notes.push('browser tier: Chromium');
}
console.log(`test tiers — unit: ${tiers.unit.length} files; ${notes.join('; ')}`);
for (const s of skippedTiers) console.log(`SKIPPED: ${s}`);

const tapFile = path.join(root, 'var', 'test-results.tap');
fs.mkdirSync(path.dirname(tapFile), { recursive: true });
const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...files.map((f) => path.relative(path.join(root, 'server'), f)),
  ],
  { cwd: path.join(root, 'server'), stdio: 'inherit', env: { ...process.env, TONGBAN_CHROMIUM: chromium } },
);
child.on('exit', (code) => {
  const tap = fs.existsSync(tapFile) ? fs.readFileSync(tapFile, 'utf8') : '';
  const total = (name) =>
    [...tap.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))].reduce((s, m) => s + Number(m[1]), 0);
  const passed = total('pass');
  const failed = total('fail') + total('cancelled');
  const skipped = total('skipped') + total('todo');
  let exitCode = code ?? 1;
  if (requireAll && skippedTiers.length > 0) {
    console.log('TONGBAN_TEST_REQUIRE_ALL=1 but tiers were skipped (see above)');
    exitCode = 1;
  }
  if (passed === 0 && failed === 0) exitCode = 1;
  for (const s of skippedTiers) console.log(`SKIPPED: ${s}`);
  console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  process.exit(exitCode);
});
