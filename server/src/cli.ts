import { Command, Option } from 'commander';
import { createTongban, type Tongban } from './app.ts';
import { systemContext, verifyAuditChain } from './platform/audit/audit.ts';
import { loadConfig } from './platform/config.ts';
import { inTransaction, openDatabase } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { createLogger } from './platform/logging.ts';
import type { StaffRole } from './modules/identity/tables.ts';
import { Problem } from './platform/errors.ts';
import { DEMO_PROVINCE, demoAccounts, seedDemo } from './seed/demo.ts';
import { importRegions } from './modules/identity/regions.ts';

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
