import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { hash as argonHash } from '@node-rs/argon2';
import { Migrator, sql, type Kysely } from 'kysely';
import { createTongban, repoRoot, type Tongban } from '../../src/app.ts';
import {
  drainJobs,
  expectStatus,
  personItem,
  publishItem,
  upload,
  type CaseBody,
} from '../../src/modules/cases/cases.fixture.ts';
import { idNumberCheckChar, maskIdNumber, parseIdNumber } from '../../src/modules/identity/id-number.ts';
import { MOBILE_PATTERN } from '../../src/modules/identity/validation.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createFieldCipher } from '../../src/platform/crypto/field-cipher.ts';
import { openDatabase, type Db } from '../../src/platform/db/database.ts';
import { migrationProvider } from '../../src/platform/db/migrations/index.ts';
import { createLogger } from '../../src/platform/logging.ts';
import {
  engines,
  isolatedPgUrl,
  startTestApp,
  TestClient,
  type EngineName,
  type TestApp,
} from '../harness.ts';

// Issue 8 item 9: after flows that carry personal data (registration, login, window intake, an
// application with fetched shared data and licences, SMS notices), no ID number or mobile number of the
// demo data (people, dataset records, licences) — nor a newly registered person's — appears in clear in
// the database or the logs.
// The database is read twice: its bytes (SQLite file and WAL: what a stolen disk shows, deleted rows
// included) and its rows (SQLite rows or a pg_dump: what a stolen backup shows).

const idNumber = (region: string, birth: string, seq: string) =>
  `${region}${birth}${seq}${idNumberCheckChar(`${region}${birth}${seq}`)}`;

const demoDir = path.join(repoRoot, 'data', 'demo');
const demoPeople = JSON.parse(fs.readFileSync(path.join(demoDir, 'people.json'), 'utf8')) as Array<{
  name: string;
  idNumber: string;
  mobile: string;
}>;

/** The values a scan looks for; bytea and blob columns show up in a dump as hex. */
function forms(value: string): string[] {
  const variants = new Set([value, value.toLowerCase()]);
  return [...variants].flatMap((v) => [v, Buffer.from(v).toString('hex')]);
}

/** Which of the values occur in the bytes, by the value they stand for. */
function findClear(haystack: Buffer, values: string[]): string[] {
  return values.filter((value) => forms(value).some((form) => haystack.includes(form)));
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every ID number and mobile anywhere in the demo data (credit codes fail the ID number check). */
function demoNumbers(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (MOBILE_PATTERN.test(value) || (value.length === 18 && parseIdNumber(value).ok)) found.add(value);
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const file of filesUnder(demoDir).filter((f) => f.endsWith('.json')))
    walk(JSON.parse(fs.readFileSync(file, 'utf8')));
  return [...found];
}

interface Target {
  engine: EngineName;
  dataDir: string;
  db: Db;
  /** PostgreSQL schema holding the tables. */
  schema: string | null;
}

const targetOf = (app: TestApp): Target => ({
  engine: app.engine,
  dataDir: app.config.dataDir,
  db: app.tongban.platform.db,
  schema: app.tongban.platform.database.schema,
});

/** Every row of every table, as text (SQLite; overflow pages can split a value in the raw file). */
async function sqliteRows(db: Db): Promise<Buffer> {
  const tables = await sql<{
    name: string;
  }>`select name from sqlite_master where type = 'table'`.execute(db);
  const chunks: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    for (const row of rows.rows)
      chunks.push(
        Object.values(row)
          .map((v) => (Buffer.isBuffer(v) ? v.toString('latin1') : String(v)))
          .join('\t'),
      );
  }
  return Buffer.from(chunks.join('\n'));
}

/** The database as a thief would get it: file bytes and rows, or a pg_dump of the schema. */
async function databaseSources(target: Target): Promise<Array<{ name: string; bytes: Buffer }>> {
  if (target.engine === 'sqlite') {
    return [
      ...filesUnder(target.dataDir).map((file) => ({
        name: path.relative(target.dataDir, file),
        bytes: fs.readFileSync(file),
      })),
      { name: 'sqlite rows', bytes: await sqliteRows(target.db) },
    ];
  }
  const dump = execFileSync(
    'pg_dump',
    ['--dbname', process.env.TONGBAN_TEST_PG_URL!, '--schema', target.schema!, '--no-owner'],
    { maxBuffer: 512 * 1024 * 1024 },
  );
  return [{ name: 'pg_dump', bytes: dump }];
}

/** An SMS gateway that fails the calls it is told to, echoing the number as real ones do. */
async function startSmsGateway() {
  const received: string[] = [];
  const state = { failNext: 0 };
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const { to } = JSON.parse(raw) as { to: string };
      const failing = state.failNext > 0;
      if (failing) state.failNext--;
      else received.push(to);
      response.writeHead(failing ? 500 : 200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(failing ? { error: `no route to ${to}` } : { ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { received, state, port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

interface Field {
  type: string;
  'x-kind': string;
  enum?: string[];
  minLength?: number;
}
interface BundleCase extends CaseBody {
  formSchema: { properties: Record<string, Field>; required: string[] };
  materials: Array<CaseBody['materials'][number] & { necessity: string; offers: Array<{ kind: string }> }>;
}

/** An answer a person could give for a field the fetched data did not fill. */
function answer(field: Field): unknown {
  if (field.enum) return field.enum[0];
  switch (field['x-kind']) {
    case 'date':
      return '2026-11-20';
    case 'number':
      return 1;
    case 'region':
      return '330106';
    case 'mobile':
      return demoPeople[0]!.mobile;
    default:
      if (field.type === 'boolean') return true;
      return field.minLength && field.minLength > 4 ? '6222020200001234' : '按实际情况填写';
  }
}

interface Me {
  loginName: string;
  person: { id: string; idNumberMasked: string; mobileMasked: string } | null;
}

test('the scanner finds a clear value, in any of its stored forms, and nothing else', () => {
  const values = ['13800000001', '33010519791130233X'];
  const scratch = Buffer.concat([
    Buffer.from('{"mobileMasked":"138****0001","note":"'),
    Buffer.from('33010519791130233x'),
    Buffer.from('"}'),
  ]);
  assert.deepEqual(findClear(scratch, values), ['33010519791130233X']);
  assert.deepEqual(findClear(Buffer.from(`\\x${Buffer.from('13800000001').toString('hex')}`), values), [
    '13800000001',
  ]);
  assert.deepEqual(findClear(Buffer.from('138****0001 330105********233X'), values), []);

  const numbers = demoNumbers();
  assert.ok(demoPeople.every((p) => numbers.includes(p.idNumber) && numbers.includes(p.mobile)));
  assert.ok(numbers.length > demoPeople.length * 2, 'dataset records add people of their own');
  assert.ok(!numbers.includes('913301066000791970'), 'credit codes are not ID numbers');
});

for (const engine of engines()) {
  describe(`personal data at rest and in logs on ${engine}`, () => {
    let app: TestApp;
    let sms: Awaited<ReturnType<typeof startSmsGateway>>;
    let admin: TestClient;
    let window: TestClient;
    const newcomer = {
      name: '钱多多',
      idNumber: idNumber('330106', '19910707', '123'),
      mobile: '13912345678',
      password: 'Secret123x',
    };
    const walkIn = { name: '孔大爷', idNumber: idNumber('330108', '19480202', '031'), mobile: '13687654321' };
    const secrets = [...demoNumbers(), newcomer.idNumber, newcomer.mobile, walkIn.idNumber, walkIn.mobile];

    before(async () => {
      sms = await startSmsGateway();
      app = await startTestApp(engine, {
        catalog: true,
        env: { SMS_GATEWAY_URL: `http://127.0.0.1:${sms.port}/sms`, SMS_GATEWAY_TOKEN: 'sms-secret' },
      });
      admin = await app.login('admin');
      window = await app.login('window01');
    });
    after(async () => {
      await app?.close();
      await sms?.close();
    });

    test('the scan sees what is written to this database', async () => {
      const planted = '13999990000';
      const { db } = app.tongban.platform;
      await sql`create table personal_data_probe (value text)`.execute(db);
      await sql`insert into personal_data_probe (value) values (${planted})`.execute(db);
      const seen = (await databaseSources(targetOf(app)))
        .filter((s) => findClear(s.bytes, [planted]).length > 0)
        .map((s) => s.name);
      if (engine === 'postgres') assert.deepEqual(seen, ['pg_dump']);
      else {
        assert.ok(seen.includes('sqlite rows'), seen.join(', '));
        assert.ok(
          seen.some((name) => name.startsWith('tongban.sqlite')),
          `the file or its WAL: ${seen.join(', ')}`,
        );
      }
      await sql`drop table personal_data_probe`.execute(db);
    });

    test('a newcomer registers with a mobile, and logs in by mobile or by ID number', async () => {
      const client = app.client();
      const registered = await client.post<Me>('/api/v1/auth/register', newcomer);
      assert.equal(registered.status, 201, registered.raw);
      assert.equal(registered.body.loginName, '139****5678');
      assert.equal(registered.body.person?.mobileMasked, '139****5678');

      const again = await app
        .client()
        .post<{ code: string; errors: Array<{ field: string }> }>('/api/v1/auth/register', {
          ...newcomer,
          idNumber: idNumber('330106', '19920808', '456'),
        });
      assert.equal(again.status, 409, again.raw);
      assert.deepEqual(
        again.body.errors.map((e) => e.field),
        ['mobile'],
        'the mobile is known to be registered',
      );

      for (const identifier of [newcomer.mobile, newcomer.idNumber]) {
        const me = await (await app.login(identifier, newcomer.password)).get<Me>('/api/v1/auth/me');
        assert.equal(me.body.person?.id, registered.body.person?.id);
      }
      const wrong = await app.client().post('/api/v1/auth/login', {
        identifier: newcomer.mobile,
        password: 'Wrong1234',
      });
      assert.equal(wrong.status, 401);
    });

    test('window intake files for a walk-in and for a known person; notices reach the decrypted mobile', async () => {
      const item = await publishItem(app, admin, personItem());
      const known = { name: demoPeople[2]!.name, idNumber: demoPeople[2]!.idNumber };
      for (const person of [walkIn, known]) {
        const created = await window.request<CaseBody>(
          'POST',
          '/api/v1/window/cases',
          {
            person,
            itemCode: item.code,
            form: { name: person.name, idNumber: person.idNumber, reason: '窗口代办' },
            materials: [
              { key: 'M01', source: 'upload', fileIds: [await upload(app, window)] },
              { key: 'M02', source: 'waived', note: '现场拍照采集' },
            ],
          },
          { 'idempotency-key': `personal-data-${person === walkIn ? 'walk-in' : 'known'}` },
        );
        expectStatus(created, 201);
      }
      // The first notice to each fails at the gateway, which echoes the number; the retry gets through.
      sms.state.failNext = 1;
      await drainJobs(app);
      await app.tongban.platform.db
        .updateTable('jobs')
        .set({ due_at: new Date().toISOString() })
        .where('status', '=', 'pending')
        .execute();
      await drainJobs(app);
      assert.ok(sms.received.includes(walkIn.mobile), `SMS went to ${sms.received.join(', ')}`);
      assert.ok(sms.received.includes(demoPeople[2]!.mobile), 'the known person keeps the mobile on record');
    });

    test('张三 applies for 新生儿出生一件事 with shared data and licences fetched into the form', async () => {
      const zhangsan = await app.login(demoPeople[0]!.mobile);
      const draft = expectStatus(
        await zhangsan.post<BundleCase>('/api/v1/cases', {
          serviceKind: 'bundle',
          code: 'YJS330106002',
        }),
        201,
      );
      const choices = [];
      for (const m of draft.materials) {
        const offer = m.offers.find((o) => o.kind === 'shared_data') ?? m.offers[0];
        if (offer) choices.push({ key: m.key, source: offer.kind });
        else if (m.necessity === 'required')
          choices.push({ key: m.key, source: 'upload', fileIds: [await upload(app, zhangsan)] });
      }
      const consented = expectStatus(
        await zhangsan.request<BundleCase>('PUT', `/api/v1/cases/${draft.id}`, {
          version: draft.version,
          materials: choices,
        }),
        200,
      );
      assert.match(String(consented.form.mother_idNumber), /^\d{6}\*{8}\d{3}[\dX]$/);
      const form = { ...consented.form };
      for (const key of consented.formSchema.required)
        if (form[key] === undefined || form[key] === '')
          form[key] = answer(consented.formSchema.properties[key]!);
      const submitted = await zhangsan.post<CaseBody>(`/api/v1/cases/${draft.id}/submit`, {
        version: consented.version,
        form,
      });
      assert.equal(submitted.status, 200, submitted.raw);
      await drainJobs(app);
    });

    test('whatever reaches the log has its mobiles and ID numbers masked', () => {
      app.tongban.platform.log.info({ note: `caller gave ${walkIn.mobile} and ${walkIn.idNumber}` }, 'probe');
      app.tongban.platform.log.warn(new Error(`gateway refused ${walkIn.mobile}`), `retry ${walkIn.mobile}`);
      const written = app.logs.slice(-2);
      assert.deepEqual(findClear(Buffer.from(written.join('\n')), secrets), [], written.join('\n'));
      assert.ok(
        written.every((line) => line.includes('136****4321')),
        written.join('\n'),
      );
    });

    test('no clear ID number or mobile is in the database or the logs', async () => {
      assert.ok(app.logs.join('\n').includes('136****4321'), 'deliveries are logged, masked');
      const found: string[] = [];
      for (const source of [
        ...(await databaseSources(targetOf(app))),
        { name: 'logs', bytes: Buffer.from(app.logs.join('\n')) },
      ]) {
        for (const value of findClear(source.bytes, secrets)) found.push(`${source.name}: ${value}`);
      }
      assert.equal(found.join('\n'), '', 'clear personal data found');
    });
  });
}

// A database written before migration 0014 holds mobiles in clear. Migrations cannot encrypt (they run
// before the key is loaded), so start-up does; on PostgreSQL two instances start together.
for (const engine of engines()) {
  describe(`upgrading a database with clear mobiles on ${engine}`, () => {
    test('start-up encrypts them exactly once, logins keep working, and no clear copy is left', async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-upgrade-'));
      const pgDatabase = engine === 'postgres' ? await isolatedPgUrl() : null;
      const masterKey = crypto.randomBytes(32);
      const config = loadConfig({
        TONGBAN_DATA_DIR: dataDir,
        TONGBAN_MASTER_KEY: masterKey.toString('hex'),
        TONGBAN_JOBS: 'off',
        LOG_LEVEL: 'info',
        ...(pgDatabase ? { DATABASE_URL: pgDatabase.url } : {}),
      });
      const cipher = createFieldCipher(masterKey, config.fieldCipher);
      // Kysely finds its migration tables by schema: other tests' schemas share this database.
      const pgSchema = pgSchemaOf(pgDatabase?.url) ?? undefined;
      const citizen = {
        name: '老用户',
        idNumber: idNumber('330106', '19700101', '017'),
        mobile: '13755550001',
      };
      const clerk = {
        name: '老职员',
        idNumber: idNumber('330106', '19750505', '028'),
        mobile: '13755550002',
      };
      const password = 'Legacy123';
      const instances: Tongban[] = [];
      try {
        const legacy = openDatabase({ databaseUrl: config.databaseUrl, dataDir, pgSchema });
        try {
          const migrated = await new Migrator({
            db: legacy.db,
            provider: migrationProvider,
            ...(pgSchema ? { migrationTableSchema: pgSchema } : {}),
          }).migrateTo('0013_supervision_indexes');
          if (migrated.error) throw migrated.error;
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          const db = legacy.db as unknown as Kysely<any>;
          const now = new Date().toISOString();
          const passwordHash = await argonHash(password);
          for (const [person, kind, loginName] of [
            [citizen, 'citizen', citizen.mobile],
            [clerk, 'staff', 'legacy01'],
          ] as const) {
            const personId = crypto.randomUUID();
            await db
              .insertInto('people')
              .values({
                id: personId,
                name: person.name,
                id_number_cipher: cipher.encrypt(person.idNumber),
                id_number_hash: cipher.lookupHash(person.idNumber),
                id_number_masked: maskIdNumber(person.idNumber),
                birth_date: '1970-01-01',
                sex: 'male',
                mobile: person.mobile,
                email: null,
                created_at: now,
                updated_at: now,
              })
              .execute();
            await db
              .insertInto('accounts')
              .values({
                id: crypto.randomUUID(),
                kind,
                login_name: loginName,
                password_hash: passwordHash,
                person_id: personId,
                display_name: person.name,
                failed_logins: 0,
                locked_until: null,
                disabled: false,
                created_at: now,
                updated_at: now,
              })
              .execute();
          }
        } finally {
          await legacy.close();
        }

        const logs: string[] = [];
        const sink = new Writable({
          write(chunk, _encoding, done) {
            logs.push(...String(chunk).split('\n').filter(Boolean));
            done();
          },
        });
        const start = () =>
          createTongban(config, {
            logger: createLogger('info', sink),
            pgSchema,
            webDist: path.join(dataDir, 'no-web'),
          });
        const started = await Promise.allSettled(engine === 'postgres' ? [start(), start()] : [start()]);
        for (const s of started) if (s.status === 'fulfilled') instances.push(s.value);
        for (const s of started) if (s.status === 'rejected') throw s.reason;
        const [first] = instances;
        const { db } = first!.platform;

        const people = await db.selectFrom('people').selectAll().orderBy('mobile_masked').execute();
        assert.deepEqual(
          people.map((p) => [cipher.decrypt(p.mobile_cipher!), p.mobile_hash, p.mobile_masked]),
          [citizen, clerk].map((p) => [
            p.mobile,
            cipher.lookupHash(p.mobile),
            `${p.mobile.slice(0, 3)}****${p.mobile.slice(7)}`,
          ]),
          'encrypted once: the cipher opens to the number itself, not to another cipher',
        );
        const accounts = await db
          .selectFrom('accounts')
          .select(['kind', 'login_name', 'login_hash', 'login_masked'])
          .orderBy('kind')
          .execute();
        assert.deepEqual(accounts, [
          {
            kind: 'citizen',
            login_name: null,
            login_hash: cipher.lookupHash(citizen.mobile),
            login_masked: '137****0001',
          },
          { kind: 'staff', login_name: 'legacy01', login_hash: null, login_masked: null },
        ]);

        // A row still awaiting encryption, converted by every instance at once: exactly one changes it.
        await db
          .updateTable('people')
          .set({ mobile_cipher: citizen.mobile, mobile_hash: null, mobile_masked: null })
          .where('mobile_hash', '=', cipher.lookupHash(citizen.mobile))
          .execute();
        const changed = await Promise.all(instances.map((i) => i.identity.encryptClearContacts()));
        assert.equal(
          changed.reduce((a, b) => a + b, 0),
          1,
        );
        assert.equal((await first!.identity.contactOf(db, people[0]!.id))?.mobile, citizen.mobile);

        for (const instance of instances) {
          for (const [identifier, loginName] of [
            [citizen.mobile, '137****0001'],
            [citizen.idNumber, '137****0001'],
            ['legacy01', 'legacy01'],
          ]) {
            const response = await new TestClient(instance).post<{ loginName: string }>(
              '/api/v1/auth/login',
              { identifier, password },
            );
            assert.equal(response.status, 200, response.raw);
            assert.equal(response.body.loginName, loginName);
          }
        }

        const found: string[] = [];
        const target = { engine, dataDir, db, schema: pgSchema ?? null };
        for (const source of [
          ...(await databaseSources(target)),
          { name: 'logs', bytes: Buffer.from(logs.join('\n')) },
        ]) {
          for (const value of findClear(source.bytes, [citizen.mobile, clerk.mobile, citizen.idNumber]))
            found.push(`${source.name}: ${value}`);
        }
        assert.equal(found.join('\n'), '', 'clear personal data left after the upgrade');
      } finally {
        for (const instance of instances) await instance.close();
        await pgDatabase?.drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}

/** The schema an isolated PostgreSQL URL puts first on the search path. */
function pgSchemaOf(url: string | undefined): string | null {
  if (!url) return null;
  return /search_path=(\w+)/.exec(new URL(url).searchParams.get('options') ?? '')?.[1] ?? null;
}
