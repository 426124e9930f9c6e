// Overdue scan (issue 8): the recurring `cases.clocks` job — deemed acceptance, late 容缺 pledges, and the
// red/yellow colouring of every open task past or near its due date — timed exactly as the job runs it
// (`cases.runClocks()`), on a generated dataset whose cases are all still open (bench/generate.ts
// --mix backlog: ~1M open tasks at 1M cases). The first pass after loading colours nothing new (the
// generator writes each task's level as the job would have); later passes are the job's steady state,
// once a minute. Each statement of a pass is timed alone and its plan shown (--explain). Baseline in the
// same run: an indexed count of the open tasks past due, the least the scan must read; and one keyed read.
// Target: ≤ 200 ms at 1M open tasks. Also times the supervision dashboard's overdue alerts on the same data.
//
// Run: node --import tsx bench/overdue.bench.ts --engine sqlite --dir var/bench-1m-backlog
//      node --import tsx bench/overdue.bench.ts --engine postgres --url postgres://…/tongban_bench_1m_backlog --dir var/bench-1m-backlog-pg
import os from 'node:os';
import { sql } from 'kysely';
import { beijingDate } from '../server/src/modules/workflow/deadlines.ts';
import { datasetArgs, explain, ms, openDataset, recordStatements, rssMb, time } from './generate/measure.ts';

const TARGET_MS = 200;
const a = datasetArgs();
const tongban = await openDataset(a);
const { cases, supervision, identity, platform } = tongban;
const { db } = platform;
const today = beijingDate(a.now);
const OPEN = ['open', 'claimed', 'waiting'] as const;

const countTasks = async (open: boolean, overdue: boolean) =>
  Number(
    (
      await db
        .selectFrom('tasks')
        .select(sql<number>`count(*)`.as('n'))
        .$if(open, (b) => b.where('status', 'in', [...OPEN]))
        .$if(overdue, (b) => b.where('due_date', '<', today))
        .executeTakeFirstOrThrow()
    ).n,
  );
const totalCases = Number(
  (
    await db
      .selectFrom('cases')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow()
  ).n,
);
const [allTasks, openTasks, overdueTasks] = [
  await countTasks(false, false),
  await countTasks(true, false),
  await countTasks(true, true),
];

const first = await cases.runClocks();
process.stderr.write(`first pass: ${JSON.stringify(first)}\n`);

const clocks = await time(() => cases.runClocks(), a.runs, a.warmup);
const statements = await recordStatements(db, () => cases.runClocks());
const baselineQuery = () =>
  db
    .selectFrom('tasks')
    .select(sql<number>`count(*)`.as('n'))
    .where('status', 'in', [...OPEN])
    .where('due_date', '<', today)
    .executeTakeFirstOrThrow();
const baseline = await time(baselineQuery, a.runs, a.warmup);
const someTask = await db
  .selectFrom('tasks')
  .select('id')
  .orderBy('id')
  .offset(Math.floor(allTasks / 2))
  .limit(1)
  .executeTakeFirstOrThrow();
const keyed = await time(
  () => db.selectFrom('tasks').selectAll().where('id', '=', someTask.id).executeTakeFirst(),
  a.runs * 10,
  a.warmup,
);

const admin = await identity.actorForLogin('admin');
const alerts = await time(() => supervision.alerts(admin, { level: 'overdue', limit: 20 }), a.runs, a.warmup);
const warnings = await time(
  () => supervision.alerts(admin, { level: 'warning', limit: 20 }),
  a.runs,
  a.warmup,
);

const engineName = a.engine === 'postgres' ? 'PostgreSQL' : 'SQLite';
console.log(
  `\n${engineName} · ${totalCases.toLocaleString('en')} cases · ${allTasks.toLocaleString('en')} tasks, ${openTasks.toLocaleString('en')} open, ` +
    `${overdueTasks.toLocaleString('en')} of them past due · today ${today} · ${a.warmup} warm-up + ${a.runs} timed runs · ` +
    `${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)} · Node ${process.version}\n`,
);
console.log('| what | p50 ms | p95 ms | max ms | CPU p50 ms | × baseline (p50) | target met |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | :-: |');
console.log(
  `| baseline: indexed count(*) of open tasks past due | ${ms(baseline.p50)} | ${ms(baseline.p95)} | ${ms(baseline.max)} | ${ms(baseline.cpuP50)} | 1.0 | |`,
);
console.log(
  `| one keyed read (tasks by id) | ${ms(keyed.p50)} | ${ms(keyed.p95)} | ${ms(keyed.max)} | ${ms(keyed.cpuP50)} | ${(keyed.p50 / baseline.p50).toFixed(2)} | |`,
);
console.log(
  `| **overdue scan: cases.runClocks()** | ${ms(clocks.p50)} | ${ms(clocks.p95)} | ${ms(clocks.max)} | ${ms(clocks.cpuP50)} | ${(clocks.p50 / baseline.p50).toFixed(1)} | ${clocks.p95 <= TARGET_MS ? 'yes (≤ 200 ms)' : '**no** (> 200 ms)'} |`,
);
console.log(
  `| dashboard alerts: overdue, first 20 | ${ms(alerts.p50)} | ${ms(alerts.p95)} | ${ms(alerts.max)} | ${ms(alerts.cpuP50)} | ${(alerts.p50 / baseline.p50).toFixed(1)} | ${alerts.p95 <= 300 ? 'yes (≤ 300 ms)' : '**no**'} |`,
);
console.log(
  `| dashboard alerts: near due, first 20 | ${ms(warnings.p50)} | ${ms(warnings.p95)} | ${ms(warnings.max)} | ${ms(warnings.cpuP50)} | ${(warnings.p50 / baseline.p50).toFixed(1)} | ${warnings.p95 <= 300 ? 'yes (≤ 300 ms)' : '**no**'} |`,
);
console.log('\nStatements of one pass:\n\n| # | ms | rows | statement |\n| ---: | ---: | ---: | --- |');
statements.forEach((s, i) =>
  console.log(`| ${i + 1} | ${ms(s.ms)} | ${s.rows} | \`${s.sql.replace(/\s+/g, ' ').slice(0, 160)}\` |`),
);
console.log(`\nbench process RSS ${rssMb().toFixed(0)} MB`);
if (a.explain) for (const s of statements) console.log(`\n${s.sql}\n${await explain(db, a.engine, s)}`);
await tongban.close();
