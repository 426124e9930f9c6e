import fs from 'node:fs';
import { Command, Option } from 'commander';
import { createTongban, type Tongban } from './app.ts';
import { systemContext, verifyAuditChain } from './platform/audit/audit.ts';
import { loadConfig } from './platform/config.ts';
import { inTransaction, openDatabase } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { backup, compareWithManifest, restore } from './platform/db/backup.ts';
import { createLogger } from './platform/logging.ts';
import type { StaffRole } from './modules/identity/tables.ts';
import { Problem } from './platform/errors.ts';
import { DEMO_PROVINCE, demoAccounts, seedDemo } from './seed/demo.ts';
import { importRegions } from './modules/identity/regions.ts';
import { verifyExportOffline, type PublishedSealKey } from './modules/licenses/document.ts';
import { beijingDay } from './modules/licenses/validity.ts';

const ROLES: StaffRole[] = ['window', 'reviewer', 'leader', 'data_steward', 'admin', 'supervisor'];

async function withTongban<T>(fn: (tongban: Tongban) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const tongban = await createTongban(config, { logger: createLogger(process.env.LOG_LEVEL ?? 'warn') });
  try {
    return await fn(tongban);
  } finally {
    await tongban.close();
  }
}

export function printDemoAccounts(url: string): void {
  const lines = demoAccounts().map(
    (a) =>
      `  ${a.loginName.padEnd(14)} ${a.password.padEnd(14)} ${a.displayName}  ${a.kind === 'citizen' ? '市民 citizen' : a.roles.join(', ')}`,
  );
  console.log(
    `\n通办 Tongban is running at ${url}\n\nDemo accounts (登录名 / 密码 / 姓名 / 角色):\n${lines.join('\n')}\n`,
  );
}

const program = new Command()
  .name('tongban')
  .description(
    'Tongban (通办) — Internet + Government Services platform. Settings come from environment variables (see README).',
  );

program
  .command('serve')
  .description('migrate the database and serve the API and web app')
  .option('--demo', 'seed the demo province on first run and print the demo accounts')
  .action(async (options: { demo?: boolean }) => {
    const config = loadConfig();
    const tongban = await createTongban(config);
    const log = tongban.platform.log;
    if (options.demo) {
      if (await seedDemo(tongban)) log.info('demo data seeded');
    }
    await tongban.server.listen({ port: config.port, host: config.host });
    tongban.startJobs();
    if (options.demo) printDemoAccounts(`http://localhost:${config.port}`);
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down: finishing requests in flight');
      const timer = setTimeout(() => process.exit(1), 10_000);
      await tongban.close();
      clearTimeout(timer);
      process.exit(0);
    };
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.on('SIGINT', () => void stop('SIGINT'));
  });

program
  .command('migrate')
  .description('apply pending database migrations and exit')
  .action(async () => {
    const config = loadConfig();
    const database = openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      sqliteSynchronous: config.sqliteSynchronous,
    });
    try {
      const { applied } = await migrateToLatest(database);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
    } finally {
      await database.close();
    }
  });

program
  .command('seed')
  .description(
    'load base data (regions of the demo province) and, with --demo, the demo departments, people and accounts',
  )
  .option('--demo', 'also load the demo data set')
  .action(async (options: { demo?: boolean }) =>
    withTongban(async (tongban) => {
      const added = await inTransaction(tongban.platform.db, (tx) => importRegions(tx, DEMO_PROVINCE));
      console.log(`regions added: ${added}`);
      if (options.demo)
        console.log((await seedDemo(tongban)) ? 'demo data seeded' : 'demo data already present');
    }),
  );

const audit = program.command('audit').description('audit log tools');
audit
  .command('verify')
  .description('walk the audit hash chain and name the first broken row; exits 1 when broken')
  .action(async () => {
    const config = loadConfig();
    const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const report = await verifyAuditChain(database.db);
      if (report.ok) console.log(`audit chain OK: ${report.checked} rows verified`);
      else {
        console.log(
          `audit chain BROKEN at seq ${report.firstBrokenSeq} (${report.checked} rows before it verified)`,
        );
        process.exitCode = 1;
      }
    } finally {
      await database.close();
    }
  });

const exchange = program.command('exchange').description('data sharing (政务数据共享) tools');
exchange
  .command('verify-log')
  .description(
    'walk the shared-data access log (hash chain + node signatures) and name the first broken entry; exits 1 when broken',
  )
  .action(async () =>
    withTongban(async (tongban) => {
      const report = await tongban.exchange.verifyLog();
      if (report.ok) console.log(`access log OK: ${report.checked} entries verified`);
      else {
        console.log(
          `access log BROKEN at seq ${report.firstBrokenSeq} (entry ${report.firstBrokenId}: ${report.reason}; ${report.checked} entries before it verified)`,
        );
        process.exitCode = 1;
      }
    }),
  );

const license = program.command('license').description('electronic licence (电子证照) tools');
license
  .command('verify')
  .description(
    'check an exported licence file (JSON from the wallet) against the published seal keys, offline; exits 1 unless valid',
  )
  .argument('<file>', 'the exported licence file (.json)')
  .option(
    '--keys <file>',
    'seal keys saved from /.well-known/tongban/seal-keys.json (default: read them from the local database)',
  )
  .action(async (file: string, o: { keys?: string }) => {
    const licence = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    let keys: PublishedSealKey[];
    if (o.keys) keys = (JSON.parse(fs.readFileSync(o.keys, 'utf8')) as { keys: PublishedSealKey[] }).keys;
    else keys = await withTongban((tongban) => tongban.licenses.publishedKeys());
    const report = verifyExportOffline(licence, keys, beijingDay(new Date()));
    const names = {
      valid: '有效 valid (signature verified; revocation needs the online check)',
      expired: '已过期 expired (the signature holds)',
      tampered: '被篡改 TAMPERED: the content does not match its seal signature',
      unknown_key: '未知密钥 unknown key: the signing key is not among the published keys',
      malformed: '格式错误 not a Tongban licence file',
    };
    console.log(`${report.identifier ?? file}: ${names[report.status]}`);
    if (report.issuer) console.log(`issuer ${report.issuer}, key ${report.keyId}`);
    if (report.status !== 'valid') process.exitCode = 1;
  });

program
  .command('backup')
  .description(
    'write a consistent backup of the database and uploaded files into a new folder (the master key is NOT included: keep it apart)',
  )
  .requiredOption('--out <dir>', 'folder to create (must not exist or be empty)')
  .action(async (o: { out: string }) => {
    const config = loadConfig();
    const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const manifest = await backup(database, {
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        outDir: o.out,
      });
      const rows = Object.values(manifest.rowCounts).reduce((a, b) => a + b, 0);
      console.log(
        `backup written to ${o.out}: ${manifest.engine}, ${rows} rows in ${Object.keys(manifest.rowCounts).length} tables, ${manifest.files} files`,
      );
    } finally {
      await database.close();
    }
  });

program
  .command('restore')
  .description(
    'restore a backup into the configured database and data folder (stop the server first on SQLite); checks row counts and the audit chain',
  )
  .requiredOption('--from <dir>', 'a folder written by `tongban backup`')
  .option('--force', 'replace a database that already holds data')
  .action(async (o: { from: string; force?: boolean }) => {
    const config = loadConfig();
    const engine = config.databaseUrl ? 'postgres' : 'sqlite';
    const manifest = await restore({
      engine,
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      fromDir: o.from,
      force: o.force ?? false,
    });
    const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const differences = await compareWithManifest(database, manifest);
      const chain = await verifyAuditChain(database.db);
      for (const d of differences) console.log(`row count differs: ${d.table} ${d.actual} ≠ ${d.expected}`);
      if (!chain.ok) console.log(`audit chain BROKEN at seq ${chain.firstBrokenSeq}`);
      if (differences.length > 0 || !chain.ok) process.exitCode = 1;
      else console.log(`restored the backup of ${manifest.createdAt}: row counts match, audit chain OK`);
    } finally {
      await database.close();
    }
  });

const user = program.command('user').description('account administration');
user
  .command('create')
  .description('create a staff account for a person (created if new)')
  .requiredOption('--login <name>', 'login name')
  .requiredOption('--password <password>', 'initial password (8+ characters, letters and digits)')
  .requiredOption('--name <name>', 'full name as on the ID card')
  .requiredOption('--id-number <number>', 'resident ID number (GB 11643)')
  .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
  .requiredOption('--department <uscc>', 'unified social credit code of the department')
  .action(
    async (o: {
      login: string;
      password: string;
      name: string;
      idNumber: string;
      role: StaffRole;
      department: string;
    }) =>
      withTongban(async (tongban) => {
        const db = tongban.platform.db;
        const dept = await db
          .selectFrom('departments')
          .select('id')
          .where('uscc', '=', o.department)
          .executeTakeFirst();
        if (!dept) throw new Error(`no department with credit code ${o.department}`);
        const id = await inTransaction(db, (tx) =>
          tongban.identity.createStaffAccount(tx, systemContext('tongban cli'), {
            loginName: o.login,
            password: o.password,
            person: { name: o.name, idNumber: o.idNumber },
            roles: [{ role: o.role, departmentId: dept.id }],
          }),
        );
        console.log(`created staff account ${o.login} (${id})`);
      }),
  );
user
  .command('reset-password')
  .description('set a new password, unlock the account and end its sessions')
  .requiredOption('--login <name>', 'login name')
  .requiredOption('--password <password>', 'new password')
  .action(async (o: { login: string; password: string }) =>
    withTongban(async (tongban) => {
      await inTransaction(tongban.platform.db, (tx) =>
        tongban.identity.resetPassword(tx, systemContext('tongban cli'), o.login, o.password),
      );
      console.log(`password reset for ${o.login}`);
    }),
  );

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof Problem) {
    console.error(`${error.bilingual.zh} / ${error.bilingual.en}`);
    for (const e of error.errors) console.error(`  ${e.field}: ${e.message.zh} / ${e.message.en}`);
  } else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
