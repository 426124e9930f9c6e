import crypto from 'node:crypto';
import { appendAudit, type AuditContext } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { countHit } from '../../platform/auth/rate-limit.ts';
import type { Platform } from '../../platform/context.ts';
import { inTransaction, read, type Queryable, type Tx } from '../../platform/db/database.ts';
import { fieldError, Problem, problems, type FieldError } from '../../platform/errors.ts';
import { cursorPage } from '../../platform/http/pagination.ts';
import { newId } from '../../platform/ids.ts';
import { maskIdNumbersInText } from '../identity/id-number.ts';
import type { IdentityService } from '../identity/service.ts';
import { parseUscc } from '../identity/uscc.ts';
import { maskHolderCode, type LicenceDocument } from './document.ts';
import { parseLicenceIdentifier } from './identifier.ts';
import { licensesPolicy, type LicenceRecord } from './policy.ts';
import * as store from './store.ts';
import type { LicenceRow } from './store.ts';
import type { GranteeKind, LicensesTables } from './tables.ts';
import { beijingDay } from './validity.ts';

// 用证授权: the holder lets a department, an organisation (by credit code) or whoever holds a one-time code
// use one licence, for a stated purpose and a period of days. Each use spends from the grant in one
// conditional UPDATE (so two instances cannot both spend a one-time code), is written to the licence's use
// list and the exchange access log, and is shown to the holder.
//
// What a grantee sees: departments get the face data in full (as when a licence fills a case's material);
// organisations and code holders get ID numbers masked (330106********0111) unless the holder ticked
// "reveal ID numbers" on the grant — most checks (who is this, is the licence valid) do not need them.

export type GrantRow = LicensesTables['licence_grants'];
export type GrantStatus = 'active' | 'pending' | 'expired' | 'used' | 'revoked';

export interface GrantInput {
  granteeKind: GranteeKind;
  departmentId?: string;
  uscc?: string;
  purpose: string;
  validFrom: string;
  validUntil: string;
  revealIdNumbers?: boolean;
}

export interface UseRecord {
  licence: LicenceRow;
  departmentId: string | null;
  caseId: string | null;
  purpose: string;
  fields: string[];
  actorAccountId: string | null;
  grantId?: string | null;
  consumerLabel?: string | null;
}

export interface GrantDeps {
  identity: IdentityService;
  docOf(row: LicenceRow): LicenceDocument;
  labelsOf(q: Queryable, row: LicenceRow): Promise<Map<string, string>>;
  recordOf(row: LicenceRow): LicenceRecord;
  /** Throws 409 when the licence itself cannot be used (revoked, suspended, expired…). */
  assertUsable(row: LicenceRow): void;
  recordUse(tx: Tx, use: UseRecord): Promise<void>;
}

/** Longest period a holder may grant: a year (a longer need is a new grant). */
const MAX_PERIOD_DAYS = 366;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 12;
/** Wrong or right, code redemptions per address and minute (a 60-bit code is not guessed at this rate). */
const REDEEM_PER_MINUTE = 20;

/** A one-time code like `K7QM-2XPA-9RTE`: 12 characters from 32 without look-alikes (0/O, 1/I). */
export function newGrantCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[crypto.randomInt(32)]!);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** Typed codes are compared without dashes, spaces or case. */
export const normaliseGrantCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function grantStatus(g: GrantRow, today: string): GrantStatus {
  if (g.status === 'revoked') return 'revoked';
  if (g.max_uses !== null && g.use_count >= g.max_uses) return 'used';
  if (today > g.valid_until) return 'expired';
  if (today < g.valid_from) return 'pending';
  return 'active';
}

export function grantInputErrors(input: GrantInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (input.granteeKind === 'department' && !input.departmentId)
    errors.push(fieldError('departmentId', '请选择被授权的部门', 'Choose the department'));
  if (input.granteeKind === 'organisation') {
    const parsed = input.uscc ? parseUscc(input.uscc.trim().toUpperCase()) : null;
    if (!parsed?.ok || parsed.warnings.some((w) => w.code === 'USCC_CHECKSUM'))
      errors.push(
        fieldError(
          'uscc',
          '请填写有效的18位统一社会信用代码',
          'Enter a valid 18-character unified social credit code',
        ),
      );
  }
  if (!input.purpose.trim())
    errors.push(fieldError('purpose', '请说明授权用途', 'State what the licence is used for'));
  if (input.validFrom < today)
    errors.push(fieldError('validFrom', '开始日期不能早于今天', 'The start cannot be before today'));
  if (input.validUntil < input.validFrom)
    errors.push(fieldError('validUntil', '结束日期不能早于开始日期', 'The end cannot be before the start'));
  else if (input.validUntil > addDays(input.validFrom, MAX_PERIOD_DAYS - 1))
    errors.push(
      fieldError('validUntil', '授权期限最长一年', 'A grant lasts at most one year; make a new one after'),
    );
  return errors;
}

const grantProblem = (status: number, code: string, zh: string, en: string) =>
  new Problem(status, code, { zh, en });

/** Why a grant cannot be used now: 410 for the ones that will never work again, 403 before the start. */
export function refusalOf(g: GrantRow, status: GrantStatus): Problem | null {
  switch (status) {
    case 'revoked':
      return grantProblem(410, 'GRANT_REVOKED', '持证人已撤销该授权', 'The holder has revoked this grant');
    case 'used':
      return grantProblem(
        410,
        'GRANT_USED_UP',
        g.grantee_kind === 'code' ? '该授权码已使用，每个授权码只能使用一次' : '该授权的使用次数已用完',
        g.grantee_kind === 'code' ? 'This code has been used; a code works once' : 'This grant is used up',
      );
    case 'expired':
      return grantProblem(
        410,
        'GRANT_EXPIRED',
        `授权已过期（有效期至${g.valid_until}）`,
        `The grant expired (it ran until ${g.valid_until})`,
      );
    case 'pending':
      return grantProblem(
        403,
        'GRANT_NOT_YET_VALID',
        `授权自${g.valid_from}起生效`,
        `The grant starts on ${g.valid_from}`,
      );
    default:
      return null;
  }
}

const noGrant = () =>
  grantProblem(
    403,
    'GRANT_REQUIRED',
    '持证人未授权您（或您所在单位）使用该证照',
    'The holder has not granted you (or your organisation) the use of this licence',
  );

export function createLicenceGrants(platform: Platform, deps: GrantDeps) {
  const { db, cipher } = platform;
  const { identity } = deps;
  const now = () => platform.clock.now();
  const today = () => beijingDay(now());
  const codeHash = (code: string) => cipher.lookupHash(`licence-grant-code:${normaliseGrantCode(code)}`);

  async function loadLicence(q: Queryable, id: string) {
    const row = await store.findLicence(q, id);
    if (!row) throw problems.notFound({ zh: '该电子证照', en: 'Licence' });
    return row;
  }

  async function views(q: Queryable, rows: GrantRow[]) {
    const departments = await identity.departmentsById(
      [...new Set(rows.map((g) => g.grantee_department_id).filter((d): d is string => d !== null))],
      q,
    );
    const day = today();
    return rows.map((g) => ({
      id: g.id,
      granteeKind: g.grantee_kind,
      granteeName:
        g.grantee_kind === 'department'
          ? (departments.get(g.grantee_department_id!)?.name ?? '')
          : g.grantee_kind === 'organisation'
            ? `统一社会信用代码 ${g.grantee_uscc}`
            : `一次性授权码（尾号 ${g.code_hint}）`,
      departmentId: g.grantee_department_id,
      uscc: g.grantee_uscc,
      codeHint: g.code_hint,
      purpose: g.purpose,
      validFrom: g.valid_from,
      validUntil: g.valid_until,
      revealIdNumbers: read.bool(g.reveal_id_numbers),
      maxUses: g.max_uses,
      useCount: g.use_count,
      status: grantStatus(g, day),
      createdAt: g.created_at,
      revokedAt: g.revoked_at,
    }));
  }

  async function create(actor: Actor, audit: AuditContext, licenceId: string, input: GrantInput) {
    const licence = await loadLicence(db, licenceId);
    authorize(licensesPolicy, 'grant', actor, deps.recordOf(licence));
    const errors = grantInputErrors(input, today());
    if (input.granteeKind === 'department' && input.departmentId) {
      const found = await identity.departmentsById([input.departmentId]);
      if (found.size === 0) errors.push(fieldError('departmentId', '未找到该部门', 'No such department'));
    }
    if (errors.length > 0) throw problems.validation(errors);
    deps.assertUsable(licence);
    const code = input.granteeKind === 'code' ? newGrantCode() : null;
    const row: GrantRow = {
      id: newId(),
      licence_id: licence.id,
      grantee_kind: input.granteeKind,
      grantee_department_id: input.granteeKind === 'department' ? input.departmentId! : null,
      grantee_uscc: input.granteeKind === 'organisation' ? input.uscc!.trim().toUpperCase() : null,
      code_hash: code ? codeHash(code) : null,
      code_hint: code ? code.slice(-4) : null,
      purpose: input.purpose.trim(),
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      reveal_id_numbers: input.granteeKind !== 'department' && input.revealIdNumbers === true,
      max_uses: code ? 1 : null,
      use_count: 0,
      status: 'active',
      revoked_at: null,
      created_by: actor.accountId,
      created_at: now().toISOString(),
    };
    await inTransaction(db, async (tx) => {
      await tx.insertInto('licence_grants').values(row).execute();
      await appendAudit(tx, audit, {
        action: 'licence.grant',
        recordType: 'licence',
        recordId: licence.id,
        detail: {
          grantId: row.id,
          granteeKind: row.grantee_kind,
          departmentId: row.grantee_department_id,
          uscc: row.grantee_uscc,
          validFrom: row.valid_from,
          validUntil: row.valid_until,
        },
      });
    });
    const [view] = await views(db, [row]);
    return { grant: view!, code };
  }

  async function list(actor: Actor, licenceId: string, query: { limit: number; cursor?: string }) {
    const licence = await loadLicence(db, licenceId);
    authorize(licensesPolicy, 'grant', actor, deps.recordOf(licence));
    const rows = await db
      .selectFrom('licence_grants')
      .selectAll()
      .where('licence_id', '=', licenceId)
      .$if(query.cursor !== undefined, (b) => b.where('id', '<', query.cursor!))
      .orderBy('id', 'desc')
      .limit(query.limit + 1)
      .execute();
    const { page, nextCursor } = cursorPage(rows, query.limit, (g) => g.id);
    return { items: await views(db, page), nextCursor };
  }

  async function revoke(actor: Actor, audit: AuditContext, licenceId: string, grantId: string) {
    const licence = await loadLicence(db, licenceId);
    authorize(licensesPolicy, 'grant', actor, deps.recordOf(licence));
    const row = await inTransaction(db, async (tx) => {
      const changed = await tx
        .updateTable('licence_grants')
        .set({ status: 'revoked', revoked_at: now().toISOString() })
        .where('id', '=', grantId)
        .where('licence_id', '=', licenceId)
        .where('status', '=', 'active')
        .executeTakeFirst();
      const current = await tx
        .selectFrom('licence_grants')
        .selectAll()
        .where('id', '=', grantId)
        .where('licence_id', '=', licenceId)
        .executeTakeFirst();
      if (!current) throw problems.notFound({ zh: '该授权', en: 'Grant' });
      if (Number(changed.numUpdatedRows) === 0)
        throw problems.conflict('GRANT_ALREADY_REVOKED', {
          zh: '该授权已经撤销',
          en: 'This grant is already revoked',
        });
      await appendAudit(tx, audit, {
        action: 'licence.grant_revoke',
        recordType: 'licence',
        recordId: licenceId,
        detail: { grantId },
      });
      return current;
    });
    return (await views(db, [row]))[0]!;
  }

  /**
   * One use under a grant, in one transaction: the grant is spent only if it is still active and has uses
   * left (a conditional UPDATE, so instances racing for a one-time code cannot both win), then logged.
   */
  async function useUnder(
    grant: GrantRow,
    use: { actor: Actor; audit: AuditContext; consumerLabel: string | null },
  ) {
    return inTransaction(db, async (tx) => {
      const refusal = refusalOf(grant, grantStatus(grant, today()));
      if (refusal) throw refusal;
      const licence = await loadLicence(tx, grant.licence_id);
      deps.assertUsable(licence);
      const day = today();
      const spent = await tx
        .updateTable('licence_grants')
        .set((eb) => ({ use_count: eb('use_count', '+', 1) }))
        .where('id', '=', grant.id)
        .where('status', '=', 'active')
        .where('valid_from', '<=', day)
        .where('valid_until', '>=', day)
        .where((eb) => eb.or([eb('max_uses', 'is', null), eb('use_count', '<', eb.ref('max_uses'))]))
        .executeTakeFirst();
      if (Number(spent.numUpdatedRows) === 0) {
        // Revoked or spent by someone else since it was read.
        const fresh = (await tx
          .selectFrom('licence_grants')
          .selectAll()
          .where('id', '=', grant.id)
          .executeTakeFirst())!;
        throw refusalOf(fresh, grantStatus(fresh, day)) ?? noGrant();
      }
      const labels = await deps.labelsOf(tx, licence);
      const doc = deps.docOf(licence);
      await deps.recordUse(tx, {
        licence,
        departmentId: grant.grantee_department_id,
        caseId: null,
        purpose: grant.purpose,
        fields: Object.keys(doc.face).map((k) => labels.get(k) ?? k),
        actorAccountId: use.actor.accountId,
        grantId: grant.id,
        consumerLabel: use.consumerLabel,
      });
      await appendAudit(tx, use.audit, {
        action: 'licence.use',
        recordType: 'licence',
        recordId: licence.id,
        detail: { grantId: grant.id, granteeKind: grant.grantee_kind },
      });
      const full = grant.grantee_kind === 'department' || read.bool(grant.reveal_id_numbers);
      const shown = (value: string) => (full ? value : maskIdNumbersInText(value));
      return {
        grant: {
          id: grant.id,
          purpose: grant.purpose,
          validUntil: grant.valid_until,
          usesLeft: grant.max_uses === null ? null : grant.max_uses - grant.use_count - 1,
        },
        idNumbersMasked: !full,
        licence: {
          identifier: licence.identifier,
          name: licence.name,
          issuerName: licence.issuer_name,
          holderName: licence.holder_name,
          holderCode: full ? doc.holder.code : maskHolderCode(licence.holder_kind, doc.holder.code),
          issuedAt: licence.issued_at,
          validFrom: licence.valid_from,
          validUntil: licence.valid_until,
          face: Object.entries(doc.face).map(([key, value]) => ({
            key,
            label: labels.get(key) ?? key,
            value: shown(value),
          })),
        },
        usedAt: now().toISOString(),
      };
    });
  }

  /** The latest usable grant, else the latest one's refusal, else "no grant". */
  function pick(rows: GrantRow[]): GrantRow {
    const day = today();
    const sorted = [...rows].sort((a, b) => (a.id < b.id ? 1 : -1));
    const usable = sorted.find((g) => grantStatus(g, day) === 'active');
    if (usable) return usable;
    if (sorted[0]) throw refusalOf(sorted[0], grantStatus(sorted[0], day)) ?? noGrant();
    throw noGrant();
  }

  /**
   * A grantee opens a licence by its identifier: staff of a granted department, or someone acting for a
   * granted organisation in this session.
   */
  async function useAsGrantee(actor: Actor, audit: AuditContext, identifier: string) {
    if (actor.kind === 'anonymous') throw problems.unauthenticated();
    const parsed = parseLicenceIdentifier(identifier.trim());
    if (!parsed.ok)
      throw problems.validation([
        fieldError('identifier', '证照标识不正确，请核对', 'This is not a valid licence identifier'),
      ]);
    const licence = await store.findByIdentifier(db, parsed.identifier);
    if (!licence) throw problems.notFound({ zh: '该电子证照', en: 'Licence' });
    const grants = db.selectFrom('licence_grants').selectAll().where('licence_id', '=', licence.id);
    if (actor.kind === 'staff') {
      const departmentIds = [...new Set(actor.roles.map((r) => r.departmentId))];
      if (departmentIds.length === 0) throw noGrant();
      const rows = await grants
        .where('grantee_kind', '=', 'department')
        .where('grantee_department_id', 'in', departmentIds)
        .execute();
      return useUnder(pick(rows), { actor, audit, consumerLabel: null });
    }
    if (!actor.actingFor) throw noGrant();
    const org = await identity.organisationRecord(db, actor.actingFor.organisationId);
    const rows = await grants
      .where('grantee_kind', '=', 'organisation')
      .where('grantee_uscc', '=', org.uscc.toUpperCase())
      .execute();
    return useUnder(pick(rows), { actor, audit, consumerLabel: `${org.name}（${org.uscc}）` });
  }

  /** Anyone with a one-time code (no login): works once, within the period. */
  async function redeem(actor: Actor, audit: AuditContext, code: string, ip: string) {
    if ((await countHit(db, `licence-grant-code:${ip}`, 60_000, now())) > REDEEM_PER_MINUTE)
      throw grantProblem(
        429,
        'RATE_LIMITED',
        '尝试次数过多，请一分钟后再试',
        'Too many attempts; try again in a minute',
      );
    const grant = await db
      .selectFrom('licence_grants')
      .selectAll()
      .where('code_hash', '=', codeHash(code))
      .executeTakeFirst();
    if (!grant)
      throw grantProblem(
        404,
        'GRANT_CODE_UNKNOWN',
        '授权码不正确，请核对后重新输入',
        'This code is not known; check it and try again',
      );
    return useUnder(grant, {
      actor,
      audit,
      consumerLabel: `一次性授权码持有人（尾号 ${grant.code_hint}）`,
    });
  }

  return { create, list, revoke, useAsGrantee, redeem };
}

export type LicenceGrants = ReturnType<typeof createLicenceGrants>;
