import { markDaysStale } from '../../platform/db/rollup-days.ts';
import { touchedFactInstants } from './rolled-facts.ts';
import crypto from 'node:crypto';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { appendAudit, systemContext, type AuditContext } from '../../platform/audit/audit.ts';
import { loadWorkingCalendar } from '../../platform/calendar/calendar-store.ts';
import type { WorkingCalendar } from '../../platform/calendar/working-days.ts';
import type { Platform } from '../../platform/context.ts';
import { inTransaction, read, type Queryable, type Tx } from '../../platform/db/database.ts';
import { fieldError, Problem, problems, type FieldError } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { newId } from '../../platform/ids.ts';
import { canonicalJson } from '../../platform/crypto/signing.ts';
import { bundleCommitment, mergeBundle } from '../catalog/bundle-merge.ts';
import type { FormSchema, ItemContent, Material } from '../catalog/content.ts';
import { validateFormData } from '../catalog/form.ts';
import type { ApplicableItem, CatalogService } from '../catalog/service.ts';
import type { IdentityService } from '../identity/service.ts';
import type { TemplateKey } from '../notify/templates.ts';
import type { NotifyService } from '../notify/service.ts';
import { applicantFacts, evaluateAutoApproval, formFacts, type Facts } from '../workflow/auto-approval.ts';
import type { CallbackBody } from '../workflow/department-link.ts';
import {
  beijingDate,
  dueDateAfter,
  endOfBeijingDay,
  workingDaysSuspended,
  extendDueDate,
} from '../workflow/deadlines.ts';
import { resolveProcess, returnableSteps, stepAfter, stepByKey } from '../workflow/process.ts';
import type { WorkflowService } from '../workflow/service.ts';
import { taskConflict, taskNotFound } from '../workflow/service.ts';
import { findTask, type TaskRow } from '../workflow/store.ts';
import { workflowPolicy, type TaskRecord } from '../workflow/policy.ts';
import { alteredBindings, bindFetchedValues, type Bindings } from './fetched-values.ts';
import { maskForm, prefillForm, unmaskForm, type FormData, type Profile } from './form-data.ts';
import {
  resolveMaterials,
  type MaterialChoice,
  type ResolvedMaterial,
  type SupplyOffer,
} from './materials.ts';
import type { NoticeData, NoticeKind } from './notices.ts';
import { casesPolicy, type CaseRecord } from './policy.ts';
import { FINAL_STATUSES, nextStatus, type CaseAction } from './state-machine.ts';
import * as store from './store.ts';
import type { CaseMaterialRow, CaseRow } from './store.ts';
import type { Channel, MaterialSource } from './tables.ts';
import { visitAddsTrip } from './visits.ts';

export const caseNotFound = () => problems.notFound({ zh: '该办件', en: 'Case' });
const caseConflict = () =>
  new Problem(409, 'CASE_VERSION_CONFLICT', {
    zh: '办件已被更新，请刷新后再试',
    en: 'The case changed in the meantime; reload it and try again',
  });

/** A source of materials other than the applicant (electronic licences, shared data): plugged in by other modules. */
export interface MaterialSupplier {
  name: string;
  /** What could be fetched for each material key: shown to the applicant before they consent. */
  offers(q: Queryable, request: SupplyRequest): Promise<Map<string, SupplyOffer[]>>;
  /**
   * Fetches an offered material after the applicant consented, for the case's department and purpose,
   * and records the use (access log / 用证 record). Throws a Problem when the source refuses.
   */
  fetch(tx: Tx, request: FetchRequest): Promise<FetchedMaterial>;
}

export interface SupplyRequest {
  applicant: ApplicantRef;
  materials: Material[];
  itemCode: string;
  /** The department that handles the case: the consumer of shared data. */
  departmentId: string | null;
}

export interface FetchRequest {
  applicant: ApplicantRef;
  caseId: string;
  departmentId: string | null;
  /** The item that asks for the material (in a bundle, the component item). */
  itemCode: string;
  /** e.g. 办理“个体工商户设立登记” (330106-20261127-000042). */
  purpose: string;
  material: Material;
  offer: SupplyOffer;
  /** Who gave the consent (the applicant's account, or window staff at a window). */
  actorAccountId: string;
}

export interface FetchedMaterial {
  /** Values by form concept (`x-concept`, e.g. `newborn.birthDate`) that prefill the form and are bound to the case. */
  values: Record<string, string>;
  /** The licence identifier or the access log entry that proves the fetch. */
  proof: string;
}

/** Facts for 秒批 rules from another department's data (`data.<resource>.<field>`): plugged in by other modules. */
export interface FactSource {
  name: string;
  facts(q: Queryable, request: { applicant: ApplicantRef; caseId: string; facts: string[] }): Promise<Facts>;
}

export interface ApplicantRef {
  kind: 'person' | 'organisation';
  personId: string;
  organisationId: string | null;
}

export interface CaseTransitionEvent {
  caseId: string;
  parentId: string | null;
  caseNumber: string | null;
  serviceCode: string;
  serviceName: string;
  action: CaseAction;
  from: CaseRow['status'];
  to: CaseRow['status'];
  template: TemplateKey | null;
  params: Record<string, string>;
}

export const CASE_TRANSITIONED = 'case.transitioned';

/** The result a decided case produced, reused by later items of a bundle. */
export interface CaseResult {
  name: string;
  type: ItemContent['result']['type'];
  licenceType: string | null;
  documentNumber: string | null;
  /** Values by field concept, e.g. { 'enterprise.uscc': '91330106…' }. */
  values: Record<string, string>;
}

export interface ApplicationInput {
  form?: FormData;
  materials?: MaterialChoice[];
  commitment?: boolean;
}

export interface CasesDeps {
  identity: IdentityService;
  catalog: CatalogService;
  workflow: WorkflowService;
  notify: NotifyService;
  files: FileStore;
}

const TEMPLATE_FOR: Partial<Record<CaseAction, TemplateKey>> = {
  submit: 'case.submitted',
  submit_bundle: 'case.submitted',
  start: 'case.step_started',
  accept: 'case.accepted',
  deem_accept: 'case.deemed_accepted',
  request_correction: 'case.correction_requested',
  refuse: 'case.not_accepted',
  approve: 'case.approved',
  auto_approve: 'case.auto_approved',
  commitment_approve: 'case.approved',
  deny: 'case.denied',
  suspend: 'case.suspended',
  resume: 'case.resumed',
  withdraw: 'case.withdrawn',
  revoke: 'case.revoked',
  complete_bundle: 'case.bundle_completed',
};

const NOTICE_PREFIX: Record<NoticeKind, string> = {
  acceptance: '受',
  gap_acceptance: '容受',
  correction: '补告',
  refusal: '不受',
  approval: '准许',
  denial: '不许',
};

/** A staff (or department system) decision on a task; which ones a task allows depends on its kind. */
export type Outcome =
  | { outcome: 'accept'; note?: string }
  | {
      outcome: 'request_correction';
      corrections: Array<{ materialKey?: string; field?: string; problem: string }>;
    }
  | { outcome: 'refuse'; reason: string; legalBasis: string }
  | { outcome: 'agree'; opinion?: string }
  | { outcome: 'disagree'; opinion: string }
  | { outcome: 'approve'; opinion?: string; resultValues?: Record<string, string> }
  | { outcome: 'deny'; reason: string; legalBasis: string }
  | { outcome: 'issued'; opinion?: string }
  | { outcome: 'passed'; opinion?: string }
  | { outcome: 'failed'; reason: string };

/** The fields each outcome needs, named all at once. */
export function decisionErrors(d: {
  outcome: string;
  reason?: string;
  legalBasis?: string;
  opinion?: string;
  corrections?: unknown[];
}): FieldError[] {
  const errors: FieldError[] = [];
  const need = (field: 'reason' | 'legalBasis' | 'opinion', zh: string, en: string) => {
    if (!d[field]?.trim()) errors.push(fieldError(field, zh, en));
  };
  if (['refuse', 'deny', 'failed'].includes(d.outcome)) need('reason', '请填写理由', 'Give the reason');
  if (['refuse', 'deny'].includes(d.outcome)) need('legalBasis', '请填写法律依据', 'Give the legal basis');
  if (d.outcome === 'disagree') need('opinion', '请填写不同意的意见', 'Say why you disagree');
  if (d.outcome === 'request_correction' && !d.corrections?.length) {
    errors.push(fieldError('corrections', '请列出需要补正的全部内容', 'List everything to correct'));
  }
  return errors;
}

/** The outcomes each kind of task allows. */
const OUTCOMES_BY_KIND: Record<TaskRow['kind'], Outcome['outcome'][]> = {
  accept: ['accept', 'request_correction', 'refuse'],
  review: ['agree', 'disagree'],
  branch: ['agree', 'disagree'],
  decide: ['approve', 'deny'],
  issue: ['issued'],
  verification: ['passed', 'failed'],
};

/** The outcomes a task offers now: the one-time correction notice (一次性告知) only while it is unused. */
export function outcomesFor(kind: TaskRow['kind'], correctionUsed: boolean): Outcome['outcome'][] {
  return OUTCOMES_BY_KIND[kind].filter((o) => o !== 'request_correction' || !correctionUsed);
}

/** Whether every item asking for the material waits for a prerequisite whose result is that licence. */
function producedInBundle(
  components: Array<ApplicableItem & { dependsOn: string[] }>,
  merged: { material: Material; usedBy: Array<{ itemCode: string }> },
): boolean {
  const licence = merged.material.licenceType;
  if (!licence) return false;
  const byCode = new Map(components.map((c) => [c.code, c]));
  return merged.usedBy.every((use) =>
    (byCode.get(use.itemCode)?.dependsOn ?? []).some(
      (code) => byCode.get(code)?.content.result.licenceType === licence,
    ),
  );
}

export function createCasesService(platform: Platform, deps: CasesDeps) {
  const { db, cipher, config } = platform;
  const { identity, catalog, workflow, notify, files } = deps;
  const suppliers: MaterialSupplier[] = [];
  const factSources: FactSource[] = [];

  const now = () => platform.clock.now();
  const formOf = (c: CaseRow): FormData => JSON.parse(cipher.decrypt(c.form_cipher)) as FormData;
  const sealForm = (data: FormData) => cipher.encrypt(JSON.stringify(data));
  const applicantOf = (c: CaseRow): ApplicantRef => ({
    kind: c.applicant_kind,
    personId: c.applicant_person_id,
    organisationId: c.applicant_organisation_id,
  });

  // ---- loading and permission records ----

  async function loadCase(q: Queryable, id: string): Promise<CaseRow> {
    const row = await store.findCase(q, id);
    if (!row) throw caseNotFound();
    return row;
  }

  async function caseRecord(q: Queryable, c: CaseRow): Promise<CaseRecord> {
    const taskDepartments = await q
      .selectFrom('tasks')
      .select('department_id')
      .distinct()
      .where('case_id', '=', c.id)
      .execute();
    const children = c.service_kind === 'bundle' ? await store.childrenOf(q, c.id) : [];
    const departmentIds = new Set<string>(taskDepartments.map((t) => t.department_id));
    if (c.department_id) departmentIds.add(c.department_id);
    for (const child of children) if (child.department_id) departmentIds.add(child.department_id);
    return {
      applicantPersonId: c.applicant_person_id,
      applicantOrganisationId: c.applicant_organisation_id,
      filedByAccountId: c.filed_by_account_id,
      regionCode: c.region_code,
      departmentIds: [...departmentIds],
    };
  }

  async function taskRecord(q: Queryable, task: TaskRow): Promise<TaskRecord> {
    const c = await loadCase(q, task.case_id);
    return {
      departmentId: task.department_id,
      role: task.role,
      kind: task.kind,
      regionCode: c.region_code,
      serviceCenterIds: await identity.serviceCentresCovering(q, c.region_code),
    };
  }

  // ---- versioned writes, timeline, events, notices ----

  /** Moves the case by the state machine, version-checked; records the timeline and publishes the event. */
  async function transition(
    tx: Tx,
    c: CaseRow,
    action: CaseAction,
    set: Partial<CaseRow>,
    detail: {
      at: Date;
      actorAccountId: string | null;
      stepName?: string | null;
      departmentId?: string | null;
      note?: string | null;
      params?: Record<string, string>;
      template?: TemplateKey | null;
    },
  ): Promise<CaseRow> {
    const to = nextStatus(c.status, action);
    const updated = await update(tx, c, { ...set, status: to }, detail.at);
    await store.addTimeline(tx, {
      caseId: c.id,
      at: detail.at.toISOString(),
      action,
      stepName: detail.stepName ?? null,
      departmentId: detail.departmentId ?? c.department_id,
      note: detail.note ?? null,
      actorAccountId: detail.actorAccountId,
    });
    const event: CaseTransitionEvent = {
      caseId: c.id,
      parentId: c.parent_id,
      caseNumber: updated.case_number,
      serviceCode: c.service_code,
      serviceName: c.service_name,
      action,
      from: c.status,
      to,
      template: detail.template === undefined ? (TEMPLATE_FOR[action] ?? null) : detail.template,
      params: {
        caseNumber: updated.case_number ?? '',
        itemName: c.service_name,
        stepName: detail.stepName ?? '',
        ...detail.params,
      },
    };
    await platform.events.publish(tx, CASE_TRANSITIONED, event);
    // What the system decides on its own (秒批, deemed acceptance, bundle steps, late pledges) is audited
    // here; people's actions are audited by the operation they called.
    if (detail.actorAccountId === null) {
      await appendAudit(tx, systemContext('tongban.cases'), {
        action: `case.${action}`,
        recordType: 'case',
        recordId: c.id,
        detail: { from: c.status, to },
      });
    }
    return updated;
  }

  async function update(tx: Tx, c: CaseRow, set: Partial<CaseRow>, at: Date): Promise<CaseRow> {
    const result = await tx
      .updateTable('cases')
      .set({ ...set, version: c.version + 1, updated_at: at.toISOString() })
      .where('id', '=', c.id)
      .where('version', '=', c.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw caseConflict();
    await markDaysStale(tx, touchedFactInstants(c, set), at);
    return { ...c, ...set, version: c.version + 1, updated_at: at.toISOString() };
  }

  async function issueNotice(
    tx: Tx,
    c: CaseRow,
    kind: NoticeKind,
    extra: Partial<NoticeData>,
    at: Date,
  ): Promise<string> {
    const departmentId = c.department_id!;
    const department = (await identity.departmentsById([departmentId], tx)).get(departmentId);
    const year = beijingDate(at).slice(0, 4);
    // One series per kind and year on the platform: notice numbers are unique across departments.
    const seq = await store.nextSequence(tx, `notice:${kind}`, year);
    const number = `${NOTICE_PREFIX[kind]}〔${year}〕${String(seq).padStart(4, '0')}号`;
    const data: Omit<NoticeData, 'checkUrl'> = {
      kind,
      number,
      caseNumber: c.case_number ?? '',
      itemName: c.service_name,
      applicantName: c.applicant_name,
      departmentName: department?.name ?? '',
      issuedAt: at.toISOString(),
      submittedAt: c.submitted_at ?? at.toISOString(),
      ...extra,
    };
    await tx
      .insertInto('case_notices')
      .values({
        id: newId(),
        case_id: c.id,
        kind,
        number,
        issued_at: at.toISOString(),
        data: JSON.stringify(data),
      })
      .execute();
    return number;
  }

  const checkUrl = (c: CaseRow) =>
    `${config.publicUrl}/check/${encodeURIComponent(c.case_number ?? '')}?code=${c.check_code}`;

  // ---- applications: drafts ----

  async function profileFor(q: Queryable, applicant: ApplicantRef): Promise<Profile> {
    const person = await identity.profileOf(q, applicant.personId);
    if (!person) throw problems.notFound({ zh: '申请人', en: 'Applicant' });
    const organisation = applicant.organisationId
      ? await identity.organisationRecord(q, applicant.organisationId)
      : null;
    return {
      person: { name: person.name, idNumber: person.idNumber, mobile: person.mobile, email: person.email },
      organisation: organisation ? { name: organisation.name, uscc: organisation.uscc } : null,
    };
  }

  /** What an application asks for: the item's (or the bundle's merged) form and materials. */
  async function applicationSpec(
    q: Queryable,
    c: Pick<CaseRow, 'service_kind' | 'service_id' | 'service_version_id'>,
  ) {
    if (c.service_kind === 'item') {
      const item = await catalog.pinnedItem(q, c.service_id, c.service_version_id);
      return {
        item,
        bundle: null,
        form: item.content.form,
        materials: item.content.materials,
        commitment: item.content.commitment ?? null,
        gapKeys: item.content.gapAcceptance?.materialKeys ?? [],
        promisedDays: item.content.promisedDays,
      };
    }
    const bundle = await catalog.pinnedBundle(q, c.service_id, c.service_version_id);
    const parts = bundle.components.map((i) => ({ itemCode: i.code, name: i.name, content: i.content }));
    const merged = mergeBundle(parts);
    return {
      item: null,
      bundle: { ...bundle, merged },
      form: merged.schema,
      // One material per merged key: a shared concept, or `<item code>:<material key>`. A licence an earlier
      // item of the bundle produces is not asked for: it arrives with that item's result.
      materials: merged.materials.map((m) =>
        producedInBundle(bundle.components, m)
          ? {
              ...m.material,
              key: m.key,
              necessity: 'optional' as const,
              sourceNote: '由前置事项的办理结果提供',
            }
          : { ...m.material, key: m.key },
      ),
      commitment: bundleCommitment(parts, merged),
      gapKeys: [] as string[],
      promisedDays: bundle.content.promisedDays,
    };
  }

  type ApplicationSpec = Awaited<ReturnType<typeof applicationSpec>>;

  /** The department (and item) that uses a material: the case's, or in a bundle the first item asking for it. */
  function consumerOf(c: CaseRow, spec: ApplicationSpec, key: string) {
    if (!spec.bundle) return { departmentId: c.department_id, itemCode: c.service_code };
    const used = spec.bundle.merged.materials.find((m) => m.key === key)?.usedBy[0];
    const item = spec.bundle.components.find((i) => i.code === used?.itemCode);
    return { departmentId: item?.departmentId ?? null, itemCode: item?.code ?? c.service_code };
  }

  async function offersFor(q: Queryable, c: CaseRow, spec: ApplicationSpec) {
    const groups = new Map<string, SupplyRequest>();
    for (const material of spec.materials) {
      const consumer = consumerOf(c, spec, material.key);
      const group = `${consumer.departmentId}|${consumer.itemCode}`;
      const request = groups.get(group) ?? { applicant: applicantOf(c), materials: [], ...consumer };
      request.materials.push(material);
      groups.set(group, request);
    }
    const offers = new Map<string, SupplyOffer[]>();
    for (const request of groups.values()) {
      for (const supplier of suppliers) {
        for (const [key, list] of await supplier.offers(q, request)) {
          offers.set(key, [...(offers.get(key) ?? []), ...list]);
        }
      }
    }
    return offers;
  }

  /**
   * Fetches each material the applicant consented to take from a licence or shared data (once: a consent
   * already acted on is carried over), fills the form from it and binds the filled fields. Answers the form
   * and the bound fields that were altered since they were fetched.
   */
  async function fetchConsented(
    tx: Tx,
    c: CaseRow,
    spec: ApplicationSpec,
    rows: ResolvedMaterial[],
    form: FormData,
    by: string,
    at: Date,
  ) {
    const previous = new Map((await store.materialsOf(tx, c.id)).map((r) => [r.material_key, r]));
    const fresh: ResolvedMaterial[] = [];
    const carried: ResolvedMaterial[] = [];
    for (const row of rows) {
      if ((row.source !== 'licence' && row.source !== 'shared_data') || !row.reference) continue;
      const before = previous.get(row.key);
      const stored = before?.reference ? read.json<Record<string, string>>(before.reference) : null;
      if (before?.source === row.source && stored?.proof && stored.reference === row.reference.reference) {
        row.reference = stored;
        carried.push(row);
      } else fresh.push(row);
    }
    const errors = bindingErrors(carried, form);
    let filled = form;
    const boundKeys = new Set(
      carried.flatMap((r) => Object.keys(read.json<Bindings>(r.reference?.bound ?? '{}'))),
    );
    for (const row of fresh) {
      const material = spec.materials.find((m) => m.key === row.key)!;
      const offer: SupplyOffer = {
        kind: row.source as SupplyOffer['kind'],
        provider: row.reference!.provider!,
        reference: row.reference!.reference!,
        description: row.reference!.description ?? '',
      };
      const { departmentId, itemCode } = consumerOf(c, spec, row.key);
      const request = { applicant: applicantOf(c), materials: [material], itemCode, departmentId };
      const supplier = await supplierOffering(tx, request, offer);
      const fetched = await supplier.fetch(tx, {
        applicant: request.applicant,
        caseId: c.id,
        departmentId,
        itemCode,
        purpose: `办理“${c.service_name}”${c.case_number ? `（${c.case_number}）` : ''}`,
        material,
        offer,
        actorAccountId: by,
      });
      const bound = bindFetchedValues(spec.form, filled, fetched.values, cipher.lookupHash, boundKeys);
      filled = bound.form;
      for (const key of Object.keys(bound.bound)) boundKeys.add(key);
      row.reference = {
        provider: offer.provider,
        reference: offer.reference,
        description: offer.description,
        proof: fetched.proof,
        fetchedAt: at.toISOString(),
        valuesHash: crypto.createHash('sha256').update(canonicalJson(fetched.values)).digest('hex'),
        values: cipher.encrypt(JSON.stringify(fetched.values)),
        bound: JSON.stringify(bound.bound),
      };
    }
    return { form: filled, errors };
  }

  /** Fields filled from fetched materials whose value has since been altered, as field errors. */
  function bindingErrors(rows: Array<Pick<ResolvedMaterial, 'name' | 'reference'>>, form: FormData) {
    return rows.flatMap((row) => {
      if (!row.reference?.bound) return [];
      const provider = row.reference.provider ?? '';
      return alteredBindings(form, read.json<Bindings>(row.reference.bound), cipher.lookupHash).map((key) =>
        fieldError(
          `form.${key}`,
          `此项由${provider}（${row.name}）提供，不能修改；如信息有误，请将该材料改为自行上传`,
          `This value came from ${provider} (${row.name}) and cannot be changed; if it is wrong, upload the document yourself instead`,
        ),
      );
    });
  }

  async function supplierOffering(q: Queryable, request: SupplyRequest, offer: SupplyOffer) {
    for (const supplier of suppliers) {
      const offers = await supplier.offers(q, request);
      if (offers.get(request.materials[0]!.key)?.some((o) => o.reference === offer.reference))
        return supplier;
    }
    throw new Problem(409, 'SUPPLY_UNAVAILABLE', {
      zh: `${request.materials[0]!.name}已无法自动获取，请上传`,
      en: `${request.materials[0]!.name} can no longer be fetched; upload it`,
    });
  }

  async function createDraft(
    actor: Actor,
    audit: AuditContext,
    input: { serviceKind: 'item' | 'bundle'; code: string; channel?: Channel },
  ) {
    authorize(casesPolicy, 'apply', actor, null);
    const applicant: ApplicantRef = actor.actingFor
      ? { kind: 'organisation', personId: actor.personId!, organisationId: actor.actingFor.organisationId }
      : { kind: 'person', personId: actor.personId!, organisationId: null };
    return inTransaction(db, async (tx) => {
      const row = await insertDraft(tx, actor.accountId!, applicant, input, null);
      await appendAudit(tx, audit, { action: 'case.draft', recordType: 'case', recordId: row.id });
      return row;
    });
  }

  async function insertDraft(
    tx: Tx,
    accountId: string,
    applicant: ApplicantRef,
    input: { serviceKind: 'item' | 'bundle'; code: string; channel?: Channel },
    windowStaff: string | null,
    idempotencyKey: string | null = null,
  ): Promise<CaseRow> {
    const target =
      input.serviceKind === 'item'
        ? await catalog.applicableItem(tx, { code: input.code })
        : await catalog.applicableBundle(tx, { code: input.code });
    if (!target) {
      throw problems.validation([
        fieldError('code', '没有已发布的该事项或一件事', 'No published item or bundle has this code'),
      ]);
    }
    const item = 'content' in target && 'form' in target.content ? (target as ApplicableItem) : null;
    if (
      item &&
      !item.content.serviceObjects.includes(applicant.kind === 'person' ? 'natural_person' : 'legal_person')
    ) {
      throw problems.validation([
        fieldError(
          'code',
          applicant.kind === 'person' ? '该事项只面向法人办理，请切换到企业身份' : '该事项只面向自然人办理',
          applicant.kind === 'person'
            ? 'This item is for organisations; act for your organisation first'
            : 'This item is for natural persons',
        ),
      ]);
    }
    const profile = await profileFor(tx, applicant);
    const spec = await applicationSpec(tx, {
      service_kind: input.serviceKind,
      service_id: target.id,
      service_version_id: target.versionId,
    });
    const at = now().toISOString();
    const row: CaseRow = {
      id: newId(),
      case_number: null,
      check_code: crypto.randomBytes(6).toString('hex'),
      service_kind: input.serviceKind,
      parent_id: null,
      service_id: target.id,
      service_version_id: target.versionId,
      service_code: input.serviceKind === 'item' ? (target as ApplicableItem).code : input.code,
      service_name: target.name,
      department_id: item ? item.departmentId : null,
      region_code: item
        ? item.regionCode
        : (target as { components: ApplicableItem[] }).components[0]!.regionCode,
      applicant_kind: applicant.kind,
      applicant_person_id: applicant.personId,
      applicant_organisation_id: applicant.organisationId,
      applicant_name: profile.organisation?.name ?? profile.person.name,
      filed_by_account_id: accountId,
      window_staff_account_id: windowStaff,
      channel: input.channel ?? (windowStaff ? 'window' : 'online'),
      status: 'draft',
      form_cipher: sealForm(prefillForm(spec.form, {}, profile)),
      commitment_signed: false,
      correction_used: false,
      submitted_at: null,
      acceptance_due_at: null,
      accepted_at: null,
      deemed_accepted: false,
      promised_due_date: null,
      statutory_due_date: null,
      decided_at: null,
      decision: null,
      decision_reason: null,
      decision_basis: null,
      closed_at: null,
      suspended_at: null,
      suspension: null,
      suspended_working_days: 0,
      result: null,
      auto_trace: null,
      trips: 0,
      materials_required: 0,
      materials_reduced: 0,
      idempotency_key: idempotencyKey,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await tx.insertInto('cases').values(row).execute();
    return row;
  }

  /** Stores what the applicant has filled so far; nothing is checked for completeness until submission. */
  async function saveDraft(
    actor: Actor,
    audit: AuditContext,
    id: string,
    version: number,
    input: ApplicationInput,
  ) {
    return inTransaction(db, async (tx) => {
      const c = await loadCase(tx, id);
      authorize(casesPolicy, 'act', actor, await caseRecord(tx, c));
      if (c.status !== 'draft' && c.status !== 'correction_requested') {
        throw new Problem(409, 'CASE_NOT_EDITABLE', {
          zh: '已提交的办件不能修改',
          en: 'A submitted case cannot be edited',
        });
      }
      if (c.version !== version) throw caseConflict();
      const { row, structural } = await writeApplication(tx, c, input, now(), actor.accountId!);
      if (structural.length > 0) throw problems.validation(structural);
      await appendAudit(tx, audit, { action: 'case.save', recordType: 'case', recordId: c.id });
      return row;
    });
  }

  /**
   * Writes form and material choices; answers with the choices that name no material (errors at any stage)
   * and, when materials were given, the rows written with every error found resolving them (for submission).
   */
  async function writeApplication(tx: Tx, c: CaseRow, input: ApplicationInput, at: Date, by: string) {
    const spec = await applicationSpec(tx, c);
    const stored = formOf(c);
    // Fields not sent keep their value (the profile's prefill included).
    let form = input.form ? { ...stored, ...unmaskForm(spec.form, input.form, stored) } : stored;
    const structural: FieldError[] = [];
    let materials: { rows: ResolvedMaterial[]; errors: FieldError[] } | null = null;
    if (input.materials) {
      await checkFiles(tx, input.materials);
      const { rows, errors } = await resolveFor(
        tx,
        c,
        spec,
        input.materials,
        input.commitment ?? read.bool(c.commitment_signed),
        at,
      );
      const fetched = await fetchConsented(tx, c, spec, rows, form, by, at);
      form = fetched.form;
      await writeMaterials(tx, c.id, rows, at);
      materials = { rows, errors: [...errors, ...fetched.errors] };
      // Choices that name no material of the item, and altered fetched values, are wrong whatever else is filled in.
      structural.push(...errors.filter((e) => /^materials\.\d+\./.test(e.field)), ...fetched.errors);
    } else if (input.form) {
      const rows = (await store.materialsOf(tx, c.id)).map((r) => ({
        name: r.name,
        reference: r.reference ? read.json<Record<string, string>>(r.reference) : null,
      }));
      structural.push(...bindingErrors(rows, form));
    }
    const updated = await update(
      tx,
      c,
      {
        form_cipher: sealForm(form),
        commitment_signed: input.commitment ?? read.bool(c.commitment_signed),
      },
      at,
    );
    return { row: updated, structural, materials };
  }

  async function checkFiles(q: Queryable, choices: MaterialChoice[]) {
    const errors: FieldError[] = [];
    for (const [index, choice] of choices.entries()) {
      for (const fileId of choice.fileIds ?? []) {
        if (!(await files.find(fileId, q))) {
          errors.push(
            fieldError(
              `materials.${index}.fileIds`,
              '文件不存在，请重新上传',
              'The file does not exist; upload it again',
            ),
          );
        }
      }
    }
    if (errors.length > 0) throw problems.validation(errors);
  }

  async function resolveFor(
    q: Queryable,
    c: CaseRow,
    spec: ApplicationSpec,
    choices: MaterialChoice[],
    commitment: boolean,
    at: Date,
  ) {
    const calendar = await loadWorkingCalendar(q);
    const offers = await offersFor(q, c, spec);
    return resolveMaterials({
      materials: spec.materials,
      choices,
      offers,
      committedKeys: commitment && spec.commitment ? spec.commitment.materialKeys : [],
      gapKeys: spec.gapKeys,
      pledgeLimit: dueDateAfter(calendar, at, spec.promisedDays),
      today: beijingDate(at),
      atWindow: c.channel === 'window',
    });
  }

  async function writeMaterials(tx: Tx, caseId: string, rows: ResolvedMaterial[], at: Date) {
    await tx.deleteFrom('case_materials').where('case_id', '=', caseId).execute();
    await store.setMaterialCounts(tx, caseId, store.materialCounts(rows), at);
    if (rows.length === 0) return;
    await tx
      .insertInto('case_materials')
      .values(store.materialRows(caseId, rows, at.toISOString()))
      .execute();
  }

  /** The applicant's stored choices, read back from the material rows. */
  function choicesOf(rows: CaseMaterialRow[]): MaterialChoice[] {
    return rows.flatMap((r): MaterialChoice[] => {
      const fileIds = read.json<string[]>(r.file_ids);
      if (r.status === 'pledged')
        return [{ key: r.material_key, source: 'pledge', pledgeDueDate: r.pledge_due_date! }];
      if (r.source === 'licence' || r.source === 'shared_data')
        return [{ key: r.material_key, source: r.source }];
      if (r.source === 'waived') {
        return [
          { key: r.material_key, source: 'waived', note: read.json<{ note: string }>(r.reference).note },
        ];
      }
      if (fileIds.length > 0) return [{ key: r.material_key, source: 'upload', fileIds }];
      return [];
    });
  }

  // ---- submission ----

  /** Submits a draft (or a corrected case). Retrying a submission that went through returns the same case. */
  async function submit(
    actor: Actor,
    audit: AuditContext,
    id: string,
    version: number,
    input: ApplicationInput = {},
  ) {
    return inTransaction(db, async (tx) => {
      const c = await loadCase(tx, id);
      authorize(casesPolicy, 'act', actor, await caseRecord(tx, c));
      if (c.status !== 'draft' && c.status !== 'correction_requested') {
        if (c.version === version + 1 || c.submitted_at) return c;
      }
      if (c.version !== version) throw caseConflict();
      const submitted = await submitInTx(tx, c, input, now(), actor.accountId);
      await appendAudit(tx, audit, {
        action: c.status === 'draft' ? 'case.submit' : 'case.resubmit',
        recordType: 'case',
        recordId: c.id,
        detail: { caseNumber: submitted.case_number, channel: submitted.channel },
      });
      return submitted;
    });
  }

  async function submitInTx(tx: Tx, draft: CaseRow, input: ApplicationInput, at: Date, by: string | null) {
    const errors: FieldError[] = [];
    let c = draft;
    let written: Awaited<ReturnType<typeof writeApplication>>['materials'] = null;
    if (input.form || input.materials || input.commitment !== undefined) {
      const application = await writeApplication(tx, draft, input, at, by ?? draft.filed_by_account_id);
      c = application.row;
      written = application.materials;
    }
    const spec = await applicationSpec(tx, c);
    const applicant = applicantOf(c);
    // Region fields are rare; the region table is read only for forms that have one.
    const regions = JSON.stringify(spec.form).includes('"x-kind":"region"')
      ? await identity.regionsByCode(tx)
      : new Map<string, unknown>();
    const form = formOf(c);
    const optionalFields = spec.bundle ? fieldsAwaitingPrerequisites(spec.bundle) : new Set<string>();
    const schema: FormSchema = {
      ...spec.form,
      required: spec.form.required.filter((k) => !optionalFields.has(k)),
    };
    errors.push(
      ...validateFormData(schema, form, { isRegion: (code) => regions.has(code) }).map((e) => ({
        ...e,
        field: `form.${e.field}`,
      })),
    );
    const commitment = read.bool(c.commitment_signed);
    // Materials just written with this request were resolved and fetched then; the stored ones are resolved now.
    let materials = written;
    if (!materials) {
      const choices = choicesOf(await store.materialsOf(tx, c.id));
      const resolved = await resolveFor(tx, c, spec, choices, commitment, at);
      const fetched = await fetchConsented(tx, c, spec, resolved.rows, form, by ?? c.filed_by_account_id, at);
      if (fetched.form !== form) {
        c = await update(tx, c, { form_cipher: sealForm(fetched.form) }, at);
      }
      materials = { rows: resolved.rows, errors: [...resolved.errors, ...fetched.errors] };
    }
    errors.push(...materials.errors);
    const pledged = materials.rows.some((r) => r.status === 'pledged');
    if (commitment && !spec.commitment) {
      errors.push(
        fieldError('commitment', '该事项不适用告知承诺制', 'This item does not offer commitment approval'),
      );
    }
    if ((commitment || pledged) && (await creditBlocked(tx, applicant))) {
      errors.push(
        fieldError(
          commitment ? 'commitment' : 'materials',
          '申请人有虚假承诺等失信记录，不适用告知承诺和容缺受理',
          'The applicant has a record of false commitments: commitment and accept-with-gaps are not available',
        ),
      );
    }
    if (errors.length > 0) throw problems.validation(errors);
    if (!written) await writeMaterials(tx, c.id, materials.rows, at);

    const resubmission = c.status === 'correction_requested';
    const calendar = await loadWorkingCalendar(tx);
    const caseNumber = c.case_number ?? (await allocateCaseNumber(tx, c.region_code, at));
    const acceptanceDue = endOfBeijingDay(dueDateAfter(calendar, at, config.acceptanceDays)).toISOString();
    const visit = c.channel === 'window' && !resubmission;
    const common = {
      case_number: caseNumber,
      submitted_at: at.toISOString(),
      acceptance_due_at: acceptanceDue,
      trips: c.trips + (visit ? 1 : 0),
    };
    if (spec.bundle) {
      c = await transition(tx, c, 'submit_bundle', common, { at, actorAccountId: by });
      await catalog.countApplications(tx, { items: [], bundle: c.service_id });
      await fileBundleChildren(tx, c, spec.bundle, form, materials.rows, at, calendar);
      return c;
    }
    c = await transition(tx, c, resubmission ? 'resubmit' : 'submit', common, { at, actorAccountId: by });
    if (visit) await recordVisitRow(tx, c, 'submission', by, at);
    if (!resubmission) await catalog.countApplications(tx, { items: [c.service_id] });
    return routeSubmitted(tx, c, spec.item!, form, at, calendar, resubmission);
  }

  /** 秒批, 告知承诺 or the item's process, in that order. */
  async function routeSubmitted(
    tx: Tx,
    c: CaseRow,
    item: ApplicableItem,
    form: FormData,
    at: Date,
    calendar: WorkingCalendar,
    resubmission: boolean,
  ): Promise<CaseRow> {
    const process = resolveProcess(item.content);
    const ref = {
      id: c.id,
      caseNumber: c.case_number,
      departmentId: c.department_id!,
      regionCode: c.region_code,
    };
    if (read.bool(c.commitment_signed) && item.content.commitment && !resubmission) {
      return commitmentApprove(tx, c, item, at, calendar);
    }
    if (item.content.autoApproval && !resubmission) {
      const facts = await factsFor(tx, c, form, item, at);
      const trace = evaluateAutoApproval(item.content.autoApproval.rules, facts, at);
      c = await update(tx, c, { auto_trace: JSON.stringify(trace) }, at);
      if (trace.passed) return autoApprove(tx, c, item, at, calendar);
      const failed = trace.results.filter((r) => !r.passed);
      await store.addTimeline(tx, {
        caseId: c.id,
        at: at.toISOString(),
        action: 'auto_review_failed',
        note: failed.map((r) => r.reason?.zh ?? r.description).join('；'),
      });
    }
    await workflow.startStep(tx, ref, process.steps[0]!, at, calendar);
    return c;
  }

  async function factsFor(
    tx: Tx,
    c: CaseRow,
    form: FormData,
    item: ApplicableItem,
    at: Date,
  ): Promise<Facts> {
    const applicant = applicantOf(c);
    const profile = await identity.profileOf(tx, applicant.personId);
    const organisation = applicant.organisationId
      ? await identity.organisationRecord(tx, applicant.organisationId)
      : null;
    const facts: Facts = {
      ...formFacts(form),
      ...applicantFacts(
        applicant.kind === 'person'
          ? {
              kind: 'person',
              birthDate: profile!.birthDate,
              sex: profile!.sex,
              idRegionCode: profile!.idNumber.slice(0, 6),
              hasBadCredit: await creditBlocked(tx, applicant),
            }
          : {
              kind: 'organisation',
              organisationRegionCode: organisation!.regionCode,
              hasBadCredit: await creditBlocked(tx, applicant),
            },
        beijingDate(at),
      ),
    };
    const wanted = (item.content.autoApproval?.rules ?? [])
      .map((r) => r.fact)
      .filter((f) => f.startsWith('data.'));
    for (const source of factSources) {
      Object.assign(facts, await source.facts(tx, { applicant, caseId: c.id, facts: wanted }));
    }
    return facts;
  }

  async function creditBlocked(q: Queryable, applicant: ApplicantRef) {
    return applicant.organisationId
      ? store.hasCreditMark(q, 'organisation', applicant.organisationId)
      : store.hasCreditMark(q, 'person', applicant.personId);
  }

  async function allocateCaseNumber(tx: Tx, regionCode: string, at: Date) {
    const day = beijingDate(at).replaceAll('-', '');
    const seq = await store.nextSequence(tx, `case:${regionCode}`, day);
    return `${regionCode}-${day}-${String(seq).padStart(6, '0')}`;
  }

  async function acceptNow(
    tx: Tx,
    c: CaseRow,
    item: ApplicableItem,
    at: Date,
    calendar: WorkingCalendar,
    action: CaseAction,
    by: string | null,
    note?: string,
  ) {
    const promised = dueDateAfter(calendar, at, item.content.promisedDays);
    const statutory =
      item.content.statutoryDays === null ? null : dueDateAfter(calendar, at, item.content.statutoryDays);
    const materials = await store.materialsOf(tx, c.id);
    const gaps = materials.filter((m) => m.status === 'pledged');
    const accepted = await transition(
      tx,
      c,
      action,
      {
        accepted_at: at.toISOString(),
        promised_due_date: promised,
        statutory_due_date: statutory,
        deemed_accepted: action === 'deem_accept',
      },
      {
        at,
        actorAccountId: by,
        stepName: '受理',
        note: note ?? null,
        params: { dueDate: promised },
        template: gaps.length > 0 ? 'case.gap_accepted' : undefined,
      },
    );
    await issueNotice(
      tx,
      accepted,
      gaps.length > 0 ? 'gap_acceptance' : 'acceptance',
      {
        promisedDueDate: promised,
        gaps: gaps.map((g) => ({ material: g.name, dueDate: g.pledge_due_date! })),
      },
      at,
    );
    return accepted;
  }

  async function autoApprove(tx: Tx, c: CaseRow, item: ApplicableItem, at: Date, calendar: WorkingCalendar) {
    const accepted = await acceptNow(tx, c, item, at, calendar, 'accept', null, '系统自动受理（秒批）');
    return decideApproved(
      tx,
      accepted,
      item,
      'auto_approve',
      at,
      null,
      {},
      '规则全部通过，系统自动审批（秒批）',
    );
  }

  async function commitmentApprove(
    tx: Tx,
    c: CaseRow,
    item: ApplicableItem,
    at: Date,
    calendar: WorkingCalendar,
  ) {
    const accepted = await acceptNow(
      tx,
      c,
      item,
      at,
      calendar,
      'accept',
      null,
      '告知承诺制：申请人已签署承诺书',
    );
    const approved = await decideApproved(
      tx,
      accepted,
      item,
      'commitment_approve',
      at,
      null,
      {},
      '告知承诺制：当场准予（即办）',
      true,
    );
    const verification = item.content.commitment!.verification;
    if (verification) {
      await workflow.scheduleVerification(
        tx,
        { id: c.id, caseNumber: c.case_number, departmentId: c.department_id!, regionCode: c.region_code },
        verification,
        at,
        calendar,
      );
    }
    return approved;
  }

  /** Records an approval with its result and the 准予 notice; a licence result is issued by the event's subscribers. */
  async function decideApproved(
    tx: Tx,
    c: CaseRow,
    item: ApplicableItem,
    action: 'approve' | 'auto_approve' | 'commitment_approve',
    at: Date,
    by: string | null,
    values: Record<string, string>,
    note: string | null,
    commitment = false,
  ) {
    const result: CaseResult = {
      name: item.content.result.name,
      type: item.content.result.type,
      licenceType: item.content.result.licenceType ?? null,
      documentNumber: null,
      values,
    };
    const documentNumber = await issueNotice(tx, c, 'approval', { resultName: result.name, commitment }, at);
    result.documentNumber = documentNumber;
    const hasIssueStep =
      resolveProcess(item.content).steps.some((s) => s.kind === 'issue') && action === 'approve';
    return transition(
      tx,
      c,
      action,
      {
        decision: 'approved',
        decided_at: at.toISOString(),
        closed_at: hasIssueStep ? null : at.toISOString(),
        result: JSON.stringify(result),
      },
      { at, actorAccountId: by, stepName: '决定', note, params: { resultName: result.name } },
    );
  }

  /** What a decided case produced and for whom: read by the module that issues its licence. */
  async function decisionOf(q: Queryable, caseId: string) {
    const c = await loadCase(q, caseId);
    return {
      caseId: c.id,
      caseNumber: c.case_number,
      status: c.status,
      serviceCode: c.service_code,
      serviceName: c.service_name,
      departmentId: c.department_id,
      regionCode: c.region_code,
      applicant: applicantOf(c),
      applicantName: c.applicant_name,
      decidedAt: c.decided_at,
      result: c.result ? read.json<CaseResult>(c.result) : null,
      /** The application form (decrypted; never send it out unmasked). */
      form: formOf(c),
    };
  }

  // ---- bundles (一件事) ----

  /** Fields only items with prerequisites ask for: their values come from the prerequisites' results. */
  function fieldsAwaitingPrerequisites(bundle: {
    components: Array<{ code: string; dependsOn: string[] }>;
    merged: ReturnType<typeof mergeBundle>;
  }) {
    const dependent = new Set(bundle.components.filter((i) => i.dependsOn.length > 0).map((i) => i.code));
    return new Set(
      bundle.merged.fields.filter((f) => f.usedBy.every((u) => dependent.has(u.itemCode))).map((f) => f.key),
    );
  }

  async function fileBundleChildren(
    tx: Tx,
    parent: CaseRow,
    bundle: NonNullable<Awaited<ReturnType<typeof applicationSpec>>['bundle']>,
    form: FormData,
    materials: ResolvedMaterial[],
    at: Date,
    calendar: WorkingCalendar,
  ) {
    const byMergedKey = new Map(materials.map((m) => [m.key, m]));
    for (const component of bundle.components) {
      const childForm: FormData = {};
      for (const field of bundle.merged.fields) {
        for (const use of field.usedBy)
          if (use.itemCode === component.code && form[field.key] !== undefined)
            childForm[use.fieldKey] = form[field.key];
      }
      const rows: ResolvedMaterial[] = [];
      for (const merged of bundle.merged.materials) {
        for (const use of merged.usedBy) {
          if (use.itemCode !== component.code) continue;
          const own = component.content.materials.find((m) => m.key === use.materialKey)!;
          const chosen = byMergedKey.get(merged.key);
          rows.push({
            ...(chosen ?? {
              status: 'missing',
              source: null,
              fileIds: [],
              reference: null,
              pledgeDueDate: null,
            }),
            key: own.key,
            name: own.name,
            necessity: own.necessity,
          } as ResolvedMaterial);
        }
      }
      const child: CaseRow = {
        ...parent,
        id: newId(),
        case_number: await allocateCaseNumber(tx, component.regionCode, at),
        check_code: crypto.randomBytes(6).toString('hex'),
        service_kind: 'item',
        parent_id: parent.id,
        service_id: component.id,
        service_version_id: component.versionId,
        service_code: component.code,
        service_name: component.name,
        department_id: component.departmentId,
        region_code: component.regionCode,
        status: 'draft',
        form_cipher: sealForm(childForm),
        idempotency_key: null,
        trips: 0,
        materials_required: 0,
        materials_reduced: 0,
        version: 1,
        created_at: at.toISOString(),
        updated_at: at.toISOString(),
      };
      await tx.insertInto('cases').values(child).execute();
      await writeMaterials(tx, child.id, rows, at);
      await catalog.countApplications(tx, { items: [component.id] });
      if (component.dependsOn.length > 0) {
        await transition(tx, child, 'wait', {}, { at, actorAccountId: null, template: null });
      } else {
        const submitted = await transition(
          tx,
          child,
          'submit',
          {
            submitted_at: at.toISOString(),
            acceptance_due_at: endOfBeijingDay(
              dueDateAfter(calendar, at, config.acceptanceDays),
            ).toISOString(),
          },
          { at, actorAccountId: null, template: null },
        );
        await routeSubmitted(tx, submitted, component, childForm, at, calendar, false);
      }
    }
  }

  /** A bundle child reached a final state: start what waited for it, cancel what can no longer run, finish the parent. */
  async function advanceBundle(tx: Tx, parentId: string) {
    const at = now();
    const parent = await loadCase(tx, parentId);
    if (parent.status !== 'in_progress') return;
    const spec = await applicationSpec(tx, parent);
    const children = await store.childrenOf(tx, parent.id);
    const byCode = new Map(children.map((c) => [c.service_code, c]));
    const calendar = await loadWorkingCalendar(tx);
    for (const component of spec.bundle!.components) {
      const child = byCode.get(component.code);
      if (!child || child.status !== 'waiting') continue;
      const prerequisites = component.dependsOn.map((code) => byCode.get(code));
      if (
        prerequisites.some(
          (p) => p && ['denied', 'not_accepted', 'withdrawn', 'revoked', 'cancelled'].includes(p.status),
        )
      ) {
        await transition(
          tx,
          child,
          'cancel',
          { closed_at: at.toISOString() },
          { at, actorAccountId: null, note: '前置事项未获准予' },
        );
        continue;
      }
      if (!prerequisites.every((p) => p?.status === 'approved')) continue;
      const known: Record<string, string> = {};
      for (const p of prerequisites) Object.assign(known, read.json<CaseResult>(p!.result).values);
      const profile = await profileFor(tx, applicantOf(child));
      const form = prefillForm(component.content.form, formOf(child), profile, known);
      await attachPrerequisiteResults(tx, child, component, prerequisites as CaseRow[], at);
      const started = await transition(
        tx,
        { ...child, form_cipher: sealForm(form) },
        'start',
        {
          form_cipher: sealForm(form),
          submitted_at: at.toISOString(),
          acceptance_due_at: endOfBeijingDay(dueDateAfter(calendar, at, config.acceptanceDays)).toISOString(),
        },
        {
          at,
          actorAccountId: null,
          note: `前置事项已办结：${prerequisites.map((p) => p!.service_name).join('、')}`,
        },
      );
      await routeSubmitted(tx, started, component, form, at, calendar, false);
    }
    const fresh = await store.childrenOf(tx, parent.id);
    if (
      fresh.every(
        (c) =>
          ['approved', 'denied', 'not_accepted', 'withdrawn', 'revoked', 'cancelled'].includes(c.status) &&
          (c.status !== 'approved' || c.closed_at),
      )
    ) {
      const approved = fresh.filter((c) => c.status === 'approved').length;
      await transition(
        tx,
        parent,
        'complete_bundle',
        { closed_at: at.toISOString(), decided_at: at.toISOString() },
        {
          at,
          actorAccountId: null,
          note: `${approved}/${fresh.length} 项准予`,
          params: { approved: String(approved), total: String(fresh.length) },
        },
      );
    }
  }

  /** A material the prerequisite produced (e.g. the business licence) is supplied from its result. */
  async function attachPrerequisiteResults(
    tx: Tx,
    child: CaseRow,
    component: ApplicableItem,
    prerequisites: CaseRow[],
    at: Date,
  ) {
    const produced = new Map<string, CaseRow>();
    for (const p of prerequisites) {
      const result = read.json<CaseResult>(p.result);
      if (result.licenceType) produced.set(result.licenceType, p);
    }
    for (const material of component.content.materials) {
      const source = material.licenceType ? produced.get(material.licenceType) : undefined;
      if (!source) continue;
      const result = read.json<CaseResult>(source.result);
      await tx
        .updateTable('case_materials')
        .set({
          status: 'provided',
          source: 'licence' satisfies MaterialSource,
          reference: JSON.stringify({
            provider: source.service_name,
            reference: result.documentNumber ?? source.case_number ?? '',
            description: `前置事项 ${source.case_number} 的办理结果`,
          }),
          supplied_at: at.toISOString(),
          updated_at: at.toISOString(),
        })
        .where('case_id', '=', child.id)
        .where('material_key', '=', material.key)
        .execute();
    }
    await store.refreshMaterialCounts(tx, child.id, at);
  }

  // ---- staff decisions on tasks ----

  async function decideTask(
    actor: Actor,
    audit: AuditContext,
    taskId: string,
    version: number,
    decision: Outcome,
  ) {
    return inTransaction(db, async (tx) => {
      const task = await findTask(tx, taskId);
      if (!task) throw taskNotFound();
      authorize(workflowPolicy, 'handle', actor, await taskRecord(tx, task));
      if (task.version !== version) throw taskConflict();
      if (task.status !== 'open' && task.status !== 'claimed') throw taskConflict();
      if (task.status === 'claimed' && task.assignee_account_id !== actor.accountId) {
        throw problems.conflict('TASK_CLAIMED_BY_OTHER', {
          zh: '该待办已由他人认领',
          en: 'Someone else has claimed this task',
        });
      }
      const wrong = decisionErrors(decision);
      if (wrong.length > 0) throw problems.validation(wrong);
      const c = await applyOutcome(tx, task, decision, actor.accountId, null);
      await appendAudit(tx, audit, {
        action: `task.${decision.outcome}`,
        recordType: 'task',
        recordId: task.id,
        detail: { caseId: task.case_id },
      });
      return c;
    });
  }

  async function applyOutcome(
    tx: Tx,
    task: TaskRow,
    decision: Outcome,
    by: string | null,
    systemName: string | null,
  ): Promise<CaseRow> {
    if (!OUTCOMES_BY_KIND[task.kind].includes(decision.outcome)) {
      throw problems.validation([
        fieldError(
          'outcome',
          `此环节只能选择：${OUTCOMES_BY_KIND[task.kind].join('、')}`,
          `This step allows: ${OUTCOMES_BY_KIND[task.kind].join(', ')}`,
        ),
      ]);
    }
    const at = now();
    const calendar = await loadWorkingCalendar(tx);
    let c = await loadCase(tx, task.case_id);
    const item = await catalog.pinnedItem(tx, c.service_id, c.service_version_id);
    const process = resolveProcess(item.content);
    const opinion =
      'opinion' in decision ? (decision.opinion ?? null) : 'reason' in decision ? decision.reason : null;
    const via = systemName ? `（${systemName}）` : '';
    const complete = (outcome: string) =>
      workflow.completeTask(tx, task, { outcome, opinion, by }, at, calendar);
    const startNext = async (afterKey: string) => {
      const next = stepAfter(process, afterKey);
      if (next)
        await workflow.startStep(
          tx,
          { id: c.id, caseNumber: c.case_number, departmentId: c.department_id!, regionCode: c.region_code },
          next,
          at,
          calendar,
        );
      return next;
    };
    switch (decision.outcome) {
      case 'accept': {
        if (c.status !== 'submitted') throw taskConflict();
        await complete('accept');
        c = await acceptNow(tx, c, item, at, calendar, 'accept', by, decision.note);
        await startNext(task.step_key);
        return c;
      }
      case 'request_correction': {
        if (read.bool(c.correction_used)) {
          throw problems.conflict('CORRECTION_ALREADY_USED', {
            zh: '一次性告知只能发出一次：请受理或不予受理',
            en: 'The one-time correction notice was already sent; accept or refuse the case',
          });
        }
        await complete('request_correction');
        const materials = await store.materialsOf(tx, c.id);
        const corrections = decision.corrections.map((item) => ({
          material:
            materials.find((m) => m.material_key === item.materialKey)?.name ?? item.field ?? '申请表',
          problem: item.problem,
        }));
        await issueNotice(tx, c, 'correction', { corrections }, at);
        return transition(
          tx,
          c,
          'request_correction',
          { correction_used: true },
          {
            at,
            actorAccountId: by,
            stepName: task.step_name,
            note: corrections.map((x) => `${x.material}：${x.problem}`).join('；'),
          },
        );
      }
      case 'refuse': {
        await complete('refuse');
        await issueNotice(tx, c, 'refusal', { reason: decision.reason, legalBasis: decision.legalBasis }, at);
        await workflow.cancelActiveTasks(tx, c.id, at);
        return transition(
          tx,
          c,
          'refuse',
          {
            closed_at: at.toISOString(),
            decision_reason: decision.reason,
            decision_basis: decision.legalBasis,
          },
          {
            at,
            actorAccountId: by,
            stepName: task.step_name,
            note: decision.reason,
            params: { reason: decision.reason },
          },
        );
      }
      case 'agree':
      case 'disagree': {
        if (c.status !== 'in_review') throw notInReview(c);
        const { stepDone } = await complete(decision.outcome);
        await store.addTimeline(tx, {
          caseId: c.id,
          at: at.toISOString(),
          action: `review_${decision.outcome}`,
          stepName: task.step_name,
          departmentId: task.department_id,
          visibility: 'internal',
          note: `${opinion ?? ''}${via}`,
          actorAccountId: by,
        });
        await store.addTimeline(tx, {
          caseId: c.id,
          at: at.toISOString(),
          action: 'step_done',
          stepName: task.step_name,
          departmentId: task.department_id,
        });
        if (stepDone) await startNext(task.step_key);
        return loadCase(tx, c.id);
      }
      case 'approve': {
        if (c.status !== 'in_review') throw notInReview(c);
        const outstanding = (await store.materialsOf(tx, c.id)).filter((m) => m.status === 'pledged');
        if (outstanding.length > 0) {
          throw problems.conflict('GAPS_OUTSTANDING', {
            zh: `容缺材料尚未补齐：${outstanding.map((m) => m.name).join('、')}`,
            en: `Pledged materials have not arrived yet: ${outstanding.map((m) => m.material_key).join(', ')}`,
          });
        }
        await complete('approve');
        c = await decideApproved(
          tx,
          c,
          item,
          'approve',
          at,
          by,
          decision.resultValues ?? {},
          decision.opinion ?? null,
        );
        const next = await startNext(task.step_key);
        if (!next) await workflow.cancelActiveTasks(tx, c.id, at);
        return c;
      }
      case 'deny': {
        if (c.status !== 'in_review') throw notInReview(c);
        await complete('deny');
        await issueNotice(tx, c, 'denial', { reason: decision.reason, legalBasis: decision.legalBasis }, at);
        await workflow.cancelActiveTasks(tx, c.id, at);
        return transition(
          tx,
          c,
          'deny',
          {
            decision: 'denied',
            decided_at: at.toISOString(),
            closed_at: at.toISOString(),
            decision_reason: decision.reason,
            decision_basis: decision.legalBasis,
          },
          {
            at,
            actorAccountId: by,
            stepName: task.step_name,
            note: decision.reason,
            params: { reason: decision.reason },
          },
        );
      }
      case 'issued': {
        await complete('issued');
        const closed = await update(tx, c, { closed_at: at.toISOString() }, at);
        await store.addTimeline(tx, {
          caseId: c.id,
          at: at.toISOString(),
          action: 'issued',
          stepName: task.step_name,
          departmentId: task.department_id,
        });
        if (closed.parent_id)
          await platform.events.publish(tx, CASE_TRANSITIONED, {
            caseId: c.id,
            parentId: c.parent_id,
            action: 'approve',
            from: c.status,
            to: c.status,
            template: null,
            params: {},
          });
        return closed;
      }
      case 'passed': {
        await complete('passed');
        await store.addTimeline(tx, {
          caseId: c.id,
          at: at.toISOString(),
          action: 'verification_passed',
          stepName: task.step_name,
          departmentId: task.department_id,
          note: opinion,
        });
        return c;
      }
      case 'failed': {
        await complete('failed');
        await tx
          .insertInto('credit_marks')
          .values({
            id: newId(),
            subject_kind: c.applicant_organisation_id ? 'organisation' : 'person',
            subject_id: c.applicant_organisation_id ?? c.applicant_person_id,
            case_id: c.id,
            reason: decision.reason,
            created_at: at.toISOString(),
            cleared_at: null,
          })
          .execute();
        return transition(
          tx,
          c,
          'revoke',
          { decision_reason: decision.reason },
          {
            at,
            actorAccountId: by,
            stepName: task.step_name,
            note: `核查不通过，撤销准予决定：${decision.reason}`,
            params: { reason: decision.reason },
          },
        );
      }
    }
  }

  const notInReview = (c: CaseRow) =>
    new Problem(409, 'CASE_NOT_IN_REVIEW', {
      zh: c.status === 'suspended' ? '办件已暂停计时，请先恢复' : '办件不在审查中',
      en: c.status === 'suspended' ? 'The case is suspended; resume it first' : 'The case is not in review',
    });

  /** A department system answered: accepted / rejected become the step's outcomes, pending is noted. */
  async function externalOutcome(tx: Tx, task: TaskRow, callback: CallbackBody, systemName: string) {
    const at = now();
    if (callback.outcome === 'pending') {
      await store.addTimeline(tx, {
        caseId: task.case_id,
        at: at.toISOString(),
        action: 'external_pending',
        stepName: task.step_name,
        departmentId: task.department_id,
        note: callback.opinion ?? `${systemName}办理中`,
      });
      return;
    }
    const positive = callback.outcome === 'accepted';
    const opinion = callback.opinion ?? (positive ? `${systemName}：同意` : `${systemName}：不同意`);
    const decisions: Record<TaskRow['kind'], Outcome> = {
      accept: positive
        ? { outcome: 'accept', note: opinion }
        : { outcome: 'refuse', reason: opinion, legalBasis: `${systemName}审查意见` },
      review: positive ? { outcome: 'agree', opinion } : { outcome: 'disagree', opinion },
      branch: positive ? { outcome: 'agree', opinion } : { outcome: 'disagree', opinion },
      decide: positive
        ? { outcome: 'approve', opinion }
        : { outcome: 'deny', reason: opinion, legalBasis: `${systemName}审查意见` },
      issue: { outcome: 'issued', opinion },
      verification: positive ? { outcome: 'passed', opinion } : { outcome: 'failed', reason: opinion },
    };
    const open = { ...task, status: 'open' as const };
    await applyOutcome(tx, open, decisions[task.kind], null, systemName);
  }

  async function pushPayload(q: Queryable, task: TaskRow) {
    const c = await loadCase(q, task.case_id);
    const spec = await applicationSpec(q, c);
    return {
      caseNumber: c.case_number,
      itemCode: c.service_code,
      itemName: c.service_name,
      applicant: { kind: c.applicant_kind, name: c.applicant_name },
      form: maskForm(spec.form, formOf(c)),
      materials: (await store.materialsOf(q, c.id)).map((m) => ({
        key: m.material_key,
        name: m.name,
        source: m.source,
        fileIds: read.json<string[]>(m.file_ids),
      })),
    };
  }

  workflow.connectCases({ pushPayload, externalOutcome });

  // ---- suspension (特别程序), return, comments ----

  async function suspend(
    actor: Actor,
    audit: AuditContext,
    taskId: string,
    version: number,
    input: { procedure: string; reason: string },
  ) {
    return inTransaction(db, async (tx) => {
      const { task, c } = await taskAndCase(tx, actor, taskId, version);
      const at = now();
      const suspended = await transition(
        tx,
        c,
        'suspend',
        { suspended_at: at.toISOString(), suspension: JSON.stringify(input) },
        {
          at,
          actorAccountId: actor.accountId,
          stepName: task.step_name,
          departmentId: task.department_id,
          note: `${input.procedure}：${input.reason}`,
          params: { reason: `${input.procedure}：${input.reason}` },
        },
      );
      await appendAudit(tx, audit, {
        action: 'case.suspend',
        recordType: 'case',
        recordId: c.id,
        detail: { procedure: input.procedure },
      });
      return suspended;
    });
  }

  async function resumeInTx(tx: Tx, c: CaseRow, at: Date, by: string | null, note: string | null) {
    const calendar = await loadWorkingCalendar(tx);
    const days = workingDaysSuspended(calendar, new Date(c.suspended_at!), at);
    await workflow.extendActiveTasks(tx, c.id, days, calendar, at);
    return transition(
      tx,
      c,
      'resume',
      {
        suspended_at: null,
        suspension: null,
        suspended_working_days: c.suspended_working_days + days,
        promised_due_date: c.promised_due_date ? extendDueDate(calendar, c.promised_due_date, days) : null,
        statutory_due_date: c.statutory_due_date ? extendDueDate(calendar, c.statutory_due_date, days) : null,
      },
      { at, actorAccountId: by, note, params: { days: String(days) } },
    );
  }

  async function resume(actor: Actor, audit: AuditContext, taskId: string, version: number) {
    return inTransaction(db, async (tx) => {
      const { c } = await taskAndCase(tx, actor, taskId, version);
      const gaps = read.json<{ procedure?: string } | null>(c.suspension)?.procedure === 'gap_overdue';
      if (gaps) {
        throw problems.conflict('GAPS_OUTSTANDING', {
          zh: '因容缺材料逾期暂停，须申请人补齐后自动恢复',
          en: 'Suspended for overdue pledged materials: it resumes when the applicant supplies them',
        });
      }
      const resumed = await resumeInTx(tx, c, now(), actor.accountId, null);
      await appendAudit(tx, audit, { action: 'case.resume', recordType: 'case', recordId: c.id });
      return resumed;
    });
  }

  async function taskAndCase(tx: Tx, actor: Actor, taskId: string, version: number) {
    const task = await findTask(tx, taskId);
    if (!task) throw taskNotFound();
    authorize(workflowPolicy, 'handle', actor, await taskRecord(tx, task));
    if (task.version !== version) throw taskConflict();
    if (!['open', 'claimed'].includes(task.status)) throw taskConflict();
    return { task, c: await loadCase(tx, task.case_id) };
  }

  async function returnTask(
    actor: Actor,
    audit: AuditContext,
    taskId: string,
    version: number,
    input: { toStepKey: string; reason: string },
  ) {
    return inTransaction(db, async (tx) => {
      const { task, c } = await taskAndCase(tx, actor, taskId, version);
      if (c.status !== 'in_review') throw notInReview(c);
      const item = await catalog.pinnedItem(tx, c.service_id, c.service_version_id);
      const process = resolveProcess(item.content);
      const target = returnableSteps(process, task.parent_step_key ?? task.step_key).find(
        (s) => s.key === input.toStepKey,
      );
      if (!target) {
        throw problems.validation([
          fieldError(
            'toStepKey',
            '只能退回到受理之后的前序环节',
            'A task can only go back to an earlier step after acceptance',
          ),
        ]);
      }
      const at = now();
      await workflow.cancelActiveTasks(tx, c.id, at);
      await workflow.startStep(
        tx,
        { id: c.id, caseNumber: c.case_number, departmentId: c.department_id!, regionCode: c.region_code },
        stepByKey(process, target.key),
        at,
        await loadWorkingCalendar(tx),
      );
      await store.addTimeline(tx, {
        caseId: c.id,
        at: at.toISOString(),
        action: 'returned',
        stepName: target.name,
        departmentId: task.department_id,
        visibility: 'internal',
        note: input.reason,
        actorAccountId: actor.accountId,
      });
      await appendAudit(tx, audit, {
        action: 'task.return',
        recordType: 'task',
        recordId: task.id,
        detail: { to: target.key },
      });
      return loadCase(tx, c.id);
    });
  }

  async function comment(actor: Actor, audit: AuditContext, taskId: string, text: string) {
    return inTransaction(db, async (tx) => {
      const task = await findTask(tx, taskId);
      if (!task) throw taskNotFound();
      authorize(workflowPolicy, 'handle', actor, await taskRecord(tx, task));
      await store.addTimeline(tx, {
        caseId: task.case_id,
        at: now().toISOString(),
        action: 'comment',
        stepName: task.step_name,
        departmentId: task.department_id,
        visibility: 'internal',
        note: text,
        actorAccountId: actor.accountId,
      });
      await appendAudit(tx, audit, { action: 'task.comment', recordType: 'task', recordId: task.id });
    });
  }

  // ---- applicant actions after submission ----

  async function withdraw(actor: Actor, audit: AuditContext, id: string, version: number) {
    return inTransaction(db, async (tx) => {
      const c = await loadCase(tx, id);
      authorize(casesPolicy, 'act', actor, await caseRecord(tx, c));
      if (c.version !== version) throw caseConflict();
      const at = now();
      const withdrawn = await transition(
        tx,
        c,
        'withdraw',
        { closed_at: at.toISOString() },
        { at, actorAccountId: actor.accountId },
      );
      await workflow.cancelActiveTasks(tx, c.id, at);
      for (const child of c.service_kind === 'bundle' ? await store.childrenOf(tx, c.id) : []) {
        if (
          ['waiting', 'submitted', 'correction_requested', 'in_review', 'suspended'].includes(child.status)
        ) {
          await transition(
            tx,
            child,
            'withdraw',
            { closed_at: at.toISOString() },
            { at, actorAccountId: actor.accountId, template: null },
          );
          await workflow.cancelActiveTasks(tx, child.id, at);
        }
      }
      await appendAudit(tx, audit, { action: 'case.withdraw', recordType: 'case', recordId: c.id });
      return withdrawn;
    });
  }

  /** A draft the applicant no longer wants is deleted (nothing was filed, so nothing needs keeping). */
  async function discardDraft(actor: Actor, audit: AuditContext, id: string, version: number) {
    await inTransaction(db, async (tx) => {
      const c = await loadCase(tx, id);
      authorize(casesPolicy, 'act', actor, await caseRecord(tx, c));
      if (c.status !== 'draft') {
        throw new Problem(409, 'CASE_NOT_EDITABLE', {
          zh: '只有未提交的草稿可以删除',
          en: 'Only a draft that was never submitted can be deleted',
        });
      }
      if (c.version !== version) throw caseConflict();
      await tx.deleteFrom('case_materials').where('case_id', '=', c.id).execute();
      await tx.deleteFrom('cases').where('id', '=', c.id).execute();
      await appendAudit(tx, audit, { action: 'case.discard_draft', recordType: 'case', recordId: c.id });
    });
  }

  /** The applicant hands in a pledged (容缺) material; the last one lifts a suspension it caused. */
  async function supplyMaterial(
    actor: Actor,
    audit: AuditContext,
    id: string,
    key: string,
    fileIds: string[],
  ) {
    return inTransaction(db, async (tx) => {
      let c = await loadCase(tx, id);
      authorize(casesPolicy, 'act', actor, await caseRecord(tx, c));
      await checkFiles(tx, [{ key, source: 'upload', fileIds }]);
      const materials = await store.materialsOf(tx, c.id);
      const row = materials.find((m) => m.material_key === key);
      if (!row || row.status !== 'pledged') {
        throw problems.validation([
          fieldError('key', '该材料不是待补交的容缺材料', 'This material is not awaiting a pledged supply'),
        ]);
      }
      if (fileIds.length === 0)
        throw problems.validation([fieldError('fileIds', '请上传材料', 'Upload the material')]);
      const at = now();
      await tx
        .updateTable('case_materials')
        .set({
          status: 'provided',
          source: c.channel === 'window' ? 'window' : 'upload',
          file_ids: JSON.stringify(fileIds),
          supplied_at: at.toISOString(),
          updated_at: at.toISOString(),
        })
        .where('id', '=', row.id)
        .execute();
      await store.refreshMaterialCounts(tx, c.id, at);
      await store.addTimeline(tx, {
        caseId: c.id,
        at: at.toISOString(),
        action: 'material_supplied',
        note: row.name,
        actorAccountId: actor.accountId,
      });
      c = await update(tx, c, {}, at);
      const remaining = materials.filter((m) => m.status === 'pledged' && m.id !== row.id);
      if (
        remaining.length === 0 &&
        c.status === 'suspended' &&
        read.json<{ procedure?: string } | null>(c.suspension)?.procedure === 'gap_overdue'
      ) {
        c = await resumeInTx(tx, c, at, actor.accountId, '容缺材料已补齐');
      }
      await appendAudit(tx, audit, {
        action: 'case.supply_material',
        recordType: 'case',
        recordId: c.id,
        detail: { key },
      });
      return c;
    });
  }

  // ---- window (代办) ----

  async function windowIntake(
    actor: Actor,
    audit: AuditContext,
    input: {
      person: { name: string; idNumber: string; mobile?: string };
      itemCode: string;
      form: FormData;
      materials: MaterialChoice[];
      commitment?: boolean;
    },
    idempotencyKey: string | null,
  ) {
    authorize(casesPolicy, 'fileAtWindow', actor, null);
    const retried = idempotencyKey
      ? await store.findByIdempotencyKey(db, actor.accountId!, idempotencyKey)
      : undefined;
    if (retried) return retried;
    return inTransaction(db, async (tx) => {
      // An unknown code is refused by insertDraft, naming the field.
      const item = await catalog.applicableItem(tx, { code: input.itemCode });
      if (item) {
        authorize(casesPolicy, 'intake', actor, {
          regionCode: item.regionCode,
          crossRegionScope: item.content.crossRegionScope,
        });
      }
      const personId = await identity.ensurePerson(tx, audit, input.person);
      const draft = await insertDraft(
        tx,
        actor.accountId!,
        { kind: 'person', personId, organisationId: null },
        { serviceKind: 'item', code: input.itemCode, channel: 'window' },
        actor.accountId,
        idempotencyKey,
      );
      const submitted = await submitInTx(
        tx,
        draft,
        { form: input.form, materials: input.materials, commitment: input.commitment },
        now(),
        actor.accountId,
      );
      await appendAudit(tx, audit, {
        action: 'case.window_intake',
        recordType: 'case',
        recordId: submitted.id,
        detail: { caseNumber: submitted.case_number },
      });
      return submitted;
    });
  }

  /** Creates (and optionally submits) an application in one call; the Idempotency-Key makes retries safe. */
  async function createApplication(
    actor: Actor,
    audit: AuditContext,
    input: {
      serviceKind: 'item' | 'bundle';
      code: string;
      channel?: Channel;
      submit?: boolean;
    } & ApplicationInput,
    idempotencyKey: string | null,
  ) {
    authorize(casesPolicy, 'apply', actor, null);
    if (idempotencyKey) {
      const existing = await store.findByIdempotencyKey(db, actor.accountId!, idempotencyKey);
      if (existing) return existing;
    }
    const applicant: ApplicantRef = actor.actingFor
      ? { kind: 'organisation', personId: actor.personId!, organisationId: actor.actingFor.organisationId }
      : { kind: 'person', personId: actor.personId!, organisationId: null };
    try {
      return await inTransaction(db, async (tx) => {
        let c = await insertDraft(tx, actor.accountId!, applicant, input, null, idempotencyKey);
        if (input.submit) c = await submitInTx(tx, c, input, now(), actor.accountId);
        else if (input.form || input.materials || input.commitment !== undefined) {
          const { row, structural } = await writeApplication(tx, c, input, now(), actor.accountId!);
          if (structural.length > 0) throw problems.validation(structural);
          c = row;
        }
        await appendAudit(tx, audit, {
          action: input.submit ? 'case.submit' : 'case.draft',
          recordType: 'case',
          recordId: c.id,
          detail: { caseNumber: c.case_number },
        });
        return c;
      });
    } catch (error) {
      // Two requests with one key at once: the loser's insert hits the unique key; answer with the winner's case.
      if (idempotencyKey && !(error instanceof Problem)) {
        const existing = await store.findByIdempotencyKey(db, actor.accountId!, idempotencyKey);
        if (existing) return existing;
      }
      throw error;
    }
  }

  async function recordVisitRow(
    tx: Tx,
    c: CaseRow,
    kind: 'submission' | 'collection' | 'supplement',
    staff: string | null,
    at: Date,
  ) {
    const [staffRole] = staff
      ? await tx.selectFrom('staff_roles').select('department_id').where('account_id', '=', staff).execute()
      : [];
    await tx
      .insertInto('case_visits')
      .values({
        id: newId(),
        case_id: c.id,
        kind,
        at: at.toISOString(),
        staff_account_id: staff,
        department_id: staffRole?.department_id ?? null,
      })
      .execute();
  }

  /** The applicant came to a window (to collect the result, or hand in paper): a trip unless already there today. */
  async function recordVisit(
    actor: Actor,
    audit: AuditContext,
    id: string,
    kind: 'collection' | 'supplement',
  ) {
    return inTransaction(db, async (tx) => {
      const c = await loadCase(tx, id);
      authorize(casesPolicy, 'recordVisit', actor, await caseRecord(tx, c));
      const at = now();
      const addsTrip = visitAddsTrip(await store.visitsOf(tx, c.id), kind, at, c.status);
      await recordVisitRow(tx, c, kind, actor.accountId, at);
      const updated = await update(tx, c, { trips: c.trips + (addsTrip ? 1 : 0) }, at);
      await store.addTimeline(tx, {
        caseId: c.id,
        at: at.toISOString(),
        action: `visit_${kind}`,
        actorAccountId: actor.accountId,
      });
      await appendAudit(tx, audit, {
        action: 'case.visit',
        recordType: 'case',
        recordId: c.id,
        detail: { kind, addsTrip },
      });
      return updated;
    });
  }

  // ---- clocks: deemed acceptance, overdue pledges, task warnings ----

  /** One pass over every time-driven rule; runs from a recurring job on one instance at a time. */
  async function runClocks(): Promise<{ deemed: number; suspended: number; warned: number }> {
    const at = now();
    const today = beijingDate(at);
    const report = { deemed: 0, suspended: 0, warned: 0 };
    const due = await db
      .selectFrom('cases')
      .select('id')
      .where('status', '=', 'submitted')
      .where('acceptance_due_at', '<', at.toISOString())
      .limit(500)
      .execute();
    for (const { id } of due) {
      await inTransaction(db, async (tx) => {
        const c = await loadCase(tx, id);
        if (c.status !== 'submitted' || !c.acceptance_due_at || c.acceptance_due_at >= at.toISOString())
          return;
        const item = await catalog.pinnedItem(tx, c.service_id, c.service_version_id);
        const calendar = await loadWorkingCalendar(tx);
        const acceptTasks = await tx
          .selectFrom('tasks')
          .selectAll()
          .where('case_id', '=', c.id)
          .where('kind', '=', 'accept')
          .where('status', 'in', ['open', 'claimed', 'waiting'])
          .execute();
        for (const task of acceptTasks)
          await workflow.completeTask(tx, task, { outcome: 'deemed', opinion: null, by: null }, at, calendar);
        await acceptNow(
          tx,
          c,
          item,
          at,
          calendar,
          'deem_accept',
          null,
          `${config.acceptanceDays}个工作日内未受理也未告知补正，依法视为受理（《行政许可法》第三十二条）`,
        );
        const first = resolveProcess(item.content).steps[0]!;
        const next = stepAfter(resolveProcess(item.content), first.key);
        if (next)
          await workflow.startStep(
            tx,
            {
              id: c.id,
              caseNumber: c.case_number,
              departmentId: c.department_id!,
              regionCode: c.region_code,
            },
            next,
            at,
            calendar,
          );
        report.deemed++;
      });
    }
    const overdue = await db
      .selectFrom('case_materials')
      .innerJoin('cases', 'cases.id', 'case_materials.case_id')
      .select('cases.id')
      .distinct()
      .where('case_materials.status', '=', 'pledged')
      .where('case_materials.pledge_due_date', '<', today)
      .where('cases.status', '=', 'in_review')
      .limit(500)
      .execute();
    for (const { id } of overdue) {
      await inTransaction(db, async (tx) => {
        const c = await loadCase(tx, id);
        if (c.status !== 'in_review') return;
        const late = (await store.materialsOf(tx, c.id)).filter(
          (m) => m.status === 'pledged' && m.pledge_due_date! < today,
        );
        const reason = `容缺材料逾期未补交：${late.map((m) => m.name).join('、')}`;
        await transition(
          tx,
          c,
          'suspend',
          {
            suspended_at: at.toISOString(),
            suspension: JSON.stringify({ procedure: 'gap_overdue', reason }),
          },
          { at, actorAccountId: null, note: reason, template: 'case.gap_overdue', params: { reason } },
        );
        report.suspended++;
      });
    }
    report.warned = await warnTasks(today);
    return report;
  }

  /** Turns tasks yellow when most of their budget is used and red when overdue (not while the case is suspended). */
  async function warnTasks(today: string): Promise<number> {
    // Red first: a task past due and past its warning date goes straight to red.
    let warned = 0;
    for (const from of ['normal', 'warning'] as const)
      warned += await colourTasks({ from, to: 'overdue', column: 'due_date', op: '<', today });
    return (
      warned + (await colourTasks({ from: 'normal', to: 'warning', column: 'warn_date', op: '<=', today }))
    );
  }

  /**
   * One (status, level) pair at a time, in date order and batches: every statement is an ordered range of
   * tasks_uncoloured_due / tasks_warn_cover under a LIMIT, so both engines seek the index whatever their
   * statistics say (PostgreSQL scanned all tasks with IN lists and a misestimated row count), and never read
   * the tasks already red. Suspended cases' tasks are skipped (and stay candidates until the case resumes).
   */
  async function colourTasks(p: {
    from: 'normal' | 'warning';
    to: 'warning' | 'overdue';
    column: 'due_date' | 'warn_date';
    op: '<' | '<=';
    today: string;
  }): Promise<number> {
    const BATCH = 1000;
    let coloured = 0;
    for (const status of ['open', 'claimed', 'waiting'] as const) {
      for (;;) {
        const batch = db
          .selectFrom('tasks as t')
          .select('t.id')
          .where('t.status', '=', status)
          .where('t.warned_level', '=', p.from)
          .where(`t.${p.column}`, p.op, p.today)
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('cases as c')
                  .select('c.id')
                  .whereRef('c.id', '=', 't.case_id')
                  .where('c.status', '=', 'suspended'),
              ),
            ),
          )
          .orderBy(`t.${p.column}`)
          .limit(BATCH);
        const result = await db
          .updateTable('tasks')
          .set({ warned_level: p.to })
          .where('id', 'in', batch)
          .executeTakeFirst();
        const n = Number(result.numUpdatedRows);
        coloured += n;
        if (n < BATCH) break;
      }
    }
    return coloured;
  }

  platform.jobs.registerRecurring('cases.clocks', 60_000, async () => {
    await runClocks();
  });

  // ---- events: bundles and notifications ----

  platform.events.subscribe(
    CASE_TRANSITIONED,
    'cases.bundle',
    async (event, tx) => {
      const e = event.payload as CaseTransitionEvent;
      if (!e.parentId) return;
      const child = await loadCase(tx, e.caseId);
      const final = FINAL_STATUSES.includes(child.status);
      if (final && (child.status !== 'approved' || child.closed_at)) await advanceBundle(tx, e.parentId);
    },
    { when: (e: CaseTransitionEvent) => Boolean(e.parentId) },
  );

  platform.events.subscribe(
    CASE_TRANSITIONED,
    'cases.notify',
    async (event, tx) => {
      const e = event.payload as CaseTransitionEvent;
      if (!e.template) return;
      const c = await loadCase(tx, e.caseId);
      // Every template's parameters exist (empty where the step has none), so a message never fails on one.
      const params = {
        stepName: '',
        reason: '',
        materials: '',
        dueDate: c.promised_due_date ?? '',
        ...e.params,
      };
      if (e.template === 'case.gap_accepted' && !params.materials) {
        const pledged = (await store.materialsOf(tx, c.id)).filter((m) => m.status === 'pledged');
        params.materials = pledged.map((m) => `${m.name}（${m.pledge_due_date}前）`).join('、');
      }
      await notify.send(tx, {
        personId: c.applicant_person_id,
        template: e.template,
        params,
        link: `/portal/cases/${c.parent_id ?? c.id}`,
        caseId: c.id,
      });
    },
    { when: (e: CaseTransitionEvent) => Boolean(e.template) },
  );

  return {
    suppliers,
    /** Other modules add material sources (licences, shared data) and 秒批 fact sources. */
    registerMaterialSupplier: (supplier: MaterialSupplier) => suppliers.push(supplier),
    registerFactSource: (source: FactSource) => factSources.push(source),
    loadCase,
    decisionOf,
    applicantOf,
    caseRecord,
    taskRecord,
    formOf,
    applicationSpec,
    offersFor,
    profileFor,
    choicesOf,
    checkUrl,
    createDraft,
    createApplication,
    saveDraft,
    submit,
    decideTask,
    suspend,
    resume,
    returnTask,
    comment,
    withdraw,
    discardDraft,
    supplyMaterial,
    windowIntake,
    recordVisit,
    runClocks,
    /** Read-only aggregate queries behind the supervision indicators. */
    aggregates: {
      submitted: store.submittedAggregates,
      decided: store.decidedAggregates,
      materials: store.materialAggregates,
      overdue: store.overdueAggregates,
      cases: store.supervisedCases,
      firstSubmissionDay: store.firstSubmissionDay,
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
