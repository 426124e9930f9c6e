import fs from 'node:fs';
import { appendAudit, systemContext, type AuditContext } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize, hasRole } from '../../platform/auth/policy.ts';
import type { Platform } from '../../platform/context.ts';
import { signText, type SignatureAlgorithm } from '../../platform/crypto/signing.ts';
import { inTransaction, read, type Queryable, type Tx } from '../../platform/db/database.ts';
import { fieldError, Problem, problems, type FieldError } from '../../platform/errors.ts';
import { cursorPage } from '../../platform/http/pagination.ts';
import { newId } from '../../platform/ids.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { AccessEntryInput } from '../exchange/service.ts';
import type { SupplyOffer } from '../cases/materials.ts';
import {
  CASE_TRANSITIONED,
  type CaseTransitionEvent,
  type CasesService,
  type FetchRequest,
  type MaterialSupplier,
  type SupplyRequest,
} from '../cases/service.ts';
import { parseIdNumber } from '../identity/id-number.ts';
import type { IdentityService } from '../identity/service.ts';
import { parseUscc } from '../identity/uscc.ts';
import type { NotifyService, TemplateKey } from '../notify/service.ts';
import {
  contentCode,
  maskHolderCode,
  maskHolderName,
  parseVerificationInput,
  signedTextOf,
  verdict,
  verificationUrl,
  type LicenceDocument,
  type LicenceExport,
  type VerificationStatus,
} from './document.ts';
import {
  isLicenceTypeCode,
  makeLicenceIdentifier,
  parseLicenceIdentifier,
  versionText,
} from './identifier.ts';
import { licensesPolicy, type LicenceRecord } from './policy.ts';
import { renderLicencePdf } from './render.ts';
import { credentialOf, issuerIdOf, jwsSigningInput } from './credential.ts';
import { createLicenceGrants, type UseRecord } from './grants.ts';
import {
  presentationTokenOf,
  presentationUrl,
  signPresentation,
  verifyPresentation,
} from './presentation.ts';
import { createSealKeys } from './seals.ts';
import * as store from './store.ts';
import type { LicenceRow, LicenceTypeRow } from './store.ts';
import type { FaceField, HolderKind, LicenceSource, LicenceTemplate } from './tables.ts';
import { beijingDay, isExpired, reminderDue, validUntilFor } from './validity.ts';
import { maskIdNumbersInText } from '../identity/id-number.ts';

export interface LicenceTypeInput {
  code: string;
  typeCode: string;
  name: string;
  issuerKinds: string[];
  holderKind: HolderKind;
  validityYears: number | null;
  faceFields: FaceField[];
  template: LicenceTemplate;
}

export interface LicensesDeps {
  identity: IdentityService;
  catalog: CatalogService;
  cases: CasesService;
  notify: NotifyService;
}

/** Who holds a licence: resolved to a person or organisation record before issuing. */
export interface HolderRef {
  kind: HolderKind;
  personId: string | null;
  organisationId: string | null;
  name: string;
  /** Resident ID number or unified social credit code. */
  code: string;
}

export interface IssueInput {
  type: LicenceTypeRow;
  issuerDepartmentId: string;
  holder: HolderRef;
  face: Record<string, string>;
  issuedAt: Date;
  validFrom: string;
  validUntil: string | null;
  source: LicenceSource;
  caseId: string | null;
  /** Renewal: the same serial with the next version. */
  renewalOf?: LicenceRow;
}

/** The exchange module's access log (`exchange.recordAccess`), when it is plugged in. */
export type AccessLogger = (tx: Tx, entry: AccessEntryInput) => Promise<{ id: string }>;

/** A credit code whose check character holds (parseUscc only warns about a wrong one). */
const validUscc = (code: string) => {
  const parsed = parseUscc(code);
  return parsed.ok && !parsed.warnings.some((w) => w.code === 'USCC_CHECKSUM');
};

export const licenceNotFound = () => problems.notFound({ zh: '该电子证照', en: 'Licence' });
const typeNotFound = () => problems.notFound({ zh: '该证照类型', en: 'Licence type' });

const EXPIRY_JOB = 'licenses.expiry';
const DAY_MS = 24 * 3600_000;

export function createLicensesService(platform: Platform, deps: LicensesDeps) {
  const { db, cipher, config, log } = platform;
  const { identity, catalog, cases, notify } = deps;
  const seals = createSealKeys(platform, identity);
  const now = () => platform.clock.now();
  let accessLog: AccessLogger | null = null;

  /** 用证: the licence's own use list (shown to the holder) and, when plugged in, the signed access log. */
  async function recordUse(tx: Tx, use: UseRecord) {
    await tx
      .insertInto('licence_uses')
      .values({
        id: newId(),
        licence_id: use.licence.id,
        department_id: use.departmentId,
        case_id: use.caseId,
        purpose: use.purpose,
        fields: JSON.stringify(use.fields),
        used_at: now().toISOString(),
        grant_id: use.grantId ?? null,
        consumer_label: use.consumerLabel ?? null,
      })
      .execute();
    await accessLog?.(tx, {
      resourceCode: `licence:${use.licence.type}`,
      providerDepartmentId: use.licence.issuer_department_id,
      consumerDepartmentId: use.departmentId,
      consumerLabel: use.consumerLabel ?? null,
      subjectHash: use.licence.holder_code_hash,
      fields: use.fields,
      purpose: use.purpose,
      caseId: use.caseId,
      actorAccountId: use.actorAccountId,
    });
  }

  // ---- licence types ----

  const typeView = (t: LicenceTypeRow) => ({
    code: t.code,
    typeCode: t.type_code,
    name: t.name,
    issuerKinds: read.json<string[]>(t.issuer_kinds),
    holderKind: t.holder_kind,
    validityYears: t.validity_years,
    faceFields: read.json<FaceField[]>(t.face_fields),
    template: read.json<LicenceTemplate>(t.template),
    updatedAt: t.updated_at,
  });

  function typeErrors(input: LicenceTypeInput): FieldError[] {
    const errors: FieldError[] = [];
    if (!/^[a-z][a-z0-9_]{1,63}$/.test(input.code))
      errors.push(
        fieldError('code', '类型编码只能由小写字母、数字和下划线组成', 'Use lowercase letters, digits and _'),
      );
    if (!isLicenceTypeCode(input.typeCode))
      errors.push(
        fieldError(
          'typeCode',
          '证照类型代码应为21位：发证部委统一社会信用代码（18位）加3位顺序号',
          'The type code is 21 characters: the ministry credit code (18) and a 3-digit sequence',
        ),
      );
    else if (!validUscc(input.typeCode.slice(0, 18)))
      errors.push(
        fieldError(
          'typeCode',
          '前18位不是有效的统一社会信用代码',
          'The first 18 characters are not a valid credit code',
        ),
      );
    const keys = new Set<string>();
    input.faceFields.forEach((f, i) => {
      if (keys.has(f.key))
        errors.push(
          fieldError(`faceFields.${i}.key`, `照面项“${f.key}”重复`, `Face field "${f.key}" is repeated`),
        );
      keys.add(f.key);
    });
    input.template.layout.forEach((row, i) =>
      row.forEach((key) => {
        if (!keys.has(key))
          errors.push(
            fieldError(
              `template.layout.${i}`,
              `版式引用了不存在的照面项“${key}”`,
              `The layout names an unknown face field "${key}"`,
            ),
          );
      }),
    );
    return errors;
  }

  async function saveType(tx: Tx, input: LicenceTypeInput) {
    const at = now().toISOString();
    const values = {
      type_code: input.typeCode,
      name: input.name,
      issuer_kinds: JSON.stringify(input.issuerKinds),
      holder_kind: input.holderKind,
      validity_years: input.validityYears,
      face_fields: JSON.stringify(input.faceFields),
      template: JSON.stringify(input.template),
      updated_at: at,
    };
    await tx
      .insertInto('licence_types')
      .values({ code: input.code, ...values, created_at: at })
      .onConflict((oc) => oc.column('code').doUpdateSet(values))
      .execute();
  }

  /** Loads the types in a JSON file (data/demo/licence-types.json) that are not there yet. */
  async function seedTypes(file: string): Promise<number> {
    const list = JSON.parse(fs.readFileSync(file, 'utf8')) as LicenceTypeInput[];
    return inTransaction(db, async (tx) => {
      let added = 0;
      for (const input of list) {
        if (await store.findType(tx, input.code)) continue;
        const errors = typeErrors(input);
        if (errors.length > 0) throw problems.validation(errors);
        await saveType(tx, input);
        await appendAudit(tx, systemContext('tongban seed'), {
          action: 'licence_type.create',
          recordType: 'licence_type',
          recordId: input.code,
        });
        added++;
      }
      return added;
    });
  }

  async function listTypes() {
    return (await store.listTypes(db)).map(typeView);
  }

  async function putType(
    actor: Actor,
    audit: AuditContext,
    code: string,
    input: Omit<LicenceTypeInput, 'code'>,
  ) {
    authorize(licensesPolicy, 'manageTypes', actor, null);
    const full = { ...input, code };
    const errors = typeErrors(full);
    if (errors.length > 0) throw problems.validation(errors);
    return inTransaction(db, async (tx) => {
      const existing = await store.findType(tx, code);
      const clash = await tx
        .selectFrom('licence_types')
        .select('code')
        .where('type_code', '=', input.typeCode)
        .where('code', '!=', code)
        .executeTakeFirst();
      if (clash)
        throw problems.validation([
          fieldError(
            'typeCode',
            `该类型代码已被“${clash.code}”使用`,
            `The type code is used by "${clash.code}"`,
          ),
        ]);
      // Issued licences carry their type code in the identifier: it cannot change under them.
      if (existing && existing.type_code !== input.typeCode) {
        const issued = await tx
          .selectFrom('licences')
          .select('id')
          .where('type', '=', code)
          .executeTakeFirst();
        if (issued)
          throw problems.validation([
            fieldError(
              'typeCode',
              '已有证照按此类型颁发，类型代码不能修改',
              'Licences of this type exist; its type code cannot change',
            ),
          ]);
      }
      await saveType(tx, full);
      await appendAudit(tx, audit, {
        action: existing ? 'licence_type.update' : 'licence_type.create',
        recordType: 'licence_type',
        recordId: code,
      });
      return typeView((await store.findType(tx, code))!);
    });
  }

  // ---- the signed document ----

  const faceOf = (row: LicenceRow) => JSON.parse(cipher.decrypt(row.face_cipher)) as Record<string, string>;

  function docOf(row: LicenceRow): LicenceDocument {
    return {
      identifier: row.identifier,
      type: row.type,
      typeCode: row.type_code,
      name: row.name,
      serial: row.serial,
      version: row.version,
      issuer: { name: row.issuer_name, code: row.issuer_code },
      holder: { kind: row.holder_kind, name: row.holder_name, code: cipher.decrypt(row.holder_code_cipher) },
      issuedAt: row.issued_at,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      trustLevel: row.trust_level,
      face: faceOf(row),
    };
  }

  const recordOf = (row: LicenceRow): LicenceRecord => ({
    holderKind: row.holder_kind,
    holderPersonId: row.holder_person_id,
    holderOrganisationId: row.holder_organisation_id,
    issuerDepartmentId: row.issuer_department_id,
  });

  /** The people told about a licence: the person, or the organisation's representatives. */
  async function recipientsOf(q: Queryable, row: LicenceRow): Promise<string[]> {
    if (row.holder_kind === 'person') return row.holder_person_id ? [row.holder_person_id] : [];
    const org = await identity.organisationRecord(q, row.holder_organisation_id!);
    return [...new Set(org.representatives.map((r) => r.personId))];
  }

  async function tell(tx: Tx, row: LicenceRow, template: TemplateKey, extra: Record<string, string> = {}) {
    const params = {
      licenceName: row.name,
      identifier: row.identifier,
      issuer: row.issuer_name,
      validUntil: row.valid_until ?? '长期',
      ...extra,
    };
    for (const personId of await recipientsOf(tx, row))
      await notify.send(tx, { personId, template, params, link: `/portal/licenses/${row.id}` });
  }

  /**
   * Issues one licence in the caller's transaction: next serial, identifier, seal signature, audit and the
   * holder's notification. Returns null when the case already has its licence (a repeated event).
   */
  async function issue(tx: Tx, audit: AuditContext, input: IssueInput): Promise<LicenceRow | null> {
    if (input.caseId && (await store.findByCase(tx, input.caseId))) return null;
    const [issuer] = (await identity.departmentsById([input.issuerDepartmentId], tx)).values();
    if (!issuer) throw problems.notFound({ zh: '发证部门', en: 'Issuing department' });
    const type = input.type;
    const version = input.renewalOf ? input.renewalOf.version + 1 : 1;
    const serial =
      input.renewalOf?.serial ??
      `${input.validFrom.slice(0, 4)}${String(await store.nextSerial(tx, type.type_code, issuer.uscc)).padStart(7, '0')}`;
    const identifier = makeLicenceIdentifier({
      typeCode: type.type_code,
      issuerCode: issuer.uscc,
      serial,
      version: versionText(version),
    });
    const doc: LicenceDocument = {
      identifier,
      type: type.code,
      typeCode: type.type_code,
      name: type.name,
      serial,
      version,
      issuer: { name: issuer.name, code: issuer.uscc },
      holder: { kind: input.holder.kind, name: input.holder.name, code: input.holder.code },
      issuedAt: input.issuedAt.toISOString(),
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      trustLevel: 'A',
      face: input.face,
    };
    const sealed = await seals.sign(tx, issuer.id, signedTextOf(doc), input.issuedAt);
    const id = newId();
    const inserted = await tx
      .insertInto('licences')
      .values({
        id,
        identifier,
        name: type.name,
        type: type.code,
        type_code: type.type_code,
        serial,
        version,
        issuer_department_id: issuer.id,
        issuer_code: issuer.uscc,
        issuer_name: issuer.name,
        holder_kind: input.holder.kind,
        holder_person_id: input.holder.personId,
        holder_organisation_id: input.holder.organisationId,
        holder_name: input.holder.name,
        holder_code_cipher: cipher.encrypt(input.holder.code),
        holder_code_hash: cipher.lookupHash(input.holder.code),
        holder_code_masked: maskHolderCode(input.holder.kind, input.holder.code),
        face_cipher: cipher.encrypt(JSON.stringify(input.face)),
        issued_at: doc.issuedAt,
        valid_from: input.validFrom,
        valid_until: input.validUntil,
        trust_level: 'A',
        status: 'valid',
        status_reason: null,
        status_changed_at: null,
        source: input.source,
        case_id: input.caseId,
        previous_id: input.renewalOf?.id ?? null,
        key_id: sealed.keyId,
        algorithm: sealed.algorithm,
        signature: sealed.signature,
        reminded_at: null,
        created_at: now().toISOString(),
      })
      // Two instances delivering the same approval: the unique case id lets one licence in.
      .onConflict((oc) => oc.column('case_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return null;
    const row = (await store.findLicence(tx, id))!;
    await appendAudit(tx, audit, {
      action: input.renewalOf ? 'licence.renew' : 'licence.issue',
      recordType: 'licence',
      recordId: id,
      detail: {
        identifier,
        type: type.code,
        source: input.source,
        caseId: input.caseId,
        keyId: sealed.keyId,
      },
    });
    return row;
  }

  // ---- issuing from approved cases ----

  /** Values by concept for a case: the applicant's own data, the form's concepts, then the result values. */
  async function conceptValues(tx: Tx, decision: Awaited<ReturnType<CasesService['decisionOf']>>) {
    const values: Record<string, string> = {};
    const profile = await identity.profileOf(tx, decision.applicant.personId);
    if (profile) {
      values['applicant.name'] = profile.name;
      values['applicant.idNumber'] = profile.idNumber;
      values['applicant.sex'] = profile.sex === 'male' ? '男' : '女';
      values['applicant.birthDate'] = profile.birthDate;
    }
    if (decision.applicant.organisationId) {
      const org = await identity.organisationRecord(tx, decision.applicant.organisationId);
      values['enterprise.name'] = org.name;
      values['enterprise.uscc'] = org.uscc;
    }
    const item = await catalog.applicableItem(tx, { code: decision.serviceCode });
    for (const [key, field] of Object.entries(item?.content.form.properties ?? {})) {
      const concept = field['x-concept'];
      const value = decision.form[key];
      if (concept && (typeof value === 'string' || typeof value === 'number'))
        values[concept] = String(value);
    }
    return { ...values, ...decision.result!.values };
  }

  async function issueForCase(tx: Tx, caseId: string) {
    const decision = await cases.decisionOf(tx, caseId);
    const slug = decision.result?.licenceType;
    if (!slug || decision.status !== 'approved' || !decision.departmentId) return null;
    const type = await store.findType(tx, slug);
    if (!type) {
      log.warn({ caseId, licenceType: slug }, 'approved case names a licence type that is not configured');
      return null;
    }
    const values = await conceptValues(tx, decision);
    const faceFields = read.json<FaceField[]>(type.face_fields);
    const face = Object.fromEntries(faceFields.map((f) => [f.key, values[f.concept] ?? '']));
    let holder: HolderRef;
    if (type.holder_kind === 'organisation') {
      if (!decision.applicant.organisationId) {
        log.warn({ caseId, licenceType: slug }, 'an organisation licence for a personal case: not issued');
        return null;
      }
      const org = await identity.organisationRecord(tx, decision.applicant.organisationId);
      holder = {
        kind: 'organisation',
        personId: null,
        organisationId: org.id,
        name: org.name,
        code: org.uscc,
      };
    } else {
      const profile = (await identity.profileOf(tx, decision.applicant.personId))!;
      holder = {
        kind: 'person',
        personId: profile.id,
        organisationId: null,
        name: profile.name,
        code: profile.idNumber,
      };
    }
    const issuedAt = decision.decidedAt ? new Date(decision.decidedAt) : now();
    const validFrom = beijingDay(issuedAt);
    const row = await issue(tx, systemContext('licenses'), {
      type,
      issuerDepartmentId: decision.departmentId,
      holder,
      face,
      issuedAt,
      validFrom,
      validUntil: validUntilFor(validFrom, type.validity_years),
      source: 'case',
      caseId,
    });
    if (row) await tell(tx, row, 'licence.issued');
    return row;
  }

  platform.events.subscribe(
    CASE_TRANSITIONED,
    'licenses.on-case-transition',
    async (event, tx) => {
      const e = event.payload as CaseTransitionEvent;
      if (e.to === 'approved') await issueForCase(tx, e.caseId);
      if (e.to === 'revoked') {
        const row = await store.findByCase(tx, e.caseId);
        if (row && row.status !== 'revoked') {
          await changeStatus(tx, systemContext('licenses'), row, 'revoked', '准予决定已被撤销', now());
        }
      }
    },
    { when: (e: CaseTransitionEvent) => e.to === 'approved' || e.to === 'revoked' },
  );

  // ---- lifecycle ----

  const STATUS_TEMPLATE = {
    revoked: 'licence.revoked',
    suspended: 'licence.suspended',
    valid: 'licence.reinstated',
    expired: 'licence.expired',
  } as const;

  async function changeStatus(
    tx: Tx,
    audit: AuditContext,
    row: LicenceRow,
    to: 'revoked' | 'suspended' | 'valid' | 'expired',
    reason: string,
    at: Date,
  ) {
    await tx
      .updateTable('licences')
      .set({ status: to, status_reason: reason, status_changed_at: at.toISOString() })
      .where('id', '=', row.id)
      .execute();
    await appendAudit(tx, audit, {
      action: {
        revoked: 'licence.revoke',
        suspended: 'licence.suspend',
        valid: 'licence.reinstate',
        expired: 'licence.expire',
      }[to],
      recordType: 'licence',
      recordId: row.id,
      detail: { identifier: row.identifier, from: row.status, reason },
    });
    await tell(tx, row, STATUS_TEMPLATE[to], to === 'expired' ? {} : { reason });
  }

  const notAllowed = (zh: string, en: string) => new Problem(409, 'LICENCE_STATUS_CONFLICT', { zh, en });

  async function loadForManage(actor: Actor, id: string, q: Queryable = db) {
    const row = await store.findLicence(q, id);
    if (!row) throw licenceNotFound();
    authorize(licensesPolicy, 'manage', actor, recordOf(row));
    return row;
  }

  async function setStatus(
    actor: Actor,
    audit: AuditContext,
    id: string,
    action: 'revoke' | 'suspend' | 'reinstate',
    reason: string,
  ) {
    if (!reason.trim()) throw problems.validation([fieldError('reason', '请填写理由', 'Give a reason')]);
    await inTransaction(db, async (tx) => {
      const row = await loadForManage(actor, id, tx);
      const allowed = { revoke: ['valid', 'suspended'], suspend: ['valid'], reinstate: ['suspended'] }[
        action
      ];
      if (!allowed.includes(row.status))
        throw notAllowed(
          `该证照当前状态（${STATUS_NAMES[row.status].zh}）不能进行此操作`,
          `Not possible while the licence is ${row.status}`,
        );
      const to = action === 'revoke' ? 'revoked' : action === 'suspend' ? 'suspended' : 'valid';
      await changeStatus(tx, audit, row, to, reason.trim(), now());
    });
    return detail(actor, id);
  }

  /** Renew (换发): a new version with the same serial and face data, valid from today; the old one is superseded. */
  async function renew(actor: Actor, audit: AuditContext, id: string) {
    const newId_ = await inTransaction(db, async (tx) => {
      const old = await loadForManage(actor, id, tx);
      if (!['valid', 'expired'].includes(old.status))
        throw notAllowed('只有有效或已过期的证照可以换发', 'Only a valid or expired licence can be renewed');
      const type = (await store.findType(tx, old.type))!;
      const at = now();
      const validFrom = beijingDay(at);
      const doc = docOf(old);
      const row = (await issue(tx, audit, {
        type,
        issuerDepartmentId: old.issuer_department_id,
        holder: {
          kind: old.holder_kind,
          personId: old.holder_person_id,
          organisationId: old.holder_organisation_id,
          name: old.holder_name,
          code: doc.holder.code,
        },
        face: doc.face,
        issuedAt: at,
        validFrom,
        validUntil: validUntilFor(validFrom, type.validity_years),
        source: 'renewal',
        caseId: null,
        renewalOf: old,
      }))!;
      await tx
        .updateTable('licences')
        .set({
          status: 'superseded',
          status_reason: `已换发为 ${row.identifier}`,
          status_changed_at: at.toISOString(),
        })
        .where('id', '=', old.id)
        .execute();
      await tell(tx, row, 'licence.renewed');
      return row.id;
    });
    return detail(actor, newId_);
  }

  /** The daily run: licences past their last day expire; those within 30 days get one reminder. */
  async function runExpiry(at: Date = now()) {
    const today = beijingDay(at);
    const audit = systemContext('licenses expiry');
    const due = await db
      .selectFrom('licences')
      .selectAll()
      .where('status', '=', 'valid')
      .where('valid_until', 'is not', null)
      .where('valid_until', '<', today)
      .execute();
    for (const row of due) {
      await inTransaction(db, async (tx) => {
        const changed = await tx
          .updateTable('licences')
          .set({ status: 'expired', status_reason: '超过有效期', status_changed_at: at.toISOString() })
          .where('id', '=', row.id)
          .where('status', '=', 'valid')
          .executeTakeFirst();
        if (Number(changed.numUpdatedRows) === 0) return;
        await appendAudit(tx, audit, {
          action: 'licence.expire',
          recordType: 'licence',
          recordId: row.id,
          detail: { identifier: row.identifier, validUntil: row.valid_until },
        });
        await tell(tx, row, 'licence.expired');
      });
    }
    const upcoming = await db
      .selectFrom('licences')
      .selectAll()
      .where('status', '=', 'valid')
      .where('reminded_at', 'is', null)
      .where('valid_until', '>=', today)
      .execute();
    let reminded = 0;
    for (const row of upcoming.filter((r) => reminderDue(r.valid_until, today))) {
      await inTransaction(db, async (tx) => {
        // Once per licence, however many instances run the job.
        const claimed = await tx
          .updateTable('licences')
          .set({ reminded_at: at.toISOString() })
          .where('id', '=', row.id)
          .where('reminded_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) === 0) return;
        await appendAudit(tx, audit, {
          action: 'licence.remind_expiry',
          recordType: 'licence',
          recordId: row.id,
          detail: { validUntil: row.valid_until },
        });
        await tell(tx, row, 'licence.expiring');
        reminded++;
      });
    }
    return { expired: due.length, reminded };
  }

  platform.jobs.registerRecurring(EXPIRY_JOB, DAY_MS, async (_payload, context) => {
    const report = await runExpiry();
    if (report.expired + report.reminded > 0) context.log.info(report, 'licence expiry run');
  });

  // ---- views ----

  function summary(row: LicenceRow) {
    return {
      id: row.id,
      identifier: row.identifier,
      name: row.name,
      type: row.type,
      version: row.version,
      issuerName: row.issuer_name,
      holderKind: row.holder_kind,
      holderName: row.holder_name,
      holderCodeMasked: row.holder_code_masked,
      issuedAt: row.issued_at,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      status: effectiveStatus(row),
      statusName: STATUS_NAMES[effectiveStatus(row)],
      statusReason: row.status_reason,
      trustLevel: row.trust_level,
      source: row.source,
    };
  }

  /** A valid licence whose last day has passed is expired, even before the daily job marks it. */
  function effectiveStatus(row: LicenceRow) {
    return row.status === 'valid' && isExpired(row.valid_until, beijingDay(now())) ? 'expired' : row.status;
  }

  async function detail(actor: Actor, id: string) {
    const row = await store.findLicence(db, id);
    if (!row) throw licenceNotFound();
    authorize(licensesPolicy, 'read', actor, recordOf(row));
    const doc = docOf(row);
    const type = await store.findType(db, row.type);
    const faceFields = type ? read.json<FaceField[]>(type.face_fields) : [];
    const labels = new Map(faceFields.map((f) => [f.key, f.label]));
    const holderView = licensesPolicy.export(actor, recordOf(row));
    const uses = await db
      .selectFrom('licence_uses')
      .selectAll()
      .where('licence_id', '=', id)
      .orderBy('id', 'desc')
      .limit(50)
      .execute();
    const departments = await identity.departmentsById([
      ...new Set(uses.map((u) => u.department_id).filter((d): d is string => d !== null)),
    ]);
    return {
      ...summary(row),
      face: Object.entries(doc.face).map(([key, value]) => ({
        key,
        label: labels.get(key) ?? key,
        // Staff of the issuer see the face data masked where it holds ID numbers; the holder sees it whole.
        value: holderView ? value : maskIdNumbersInText(value),
      })),
      keyId: row.key_id,
      algorithm: row.algorithm,
      verifyUrl: verificationUrl(config.publicUrl, doc),
      mayManage: licensesPolicy.manage(actor, recordOf(row)),
      mayExport: holderView,
      uses: uses.map((u) => ({
        id: u.id,
        departmentName: u.department_id ? (departments.get(u.department_id)?.name ?? null) : null,
        consumerName:
          (u.department_id ? departments.get(u.department_id)?.name : null) ?? u.consumer_label ?? null,
        grantId: u.grant_id,
        purpose: u.purpose,
        fields: read.json<string[]>(u.fields),
        usedAt: u.used_at,
      })),
    };
  }

  async function loadForExport(actor: Actor, id: string) {
    const row = await store.findLicence(db, id);
    if (!row) throw licenceNotFound();
    authorize(licensesPolicy, 'export', actor, recordOf(row));
    return row;
  }

  async function exportFile(actor: Actor, audit: AuditContext, id: string): Promise<LicenceExport> {
    const row = await loadForExport(actor, id);
    const doc = docOf(row);
    await inTransaction(db, (tx) =>
      appendAudit(tx, audit, { action: 'licence.export', recordType: 'licence', recordId: id }),
    );
    return {
      format: 'tongban-licence/1',
      licence: doc,
      signature: row.signature,
      keyId: row.key_id,
      algorithm: row.algorithm,
      code: contentCode(doc),
      verifyUrl: verificationUrl(config.publicUrl, doc),
    };
  }

  async function pdf(actor: Actor, id: string) {
    const row = await loadForExport(actor, id);
    const doc = docOf(row);
    const type = (await store.findType(db, row.type))!;
    return {
      fileName: `${row.name}-${row.serial}.pdf`,
      data: await renderLicencePdf({
        doc,
        faceFields: read.json<FaceField[]>(type.face_fields),
        template: read.json<LicenceTemplate>(type.template),
        verifyUrl: verificationUrl(config.publicUrl, doc),
        keyId: row.key_id,
        algorithm: row.algorithm,
      }),
    };
  }

  function holderOf(actor: Actor): store.HolderFilter {
    authorize(licensesPolicy, 'wallet', actor, null);
    return actor.actingFor
      ? { kind: 'organisation', id: actor.actingFor.organisationId }
      : { kind: 'person', id: actor.personId! };
  }

  /** 卡包: the licences of the person, or of the organisation they act for in this session. */
  async function wallet(actor: Actor, query: { limit: number; cursor?: string }) {
    const rows = await store.licencesOfHolder(db, holderOf(actor), {
      after: query.cursor,
      limit: query.limit + 1,
    });
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => r.id);
    return { items: page.map(summary), nextCursor };
  }

  /** Staff search: admins everywhere, other staff over the licences their departments issued. */
  async function search(
    actor: Actor,
    query: { limit: number; cursor?: string; q?: string; status?: string; type?: string },
  ) {
    authorize(licensesPolicy, 'search', actor, null);
    const departmentIds = hasRole(actor, 'admin')
      ? null
      : [...new Set(actor.roles.map((r) => r.departmentId))];
    const text = query.q?.trim();
    const filter: store.SearchFilter = {
      departmentIds,
      status: query.status,
      type: query.type,
      after: query.cursor,
      limit: query.limit + 1,
    };
    if (text) {
      const id = parseLicenceIdentifier(text);
      if (id.ok) filter.identifier = id.identifier;
      else {
        const person = parseIdNumber(text);
        const org = parseUscc(text);
        if (person.ok) filter.holderCodeHash = cipher.lookupHash(person.idNumber);
        else if (org.ok) filter.holderCodeHash = cipher.lookupHash(org.uscc);
        else filter.holderName = text;
      }
    }
    const rows = await store.searchLicences(db, filter);
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => r.id);
    return {
      items: page.map((r) => ({ ...summary(r), mayManage: licensesPolicy.manage(actor, recordOf(r)) })),
      nextCursor,
    };
  }

  // ---- verification ----

  const presentationMac = (text: string) => cipher.lookupHash(text);

  /** 亮证: a link valid for a few minutes (TONGBAN_PRESENTATION_MINUTES) for the counter to scan. */
  async function present(actor: Actor, id: string) {
    const row = await store.findLicence(db, id);
    if (!row) throw licenceNotFound();
    authorize(licensesPolicy, 'present', actor, recordOf(row));
    // Whole seconds: the token carries seconds, and the answer must name the same instant.
    const expiresAt = Math.floor((now().getTime() + config.presentationMinutes * 60_000) / 1000) * 1000;
    const token = signPresentation(presentationMac, {
      licenceId: row.id,
      code: contentCode(docOf(row)),
      expiresAt,
    });
    return {
      url: presentationUrl(config.publicUrl, token),
      expiresAt: new Date(expiresAt).toISOString(),
      validSeconds: config.presentationMinutes * 60,
    };
  }

  /**
   * The public check (扫码核验): never reveals more than the masked holder, the issuer and the dates. Takes
   * the permanent QR payload, an identifier, or a 亮证 presentation link (answered the same way while it
   * lasts, and only "presentation expired" after).
   */
  async function verify(input: string) {
    const unknown = (reason: 'format' | 'check' | 'not_found' | 'presentation') => ({
      status: 'unknown' as VerificationStatus,
      statusName: STATUS_NAMES.unknown,
      reason,
      checkedAt: now().toISOString(),
      licence: null,
      presentation: null,
    });
    const token = presentationTokenOf(input);
    if (token !== null) {
      const checked = verifyPresentation(presentationMac, token, now());
      if (!checked.ok && checked.reason === 'expired')
        return {
          status: 'presentation_expired' as VerificationStatus,
          statusName: STATUS_NAMES.presentation_expired,
          reason: null,
          checkedAt: now().toISOString(),
          licence: null,
          presentation: { expiresAt: new Date(checked.expiresAt!).toISOString() },
        };
      if (!checked.ok) return unknown('presentation');
      const row = await store.findLicence(db, checked.claims.licenceId);
      if (!row) return unknown('not_found');
      return {
        ...(await answer(row, checked.claims.code)),
        presentation: { expiresAt: new Date(checked.claims.expiresAt).toISOString() },
      };
    }
    const { identifier, code } = parseVerificationInput(input);
    const parsed = parseLicenceIdentifier(identifier);
    if (!parsed.ok) return unknown(parsed.reason);
    const row = await store.findByIdentifier(db, parsed.identifier);
    if (!row) return unknown('not_found');
    return { ...(await answer(row, code)), presentation: null };
  }

  async function answer(row: LicenceRow, code: string | null) {
    let doc: LicenceDocument | null = null;
    try {
      doc = docOf(row);
    } catch {
      // Stored ciphertext that no longer decrypts has been altered.
    }
    const status: VerificationStatus = doc
      ? verdict({
          doc,
          signature: row.signature,
          key: await seals.key(db, row.key_id),
          presentedCode: code,
          recordStatus: row.status,
          today: beijingDay(now()),
        })
      : 'tampered';
    return {
      status,
      statusName: STATUS_NAMES[status],
      reason: status === 'revoked' || status === 'suspended' ? row.status_reason : null,
      checkedAt: now().toISOString(),
      licence: {
        identifier: row.identifier,
        name: row.name,
        issuerName: row.issuer_name,
        holderName: maskHolderName(row.holder_kind, row.holder_name),
        holderCode: row.holder_code_masked,
        issuedAt: row.issued_at,
        validFrom: row.valid_from,
        validUntil: row.valid_until,
        trustLevel: row.trust_level,
        algorithm: row.algorithm,
        keyId: row.key_id,
      },
    };
  }

  // ---- W3C Verifiable Credential ----

  async function labelsOf(q: Queryable, row: LicenceRow) {
    const type = await store.findType(q, row.type);
    return new Map((type ? read.json<FaceField[]>(type.face_fields) : []).map((f) => [f.key, f.label]));
  }

  function assertUsable(row: LicenceRow) {
    const status = effectiveStatus(row);
    if (status !== 'valid')
      throw new Problem(409, 'LICENCE_NOT_USABLE', {
        zh: `电子证照“${row.name}”当前不可用（${STATUS_NAMES[status].zh}）`,
        en: `The licence "${row.name}" cannot be used (${status})`,
      });
  }

  /**
   * The licence as a VC 2.0 credential in a JWT (EdDSA), signed now by the issuing department's active
   * Ed25519 seal key. SM2 has no registered JOSE algorithm, so an SM2 department answers 409.
   */
  async function credential(actor: Actor, audit: AuditContext, id: string) {
    const row = await store.findLicence(db, id);
    if (!row) throw licenceNotFound();
    authorize(licensesPolicy, 'credential', actor, recordOf(row));
    assertUsable(row);
    const at = now();
    const jwt = await inTransaction(db, async (tx) => {
      const key = await seals.active(tx, row.issuer_department_id, at);
      if (key.algorithm !== 'ed25519')
        throw new Problem(409, 'CREDENTIAL_ALGORITHM_UNSUPPORTED', {
          zh: `发证部门“${row.issuer_name}”使用国密 SM2 印章，JOSE 标准尚无 SM2 签名算法，暂不能导出可验证凭证；请下载证照文件或 PDF`,
          en: `The issuing department "${row.issuer_name}" seals with SM2, which has no standard JOSE algorithm; download the licence file or PDF instead`,
        });
      const doc = docOf(row);
      const payload = credentialOf({
        doc,
        labels: await labelsOf(tx, row),
        issuerId: issuerIdOf(config.publicUrl, row.issuer_code),
        verifyUrl: verificationUrl(config.publicUrl, doc),
        issuedAt: at,
      });
      const input = jwsSigningInput(key.id, payload);
      const signature = signText(key.algorithm, cipher.decrypt(key.private_key_cipher), input);
      await appendAudit(tx, audit, {
        action: 'licence.export_credential',
        recordType: 'licence',
        recordId: row.id,
        detail: { keyId: key.id },
      });
      return `${input}.${signature}`;
    });
    return { jwt, fileName: `${row.name}-${row.serial}.vc.jwt` };
  }

  const grants = createLicenceGrants(platform, {
    identity,
    docOf,
    labelsOf,
    recordOf,
    assertUsable,
    recordUse,
  });

  // ---- seals (admin) ----

  async function sealOverview(actor: Actor) {
    authorize(licensesPolicy, 'manageSeals', actor, null);
    return seals.departmentSeals(db);
  }

  async function rotateSeal(actor: Actor, audit: AuditContext, departmentId: string) {
    await authorizeDepartmentSeal(actor, departmentId);
    const key = await inTransaction(db, async (tx) => {
      const created = await seals.rotate(tx, departmentId, now());
      await appendAudit(tx, audit, {
        action: 'seal.rotate',
        recordType: 'department',
        recordId: departmentId,
        detail: { keyId: created.id, algorithm: created.algorithm },
      });
      return created;
    });
    return (await seals.published(db, departmentId)).find((k) => k.keyId === key.id)!;
  }

  async function setSealAlgorithm(
    actor: Actor,
    audit: AuditContext,
    departmentId: string,
    algorithm: SignatureAlgorithm,
  ) {
    await authorizeDepartmentSeal(actor, departmentId);
    await inTransaction(db, async (tx) => {
      await seals.setAlgorithm(tx, departmentId, algorithm, now());
      await appendAudit(tx, audit, {
        action: 'seal.set_algorithm',
        recordType: 'department',
        recordId: departmentId,
        detail: { algorithm },
      });
    });
    return (await seals.departmentSeals(db)).find((d) => d.departmentId === departmentId)!;
  }

  async function authorizeDepartmentSeal(actor: Actor, departmentId: string) {
    authorize(licensesPolicy, 'manageSeals', actor, null);
    const department = (await identity.departmentsById([departmentId])).get(departmentId);
    if (!department) throw problems.notFound({ zh: '该部门', en: 'Department' });
    authorize(licensesPolicy, 'manageDepartmentSeal', actor, { regionCode: department.regionCode });
  }

  // ---- 用证: the material supplier for applications ----

  function holderOfApplicant(
    applicant: SupplyRequest['applicant'],
    kind: HolderKind,
  ): store.HolderFilter | null {
    if (kind === 'organisation')
      return applicant.organisationId ? { kind, id: applicant.organisationId } : null;
    // A person's licence stands in only when the person applies for themself.
    return applicant.kind === 'person' ? { kind, id: applicant.personId } : null;
  }

  const supplier: MaterialSupplier = {
    name: 'licenses',
    async offers(q, request) {
      const offers = new Map<string, SupplyOffer[]>();
      const today = beijingDay(now());
      for (const material of request.materials) {
        if (!material.licenceType) continue;
        const type = await store.findType(q, material.licenceType);
        if (!type) continue;
        const holder = holderOfApplicant(request.applicant, type.holder_kind);
        if (!holder) continue;
        const held = (
          await store.licencesOfHolder(q, holder, { limit: 5, type: type.code, usableOnly: true })
        ).filter((l) => !isExpired(l.valid_until, today));
        if (held.length === 0) continue;
        const labels = read.json<FaceField[]>(type.face_fields).map((f) => f.label);
        offers.set(
          material.key,
          held.map((l) => ({
            kind: 'licence',
            provider: l.issuer_name,
            reference: l.identifier,
            description: `电子证照：${l.name}（${l.valid_until ? `有效期至${l.valid_until}` : '长期有效'}）`,
            fields: labels,
          })),
        );
      }
      return offers;
    },
    async fetch(tx, request: FetchRequest) {
      const row = await store.findByIdentifier(tx, request.offer.reference);
      const type = row ? await store.findType(tx, row.type) : undefined;
      const holder = type ? holderOfApplicant(request.applicant, type.holder_kind) : null;
      const held =
        row &&
        holder &&
        (holder.kind === 'person'
          ? row.holder_person_id === holder.id
          : row.holder_organisation_id === holder.id);
      if (!row || !type || !held) throw licenceNotFound();
      if (row.status !== 'valid' || isExpired(row.valid_until, beijingDay(now()))) {
        throw new Problem(409, 'LICENCE_NOT_USABLE', {
          zh: `电子证照“${row.name}”当前不可用（${STATUS_NAMES[effectiveStatus(row)].zh}），请上传材料`,
          en: `The licence "${row.name}" cannot be used (${effectiveStatus(row)}); upload the document instead`,
        });
      }
      const faceFields = read.json<FaceField[]>(type.face_fields);
      const face = faceOf(row);
      const values: Record<string, string> = {};
      for (const f of faceFields) if (face[f.key]) values[f.concept] = face[f.key]!;
      await recordUse(tx, {
        licence: row,
        departmentId: request.departmentId,
        caseId: request.caseId,
        purpose: request.purpose,
        fields: faceFields.map((f) => f.label),
        actorAccountId: request.actorAccountId,
      });
      await appendAudit(tx, systemContext('licenses'), {
        action: 'licence.use',
        recordType: 'licence',
        recordId: row.id,
        detail: { caseId: request.caseId, departmentId: request.departmentId },
      });
      return { values, proof: row.identifier };
    },
  };

  // ---- bulk import (licences issued before Tongban) ----

  /** Issues already-validated import rows in the caller's transaction (the importer and the demo seed). */
  async function issueImported(
    tx: Tx,
    audit: AuditContext,
    input: {
      type: string;
      issuerCode: string;
      holderName: string;
      holderCode: string;
      issuedOn: string;
      validUntil: string | null;
      longTerm?: boolean;
      face: Record<string, string>;
    },
    options: { notify: boolean } = { notify: true },
  ) {
    const type = await store.findType(tx, input.type);
    if (!type) throw typeNotFound();
    const issuer = await identity.departmentByUscc(tx, input.issuerCode);
    if (!issuer) throw problems.notFound({ zh: '发证部门', en: 'Issuing department' });
    let holder: HolderRef;
    if (type.holder_kind === 'person') {
      const personId = await identity.ensurePerson(tx, audit, {
        name: input.holderName,
        idNumber: input.holderCode,
      });
      holder = {
        kind: 'person',
        personId,
        organisationId: null,
        name: input.holderName,
        code: input.holderCode,
      };
    } else {
      const { id } = await identity.createOrganisation(tx, audit, {
        name: input.holderName,
        uscc: input.holderCode,
        kind: 'enterprise',
        regionCode: issuer.regionCode,
      });
      holder = {
        kind: 'organisation',
        personId: null,
        organisationId: id,
        name: input.holderName,
        code: input.holderCode,
      };
    }
    // Issued at the start of the issue day in Beijing.
    const issuedAt = new Date(`${input.issuedOn}T00:00:00+08:00`);
    const row = (await issue(tx, audit, {
      type,
      issuerDepartmentId: issuer.id,
      holder,
      face: input.face,
      issuedAt,
      validFrom: input.issuedOn,
      validUntil: input.longTerm
        ? null
        : (input.validUntil ?? validUntilFor(input.issuedOn, type.validity_years)),
      source: 'import',
      caseId: null,
    }))!;
    if (options.notify) await tell(tx, row, 'licence.issued');
    return row;
  }

  return {
    seals,
    supplier,
    seedTypes,
    listTypes,
    putType,
    typeView,
    issue,
    issueForCase,
    issueImported,
    setStatus,
    renew,
    runExpiry,
    wallet,
    search,
    detail,
    exportFile,
    pdf,
    verify,
    present,
    credential,
    grants,
    sealOverview,
    rotateSeal,
    setSealAlgorithm,
    publishedKeys: () => seals.published(db),
    docOf,
    /** The licence type's name for a `licence:<type>` code in the access log. */
    typeNameOfUse: async (q: Queryable, code: string) =>
      (await store.findType(q, code.replace(/^licence:/, '')))?.name ?? null,
    /** Also logs every 用证 in the exchange module's signed access log. */
    recordUsesIn(logger: AccessLogger) {
      accessLog = logger;
    },
  };
}

export const STATUS_NAMES: Record<VerificationStatus, { zh: string; en: string }> = {
  valid: { zh: '有效', en: 'valid' },
  expired: { zh: '已过期', en: 'expired' },
  revoked: { zh: '已撤销', en: 'revoked' },
  suspended: { zh: '已暂停使用', en: 'suspended' },
  superseded: { zh: '已换发（旧版本）', en: 'superseded by a renewal' },
  tampered: { zh: '证照内容或签名被篡改', en: 'tampered: the content does not match its signature' },
  unknown: { zh: '未找到该证照', en: 'unknown licence' },
  presentation_expired: {
    zh: '亮证二维码已过期，请持证人刷新后重新出示',
    en: 'presentation expired: ask the holder to show a fresh QR code',
  },
};

export type LicensesService = ReturnType<typeof createLicensesService>;
