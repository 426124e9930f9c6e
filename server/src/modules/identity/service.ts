import crypto from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { appendAudit, type AuditContext } from '../../platform/audit/audit.ts';
import { anonymous, type Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { countHit } from '../../platform/auth/rate-limit.ts';
import type { Platform } from '../../platform/context.ts';
import { inTransaction, read, type Queryable, type Tx } from '../../platform/db/database.ts';
import { Problem, fieldError, problems, type FieldError } from '../../platform/errors.ts';
import { SESSION_COOKIE } from '../../platform/http/server.ts';
import { newId, nowIso } from '../../platform/ids.ts';
import { maskIdNumber, parseIdNumber } from './id-number.ts';
import { identityPolicy, type OrganisationRecord } from './policy.ts';
import * as store from './store.ts';
import type { Language, Relation, StaffRole } from './tables.ts';
import { parseUscc } from './uscc.ts';
import {
  MOBILE_PATTERN,
  checkIdNumber,
  checkMobile,
  checkName,
  checkOrganisationName,
  checkPassword,
  maskMobile,
} from './validation.ts';

export interface Me {
  accountId: string;
  kind: 'citizen' | 'staff';
  loginName: string;
  displayName: string;
  csrfToken: string;
  person: {
    id: string;
    name: string;
    idNumberMasked: string;
    mobileMasked: string;
    birthDate: string;
    sex: 'male' | 'female';
  } | null;
  roles: Array<{
    role: StaffRole;
    departmentId: string;
    departmentName: string;
    regionCode: string;
    regionName: string;
  }>;
  organisations: Array<{ id: string; name: string; uscc: string; relation: Relation }>;
  actingFor: { organisationId: string; name: string } | null;
  preferences: Preferences;
}

/** Display preferences kept on the account (长辈模式, UI language). */
export interface Preferences {
  seniorMode: boolean;
  language: Language | null;
}

const preferencesOf = (account: {
  senior_mode: boolean | number;
  language: Language | null;
}): Preferences => ({
  seniorMode: read.bool(account.senior_mode),
  language: account.language,
});

export interface DepartmentInfo {
  id: string;
  name: string;
  uscc: string;
  kind: string;
  regionCode: string;
  regionName: string;
  regionLevel: 'province' | 'city' | 'county';
}

function toDepartmentInfo(r: {
  id: string;
  name: string;
  uscc: string;
  kind: string;
  region_code: string;
  region_name: string;
  region_level: 'province' | 'city' | 'county';
}): DepartmentInfo {
  return {
    id: r.id,
    name: r.name,
    uscc: r.uscc,
    kind: r.kind,
    regionCode: r.region_code,
    regionName: r.region_name,
    regionLevel: r.region_level,
  };
}

export interface SessionCookie {
  name: string;
  value: string;
  options: { httpOnly: boolean; sameSite: 'lax'; secure: boolean; path: string; maxAge: number };
}

export interface PersonInput {
  name: string;
  idNumber: string;
  mobile?: string | null;
  email?: string | null;
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
const randomToken = (bytes: number) => crypto.randomBytes(bytes).toString('base64url');
// Verifying against this keeps a login for an unknown account as slow as one for a known account.
const DUMMY_HASH = argonHash('tongban-timing-equaliser');

export function createIdentityService(platform: Platform) {
  const { db, cipher, config } = platform;

  /** A mobile at rest, as an ID number is: encrypted, a keyed hash to find it, and masked for display. */
  const mobileColumns = (mobile: string | null | undefined) =>
    mobile
      ? {
          mobile_cipher: cipher.encrypt(mobile),
          mobile_hash: cipher.lookupHash(mobile),
          mobile_masked: maskMobile(mobile),
        }
      : { mobile_cipher: null, mobile_hash: null, mobile_masked: null };

  const mobileOf = (person: store.PersonRow) =>
    person.mobile_cipher ? cipher.decrypt(person.mobile_cipher) : null;

  /** Staff log in by a username; citizens by their mobile, kept only as a keyed hash and masked. */
  const loginColumns = (kind: 'citizen' | 'staff', loginName: string) =>
    kind === 'citizen'
      ? { login_name: null, login_hash: cipher.lookupHash(loginName), login_masked: maskMobile(loginName) }
      : { login_name: loginName, login_hash: null, login_masked: null };

  async function insertPerson(
    tx: Tx,
    input: PersonInput,
    idNumber: string,
    birthDate: string,
    sex: 'male' | 'female',
  ) {
    const now = nowIso();
    const id = newId();
    await tx
      .insertInto('people')
      .values({
        id,
        name: input.name.trim(),
        id_number_cipher: cipher.encrypt(idNumber),
        id_number_hash: cipher.lookupHash(idNumber),
        id_number_masked: maskIdNumber(idNumber),
        birth_date: birthDate,
        sex,
        ...mobileColumns(input.mobile),
        email: input.email ?? null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  /** Creates a natural person (or returns the existing one with the same ID number). */
  async function ensurePerson(tx: Tx, audit: AuditContext, input: PersonInput): Promise<string> {
    const errors: FieldError[] = [];
    checkName('name', input.name, errors);
    const parsed = checkIdNumber('idNumber', input.idNumber, errors);
    if (input.mobile) checkMobile('mobile', input.mobile, errors);
    if (errors.length > 0 || !parsed) throw problems.validation(errors);
    const existing = await store.findPersonByIdHash(tx, cipher.lookupHash(parsed.idNumber));
    if (existing) return existing.id;
    const id = await insertPerson(tx, input, parsed.idNumber, parsed.birthDate, parsed.sex);
    await appendAudit(tx, audit, { action: 'person.create', recordType: 'person', recordId: id });
    return id;
  }

  async function createSession(tx: Tx, accountId: string, request: FastifyRequest) {
    const token = randomToken(32);
    const now = new Date();
    await tx
      .insertInto('sessions')
      .values({
        id: sha256(token),
        account_id: accountId,
        csrf_token: randomToken(24),
        acting_for_organisation_id: null,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + config.sessionTtlHours * 3600_000).toISOString(),
        ip: request.ip,
        user_agent: (request.headers['user-agent'] ?? '').slice(0, 300),
      })
      .execute();
    return token;
  }

  function sessionCookie(token: string): SessionCookie {
    return {
      name: SESSION_COOKIE,
      value: token,
      options: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        path: '/',
        maxAge: config.sessionTtlHours * 3600,
      },
    };
  }

  async function insertAccount(
    tx: Tx,
    input: {
      kind: 'citizen' | 'staff';
      loginName: string;
      passwordHash: string;
      personId: string;
      displayName: string;
    },
  ) {
    const now = nowIso();
    const id = newId();
    await tx
      .insertInto('accounts')
      .values({
        id,
        kind: input.kind,
        ...loginColumns(input.kind, input.loginName),
        password_hash: input.passwordHash,
        person_id: input.personId,
        display_name: input.displayName,
        failed_logins: 0,
        locked_until: null,
        disabled: false,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  /** A citizen account for a person already on record (used by seeding and window registration). */
  async function createCitizenAccount(
    tx: Tx,
    audit: AuditContext,
    input: { personId: string; loginName: string; password: string; displayName: string },
  ) {
    const errors: FieldError[] = [];
    checkMobile('loginName', input.loginName, errors);
    checkPassword('password', input.password, errors);
    if (errors.length > 0) throw problems.validation(errors);
    const id = await insertAccount(tx, {
      kind: 'citizen',
      ...input,
      passwordHash: await argonHash(input.password),
    });
    await appendAudit(tx, audit, { action: 'account.create', recordType: 'account', recordId: id });
    return id;
  }

  async function registerCitizen(
    request: FastifyRequest,
    audit: AuditContext,
    input: { name: string; idNumber: string; mobile: string; password: string },
  ) {
    const errors: FieldError[] = [];
    checkName('name', input.name, errors);
    const parsed = checkIdNumber('idNumber', input.idNumber, errors);
    checkMobile('mobile', input.mobile, errors);
    checkPassword('password', input.password, errors);
    if (errors.length > 0 || !parsed) throw problems.validation(errors);
    const passwordHash = await argonHash(input.password);

    return inTransaction(db, async (tx) => {
      const conflicts: FieldError[] = [];
      const person = await store.findPersonByIdHash(tx, cipher.lookupHash(parsed.idNumber));
      if (person && (await store.findCitizenAccountByPerson(tx, person.id))) {
        conflicts.push(
          fieldError(
            'idNumber',
            '该身份证号码已注册，请直接登录',
            'This ID number is already registered; please log in',
          ),
        );
      }
      if (await store.findAccountByLoginHash(tx, cipher.lookupHash(input.mobile))) {
        conflicts.push(fieldError('mobile', '该手机号码已注册', 'This mobile number is already registered'));
      }
      if (conflicts.length > 0) {
        throw new Problem(
          409,
          'ALREADY_REGISTERED',
          { zh: '账号已存在', en: 'An account already exists' },
          conflicts,
        );
      }
      const personId =
        person?.id ?? (await insertPerson(tx, input, parsed.idNumber, parsed.birthDate, parsed.sex));
      const accountId = await insertAccount(tx, {
        kind: 'citizen',
        loginName: input.mobile,
        passwordHash,
        personId,
        displayName: input.name.trim(),
      });
      const withActor = { ...audit, actorAccountId: accountId, actorName: input.name.trim() };
      await appendAudit(tx, withActor, {
        action: 'account.register',
        recordType: 'account',
        recordId: accountId,
      });
      const token = await createSession(tx, accountId, request);
      await appendAudit(tx, withActor, { action: 'auth.login', recordType: 'account', recordId: accountId });
      return { token, cookie: sessionCookie(token) };
    });
  }

  /** The account a login identifier names: a citizen's ID number or mobile, or a staff username. */
  async function findLoginAccount(q: Queryable, identifier: string) {
    const trimmed = identifier.trim();
    const asId = parseIdNumber(trimmed);
    if (asId.ok) {
      const person = await store.findPersonByIdHash(q, cipher.lookupHash(asId.idNumber));
      return person ? store.findCitizenAccountByPerson(q, person.id) : undefined;
    }
    if (MOBILE_PATTERN.test(trimmed)) return store.findAccountByLoginHash(q, cipher.lookupHash(trimmed));
    return store.findAccountByLogin(q, trimmed);
  }

  async function recordFailure(audit: AuditContext, accountId: string | null, reason: string, lock: boolean) {
    await inTransaction(db, async (tx) => {
      if (accountId) {
        await tx
          .updateTable('accounts')
          .set((eb) =>
            lock
              ? {
                  failed_logins: 0,
                  locked_until: new Date(Date.now() + config.loginLockMinutes * 60_000).toISOString(),
                  updated_at: nowIso(),
                }
              : { failed_logins: eb('failed_logins', '+', 1), updated_at: nowIso() },
          )
          .where('id', '=', accountId)
          .execute();
      }
      await appendAudit(tx, audit, {
        action: lock ? 'auth.locked' : 'auth.login_failed',
        recordType: 'account',
        recordId: accountId,
        detail: { reason },
      });
    });
  }

  async function login(request: FastifyRequest, audit: AuditContext, identifier: string, password: string) {
    const hits = await countHit(db, `login:ip:${request.ip}`, 60_000);
    if (hits > config.loginRateLimitPerMinute) {
      throw new Problem(429, 'RATE_LIMITED', {
        zh: '登录尝试过于频繁，请1分钟后再试',
        en: 'Too many login attempts; wait a minute and try again',
      });
    }
    const invalid = () =>
      new Problem(401, 'INVALID_CREDENTIALS', { zh: '账号或密码错误', en: 'Wrong account or password' });
    const account = await findLoginAccount(db, identifier);
    if (!account) {
      await argonVerify(await DUMMY_HASH, password);
      await recordFailure(audit, null, 'unknown account', false);
      throw invalid();
    }
    if (account.locked_until && account.locked_until > nowIso()) {
      throw new Problem(423, 'ACCOUNT_LOCKED', {
        zh: `密码错误次数过多，账号已暂时锁定，请${config.loginLockMinutes}分钟后再试`,
        en: `Too many wrong passwords; the account is locked for ${config.loginLockMinutes} minutes`,
      });
    }
    if (read.bool(account.disabled)) {
      throw new Problem(403, 'ACCOUNT_DISABLED', { zh: '账号已停用', en: 'This account is disabled' });
    }
    const failureAudit = { ...audit, actorAccountId: account.id, actorName: account.display_name };
    if (!(await argonVerify(account.password_hash, password))) {
      const lock = account.failed_logins + 1 >= config.loginMaxFailures;
      await recordFailure(failureAudit, account.id, 'wrong password', lock);
      if (lock) {
        throw new Problem(423, 'ACCOUNT_LOCKED', {
          zh: `密码错误次数过多，账号已暂时锁定，请${config.loginLockMinutes}分钟后再试`,
          en: `Too many wrong passwords; the account is locked for ${config.loginLockMinutes} minutes`,
        });
      }
      throw invalid();
    }
    return inTransaction(db, async (tx) => {
      await tx
        .updateTable('accounts')
        .set({ failed_logins: 0, locked_until: null, updated_at: nowIso() })
        .where('id', '=', account.id)
        .execute();
      const token = await createSession(tx, account.id, request);
      await appendAudit(tx, failureAudit, {
        action: 'auth.login',
        recordType: 'account',
        recordId: account.id,
      });
      return { token, cookie: sessionCookie(token) };
    });
  }

  async function logout(audit: AuditContext, actor: Actor) {
    if (!actor.sessionId) return;
    await inTransaction(db, async (tx) => {
      await tx.deleteFrom('sessions').where('id', '=', actor.sessionId!).execute();
      await appendAudit(tx, audit, {
        action: 'auth.logout',
        recordType: 'account',
        recordId: actor.accountId,
      });
    });
  }

  /** Turns a session cookie into an actor; an unknown or expired session is anonymous. */
  function authenticate(request: FastifyRequest): Promise<Actor> {
    return actorForToken(request.cookies[SESSION_COOKIE]);
  }

  async function actorForToken(token: string | undefined): Promise<Actor> {
    if (!token) return anonymous;
    const row = await db
      .selectFrom('sessions')
      .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
      .leftJoin('organisations', 'organisations.id', 'sessions.acting_for_organisation_id')
      .select([
        'sessions.id as session_id',
        'sessions.csrf_token',
        'sessions.expires_at',
        'sessions.acting_for_organisation_id',
        'organisations.name as acting_for_name',
        'accounts.id as account_id',
        'accounts.kind',
        'accounts.person_id',
        'accounts.display_name',
        'accounts.disabled',
      ])
      .where('sessions.id', '=', sha256(token))
      .executeTakeFirst();
    if (!row || row.expires_at <= nowIso() || read.bool(row.disabled)) return anonymous;
    const roles = row.kind === 'staff' ? await store.rolesOfAccount(db, row.account_id) : [];
    let actingFor: Actor['actingFor'] = null;
    if (row.acting_for_organisation_id && row.person_id) {
      const relation = (await store.representationsOfPerson(db, row.person_id)).find(
        (r) => r.id === row.acting_for_organisation_id,
      );
      if (relation)
        actingFor = { organisationId: relation.id, name: relation.name, relation: relation.relation };
    }
    return {
      kind: row.kind,
      accountId: row.account_id,
      personId: row.person_id,
      name: row.display_name,
      roles: roles.map((r) => ({ role: r.role, departmentId: r.department_id, regionCode: r.region_code })),
      actingFor,
      sessionId: row.session_id,
      csrfToken: row.csrf_token,
    };
  }

  /** The actor an operator's command runs as (CLI, seeding): the account's real roles, no session. */
  async function actorForLogin(loginName: string): Promise<Actor> {
    const account = await findLoginAccount(db, loginName);
    if (!account || read.bool(account.disabled)) throw problems.notFound({ zh: '该账号', en: 'Account' });
    const roles = account.kind === 'staff' ? await store.rolesOfAccount(db, account.id) : [];
    return {
      ...anonymous,
      kind: account.kind,
      accountId: account.id,
      personId: account.person_id,
      name: account.display_name,
      roles: roles.map((r) => ({ role: r.role, departmentId: r.department_id, regionCode: r.region_code })),
    };
  }

  async function me(actor: Actor): Promise<Me> {
    if (!actor.accountId) throw problems.unauthenticated();
    const account = await store.findAccount(db, actor.accountId);
    if (!account) throw problems.unauthenticated();
    const person = account.person_id ? await store.findPerson(db, account.person_id) : undefined;
    const roles = account.kind === 'staff' ? await store.rolesOfAccount(db, account.id) : [];
    const organisations = person ? await store.representationsOfPerson(db, person.id) : [];
    return {
      accountId: account.id,
      kind: account.kind,
      loginName: account.login_name ?? account.login_masked ?? '',
      displayName: account.display_name,
      csrfToken: actor.csrfToken ?? '',
      person: person
        ? {
            id: person.id,
            name: person.name,
            idNumberMasked: person.id_number_masked,
            mobileMasked: person.mobile_masked ?? '',
            birthDate: person.birth_date,
            sex: person.sex,
          }
        : null,
      roles: roles.map((r) => ({
        role: r.role,
        departmentId: r.department_id,
        departmentName: r.department_name,
        regionCode: r.region_code,
        regionName: r.region_name,
      })),
      // One entry per organisation; a legal representative listed as agent too is shown as representative.
      organisations: [
        ...new Map(
          [...organisations]
            .sort((a, b) => (a.relation === 'agent' ? 0 : 1) - (b.relation === 'agent' ? 0 : 1))
            .map((o) => [o.id, { id: o.id, name: o.name, uscc: o.uscc, relation: o.relation }]),
        ).values(),
      ],
      actingFor: actor.actingFor
        ? { organisationId: actor.actingFor.organisationId, name: actor.actingFor.name }
        : null,
      preferences: preferencesOf(account),
    };
  }

  /** Changes the caller's own display preferences; fields left out keep their value. */
  async function setPreferences(
    actor: Actor,
    audit: AuditContext,
    changes: Partial<Preferences>,
  ): Promise<Preferences> {
    if (!actor.accountId) throw problems.unauthenticated();
    if (changes.seniorMode === undefined && changes.language === undefined) {
      throw problems.validation([
        {
          field: '(body)',
          message: {
            zh: '请至少提供一项偏好：seniorMode（长辈模式）或 language（语言）',
            en: 'Give at least one preference: seniorMode or language',
          },
        },
      ]);
    }
    const accountId = actor.accountId;
    return inTransaction(db, async (tx) => {
      const account = await store.findAccount(tx, accountId);
      if (!account) throw problems.unauthenticated();
      const before = preferencesOf(account);
      const after = { ...before, ...changes };
      const changed = Object.fromEntries(
        (Object.keys(changes) as Array<keyof Preferences>)
          .filter((key) => before[key] !== after[key])
          .map((key) => [key, after[key]]),
      );
      // Saving what is already there changes nothing, so nothing is recorded.
      if (Object.keys(changed).length === 0) return before;
      await tx
        .updateTable('accounts')
        .set({ senior_mode: after.seniorMode, language: after.language, updated_at: nowIso() })
        .where('id', '=', accountId)
        .execute();
      await appendAudit(tx, audit, {
        action: 'account.preferences',
        recordType: 'account',
        recordId: accountId,
        detail: changed,
      });
      return after;
    });
  }

  async function organisationRecord(
    q: Queryable,
    id: string,
  ): Promise<OrganisationRecord & { name: string; uscc: string }> {
    const org = await store.findOrganisation(q, id);
    if (!org) throw problems.notFound({ zh: '该组织', en: 'Organisation' });
    const reps = await q
      .selectFrom('representations')
      .select(['person_id', 'relation'])
      .where('organisation_id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
    return {
      id: org.id,
      name: org.name,
      uscc: org.uscc,
      regionCode: org.region_code,
      representatives: reps.map((r) => ({ personId: r.person_id, relation: r.relation })),
    };
  }

  async function setActingFor(actor: Actor, audit: AuditContext, organisationId: string | null) {
    if (!actor.sessionId) throw problems.unauthenticated();
    if (organisationId !== null)
      authorize(identityPolicy, 'actFor', actor, await organisationRecord(db, organisationId));
    await inTransaction(db, async (tx) => {
      await tx
        .updateTable('sessions')
        .set({ acting_for_organisation_id: organisationId })
        .where('id', '=', actor.sessionId!)
        .execute();
      await appendAudit(tx, audit, {
        action: organisationId ? 'auth.act_for' : 'auth.act_for_self',
        recordType: organisationId ? 'organisation' : 'account',
        recordId: organisationId ?? actor.accountId,
      });
    });
  }

  /** A staff read of a person's record is itself recorded in the audit log. */
  async function readPerson(actor: Actor, audit: AuditContext, personId: string) {
    authorize(identityPolicy, 'readPerson', actor, { id: personId });
    const person = await store.findPerson(db, personId);
    if (!person) throw problems.notFound({ zh: '该人员', en: 'Person' });
    if (actor.personId !== personId) {
      await inTransaction(db, (tx) =>
        appendAudit(tx, audit, { action: 'person.read', recordType: 'person', recordId: personId }),
      );
    }
    return {
      id: person.id,
      name: person.name,
      idNumberMasked: person.id_number_masked,
      birthDate: person.birth_date,
      sex: person.sex,
      mobileMasked: person.mobile_masked ?? '',
    };
  }

  /** A person's own data for other modules (prefilling their forms, rule facts); the caller audits staff reads. */
  async function profileOf(q: Queryable, personId: string) {
    const person = await store.findPerson(q, personId);
    if (!person) return null;
    return {
      id: person.id,
      name: person.name,
      idNumber: cipher.decrypt(person.id_number_cipher),
      idNumberMasked: person.id_number_masked,
      birthDate: person.birth_date,
      sex: person.sex,
      mobile: mobileOf(person),
      email: person.email,
    };
  }

  async function createDepartment(
    tx: Tx,
    audit: AuditContext,
    input: { name: string; uscc: string; kind: string; regionCode: string },
  ) {
    const errors: FieldError[] = [];
    checkOrganisationName('name', input.name, errors);
    const parsed = parseUscc(input.uscc);
    if (!parsed.ok) errors.push({ field: 'uscc', message: parsed.message });
    if (!(await store.findRegion(tx, input.regionCode))) {
      errors.push(fieldError('regionCode', '行政区划代码不存在', 'Unknown administrative region code'));
    }
    if (errors.length > 0 || !parsed.ok) throw problems.validation(errors);
    if (await store.findDepartmentByUscc(tx, parsed.uscc)) {
      throw new Problem(
        409,
        'DEPARTMENT_EXISTS',
        { zh: '该统一社会信用代码的部门已存在', en: 'A department with this credit code exists' },
        [fieldError('uscc', '该统一社会信用代码已被使用', 'This credit code is already used')],
      );
    }
    const id = newId();
    await tx
      .insertInto('departments')
      .values({
        id,
        name: input.name.trim(),
        uscc: parsed.uscc,
        kind: input.kind,
        region_code: input.regionCode,
        created_at: nowIso(),
      })
      .execute();
    await appendAudit(tx, audit, { action: 'department.create', recordType: 'department', recordId: id });
    return id;
  }

  async function createOrganisation(
    tx: Tx,
    audit: AuditContext,
    input: { name: string; uscc: string; kind: string; regionCode: string },
  ) {
    const errors: FieldError[] = [];
    checkOrganisationName('name', input.name, errors);
    const parsed = parseUscc(input.uscc);
    if (!parsed.ok) errors.push({ field: 'uscc', message: parsed.message });
    if (errors.length > 0 || !parsed.ok) throw problems.validation(errors);
    const existing = await store.findOrganisationByUscc(tx, parsed.uscc);
    if (existing) return { id: existing.id, warnings: read.json<unknown[]>(existing.uscc_warnings) };
    const id = newId();
    await tx
      .insertInto('organisations')
      .values({
        id,
        name: input.name.trim(),
        uscc: parsed.uscc,
        uscc_warnings: JSON.stringify(parsed.warnings),
        kind: input.kind,
        region_code: input.regionCode,
        created_at: nowIso(),
      })
      .execute();
    await appendAudit(tx, audit, {
      action: 'organisation.create',
      recordType: 'organisation',
      recordId: id,
      detail: { usccWarnings: parsed.warnings.map((w) => w.code) },
    });
    return { id, warnings: parsed.warnings };
  }

  async function addRepresentation(
    tx: Tx,
    audit: AuditContext,
    organisationId: string,
    personId: string,
    relation: Relation,
  ) {
    const existing = await tx
      .selectFrom('representations')
      .select(['id', 'revoked_at'])
      .where('organisation_id', '=', organisationId)
      .where('person_id', '=', personId)
      .where('relation', '=', relation)
      .executeTakeFirst();
    if (existing && !existing.revoked_at) return existing.id;
    const id = existing?.id ?? newId();
    if (existing) {
      await tx.updateTable('representations').set({ revoked_at: null }).where('id', '=', id).execute();
    } else {
      await tx
        .insertInto('representations')
        .values({
          id,
          organisation_id: organisationId,
          person_id: personId,
          relation,
          created_at: nowIso(),
          revoked_at: null,
        })
        .execute();
    }
    await appendAudit(tx, audit, {
      action: 'organisation.representative_add',
      recordType: 'organisation',
      recordId: organisationId,
      detail: { personId, relation },
    });
    return id;
  }

  /** The legal representative authorises another registered person, named by ID number, as agent. */
  async function authoriseAgent(
    actor: Actor,
    audit: AuditContext,
    organisationId: string,
    agentIdNumber: string,
  ) {
    authorize(identityPolicy, 'manageAgents', actor, await organisationRecord(db, organisationId));
    const errors: FieldError[] = [];
    const parsed = checkIdNumber('idNumber', agentIdNumber, errors);
    if (!parsed) throw problems.validation(errors);
    const person = await store.findPersonByIdHash(db, cipher.lookupHash(parsed.idNumber));
    if (!person) {
      throw problems.validation([
        fieldError(
          'idNumber',
          '该身份证号码尚未注册，请被授权人先注册',
          'No registered person has this ID number; they must register first',
        ),
      ]);
    }
    await inTransaction(db, (tx) => addRepresentation(tx, audit, organisationId, person.id, 'agent'));
    return { personId: person.id, name: person.name, idNumberMasked: person.id_number_masked };
  }

  async function revokeAgent(actor: Actor, audit: AuditContext, organisationId: string, personId: string) {
    const org = await organisationRecord(db, organisationId);
    authorize(identityPolicy, 'manageAgents', actor, org);
    if (!org.representatives.some((r) => r.personId === personId && r.relation === 'agent')) {
      throw problems.notFound({ zh: '该代理人', en: 'Agent' });
    }
    await inTransaction(db, async (tx) => {
      await tx
        .updateTable('representations')
        .set({ revoked_at: nowIso() })
        .where('organisation_id', '=', organisationId)
        .where('person_id', '=', personId)
        .where('relation', '=', 'agent')
        .execute();
      await tx
        .updateTable('sessions')
        .set({ acting_for_organisation_id: null })
        .where('acting_for_organisation_id', '=', organisationId)
        .where('account_id', 'in', (eb) =>
          eb.selectFrom('accounts').select('id').where('person_id', '=', personId),
        )
        .execute();
      await appendAudit(tx, audit, {
        action: 'organisation.agent_revoke',
        recordType: 'organisation',
        recordId: organisationId,
        detail: { personId },
      });
    });
  }

  async function createStaffAccount(
    tx: Tx,
    audit: AuditContext,
    input: {
      loginName: string;
      password: string;
      person: PersonInput;
      roles: Array<{ role: StaffRole; departmentId: string }>;
    },
  ) {
    const errors: FieldError[] = [];
    if (!/^[a-z][a-z0-9_.-]{2,31}$/.test(input.loginName)) {
      errors.push(
        fieldError(
          'loginName',
          '登录名须为3至32位小写字母、数字或 _ . -，以字母开头',
          'Use 3–32 lowercase letters, digits or _ . -, starting with a letter',
        ),
      );
    }
    checkPassword('password', input.password, errors);
    const departments = [];
    for (const [i, grant] of input.roles.entries()) {
      const dept = await store.findDepartment(tx, grant.departmentId);
      if (!dept) errors.push(fieldError(`roles.${i}.departmentId`, '部门不存在', 'Unknown department'));
      else departments.push({ ...grant, regionCode: dept.region_code });
    }
    if (errors.length > 0) throw problems.validation(errors);
    if (await store.findAccountByLogin(tx, input.loginName)) {
      throw new Problem(409, 'LOGIN_NAME_TAKEN', { zh: '登录名已被使用', en: 'This login name is taken' }, [
        fieldError('loginName', '登录名已被使用', 'This login name is taken'),
      ]);
    }
    const personId = await ensurePerson(tx, audit, input.person);
    const accountId = await insertAccount(tx, {
      kind: 'staff',
      loginName: input.loginName,
      passwordHash: await argonHash(input.password),
      personId,
      displayName: input.person.name.trim(),
    });
    const now = nowIso();
    for (const grant of departments) {
      await tx
        .insertInto('staff_roles')
        .values({
          id: newId(),
          account_id: accountId,
          role: grant.role,
          department_id: grant.departmentId,
          region_code: grant.regionCode,
          created_at: now,
        })
        .execute();
    }
    await appendAudit(tx, audit, {
      action: 'staff.create',
      recordType: 'account',
      recordId: accountId,
      detail: { roles: departments.map((d) => ({ role: d.role, departmentId: d.departmentId })) },
    });
    return accountId;
  }

  async function resetPassword(tx: Tx, audit: AuditContext, loginName: string, password: string) {
    const errors: FieldError[] = [];
    checkPassword('password', password, errors);
    if (errors.length > 0) throw problems.validation(errors);
    const account = await findLoginAccount(tx, loginName);
    if (!account) throw problems.notFound({ zh: '该账号', en: 'Account' });
    await tx
      .updateTable('accounts')
      .set({
        password_hash: await argonHash(password),
        failed_logins: 0,
        locked_until: null,
        updated_at: nowIso(),
      })
      .where('id', '=', account.id)
      .execute();
    // A new password ends every session opened with the old one.
    await tx.deleteFrom('sessions').where('account_id', '=', account.id).execute();
    await appendAudit(tx, audit, {
      action: 'account.password_reset',
      recordType: 'account',
      recordId: account.id,
    });
    return account.id;
  }

  /** Expired sessions are of no use to anyone and only widen what a stolen database reveals. */
  async function purgeExpiredSessions(): Promise<number> {
    const result = await db.deleteFrom('sessions').where('expires_at', '<', nowIso()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  platform.jobs.registerRecurring('identity.purge-expired-sessions', 3600_000, async (_payload, context) => {
    const removed = await purgeExpiredSessions();
    if (removed > 0) context.log.info({ removed }, 'expired sessions removed');
  });

  /** Departments and regions as other modules see them (they never read identity tables). */
  async function departmentsById(ids: string[], q: Queryable = db) {
    if (ids.length === 0) return new Map<string, DepartmentInfo>();
    const rows = await q
      .selectFrom('departments')
      .innerJoin('regions', 'regions.code', 'departments.region_code')
      .select([
        'departments.id',
        'departments.name',
        'departments.uscc',
        'departments.kind',
        'departments.region_code',
        'regions.name as region_name',
        'regions.level as region_level',
      ])
      .where('departments.id', 'in', ids)
      .execute();
    return new Map(rows.map((r) => [r.id, toDepartmentInfo(r)]));
  }

  /** Enabled staff accounts holding a role in a department (optionally: is this account one of them). */
  async function staffHolding(q: Queryable, departmentId: string, role: StaffRole, accountId?: string) {
    let query = q
      .selectFrom('staff_roles')
      .innerJoin('accounts', 'accounts.id', 'staff_roles.account_id')
      .select(['accounts.id', 'accounts.display_name', 'accounts.disabled'])
      .where('staff_roles.department_id', '=', departmentId)
      .where('staff_roles.role', '=', role);
    if (accountId) query = query.where('accounts.id', '=', accountId);
    const rows = await query.orderBy('accounts.display_name').execute();
    return rows
      .filter((r) => !read.bool(r.disabled))
      .map((r) => ({ id: r.id, display_name: r.display_name }));
  }

  /** People holding a staff role on an enabled account, with the role's region (whom to escalate to). */
  async function peopleWithRole(q: Queryable, role: StaffRole) {
    const rows = await q
      .selectFrom('staff_roles')
      .innerJoin('accounts', 'accounts.id', 'staff_roles.account_id')
      .select(['accounts.person_id', 'accounts.disabled', 'staff_roles.region_code'])
      .where('staff_roles.role', '=', role)
      .where('accounts.person_id', 'is not', null)
      .execute();
    return rows
      .filter((r) => !read.bool(r.disabled))
      .map((r) => ({ person_id: r.person_id!, region_code: r.region_code }));
  }

  /** Ids of the service centres (one-window halls) whose region covers the given one: county, city, province. */
  async function serviceCentresCovering(q: Queryable, regionCode: string): Promise<string[]> {
    const scopes = [regionCode, `${regionCode.slice(0, 4)}00`, `${regionCode.slice(0, 2)}0000`];
    const rows = await q
      .selectFrom('departments')
      .select('id')
      .where('kind', '=', 'service_center')
      .where('region_code', 'in', scopes)
      .execute();
    return rows.map((r) => r.id);
  }

  async function allDepartments(q: Queryable = db): Promise<DepartmentInfo[]> {
    const rows = await q
      .selectFrom('departments')
      .innerJoin('regions', 'regions.code', 'departments.region_code')
      .select([
        'departments.id',
        'departments.name',
        'departments.uscc',
        'departments.kind',
        'departments.region_code',
        'regions.name as region_name',
        'regions.level as region_level',
      ])
      .orderBy('departments.region_code')
      .orderBy('departments.name')
      .execute();
    return rows.map(toDepartmentInfo);
  }

  async function departmentByUscc(q: Queryable, uscc: string): Promise<DepartmentInfo | null> {
    const dept = await store.findDepartmentByUscc(q, uscc);
    return dept ? ((await departmentsById([dept.id], q)).get(dept.id) ?? null) : null;
  }

  async function regionsByCode(
    q: Queryable = db,
  ): Promise<Map<string, { code: string; name: string; level: string }>> {
    const rows = await q.selectFrom('regions').select(['code', 'name', 'level']).execute();
    return new Map(rows.map((r) => [r.code, r]));
  }

  /** A person's name and contact addresses (for notifications); null when no such person. */
  async function contactOf(
    q: Queryable,
    personId: string,
  ): Promise<{ name: string; mobile: string | null; email: string | null } | null> {
    const person = await store.findPerson(q, personId);
    return person ? { name: person.name, mobile: mobileOf(person), email: person.email } : null;
  }

  /**
   * Migration 0014 cannot encrypt (migrations run before the master key is loaded), so rows written
   * before it keep a clear mobile with a null hash until this runs at start-up. It is idempotent and
   * safe on several instances against one PostgreSQL: each row changes only while its hash is still
   * null (a second instance waits for the first's row lock, then finds the hash set), and rows are
   * taken in id order so instances queue instead of deadlocking. Returns the number of rows changed.
   */
  async function encryptClearContacts(): Promise<number> {
    const changed = await inTransaction(db, async (tx) => {
      let n = 0;
      const people = await tx
        .selectFrom('people')
        .select(['id', 'mobile_cipher'])
        .where('mobile_hash', 'is', null)
        .where('mobile_cipher', 'is not', null)
        .orderBy('id')
        .execute();
      for (const p of people) {
        const result = await tx
          .updateTable('people')
          .set(mobileColumns(p.mobile_cipher))
          .where('id', '=', p.id)
          .where('mobile_hash', 'is', null)
          .executeTakeFirst();
        n += Number(result.numUpdatedRows);
      }
      const accounts = await tx
        .selectFrom('accounts')
        .select(['id', 'login_name'])
        .where('kind', '=', 'citizen')
        .where('login_hash', 'is', null)
        .where('login_name', 'is not', null)
        .orderBy('id')
        .execute();
      for (const a of accounts) {
        const result = await tx
          .updateTable('accounts')
          .set(loginColumns('citizen', a.login_name!))
          .where('id', '=', a.id)
          .where('login_hash', 'is', null)
          .executeTakeFirst();
        n += Number(result.numUpdatedRows);
      }
      return n;
    });
    if (changed > 0 && platform.engine === 'sqlite') {
      // The clear values still sit in freed pages and the WAL: rewrite the file and empty the WAL.
      await sql`vacuum`.execute(db);
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    }
    if (changed > 0) platform.log.info({ rows: changed }, 'clear mobile numbers encrypted');
    return changed;
  }

  return {
    departmentsById,
    allDepartments,
    serviceCentresCovering,
    staffHolding,
    peopleWithRole,
    contactOf,
    encryptClearContacts,
    findLoginAccount,
    departmentByUscc,
    regionsByCode,
    purgeExpiredSessions,
    ensurePerson,
    createCitizenAccount,
    registerCitizen,
    login,
    logout,
    authenticate,
    actorForToken,
    actorForLogin,
    me,
    setPreferences,
    setActingFor,
    readPerson,
    profileOf,
    organisationRecord,
    createDepartment,
    createOrganisation,
    addRepresentation,
    authoriseAgent,
    revokeAgent,
    createStaffAccount,
    resetPassword,
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;
