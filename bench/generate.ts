// Deterministic generator of a province-sized dataset for the benchmarks (issue 8, item 1): N cases with
// their tasks, materials, ratings (and the rectification of every 差评), complaints, consultations and
// licences, on top of the demo province (loaded first by the product's own demo loader). Rows are built
// with the product's table types and written through its Kysely database in batched multi-row INSERTs, one
// transaction per chunk of cases; ID numbers, forms and licence faces are encrypted with platform.cipher and
// licences signed with the issuing department's seal key, as the product does.
//
// Run (from the repository root):
//   node --import tsx bench/generate.ts --engine sqlite --dir var/bench-1m --cases 1000000
//   node --import tsx bench/generate.ts --engine postgres --url postgres://tongban:tongban@127.0.0.1:5432/tongban_bench_1m \
//        --dir var/bench-1m-pg --cases 1000000
// Options: --seed 20261127  --people 50000  --organisations 5000  --mix realistic|backlog (backlog: every case
// still open, for the overdue scan)  --now 2026-11-16T02:00:00Z  --fresh (delete what is there first).
// BENCH_CASES sets the default of --cases. The data directory holds the SQLite file (tongban.sqlite), the
// master key the product generates there and the few uploaded files, so `tongban serve` can open it.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hash as argonHash } from '@node-rs/argon2';
import cliProgress from 'cli-progress';
import { sql, type Insertable } from 'kysely';
import pg from 'pg';
import { createTongban, type Tongban } from '../server/src/app.ts';
import type { ItemContent } from '../server/src/modules/catalog/content.ts';
import { maskIdNumber, parseIdNumber } from '../server/src/modules/identity/id-number.ts';
import { maskMobile } from '../server/src/modules/identity/validation.ts';
import { loadFeedbackSettings } from '../server/src/modules/feedback/settings.ts';
import type { RatingOption } from '../server/src/modules/feedback/levels.ts';
import {
  maskHolderCode,
  signedTextOf,
  type LicenceDocument,
} from '../server/src/modules/licenses/document.ts';
import { makeLicenceIdentifier, versionText } from '../server/src/modules/licenses/identifier.ts';
import { createSealKeys } from '../server/src/modules/licenses/seals.ts';
import type { FaceField } from '../server/src/modules/licenses/tables.ts';
import { systemContext } from '../server/src/platform/audit/audit.ts';
import { loadWorkingCalendar } from '../server/src/platform/calendar/calendar-store.ts';
import { loadConfig } from '../server/src/platform/config.ts';
import { signText, type SignatureAlgorithm } from '../server/src/platform/crypto/signing.ts';
import { inTransaction, read, type Tx } from '../server/src/platform/db/database.ts';
import type { Tables } from '../server/src/platform/db/tables.ts';
import { createFileStore } from '../server/src/platform/files/file-store.ts';
import { createLogger } from '../server/src/platform/logging.ts';
import { seedDemo } from '../server/src/seed/demo.ts';
import { DAY_MS, FastCalendar, beijingDay } from './generate/calendar.ts';
import { generatedOrganisation, generatedPerson } from './generate/people.ts';
import { Rng, uuidV7 } from './generate/random.ts';
import {
  itemWeights,
  planCase,
  type CasePlan,
  type ItemSpec,
  type LicenceTypeFacts,
  type Mix,
  type World,
} from './generate/plan.ts';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'sqlite' },
    dir: { type: 'string' },
    url: { type: 'string' },
    cases: { type: 'string', default: process.env.BENCH_CASES ?? '100000' },
    seed: { type: 'string', default: '20261127' },
    people: { type: 'string', default: '50000' },
    organisations: { type: 'string', default: '5000' },
    mix: { type: 'string', default: 'realistic' },
    now: { type: 'string', default: '2026-11-16T02:00:00.000Z' },
    fresh: { type: 'boolean', default: false },
    chunk: { type: 'string', default: '1000' },
  },
});

const engine = args.engine;
if (engine !== 'sqlite' && engine !== 'postgres') throw new Error('--engine is sqlite or postgres');
if (!args.dir) throw new Error('--dir <data directory> is required');
if (engine === 'postgres' && !args.url)
  throw new Error('--url postgres://… is required with --engine postgres');
if (args.mix !== 'realistic' && args.mix !== 'backlog') throw new Error('--mix is realistic or backlog');
const dataDir = path.resolve(args.dir);
const N = Number(args.cases);
const SEED = Number(args.seed);
const PEOPLE = Number(args.people);
const ORGANISATIONS = Number(args.organisations);
const CHUNK = Number(args.chunk);
const NOW = Date.parse(args.now);
const BENCH_PASSWORD = 'Bench@2026';

const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** PostgreSQL: a database of its own (the tongban role has CREATEDB), dropped first with --fresh. */
async function preparePostgres(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name "${name}"`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (args.fresh) await client.query(`drop database if exists ${name} with (force)`);
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}

async function open(): Promise<Tongban> {
  if (args.fresh) fs.rmSync(dataDir, { recursive: true, force: true });
  if (engine === 'postgres') await preparePostgres(args.url!);
  const config = loadConfig({
    ...process.env,
    TONGBAN_DATA_DIR: dataDir,
    DATABASE_URL: engine === 'postgres' ? args.url : '',
    TONGBAN_JOBS: 'off',
    // A bulk load: a power cut loses the load, not a citizen's application.
    TONGBAN_SQLITE_SYNCHRONOUS: 'NORMAL',
  });
  return createTongban(config, { logger: createLogger(process.env.LOG_LEVEL ?? 'warn') });
}

/** Multi-row INSERTs of at most `limit` bound values (SQLite allows 32,766, PostgreSQL 65,535). */
async function insertRows<T extends keyof Tables>(
  tx: Tx,
  table: T,
  rows: Array<Insertable<Tables[T]>>,
  limit: number,
) {
  if (rows.length === 0) return;
  const per = Math.max(1, Math.min(5000, Math.floor(limit / Object.keys(rows[0]!).length)));
  for (let i = 0; i < rows.length; i += per)
    await tx
      .insertInto(table)
      .values(rows.slice(i, i + per) as never)
      .execute();
}

/** Indexes of the tables that are neither a primary key nor a unique constraint, with their CREATE statement. */
async function secondaryIndexes(tongban: Tongban, tables: ReadonlyArray<keyof Tables>) {
  const { db } = tongban.platform;
  if (engine === 'postgres') {
    const rows = await sql<{ name: string; definition: string }>`
      select indexname as name, indexdef as definition from pg_indexes
      where schemaname = current_schema() and tablename in (${sql.join([...tables])})
        and indexname not in (select conname from pg_constraint) and indexdef not like 'CREATE UNIQUE%'`.execute(
      db,
    );
    return rows.rows;
  }
  const rows = await sql<{ name: string; definition: string }>`
    select name, sql as definition from sqlite_master
    where type = 'index' and sql is not null and sql not like 'CREATE UNIQUE%'
      and tbl_name in (${sql.join([...tables])})`.execute(db);
  return rows.rows;
}

async function main() {
  const t0 = Date.now();
  const tongban = await open();
  const { db, cipher } = tongban.platform;
  const limit = engine === 'postgres' ? 65_000 : 32_000;
  try {
    if (
      (
        await db
          .selectFrom('cases')
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n > 0
    )
      throw new Error(`${dataDir} already holds cases: run with --fresh to generate anew`);
    // Index pages stay in memory during the load (SQLite's default cache is 2 MB); generation only.
    if (engine === 'sqlite') await sql`pragma cache_size = -1048576`.execute(db);
    await seedDemo(tongban);
    const tDemo = Date.now();
    log(`demo province loaded (${seconds(tDemo - t0)})`);

    // ---- the world the cases are drawn from ----
    const departments = await tongban.identity.allDepartments();
    const departmentByUscc = new Map(departments.map((d) => [d.uscc, d.id]));
    const counties = (
      await db.selectFrom('regions').select('code').where('level', '=', 'county').execute()
    ).map((r) => r.code);
    const licenceTypes = new Map<string, LicenceTypeFacts>(
      (await db.selectFrom('licence_types').selectAll().execute()).map((t) => [
        t.code,
        {
          code: t.code,
          typeCode: t.type_code,
          name: t.name,
          holderKind: t.holder_kind,
          validityYears: t.validity_years,
          faceFields: read.json<FaceField[]>(t.face_fields).map((f) => ({ key: f.key, concept: f.concept })),
        },
      ]),
    );
    const { items: published } = await tongban.catalog.publishedCatalogue(db);
    const parents = new Set(published.map((i) => i.parent_id).filter(Boolean));
    const items: ItemSpec[] = published
      .filter((i) => !parents.has(i.id))
      .map((i) => {
        const content = JSON.parse(i.content) as ItemContent;
        return {
          id: i.id,
          versionId: i.version_id,
          code: i.implementation_code,
          name: content.name,
          departmentId: i.department_id,
          regionCode: i.region_code,
          content,
          departmentByUscc,
          licence: (content.result.licenceType && licenceTypes.get(content.result.licenceType)) || null,
        };
      });

    const staff = new Map<string, Partial<Record<'window' | 'reviewer' | 'leader', string[]>>>();
    for (const r of await db
      .selectFrom('staff_roles')
      .select(['account_id', 'department_id', 'role'])
      .execute()) {
      if (r.role !== 'window' && r.role !== 'reviewer' && r.role !== 'leader') continue;
      const roles = staff.get(r.department_id) ?? {};
      (roles[r.role] ??= []).push(r.account_id);
      staff.set(r.department_id, roles);
    }
    const anyWindowStaff = [...staff.values()].flatMap((r) => r.window ?? []);

    const optionSet = async (kind: 'online' | 'window') => {
      const row = await db
        .selectFrom('feedback_option_sets')
        .selectAll()
        .where('kind', '=', kind)
        .where('superseded_at', 'is', null)
        .orderBy('version', 'desc')
        .executeTakeFirstOrThrow();
      return { id: row.id, version: row.version, options: JSON.parse(row.options) as RatingOption[] };
    };

    // A few scanned documents stand for every upload (content-addressed: one file, many references).
    const admin = await tongban.identity.actorForLogin('admin');
    const files = createFileStore(db, dataDir);
    const fileIds: string[] = [];
    for (let i = 0; i < 12; i++) {
      const stored = await files.save(admin, systemContext('bench generate'), {
        name: `scan-${i + 1}.pdf`,
        data: Buffer.from(`%PDF-1.4\n% Tongban bench scan ${i + 1}\n%%EOF\n`),
        visibility: 'private',
      });
      fileIds.push(stored.id);
    }

    // ---- people (with citizen accounts) and organisations, written as the identity service writes them ----
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format:
          '{phase} [{bar}] {percentage}% | {value}/{total} | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    // Citizen accounts share one password hash: hashing 50,000 passwords would take longer than the load.
    const passwordHash = await argonHash(BENCH_PASSWORD);
    const registeredAt = new Date(NOW - 800 * DAY_MS).toISOString();
    const people: World['people'][number][] = [];
    const seen = new Set<string>();
    for (let start = 0; start < PEOPLE; start += 5000) {
      const rows: Array<Tables['people']> = [];
      // Columns with a default (senior_mode, language) are left to it, as for a new account.
      const accounts: Array<Insertable<Tables['accounts']>> = [];
      for (let i = start; i < Math.min(PEOPLE, start + 5000); i++) {
        let p = generatedPerson(SEED, i, counties);
        for (let attempt = 1; seen.has(p.idNumber); attempt++)
          p = generatedPerson(SEED, i, counties, attempt);
        seen.add(p.idNumber);
        const parsed = parseIdNumber(p.idNumber, { today: new Date(NOW).toISOString().slice(0, 10) });
        if (!parsed.ok) throw new Error(`generated an invalid ID number ${p.idNumber}`);
        const rng = new Rng(SEED, 103, i);
        const id = uuidV7(Date.parse(registeredAt), rng);
        const accountId = uuidV7(Date.parse(registeredAt), rng);
        // ID number and mobile encrypted, with their keyed lookup hash and masked form.
        rows.push({
          id,
          name: p.name,
          id_number_cipher: cipher.encrypt(p.idNumber),
          id_number_hash: cipher.lookupHash(p.idNumber),
          id_number_masked: maskIdNumber(p.idNumber),
          birth_date: parsed.birthDate,
          sex: parsed.sex,
          mobile_cipher: cipher.encrypt(p.mobile),
          mobile_hash: cipher.lookupHash(p.mobile),
          mobile_masked: maskMobile(p.mobile),
          email: null,
          created_at: registeredAt,
          updated_at: registeredAt,
        });
        // A citizen logs in by the mobile, kept only as a keyed hash and masked.
        accounts.push({
          id: accountId,
          kind: 'citizen',
          login_name: null,
          login_hash: cipher.lookupHash(p.mobile),
          login_masked: maskMobile(p.mobile),
          password_hash: passwordHash,
          person_id: id,
          display_name: p.name,
          failed_logins: 0,
          locked_until: null,
          disabled: false,
          created_at: registeredAt,
          updated_at: registeredAt,
        });
        people.push({ id, accountId, name: p.name, idNumber: p.idNumber, mobile: p.mobile });
      }
      await inTransaction(db, async (tx) => {
        await insertRows(tx, 'people', rows, limit);
        await insertRows(tx, 'accounts', accounts, limit);
      });
    }
    const organisations: World['organisations'][number][] = [];
    const organisationRows: Array<Tables['organisations']> = [];
    const representations: Array<Tables['representations']> = [];
    for (let i = 0; i < ORGANISATIONS; i++) {
      const o = generatedOrganisation(SEED, i, counties);
      const rng = new Rng(SEED, 105, i);
      const id = uuidV7(Date.parse(registeredAt), rng);
      const representative = (i * 7) % people.length;
      organisationRows.push({
        id,
        name: o.name,
        uscc: o.uscc,
        uscc_warnings: '[]',
        kind: o.kind,
        region_code: o.regionCode,
        created_at: registeredAt,
      });
      representations.push({
        id: uuidV7(Date.parse(registeredAt), rng),
        organisation_id: id,
        person_id: people[representative]!.id,
        relation: 'legal_representative',
        created_at: registeredAt,
        revoked_at: null,
      });
      organisations.push({ id, name: o.name, uscc: o.uscc, representative });
    }
    await inTransaction(db, async (tx) => {
      await insertRows(tx, 'organisations', organisationRows, limit);
      await insertRows(tx, 'representations', representations, limit);
    });
    const tIdentity = Date.now();
    log(`${PEOPLE} people with accounts, ${ORGANISATIONS} organisations (${seconds(tIdentity - tDemo)})`);

    const calendar = await loadWorkingCalendar(db);
    const start = NOW - 730 * DAY_MS;
    const world: World = {
      seed: SEED,
      mix: args.mix as Mix,
      now: NOW,
      start,
      calendar: new FastCalendar(calendar, beijingDay(start) - 400, beijingDay(NOW) + 800),
      items,
      itemWeights: itemWeights(items.length, SEED),
      people,
      organisations,
      staff,
      anyWindowStaff,
      fileIds,
      optionSets: { online: await optionSet('online'), window: await optionSet('window') },
      feedback: loadFeedbackSettings(),
      acceptanceDays: tongban.platform.config.acceptanceDays,
      warnPercent: tongban.platform.config.deadlineWarnPercent,
    };

    // ---- seal keys of the issuing departments (created by the product's seal module on first use) ----
    const seals = createSealKeys(tongban.platform, tongban.identity);
    const signers = new Map<string, { keyId: string; algorithm: SignatureAlgorithm; privateKey: string }>();
    for (const departmentId of new Set(items.filter((i) => i.licence).map((i) => i.departmentId))) {
      await seals.sign(db, departmentId, 'bench', new Date(NOW));
      const key = await db
        .selectFrom('seal_keys')
        .selectAll()
        .where('department_id', '=', departmentId)
        .where('status', '=', 'active')
        .executeTakeFirstOrThrow();
      signers.set(departmentId, {
        keyId: key.id,
        algorithm: key.algorithm,
        privateKey: cipher.decrypt(key.private_key_cipher),
      });
    }
    const departmentById = new Map(departments.map((d) => [d.id, d]));

    // Counters continue from whatever the demo already used.
    const caseNumbers = new Map<string, number>();
    const inquiryNumbers = new Map<string, number>();
    const serials = new Map<string, number>(
      (await db.selectFrom('licence_serials').selectAll().execute()).map((s) => [
        `${s.type_code}|${s.issuer_code}`,
        s.last_serial,
      ]),
    );
    const next = (map: Map<string, number>, key: string) => {
      const n = (map.get(key) ?? 0) + 1;
      map.set(key, n);
      return n;
    };

    // ---- cases ----
    const counts: Record<string, number> = {};
    type Rows = { [T in keyof Tables]?: Array<Tables[T]> };
    const add = <T extends keyof Tables>(rows: Rows, table: T, list: Array<Tables[T]>) => {
      if (list.length === 0) return;
      ((rows[table] ??= []) as Array<Tables[T]>).push(...list);
      counts[table] = (counts[table] ?? 0) + list.length;
    };
    const statuses: Record<string, number> = {};

    function write(plan: CasePlan, rows: Rows) {
      const c = plan.row;
      statuses[c.status] = (statuses[c.status] ?? 0) + 1;
      const caseNumber =
        plan.numberDay === null
          ? null
          : `${c.region_code}-${plan.numberDay}-${String(next(caseNumbers, `${c.region_code}|${plan.numberDay}`)).padStart(6, '0')}`;
      add(rows, 'cases', [
        { ...c, case_number: caseNumber, form_cipher: cipher.encrypt(JSON.stringify(plan.form)) },
      ]);
      add(rows, 'case_materials', plan.materials);
      add(rows, 'tasks', plan.tasks);
      const numbered = { case_number: caseNumber ?? '' };
      if (plan.invitation) add(rows, 'feedback_invitations', [{ ...plan.invitation, ...numbered }]);
      add(
        rows,
        'feedback_evaluations',
        plan.evaluations.map((e) => ({ ...e, ...numbered })),
      );
      add(
        rows,
        'feedback_rectifications',
        plan.rectifications.map((r) => ({ ...r, ...numbered })),
      );
      add(rows, 'feedback_rectification_steps', plan.rectificationSteps);
      add(
        rows,
        'feedback_inquiries',
        plan.inquiries.map((q) => {
          const prefix = q.row.kind === 'complaint' ? 'TS' : 'ZX';
          const scope = `${prefix}${q.row.region_code}`;
          const number = `${scope}${q.day}${String(next(inquiryNumbers, `${scope}|${q.day}`)).padStart(4, '0')}`;
          return {
            ...q.row,
            number,
            access_code_hash: q.accessCode ? cipher.lookupHash(`inquiry:${number}:${q.accessCode}`) : null,
          };
        }),
      );
      const l = plan.licence;
      if (l) {
        const issuer = departmentById.get(l.issuerDepartmentId)!;
        const signer = signers.get(l.issuerDepartmentId)!;
        const serial = `${l.validFrom.slice(0, 4)}${String(next(serials, `${l.type.typeCode}|${issuer.uscc}`)).padStart(7, '0')}`;
        const identifier = makeLicenceIdentifier({
          typeCode: l.type.typeCode,
          issuerCode: issuer.uscc,
          serial,
          version: versionText(1),
        });
        const doc: LicenceDocument = {
          identifier,
          type: l.type.code,
          typeCode: l.type.typeCode,
          name: l.type.name,
          serial,
          version: 1,
          issuer: { name: issuer.name, code: issuer.uscc },
          holder: { kind: l.holder.kind, name: l.holder.name, code: l.holder.code },
          issuedAt: l.issuedAt,
          validFrom: l.validFrom,
          validUntil: l.validUntil,
          trustLevel: 'A',
          face: l.face,
        };
        add(rows, 'licences', [
          {
            id: l.id,
            identifier,
            name: l.type.name,
            type: l.type.code,
            type_code: l.type.typeCode,
            serial,
            version: 1,
            issuer_department_id: issuer.id,
            issuer_code: issuer.uscc,
            issuer_name: issuer.name,
            holder_kind: l.holder.kind,
            holder_person_id: l.holder.personId,
            holder_organisation_id: l.holder.organisationId,
            holder_name: l.holder.name,
            holder_code_cipher: cipher.encrypt(l.holder.code),
            holder_code_hash: cipher.lookupHash(l.holder.code),
            holder_code_masked: maskHolderCode(l.holder.kind, l.holder.code),
            face_cipher: cipher.encrypt(JSON.stringify(l.face)),
            issued_at: l.issuedAt,
            valid_from: l.validFrom,
            valid_until: l.validUntil,
            trust_level: 'A',
            status: l.status,
            status_reason: l.statusReason,
            status_changed_at: l.statusChangedAt,
            source: 'case',
            case_id: l.caseId,
            previous_id: null,
            key_id: signer.keyId,
            algorithm: signer.algorithm,
            signature: signText(signer.algorithm, signer.privateKey, signedTextOf(doc)),
            reminded_at: null,
            created_at: l.issuedAt,
          },
        ]);
      }
    }

    const ORDER: Array<keyof Tables> = [
      'cases',
      'case_materials',
      'tasks',
      'feedback_invitations',
      'feedback_evaluations',
      'feedback_rectifications',
      'feedback_rectification_steps',
      'feedback_inquiries',
      'licences',
    ];
    const flush = (rows: Rows) =>
      inTransaction(db, async (tx) => {
        for (const table of ORDER) await insertRows(tx, table, (rows[table] ?? []) as never, limit);
      });

    // Secondary indexes are dropped for the load and rebuilt from their own definitions (read back from the
    // schema the product's migrations made): one sort per index instead of a B-tree insert per row and index.
    // Primary keys and unique constraints stay, so they are checked row by row as usual.
    const indexes = await secondaryIndexes(tongban, ORDER);
    for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(db);

    const tCases = Date.now();
    const cpuCases = process.cpuUsage();
    let rowsWritten = 0;
    let pending: Promise<void> | null = null;
    let lastLine = Date.now();
    bar.start(N, 0, { phase: 'cases', rows: 0, rate: 0 });
    for (let first = 0; first < N; first += CHUNK) {
      const rows: Rows = {};
      for (let i = first; i < Math.min(N, first + CHUNK); i++) write(planCase(world, i), rows);
      // PostgreSQL writes the previous chunk while this process builds the next one.
      if (pending) await pending;
      pending = flush(rows);
      rowsWritten += Object.values(rows).reduce((s, list) => s + list.length, 0);
      const done = Math.min(N, first + CHUNK);
      const rate = Math.round(rowsWritten / ((Date.now() - tCases) / 1000));
      bar.update(done, { rows: rowsWritten, rate });
      // Redirected to a file the bar draws nothing (and SQLite's synchronous writes starve its timer): a line instead.
      if (!process.stderr.isTTY && Date.now() - lastLine > 30_000) {
        lastLine = Date.now();
        log(`cases ${done}/${N} · ${rowsWritten} rows · ${rate} rows/s · ${seconds(Date.now() - tCases)}`);
      }
    }
    if (pending) await pending;
    bar.stop();
    const tLoaded = Date.now();
    const cpu = process.cpuUsage(cpuCases);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    bar.start(indexes.length, 0, { phase: 'indexes', rows: 0, rate: 0 });
    for (const [i, index] of indexes.entries()) {
      await sql.raw(index.definition).execute(db);
      bar.update(i + 1);
    }
    bar.stop();
    const tIndexed = Date.now();

    // ---- counters, so the product's next number follows the generated ones ----
    await inTransaction(db, async (tx) => {
      const upsert = async (
        table: 'case_sequences' | 'feedback_sequences',
        map: Map<string, number>,
        scopeOf: (k: string) => string,
      ) => {
        const rows = [...map].map(([key, n]) => ({
          scope: scopeOf(key.split('|')[0]!),
          period: key.split('|')[1]!,
          last_no: n,
        }));
        for (let i = 0; i < rows.length; i += 5000)
          await tx
            .insertInto(table)
            .values(rows.slice(i, i + 5000))
            .onConflict((oc) =>
              oc.columns(['scope', 'period']).doUpdateSet((eb) => ({ last_no: eb.ref('excluded.last_no') })),
            )
            .execute();
      };
      await upsert('case_sequences', caseNumbers, (region) => `case:${region}`);
      await upsert('feedback_sequences', inquiryNumbers, (scope) => scope);
      for (const [key, n] of serials) {
        const [typeCode, issuerCode] = key.split('|') as [string, string];
        await tx
          .insertInto('licence_serials')
          .values({ type_code: typeCode, issuer_code: issuerCode, last_serial: n })
          .onConflict((oc) => oc.columns(['type_code', 'issuer_code']).doUpdateSet({ last_serial: n }))
          .execute();
      }
    });
    // PostgreSQL's autovacuum would vacuum and analyse the new rows within minutes (statistics, and the
    // visibility map index-only scans need); do it now so every run plans alike. SQLite gets no ANALYZE:
    // the product never runs one, so the benchmark sees the plans it would.
    if (engine === 'postgres') await sql`vacuum (analyze)`.execute(db);
    else await sql`pragma wal_checkpoint(truncate)`.execute(db);
    const tEnd = Date.now();

    // ---- report ----
    const tables = ['people', 'accounts', 'organisations', 'audit_log', ...ORDER] as const;
    const totals: Array<[string, number]> = [];
    for (const t of tables)
      totals.push([
        t,
        Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(db)).rows[0]!.n),
      ]);
    const size =
      engine === 'postgres'
        ? Number(
            (await sql<{ n: number }>`select pg_database_size(current_database()) as n`.execute(db)).rows[0]!
              .n,
          )
        : fs.statSync(path.join(dataDir, 'tongban.sqlite')).size;
    const generated = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(
      `\n${engine} · ${N.toLocaleString('en')} cases · seed ${SEED} · mix ${args.mix} · now ${new Date(NOW).toISOString()}`,
    );
    console.log(
      `data directory ${dataDir}${engine === 'postgres' ? ` · ${args.url!.replace(/:[^:@/]*@/, ':…@')}` : ''}`,
    );
    console.log('\n| table | rows |\n| --- | ---: |');
    for (const [t, n] of totals) console.log(`| ${t} | ${n.toLocaleString('en')} |`);
    console.log('\n| status | cases |\n| --- | ---: |');
    for (const [s, n] of Object.entries(statuses).sort((a, b) => b[1] - a[1]))
      console.log(`| ${s} | ${n.toLocaleString('en')} (${((100 * n) / N).toFixed(1)}%) |`);
    console.log(
      `\ndemo ${seconds(tDemo - t0)} · people/organisations ${seconds(tIdentity - tDemo)} · cases ${seconds(tLoaded - tCases)} ` +
        `(${generated.toLocaleString('en')} rows, ${Math.round(generated / ((tLoaded - tCases) / 1000)).toLocaleString('en')} rows/s; ` +
        `this process's CPU ${seconds(cpuMs)}, ${Math.round(generated / (cpuMs / 1000)).toLocaleString('en')} rows per CPU-second) · ` +
        `${indexes.length} indexes rebuilt ${seconds(tIndexed - tLoaded)} · counters/analyse ${seconds(tEnd - tIndexed)} · total ${seconds(tEnd - t0)} · database ${(size / 2 ** 20).toFixed(0)} MiB`,
    );
  } finally {
    await tongban.close();
  }
}

await main();
