import type { Actor } from '../../platform/auth/actor.ts';
import { authorize, regionCovers } from '../../platform/auth/policy.ts';
import { appendAudit, systemContext, type AuditContext } from '../../platform/audit/audit.ts';
import { loadWorkingCalendar } from '../../platform/calendar/calendar-store.ts';
import type { Platform } from '../../platform/context.ts';
import { engineOf } from '../../platform/db/column-types.ts';
import { inTransaction, read, type Db, type Queryable, type Tx } from '../../platform/db/database.ts';
import { fieldError, Problem, problems } from '../../platform/errors.ts';
import { cursorPage } from '../../platform/http/pagination.ts';
import { newId } from '../../platform/ids.ts';
import type { FactSource, FetchRequest, MaterialSupplier, SupplyRequest } from '../cases/service.ts';
import type { SupplyOffer } from '../cases/materials.ts';
import type { IdentityService } from '../identity/service.ts';
import type { NotifyService } from '../notify/service.ts';
import type { Facts } from '../workflow/auto-approval.ts';
import { beijingDate, dueDateAfter } from '../workflow/deadlines.ts';
import { checkEntry, entryHash, GENESIS, type ChainEntry } from './access-chain.ts';
import { admission, afterFailure, DEFAULT_BREAKER, type Breaker } from './breaker.ts';
import { callProvider, type ScalarValue } from './http-connector.ts';
import { exchangePolicy, stewardDepartments, type GrantRecord } from './policy.ts';
import {
  grantedFields,
  grantRequestErrors,
  grantRequirement,
  isOverdue,
  minimiseFields,
  resourceErrors,
  SHARE_TYPE_NAMES,
  type DataItem,
  type ResourceDraft,
} from './rules.ts';
import * as store from './store.ts';
import type { AccessRow, GrantRow, ResourceRow } from './store.ts';

/** What the exchange module needs to know about a case (given by the composition root). */
export interface CaseInfo {
  caseNumber: string | null;
  departmentId: string | null;
  serviceCode: string;
  serviceName: string;
}

export interface ExchangeDeps {
  identity: IdentityService;
  notify: NotifyService;
  caseInfo: (q: Queryable, caseId: string) => Promise<CaseInfo | null>;
  /** Which of the codes name published items of the catalogue (the catalogue module answers). */
  publishedItemCodes: (q: Queryable, codes: string[]) => Promise<ReadonlySet<string>>;
}

export interface FetchInput {
  resourceCode: string;
  /** The subject's ID number (person) or unified social credit code (organisation), in clear. */
  subject: string;
  consumerDepartmentId: string;
  purpose: string;
  caseId?: string | null;
  taskId?: string | null;
  /** Data item keys wanted; empty = everything the consumer is granted. */
  fields?: string[];
  actorAccountId: string | null;
  /** The item (implementation code) served: only grants covering it count when given. */
  itemCode?: string | null;
}

export interface FetchResult {
  found: boolean;
  values: Record<string, ScalarValue>;
  /** The data item keys returned (granted ∩ asked). */
  fields: string[];
  /** Asked for but not granted: never returned. */
  withheld: string[];
  /** The access log entry that records this fetch. */
  accessId: string;
  resource: { code: string; name: string; items: DataItem[]; providerDepartmentId: string };
}

export interface AccessEntryInput {
  resourceCode: string;
  providerDepartmentId?: string | null;
  consumerDepartmentId?: string | null;
  /** Who used it when not a department, e.g. an organisation shown a licence. */
  consumerLabel?: string | null;
  /** The subject's ID number or credit code in clear (hashed here), or its keyed hash. */
  subject?: string;
  subjectHash?: string;
  fields: string[];
  purpose: string;
  caseId?: string | null;
  taskId?: string | null;
  actorAccountId?: string | null;
  found?: boolean;
}

export interface LogReport {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  firstBrokenId: string | null;
  reason: string | null;
}

const resourceNotFound = () => problems.notFound({ zh: '该数据资源', en: 'Data resource' });
const grantNotFound = () => problems.notFound({ zh: '该共享申请', en: 'Grant request' });
const providerProblem = (status: number, code: string, zh: string, en: string) =>
  new Problem(status, code, { zh, en });

/** Subject identifiers are compared in one form: trimmed, upper-case check characters. */
const normaliseSubject = (s: string) => s.trim().toUpperCase();

/** Resolves a resource code another module logs under (e.g. `licence:business_licence`) to a name. */
export type ResourceNamer = (q: Queryable, code: string) => Promise<string | null>;

export function createExchangeService(platform: Platform, deps: ExchangeDeps) {
  const resourceNamers = new Map<string, ResourceNamer>();
  const { db, cipher, clock } = platform;
  const { identity, notify } = deps;
  const now = () => clock.now();

  const subjectHash = (subject: string) => cipher.lookupHash(normaliseSubject(subject));
  const itemsOf = (r: ResourceRow) => read.json<DataItem[]>(r.items);

  // ---- catalogue ----

  async function resourceView(q: Queryable, r: ResourceRow, actor: Actor | null) {
    const dept = (await identity.departmentsById([r.provider_department_id], q)).get(
      r.provider_department_id,
    );
    return {
      id: r.id,
      code: r.code,
      catalogueCode: r.catalogue_code,
      name: r.name,
      providerDepartmentId: r.provider_department_id,
      providerDepartmentName: dept?.name ?? '',
      abstract: r.abstract,
      items: itemsOf(r),
      shareType: r.share_type,
      shareTypeName: SHARE_TYPE_NAMES[r.share_type],
      shareCondition: r.share_condition,
      legalBasis: r.legal_basis,
      updateCycle: r.update_cycle,
      standsFor: read.json<string[]>(r.stands_for),
      connector:
        r.connector_kind === 'http'
          ? {
              kind: 'http' as const,
              url: r.http_url,
              timeoutMs: r.http_timeout_ms,
              secretSet: r.http_secret_cipher !== null,
            }
          : { kind: 'dataset' as const, url: null, timeoutMs: null, secretSet: false },
      status: r.status,
      version: r.version,
      updatedAt: r.updated_at,
      publishedAt: r.published_at,
      mayEdit: actor
        ? exchangePolicy.manageResource(actor, { providerDepartmentId: r.provider_department_id })
        : false,
    };
  }
  type ResourceView = Awaited<ReturnType<typeof resourceView>>;

  function connectorColumns(draft: ResourceDraft, previous: ResourceRow | null) {
    if (draft.connector.kind === 'dataset')
      return {
        connector_kind: 'dataset' as const,
        http_url: null,
        http_timeout_ms: null,
        http_secret_cipher: null,
      };
    return {
      connector_kind: 'http' as const,
      http_url: draft.connector.url,
      http_timeout_ms: draft.connector.timeoutMs,
      // The secret is write-only: kept when an edit leaves it out.
      http_secret_cipher: draft.connector.secret
        ? cipher.encrypt(draft.connector.secret)
        : (previous?.http_secret_cipher ?? null),
    };
  }

  async function checkDraft(q: Queryable, draft: ResourceDraft, previous: ResourceRow | null) {
    const errors = resourceErrors(draft, {
      secretStored: previous?.http_secret_cipher != null && previous.connector_kind === 'http',
    });
    const sameCode = await store.findResourceByCode(q, draft.code);
    if (sameCode && sameCode.id !== previous?.id)
      errors.push(fieldError('code', '该资源代码已被使用', 'This resource code is taken'));
    const sameCatalogue = await q
      .selectFrom('exchange_resources')
      .select('id')
      .where('catalogue_code', '=', draft.catalogueCode)
      .executeTakeFirst();
    if (sameCatalogue && sameCatalogue.id !== previous?.id)
      errors.push(fieldError('catalogueCode', '该目录编码已被使用', 'This catalogue code is taken'));
    if (errors.length > 0) throw problems.validation(errors);
  }

  /** Creates a draft entry (the seed and the API both come here). */
  async function createResourceIn(
    tx: Tx,
    audit: AuditContext,
    providerDepartmentId: string,
    draft: ResourceDraft,
  ): Promise<ResourceRow> {
    if (!(await identity.departmentsById([providerDepartmentId], tx)).has(providerDepartmentId))
      throw problems.validation([fieldError('providerDepartmentId', '没有该部门', 'No such department')]);
    await checkDraft(tx, draft, null);
    const at = now().toISOString();
    const row: ResourceRow = {
      id: newId(),
      code: draft.code,
      catalogue_code: draft.catalogueCode,
      name: draft.name,
      provider_department_id: providerDepartmentId,
      abstract: draft.abstract,
      items: JSON.stringify(draft.items),
      share_type: draft.shareType,
      share_condition: draft.shareCondition?.trim() || null,
      legal_basis: draft.legalBasis?.trim() || null,
      update_cycle: draft.updateCycle,
      stands_for: JSON.stringify(draft.standsFor),
      ...connectorColumns(draft, null),
      status: 'draft',
      version: 1,
      created_at: at,
      updated_at: at,
      published_at: null,
    };
    await tx.insertInto('exchange_resources').values(row).execute();
    await appendAudit(tx, audit, {
      action: 'exchange.resource_created',
      recordType: 'exchange_resource',
      recordId: row.id,
      detail: { code: row.code, shareType: row.share_type },
    });
    return row;
  }

  async function createResource(
    actor: Actor,
    audit: AuditContext,
    input: ResourceDraft & { providerDepartmentId: string },
  ): Promise<ResourceView> {
    authorize(exchangePolicy, 'manageResource', actor, { providerDepartmentId: input.providerDepartmentId });
    const row = await inTransaction(db, (tx) =>
      createResourceIn(tx, audit, input.providerDepartmentId, input),
    );
    return resourceView(db, row, actor);
  }

  async function updateResource(
    actor: Actor,
    audit: AuditContext,
    code: string,
    input: ResourceDraft & { version: number },
  ): Promise<ResourceView> {
    const row = await inTransaction(db, async (tx) => {
      const previous = await store.findResourceByCode(tx, code);
      if (!previous) throw resourceNotFound();
      authorize(exchangePolicy, 'manageResource', actor, {
        providerDepartmentId: previous.provider_department_id,
      });
      if (previous.version !== input.version)
        throw problems.conflict('EXCHANGE_RESOURCE_VERSION_CONFLICT', {
          zh: '该资源已被他人修改，请刷新后再试',
          en: 'The resource changed in the meantime; reload it and try again',
        });
      await checkDraft(tx, input, previous);
      const next = {
        code: input.code,
        catalogue_code: input.catalogueCode,
        name: input.name,
        abstract: input.abstract,
        items: JSON.stringify(input.items),
        share_type: input.shareType,
        share_condition: input.shareCondition?.trim() || null,
        legal_basis: input.legalBasis?.trim() || null,
        update_cycle: input.updateCycle,
        stands_for: JSON.stringify(input.standsFor),
        ...connectorColumns(input, previous),
        version: previous.version + 1,
        updated_at: now().toISOString(),
      };
      await tx.updateTable('exchange_resources').set(next).where('id', '=', previous.id).execute();
      await appendAudit(tx, audit, {
        action: 'exchange.resource_updated',
        recordType: 'exchange_resource',
        recordId: previous.id,
        detail: { code: input.code, version: next.version },
      });
      return { ...previous, ...next };
    });
    return resourceView(db, row, actor);
  }

  async function publishResourceIn(tx: Tx, audit: AuditContext, row: ResourceRow): Promise<ResourceRow> {
    if (row.status === 'published') return row;
    const at = now().toISOString();
    await tx
      .updateTable('exchange_resources')
      .set({ status: 'published', published_at: at, updated_at: at, version: row.version + 1 })
      .where('id', '=', row.id)
      .execute();
    await appendAudit(tx, audit, {
      action: 'exchange.resource_published',
      recordType: 'exchange_resource',
      recordId: row.id,
      detail: { code: row.code },
    });
    return { ...row, status: 'published', published_at: at, updated_at: at, version: row.version + 1 };
  }

  async function publishResource(actor: Actor, audit: AuditContext, code: string): Promise<ResourceView> {
    const row = await inTransaction(db, async (tx) => {
      const r = await store.findResourceByCode(tx, code);
      if (!r) throw resourceNotFound();
      authorize(exchangePolicy, 'manageResource', actor, { providerDepartmentId: r.provider_department_id });
      return publishResourceIn(tx, audit, r);
    });
    return resourceView(db, row, actor);
  }

  /** Drafts are visible to those who may edit them; published entries to everybody signed in. */
  function mayView(actor: Actor, r: ResourceRow) {
    return (
      r.status === 'published' ||
      exchangePolicy.manageResource(actor, { providerDepartmentId: r.provider_department_id })
    );
  }

  async function getResource(actor: Actor, code: string): Promise<ResourceView> {
    authorize(exchangePolicy, 'browse', actor, null);
    const r = await store.findResourceByCode(db, code);
    if (!r || !mayView(actor, r)) throw resourceNotFound();
    return resourceView(db, r, actor);
  }

  async function listResources(
    actor: Actor,
    query: { q?: string; status?: 'draft' | 'published'; cursor?: string; limit: number },
  ) {
    authorize(exchangePolicy, 'browse', actor, null);
    const isAdmin = actor.roles.some((g) => g.role === 'admin');
    const rows = await store.listResources(db, {
      ...query,
      draftsOf: isAdmin ? null : stewardDepartments(actor),
    });
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => r.catalogue_code);
    return { items: await Promise.all(page.map((r) => resourceView(db, r, actor))), nextCursor };
  }

  // ---- grants ----

  async function grantRecord(q: Queryable, g: GrantRow): Promise<GrantRecord> {
    const depts = await identity.departmentsById([g.consumer_department_id, g.provider_department_id], q);
    return {
      consumerDepartmentId: g.consumer_department_id,
      providerDepartmentId: g.provider_department_id,
      consumerRegionCode: depts.get(g.consumer_department_id)?.regionCode ?? '',
      providerRegionCode: depts.get(g.provider_department_id)?.regionCode ?? '',
    };
  }

  async function grantViews(q: Queryable, rows: GrantRow[], actor: Actor | null) {
    const resources = new Map<string, ResourceRow>();
    for (const g of rows) {
      if (!resources.has(g.resource_id))
        resources.set(g.resource_id, (await store.findResourceById(q, g.resource_id))!);
    }
    const depts = await identity.departmentsById(
      [...new Set(rows.flatMap((g) => [g.consumer_department_id, g.provider_department_id]))],
      q,
    );
    const today = beijingDate(now());
    return rows.map((g) => {
      const r = resources.get(g.resource_id)!;
      const labels = new Map(itemsOf(r).map((i) => [i.key, i.name]));
      return {
        id: g.id,
        resourceCode: r.code,
        resourceName: r.name,
        consumerDepartmentId: g.consumer_department_id,
        consumerDepartmentName: depts.get(g.consumer_department_id)?.name ?? '',
        providerDepartmentId: g.provider_department_id,
        providerDepartmentName: depts.get(g.provider_department_id)?.name ?? '',
        purpose: g.purpose,
        fields: read.json<string[]>(g.fields).map((key) => ({ key, name: labels.get(key) ?? key })),
        itemCodes: read.json<string[]>(g.item_codes),
        status: g.status,
        requestedAt: g.requested_at,
        dueDate: g.due_date,
        overdue: isOverdue(g.status, g.due_date, today),
        escalatedAt: g.escalated_at,
        decidedAt: g.decided_at,
        reasons: g.reasons,
        mayDecide:
          actor !== null &&
          g.status === 'pending' &&
          exchangePolicy.decideGrant(actor, {
            consumerDepartmentId: g.consumer_department_id,
            providerDepartmentId: g.provider_department_id,
            consumerRegionCode: '',
            providerRegionCode: '',
          }),
      };
    });
  }
  type GrantView = Awaited<ReturnType<typeof grantViews>>[number];

  /**
   * A consumer department asks for a conditional resource. `publishedItems` says which of the item
   * codes name published items; the demo seed, whose codes are the demo catalogue's (loaded after it,
   * or not at all in tests), gives none and has its codes taken as they are.
   */
  async function requestGrantIn(
    tx: Tx,
    audit: AuditContext,
    requestedBy: string | null,
    input: {
      resourceCode: string;
      consumerDepartmentId: string;
      purpose: string;
      fields: string[];
      itemCodes: string[];
    },
    publishedItems?: ReadonlySet<string>,
    at: Date = now(),
  ): Promise<GrantRow> {
    const r = await store.findResourceByCode(tx, input.resourceCode);
    if (!r || r.status !== 'published') throw resourceNotFound();
    if (grantRequirement(r.share_type) === 'none_needed')
      throw problems.conflict('EXCHANGE_GRANT_NOT_NEEDED', {
        zh: '该资源为无条件共享，无需申请即可调用',
        en: 'This resource is shared unconditionally: no request is needed',
      });
    const errors = grantRequestErrors(itemsOf(r), input, publishedItems);
    if (errors.length > 0) throw problems.validation(errors);
    if (input.consumerDepartmentId === r.provider_department_id)
      throw problems.validation([
        fieldError(
          'consumerDepartmentId',
          '提供部门使用本部门数据无需申请',
          'A provider needs no grant for its own data',
        ),
      ]);
    const existing = await store.grantsFor(tx, r.id, input.consumerDepartmentId);
    if (existing.some((g) => g.status === 'pending'))
      throw problems.conflict('EXCHANGE_GRANT_PENDING', {
        zh: '本部门已有一份待审核的申请，请等待提供部门答复',
        en: 'Your department already has a pending request for this resource',
      });
    const calendar = await loadWorkingCalendar(tx);
    const row: GrantRow = {
      id: newId(),
      resource_id: r.id,
      consumer_department_id: input.consumerDepartmentId,
      provider_department_id: r.provider_department_id,
      purpose: input.purpose.trim(),
      fields: JSON.stringify([...new Set(input.fields)]),
      item_codes: JSON.stringify([...new Set(input.itemCodes.map((c) => c.trim()))]),
      status: 'pending',
      requested_by: requestedBy,
      requested_at: at.toISOString(),
      // 10 working days to answer (DOMAIN.md §8).
      due_date: dueDateAfter(calendar, at, 10),
      decided_by: null,
      decided_at: null,
      reasons: null,
      escalated_at: null,
    };
    await tx.insertInto('exchange_grants').values(row).execute();
    await appendAudit(tx, audit, {
      action: 'exchange.grant_requested',
      recordType: 'exchange_grant',
      recordId: row.id,
      detail: { resource: r.code, fields: input.fields, itemCodes: input.itemCodes },
    });
    return row;
  }

  async function requestGrant(
    actor: Actor,
    audit: AuditContext,
    input: {
      resourceCode: string;
      consumerDepartmentId: string;
      purpose: string;
      fields: string[];
      itemCodes: string[];
    },
  ): Promise<GrantView> {
    authorize(exchangePolicy, 'requestGrant', actor, { consumerDepartmentId: input.consumerDepartmentId });
    const row = await inTransaction(db, async (tx) =>
      requestGrantIn(
        tx,
        audit,
        actor.accountId,
        input,
        await deps.publishedItemCodes(
          tx,
          input.itemCodes.map((c) => c.trim()),
        ),
      ),
    );
    return (await grantViews(db, [row], actor))[0]!;
  }

  async function decideGrantIn(
    tx: Tx,
    audit: AuditContext,
    decidedBy: string | null,
    g: GrantRow,
    input: { decision: 'approve' | 'refuse'; reasons?: string },
  ): Promise<GrantRow> {
    if (g.status !== 'pending')
      throw problems.conflict('EXCHANGE_GRANT_DECIDED', {
        zh: '该申请已答复，不能再次审核',
        en: 'This request has already been answered',
      });
    if (input.decision === 'refuse' && !input.reasons?.trim())
      throw problems.validation([
        fieldError('reasons', '不予共享须说明理由', 'Give the reasons for refusing'),
      ]);
    const next = {
      status: input.decision === 'approve' ? ('approved' as const) : ('refused' as const),
      decided_by: decidedBy,
      decided_at: now().toISOString(),
      reasons: input.reasons?.trim() || null,
    };
    const result = await tx
      .updateTable('exchange_grants')
      .set(next)
      .where('id', '=', g.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1)
      throw problems.conflict('EXCHANGE_GRANT_DECIDED', {
        zh: '该申请已答复，不能再次审核',
        en: 'This request has already been answered',
      });
    await appendAudit(tx, audit, {
      action: input.decision === 'approve' ? 'exchange.grant_approved' : 'exchange.grant_refused',
      recordType: 'exchange_grant',
      recordId: g.id,
      detail: next.reasons ? { reasons: next.reasons } : {},
    });
    return { ...g, ...next };
  }

  async function decideGrant(
    actor: Actor,
    audit: AuditContext,
    id: string,
    input: { decision: 'approve' | 'refuse'; reasons?: string },
  ): Promise<GrantView> {
    const row = await inTransaction(db, async (tx) => {
      const g = await store.findGrant(tx, id);
      if (!g) throw grantNotFound();
      const record = await grantRecord(tx, g);
      if (!exchangePolicy.viewGrant(actor, record))
        throw actor.kind === 'anonymous' ? problems.unauthenticated() : grantNotFound();
      authorize(exchangePolicy, 'decideGrant', actor, record);
      return decideGrantIn(tx, audit, actor.accountId, g, input);
    });
    return (await grantViews(db, [row], actor))[0]!;
  }

  async function listGrants(
    actor: Actor,
    query: {
      side?: 'consumer' | 'provider';
      status?: 'pending' | 'approved' | 'refused';
      cursor?: string;
      limit: number;
    },
  ) {
    authorize(exchangePolicy, 'listGrants', actor, null);
    const wide = actor.roles.some((g) => g.role === 'admin' || g.role === 'supervisor');
    const rows = await store.listGrants(db, {
      ...query,
      departments: wide ? null : stewardDepartments(actor),
    });
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => r.id);
    let views = await grantViews(db, page, actor);
    if (wide && !actor.roles.some((g) => g.role === 'admin')) {
      // Supervisors see the grants of their regions.
      const records = await Promise.all(page.map((g) => grantRecord(db, g)));
      views = views.filter((_, i) => exchangePolicy.viewGrant(actor, records[i]!));
    }
    return { items: views, nextCursor };
  }

  /** Marks requests past their 10th working day and tells the region's supervisors (a recurring job). */
  async function escalateOverdue(at: Date = now()): Promise<number> {
    const today = beijingDate(at);
    return inTransaction(db, async (tx) => {
      const rows = await store.overdueGrants(tx, today);
      if (rows.length === 0) return 0;
      const supervisors = await identity.peopleWithRole(tx, 'supervisor');
      const views = await grantViews(tx, rows, null);
      const audit = systemContext('tongban exchange');
      for (const [i, g] of rows.entries()) {
        const view = views[i]!;
        const marked = await tx
          .updateTable('exchange_grants')
          .set({ escalated_at: at.toISOString() })
          .where('id', '=', g.id)
          .where('escalated_at', 'is', null)
          .executeTakeFirst();
        if (Number(marked.numUpdatedRows) !== 1) continue;
        const record = await grantRecord(tx, g);
        const people = [
          ...new Set(
            supervisors
              .filter(
                (s) =>
                  regionCovers(s.region_code, record.providerRegionCode) ||
                  regionCovers(s.region_code, record.consumerRegionCode),
              )
              .map((s) => s.person_id!),
          ),
        ];
        for (const personId of people) {
          await notify.send(tx, {
            personId,
            template: 'exchange.grant_overdue',
            params: {
              resourceName: view.resourceName,
              consumerName: view.consumerDepartmentName,
              providerName: view.providerDepartmentName,
              dueDate: g.due_date,
            },
            link: '/dashboard/exchange/grants',
          });
        }
        await appendAudit(tx, audit, {
          action: 'exchange.grant_escalated',
          recordType: 'exchange_grant',
          recordId: g.id,
          detail: { dueDate: g.due_date, notified: people.length },
        });
      }
      return rows.length;
    });
  }

  platform.jobs.registerRecurring('exchange.escalate-overdue-grants', 3600_000, async (_payload, context) => {
    const escalated = await escalateOverdue();
    if (escalated > 0) context.log.info({ escalated }, 'overdue data-sharing requests escalated');
  });

  // ---- access ----

  async function recordAccess(tx: Tx, entry: AccessEntryInput): Promise<{ id: string; seq: number }> {
    if (!entry.subject && !entry.subjectHash) throw new Error('recordAccess needs a subject or its hash');
    if (engineOf(tx) === 'postgres') await store.engineLock(tx);
    const last = await store.lastAccessHash(tx);
    const prevHash = last?.hash ?? GENESIS;
    const chainEntry: ChainEntry = {
      id: newId(),
      at: now().toISOString(),
      resourceCode: entry.resourceCode,
      providerDepartmentId: entry.providerDepartmentId ?? null,
      consumerDepartmentId: entry.consumerDepartmentId ?? null,
      consumerLabel: entry.consumerLabel ?? null,
      subjectHash: entry.subjectHash ?? subjectHash(entry.subject!),
      fields: entry.fields,
      purpose: entry.purpose,
      caseId: entry.caseId ?? null,
      taskId: entry.taskId ?? null,
      actorAccountId: entry.actorAccountId ?? null,
      found: entry.found ?? true,
    };
    const hash = entryHash(prevHash, chainEntry);
    const { keyId, signature } = await platform.nodeKeys.sign(tx, hash);
    const inserted = await tx
      .insertInto('exchange_access_log')
      .values({
        id: chainEntry.id,
        at: chainEntry.at,
        resource_code: chainEntry.resourceCode,
        provider_department_id: chainEntry.providerDepartmentId,
        consumer_department_id: chainEntry.consumerDepartmentId,
        consumer_label: chainEntry.consumerLabel,
        subject_hash: chainEntry.subjectHash,
        fields: JSON.stringify(chainEntry.fields),
        purpose: chainEntry.purpose,
        case_id: chainEntry.caseId,
        task_id: chainEntry.taskId,
        actor_account_id: chainEntry.actorAccountId,
        found: chainEntry.found,
        prev_hash: prevHash,
        hash,
        key_id: keyId,
        signature,
      } as never)
      .returning('seq')
      .executeTakeFirstOrThrow();
    return { id: chainEntry.id, seq: Number(inserted.seq) };
  }

  /** Walks the whole log in order; names the first entry whose link, hash or signature does not hold. */
  async function verifyLog(q: Queryable = db, pageSize = 1000): Promise<LogReport> {
    let prev = GENESIS;
    let checked = 0;
    let after = 0;
    const holds = (keyId: string, text: string, sig: string) => platform.nodeKeys.verify(q, keyId, text, sig);
    for (;;) {
      const rows = await store.accessPage(q, after, pageSize);
      for (const row of rows) {
        const verdict = await checkEntry(prev, toStored(row), holds);
        if (verdict !== 'ok')
          return { ok: false, checked, firstBrokenSeq: row.seq, firstBrokenId: row.id, reason: verdict };
        prev = row.hash;
        checked++;
        after = row.seq;
      }
      if (rows.length < pageSize)
        return { ok: true, checked, firstBrokenSeq: null, firstBrokenId: null, reason: null };
    }
  }

  const toStored = (row: AccessRow) => ({
    seq: row.seq,
    id: row.id,
    at: row.at,
    resourceCode: row.resource_code,
    providerDepartmentId: row.provider_department_id,
    consumerDepartmentId: row.consumer_department_id,
    consumerLabel: row.consumer_label,
    subjectHash: row.subject_hash,
    fields: read.json<string[]>(row.fields),
    purpose: row.purpose,
    caseId: row.case_id,
    taskId: row.task_id,
    actorAccountId: row.actor_account_id,
    found: read.bool(row.found),
    prevHash: row.prev_hash,
    hash: row.hash,
    keyId: row.key_id,
    signature: row.signature,
  });

  const unavailable = () =>
    providerProblem(
      503,
      'EXCHANGE_PROVIDER_UNAVAILABLE',
      '提供部门的数据接口暂时不可用（熔断中），请稍后再试或上传材料',
      "The provider's data service is unavailable for now (circuit open); try later or upload the document",
    );

  /**
   * One call to a department's endpoint through the resource's circuit breaker. The breaker row is written
   * on its own connection on PostgreSQL, so a failure counts even when the caller's transaction rolls back;
   * SQLite has one connection (one instance), so there it is written in the caller's transaction.
   */
  async function callThroughBreaker(
    tx: Tx,
    r: ResourceRow,
    subject: string,
    fields: string[],
    purpose: string,
  ) {
    const bq: Queryable = engineOf(tx) === 'postgres' ? db : tx;
    const settings = DEFAULT_BREAKER;
    const started = now();
    const row = await store.ensureBreaker(bq, r.code, started.toISOString());
    const decision = admission(toBreaker(row), started, settings);
    if (decision === 'refuse') throw unavailable();
    if (decision === 'trial') {
      const won = await store.swapBreaker(
        bq,
        r.code,
        row,
        { state: 'half_open', failures: row.failures, opened_at: row.opened_at },
        started.toISOString(),
      );
      if (!won) throw unavailable();
    }
    const answer = await callProvider({
      url: r.http_url!,
      secret: cipher.decrypt(r.http_secret_cipher!),
      timeoutMs: r.http_timeout_ms ?? 5000,
      resourceCode: r.code,
      subject,
      fields,
      purpose,
      requestId: newId(),
    });
    const at = now();
    if (answer.ok || !answer.providerFault) {
      await bq
        .updateTable('exchange_breakers')
        .set({ state: 'closed', failures: 0, opened_at: null, updated_at: at.toISOString() })
        .where('resource_code', '=', r.code)
        .execute();
    } else {
      // Compare-and-set, retried: other instances may record their failures at the same moment.
      for (let attempt = 0; attempt < 5; attempt++) {
        const current = (await store.breakerOf(bq, r.code))!;
        const next = afterFailure(toBreaker(current), at, settings);
        if (
          await store.swapBreaker(
            bq,
            r.code,
            current,
            { state: next.state, failures: next.failures, opened_at: next.openedAt },
            at.toISOString(),
          )
        )
          break;
      }
      platform.log.warn(
        { resource: r.code, kind: answer.kind, reason: answer.reason },
        'data provider call failed',
      );
    }
    if (answer.ok) return answer;
    switch (answer.kind) {
      case 'timeout':
        throw providerProblem(
          504,
          'EXCHANGE_PROVIDER_TIMEOUT',
          '提供部门的数据接口未在规定时间内答复，请稍后再试或上传材料',
          "The provider's data service did not answer in time; try later or upload the document",
        );
      case 'malformed':
        throw providerProblem(
          502,
          'EXCHANGE_PROVIDER_BAD_ANSWER',
          '提供部门的数据接口返回了无法识别的内容，请上传材料',
          "The provider's data service gave an answer that cannot be read; upload the document instead",
        );
      case 'refused':
        throw providerProblem(
          502,
          'EXCHANGE_PROVIDER_REFUSED',
          '提供部门的数据接口拒绝了本次查询',
          "The provider's data service refused the request",
        );
      default:
        throw providerProblem(
          502,
          'EXCHANGE_PROVIDER_FAILED',
          '提供部门的数据接口出错，请稍后再试或上传材料',
          "The provider's data service failed; try later or upload the document",
        );
    }
  }

  const toBreaker = (row: store.BreakerRow): Breaker => ({
    state: row.state,
    failures: row.failures,
    openedAt: row.opened_at,
  });

  /**
   * Fetches one subject's record for a consumer department: needs a purpose and a case or verification
   * task; returns only granted fields; appends the access to the signed log in the same transaction.
   */
  async function fetch(tx: Tx, input: FetchInput): Promise<FetchResult> {
    const errors = [];
    if (!input.purpose?.trim())
      errors.push(fieldError('purpose', '调用共享数据须说明用途', 'State the purpose'));
    if (!input.caseId && !input.taskId)
      errors.push(
        fieldError(
          'caseId',
          '调用共享数据须关联办件或核查任务',
          'Name the case or verification task it serves',
        ),
      );
    if (!input.subject?.trim()) errors.push(fieldError('subject', '请提供查询对象', 'Name the subject'));
    if (errors.length > 0) throw problems.validation(errors);
    const r = await store.findResourceByCode(tx, input.resourceCode);
    if (!r || r.status !== 'published') throw resourceNotFound();
    grantRequirement(r.share_type);
    const items = itemsOf(r);
    const grants =
      r.share_type === 'conditional' ? await store.grantsFor(tx, r.id, input.consumerDepartmentId) : [];
    const granted =
      input.consumerDepartmentId === r.provider_department_id
        ? items.map((i) => i.key)
        : grantedFields(
            r.share_type,
            items,
            grants.map((g) => ({
              status: g.status,
              fields: read.json<string[]>(g.fields),
              itemCodes: read.json<string[]>(g.item_codes),
            })),
            input.itemCode,
          );
    if (granted.length === 0)
      throw problems.forbidden({
        zh: '本部门未获得该资源的共享授权，请先提交共享申请',
        en: 'Your department holds no grant for this resource; request one first',
      });
    const { fields, withheld } = minimiseFields(input.fields ?? [], granted);
    if (fields.length === 0)
      throw problems.forbidden({
        zh: '所请求的信息项均未获授权',
        en: 'None of the requested data items is granted',
      });
    const subject = normaliseSubject(input.subject);
    let found = false;
    let values: Record<string, ScalarValue> = {};
    if (r.connector_kind === 'dataset') {
      const record = await store.latestRecord(tx, r.code, subjectHash(subject));
      if (record) {
        found = true;
        const all = JSON.parse(cipher.decrypt(record.values_cipher)) as Record<string, ScalarValue>;
        values = Object.fromEntries(fields.filter((f) => f in all).map((f) => [f, all[f]!]));
      }
    } else {
      const answer = await callThroughBreaker(tx, r, subject, fields, input.purpose);
      found = answer.found;
      values = answer.values;
    }
    const { id } = await recordAccess(tx, {
      resourceCode: r.code,
      providerDepartmentId: r.provider_department_id,
      consumerDepartmentId: input.consumerDepartmentId,
      subject,
      fields,
      purpose: input.purpose.trim(),
      caseId: input.caseId ?? null,
      taskId: input.taskId ?? null,
      actorAccountId: input.actorAccountId,
      found,
    });
    return {
      found,
      values,
      fields,
      withheld,
      accessId: id,
      resource: { code: r.code, name: r.name, items, providerDepartmentId: r.provider_department_id },
    };
  }

  /** Loads a demo dataset record (seed only): values encrypted, keyed by the subject's hash. */
  async function putRecord(
    tx: Tx,
    resourceCode: string,
    subject: string,
    values: Record<string, ScalarValue>,
  ) {
    await tx
      .insertInto('exchange_records')
      .values({
        id: newId(),
        resource_code: resourceCode,
        subject_hash: subjectHash(subject),
        values_cipher: cipher.encrypt(JSON.stringify(values)),
        recorded_at: now().toISOString(),
      })
      .execute();
  }

  // ---- who used my data ----

  async function accessViews(q: Queryable, rows: AccessRow[], withSubject: boolean) {
    const depts = await identity.departmentsById(
      [
        ...new Set(
          rows
            .flatMap((r) => [r.consumer_department_id, r.provider_department_id])
            .filter((x): x is string => !!x),
        ),
      ],
      q,
    );
    const resources = new Map<string, ResourceRow | undefined>();
    const otherNames = new Map<string, string | null>();
    const cases = new Map<string, CaseInfo | null>();
    const out = [];
    for (const row of rows) {
      if (!resources.has(row.resource_code))
        resources.set(row.resource_code, await store.findResourceByCode(q, row.resource_code));
      if (!resources.get(row.resource_code) && !otherNames.has(row.resource_code)) {
        const prefix = row.resource_code.split(':')[0]!;
        otherNames.set(row.resource_code, (await resourceNamers.get(prefix)?.(q, row.resource_code)) ?? null);
      }
      if (row.case_id && !cases.has(row.case_id)) cases.set(row.case_id, await deps.caseInfo(q, row.case_id));
      const r = resources.get(row.resource_code);
      const labels = new Map((r ? itemsOf(r) : []).map((i) => [i.key, i.name]));
      out.push({
        id: row.id,
        seq: row.seq,
        at: row.at,
        resourceCode: row.resource_code,
        resourceName: r?.name ?? otherNames.get(row.resource_code) ?? row.resource_code,
        providerDepartmentName: row.provider_department_id
          ? (depts.get(row.provider_department_id)?.name ?? null)
          : null,
        consumerName:
          (row.consumer_department_id ? depts.get(row.consumer_department_id)?.name : null) ??
          row.consumer_label ??
          '',
        purpose: row.purpose,
        caseNumber: row.case_id ? (cases.get(row.case_id)?.caseNumber ?? null) : null,
        fields: read.json<string[]>(row.fields).map((k) => labels.get(k) ?? k),
        found: read.bool(row.found),
        ...(withSubject ? { subjectHash: row.subject_hash, actorAccountId: row.actor_account_id } : {}),
      });
    }
    return out;
  }

  async function myDataAccess(actor: Actor, query: { cursor?: string; limit: number }) {
    authorize(exchangePolicy, 'myDataAccess', actor, null);
    let subject: string | null = null;
    if (actor.actingFor)
      subject = (await identity.organisationRecord(db, actor.actingFor.organisationId)).uscc;
    else subject = (await identity.profileOf(db, actor.personId!))?.idNumber ?? null;
    if (!subject) return { items: [], nextCursor: null };
    const rows = await store.listAccess(db, {
      subjectHashes: [subjectHash(subject)],
      cursor: query.cursor ? Number(query.cursor) : undefined,
      limit: query.limit,
    });
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => String(r.seq));
    const items = await accessViews(db, page, false);
    return { items: items.map(({ seq: _seq, ...rest }) => rest), nextCursor };
  }

  /** Staff view of the log: supervisors and admins see all, data stewards their departments'; each read is audited. */
  async function accessLog(
    actor: Actor,
    audit: AuditContext,
    query: { resourceCode?: string; cursor?: string; limit: number },
  ) {
    authorize(exchangePolicy, 'readAccessLog', actor, null);
    const wide = actor.roles.some((g) => g.role === 'admin' || g.role === 'supervisor');
    const rows = await store.listAccess(db, {
      departments: wide ? null : stewardDepartments(actor),
      resourceCode: query.resourceCode,
      cursor: query.cursor ? Number(query.cursor) : undefined,
      limit: query.limit,
    });
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => String(r.seq));
    await inTransaction(db, (tx) =>
      appendAudit(tx, audit, {
        action: 'exchange.access_log_read',
        recordType: 'exchange_access_log',
        detail: { resourceCode: query.resourceCode ?? null, entries: page.length },
      }),
    );
    const items = await accessViews(db, page, true);
    return { items: items.map(({ seq: _seq, ...rest }) => rest), nextCursor };
  }

  // ---- supplier side of preview and consent (cases module) ----

  async function subjectOf(q: Queryable, applicant: SupplyRequest['applicant']): Promise<string | null> {
    if (applicant.kind === 'organisation' && applicant.organisationId)
      return (await identity.organisationRecord(q, applicant.organisationId)).uscc;
    return (await identity.profileOf(q, applicant.personId))?.idNumber ?? null;
  }

  /** In a bundle, materials are keyed `<item code>:<material key>`: that item is the one served. */
  const itemCodeOf = (materialKey: string, fallback: string) =>
    materialKey.includes(':') ? materialKey.slice(0, materialKey.indexOf(':')) : fallback;

  const supplier: MaterialSupplier = {
    name: 'exchange',
    async offers(q, request) {
      const offers = new Map<string, SupplyOffer[]>();
      const wanted = request.materials.filter((m) => m.dataResource);
      if (!request.departmentId || wanted.length === 0) return offers;
      const subject = await subjectOf(q, request.applicant);
      if (!subject) return offers;
      for (const material of wanted) {
        const r = await store.findResourceByCode(q, material.dataResource!);
        if (!r || r.status !== 'published' || r.share_type === 'none') continue;
        const items = itemsOf(r);
        const grants =
          r.share_type === 'conditional' ? await store.grantsFor(q, r.id, request.departmentId) : [];
        const granted =
          request.departmentId === r.provider_department_id
            ? items.map((i) => i.key)
            : grantedFields(
                r.share_type,
                items,
                grants.map((g) => ({
                  status: g.status,
                  fields: read.json<string[]>(g.fields),
                  itemCodes: read.json<string[]>(g.item_codes),
                })),
                itemCodeOf(material.key, request.itemCode),
              );
        if (granted.length === 0) continue;
        // A dataset without a record for this person offers nothing; an endpoint is only asked after consent.
        if (r.connector_kind === 'dataset' && !(await store.latestRecord(q, r.code, subjectHash(subject))))
          continue;
        const provider =
          (await identity.departmentsById([r.provider_department_id], q)).get(r.provider_department_id)
            ?.name ?? '';
        const labels = new Map(items.map((i) => [i.key, i.name]));
        offers.set(material.key, [
          ...(offers.get(material.key) ?? []),
          {
            kind: 'shared_data',
            provider,
            reference: r.code,
            description: `${r.name}：经您同意后由${provider}共享，无需上传`,
            fields: granted.map((k) => labels.get(k) ?? k),
          },
        ]);
      }
      return offers;
    },
    async fetch(tx, request: FetchRequest) {
      if (!request.departmentId)
        throw problems.forbidden({
          zh: '办件未确定受理部门，不能调用共享数据',
          en: 'The case has no handling department, so shared data cannot be fetched',
        });
      const subject = await subjectOf(tx, request.applicant);
      const result = await fetch(tx, {
        resourceCode: request.offer.reference,
        subject: subject ?? '',
        consumerDepartmentId: request.departmentId,
        purpose: request.purpose,
        caseId: request.caseId,
        actorAccountId: request.actorAccountId,
        itemCode: itemCodeOf(request.material.key, request.itemCode),
      });
      if (!result.found)
        throw problems.conflict('EXCHANGE_RECORD_NOT_FOUND', {
          zh: `未在“${result.resource.name}”中查到您的记录，请上传材料`,
          en: `No record of yours was found in "${result.resource.name}"; upload the document instead`,
        });
      const values: Record<string, string> = {};
      for (const item of result.resource.items) {
        const value = result.values[item.key];
        if (item.concept && value !== undefined && value !== null) values[item.concept] = String(value);
      }
      return { values, proof: result.accessId };
    },
  };

  /** 秒批 facts `data.<resource>.<field>`: fetched for the case's department, each access logged with the case. */
  const factSource: FactSource = {
    name: 'exchange',
    async facts(q, request) {
      const byResource = new Map<string, string[]>();
      for (const fact of request.facts) {
        const [, resource, field] = fact.split('.');
        if (!resource || !field) continue;
        byResource.set(resource, [...(byResource.get(resource) ?? []), field]);
      }
      if (byResource.size === 0) return {};
      const run = async (tx: Tx): Promise<Facts> => {
        const info = await deps.caseInfo(tx, request.caseId);
        if (!info?.departmentId) return {};
        const subject = await subjectOf(tx, request.applicant);
        if (!subject) return {};
        const facts: Facts = {};
        for (const [resource, fields] of byResource) {
          try {
            const result = await fetch(tx, {
              resourceCode: resource,
              subject,
              consumerDepartmentId: info.departmentId,
              purpose: `秒批规则核验：${info.serviceName}`,
              caseId: request.caseId,
              fields,
              actorAccountId: null,
              itemCode: info.serviceCode,
            });
            for (const f of result.fields) facts[`data.${resource}.${f}`] = result.values[f] ?? null;
          } catch (error) {
            // No grant, no provider answer: the fact stays unknown and the case goes to a person.
            if (!(error instanceof Problem)) throw error;
          }
        }
        return facts;
      };
      return q.isTransaction ? run(q as Tx) : inTransaction(q as Db, run);
    },
  };

  return {
    createResource,
    createResourceIn,
    updateResource,
    publishResource,
    publishResourceIn,
    getResource,
    listResources,
    requestGrant,
    requestGrantIn,
    decideGrant,
    decideGrantIn,
    listGrants,
    escalateOverdue,
    fetch,
    recordAccess,
    /** Names for what other modules log under codes of their own, e.g. `licence:<type>` → 居民身份证. */
    nameResources(prefix: string, namer: ResourceNamer) {
      resourceNamers.set(prefix, namer);
    },
    verifyLog,
    putRecord,
    myDataAccess,
    accessLog,
    subjectHash,
    supplier,
    factSource,
  };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
