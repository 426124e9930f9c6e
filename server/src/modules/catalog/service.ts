import { appendAudit, type AuditContext } from '../../platform/audit/audit.ts';
import { BoundedMap } from '../../platform/bounded-map.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import type { Platform } from '../../platform/context.ts';
import { inTransaction, type Queryable, type Tx } from '../../platform/db/database.ts';
import { Problem, fieldError, problems } from '../../platform/errors.ts';
import { newId, nowIso } from '../../platform/ids.ts';
import type { DepartmentInfo, IdentityService } from '../identity/service.ts';
import { mergeBundle } from './bundle-merge.ts';
import type { BundleContent, ItemContent } from './content.ts';
import { diffItemContent } from './diff.ts';
import { catalogPolicy } from './policy.ts';
import { publicationIssues, type Issue } from './rules.ts';
import * as store from './store.ts';
import {
  BUNDLE_VERSIONS,
  ITEM_VERSIONS,
  insertFirstDraft,
  publishDraft,
  retirePublished,
  saveDraft,
} from './versioning.ts';

export interface ItemView {
  id: string;
  implementationCode: string;
  baseCode: string;
  departmentId: string;
  departmentName: string;
  regionCode: string;
  regionName: string;
  versionId: string;
  versionNo: number;
  status: 'draft' | 'published' | 'retired';
  publishedAt: string | null;
  content: ItemContent;
  parent: { id: string; name: string } | null;
  children: Array<{ id: string; name: string; handlingKind: string | null }>;
}

const LEVEL_CHAR: Record<DepartmentInfo['regionLevel'], string> = { province: '1', city: '2', county: '3' };
const parseContent = <T>(text: string) => JSON.parse(text) as T;

export const itemNotFound = () => problems.notFound({ zh: '该事项', en: 'Service item' });
export const bundleNotFound = () => problems.notFound({ zh: '该一件事', en: 'Bundle' });

/** 实施编码: implementing body's credit code + level character + 12-character base code (DOMAIN.md §2.2). */
export function implementationCodeFor(department: DepartmentInfo, baseCode: string): string {
  return `${department.uscc}${LEVEL_CHAR[department.regionLevel]}${baseCode}`;
}

function invalid(issues: Issue[]) {
  return new Problem(
    422,
    'ITEM_INVALID',
    { zh: '事项内容不符合发布要求，请按提示修改', en: 'The content does not meet the publication rules' },
    issues.map((i) => ({ field: `content.${i.field}`, message: i.message })),
  );
}

/** A published item version as other modules use it. */
export interface ApplicableItem {
  id: string;
  versionId: string;
  code: string;
  name: string;
  departmentId: string;
  regionCode: string;
  content: ItemContent;
}

export function createCatalogService(platform: Platform, identity: IdentityService) {
  const { db } = platform;
  /** Runs in the caller's transaction when given one (imports apply everything at once), else in a new one. */
  const within = <T>(tx: Tx | undefined, run: (tx: Tx) => Promise<T>) =>
    tx ? run(tx) : inTransaction(db, run);

  /** The six elements identical across the province come from the base item (created on first use). */
  async function inheritBaseItem(tx: Tx, content: ItemContent): Promise<ItemContent> {
    const base = await store.findBaseItem(tx, content.baseCode);
    const now = nowIso();
    if (!base) {
      await tx
        .insertInto('catalog_base_items')
        .values({
          code: content.baseCode,
          name: content.name,
          item_type: content.itemType,
          competent_department: content.competentDepartment,
          legal_basis: content.legalBasis,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return content;
    }
    return {
      ...content,
      // 业务办理项 are named after their handling kind (…（新设）), everything else after the base item.
      name: content.handlingKind ? content.name : base.name,
      itemType: base.item_type as ItemContent['itemType'],
      competentDepartment: base.competent_department,
      legalBasis: base.legal_basis,
    };
  }

  async function updateBaseItem(tx: Tx, audit: AuditContext, content: ItemContent): Promise<void> {
    const base = await store.findBaseItem(tx, content.baseCode);
    if (!base) return void (await inheritBaseItem(tx, content));
    const next = {
      name: content.name,
      item_type: content.itemType,
      competent_department: content.competentDepartment,
      legal_basis: content.legalBasis,
    };
    if (
      base.name === next.name &&
      base.item_type === next.item_type &&
      base.competent_department === next.competent_department &&
      base.legal_basis === next.legal_basis
    )
      return;
    await tx
      .updateTable('catalog_base_items')
      .set({ ...next, updated_at: nowIso() })
      .where('code', '=', content.baseCode)
      .execute();
    await appendAudit(tx, audit, {
      action: 'catalog.base_item_update',
      recordType: 'catalog_base_item',
      recordId: content.baseCode,
    });
  }

  async function loadItem(q: Queryable, id: string) {
    const item = await store.findItem(q, id);
    if (!item) throw itemNotFound();
    return item;
  }

  async function view(item: store.ItemRow, version: store.ItemVersionRow): Promise<ItemView> {
    const department = (await identity.departmentsById([item.department_id])).get(item.department_id)!;
    const parent = item.parent_id ? await store.findItem(db, item.parent_id) : undefined;
    const children = await store.childItems(db, item.id);
    const childViews = [];
    for (const child of children) {
      if (!child.published_version_id) continue;
      const v = await store.itemVersion(db, child.published_version_id);
      childViews.push({
        id: child.id,
        name: child.name,
        handlingKind: v ? (parseContent<ItemContent>(v.content).handlingKind ?? null) : null,
      });
    }
    return {
      id: item.id,
      implementationCode: item.implementation_code,
      baseCode: item.base_code,
      departmentId: item.department_id,
      departmentName: department.name,
      regionCode: item.region_code,
      regionName:
        department.regionCode === item.region_code
          ? department.regionName
          : ((await identity.regionsByCode()).get(item.region_code)?.name ?? item.region_code),
      versionId: version.id,
      versionNo: version.version_no,
      status: version.status,
      publishedAt: version.published_at,
      content: parseContent<ItemContent>(version.content),
      parent: parent ? { id: parent.id, name: parent.name } : null,
      children: childViews,
    };
  }

  async function publishedItem(id: string): Promise<ItemView> {
    const item = await loadItem(db, id);
    if (!item.published_version_id) throw itemNotFound();
    return view(item, (await store.itemVersion(db, item.published_version_id))!);
  }

  /** Published and retired versions are public record; drafts only for those who may edit the item. */
  async function itemVersionView(actor: Actor, id: string, versionId: string): Promise<ItemView> {
    const item = await loadItem(db, id);
    const version = await store.itemVersion(db, versionId);
    if (!version || version.item_id !== item.id) throw itemNotFound();
    if (version.status === 'draft')
      authorize(catalogPolicy, 'readDraft', actor, { regionCode: item.region_code });
    return view(item, version);
  }

  async function adminItem(actor: Actor, id: string) {
    const item = await loadItem(db, id);
    authorize(catalogPolicy, 'readDraft', actor, { regionCode: item.region_code });
    const current = item.draft_version_id ?? item.published_version_id;
    const versions = await store.itemVersions(db, item.id);
    const latest = current
      ? (await store.itemVersion(db, current))!
      : (await store.itemVersion(db, versions[0]!.id))!;
    const base = await view(item, latest);
    const draft = item.draft_version_id ? latest : null;
    return {
      ...base,
      draft: draft
        ? {
            versionId: draft.id,
            versionNo: draft.version_no,
            content: parseContent<ItemContent>(draft.content),
            updatedAt: draft.updated_at,
            issues: publicationIssues(parseContent<ItemContent>(draft.content)),
          }
        : null,
      versions: versions.map((v) => ({
        versionId: v.id,
        versionNo: v.version_no,
        status: v.status,
        publishedAt: v.published_at,
        retiredAt: v.retired_at,
      })),
    };
  }

  async function createItem(
    actor: Actor,
    audit: AuditContext,
    input: {
      departmentId: string;
      regionCode: string;
      implementationCode?: string;
      parentItemId?: string;
      content: ItemContent;
    },
    options: { tx?: Tx } = {},
  ): Promise<string> {
    authorize(catalogPolicy, 'manageItem', actor, { regionCode: input.regionCode });
    const run = async (tx: Tx) => {
      // Inside the caller's transaction every read goes through it (SQLite has one connection).
      const department = (await identity.departmentsById([input.departmentId], tx)).get(input.departmentId);
      if (!department)
        throw problems.validation([fieldError('departmentId', '部门不存在', 'Unknown department')]);
      const content = await inheritBaseItem(tx, input.content);
      const code = input.implementationCode ?? implementationCodeFor(department, content.baseCode);
      if (await store.findItemByCode(tx, code)) {
        throw new Problem(
          409,
          'ITEM_CODE_TAKEN',
          { zh: `实施编码 ${code} 已存在`, en: `Implementation code ${code} exists` },
          [fieldError('implementationCode', '实施编码已存在', 'This implementation code exists')],
        );
      }
      if (input.parentItemId && !(await store.findItem(tx, input.parentItemId))) {
        throw problems.validation([fieldError('parentItemId', '父项事项不存在', 'Unknown parent item')]);
      }
      const id = newId();
      const now = nowIso();
      await tx
        .insertInto('catalog_items')
        .values({
          id,
          implementation_code: code,
          base_code: content.baseCode,
          parent_id: input.parentItemId ?? null,
          department_id: department.id,
          region_code: input.regionCode,
          name: content.name,
          item_type: content.itemType,
          published_version_id: null,
          draft_version_id: null,
          latest_version_no: 1,
          popularity: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await insertFirstDraft(tx, ITEM_VERSIONS, id, content, actor.accountId);
      await appendAudit(tx, audit, {
        action: 'catalog.item_create',
        recordType: 'catalog_item',
        recordId: id,
        detail: { code },
      });
      return id;
    };
    return within(options.tx, run);
  }

  async function saveItemDraft(
    actor: Actor,
    audit: AuditContext,
    id: string,
    content: ItemContent,
    baseVersionNo: number,
    options: { tx?: Tx } = {},
  ) {
    const run = async (tx: Tx) => {
      const item = await loadItem(tx, id);
      authorize(catalogPolicy, 'manageItem', actor, { regionCode: item.region_code });
      const inherited = await inheritBaseItem(tx, content);
      const versionId = await saveDraft(tx, ITEM_VERSIONS, item, inherited, baseVersionNo, actor.accountId);
      await tx.updateTable('catalog_items').set({ name: inherited.name }).where('id', '=', id).execute();
      await appendAudit(tx, audit, {
        action: 'catalog.item_save_draft',
        recordType: 'catalog_item',
        recordId: id,
        detail: { versionId },
      });
      return versionId;
    };
    return within(options.tx, run);
  }

  async function publishItem(actor: Actor, audit: AuditContext, id: string, options: { tx?: Tx } = {}) {
    const run = async (tx: Tx) => {
      const item = await loadItem(tx, id);
      authorize(catalogPolicy, 'manageItem', actor, { regionCode: item.region_code });
      if (!item.draft_version_id)
        throw new Problem(409, 'NO_DRAFT', { zh: '没有待发布的草稿', en: 'There is no draft to publish' });
      const draft = (await store.itemVersion(tx, item.draft_version_id))!;
      const content = parseContent<ItemContent>(draft.content);
      const issues = publicationIssues(content);
      if (issues.length > 0) throw invalid(issues);
      const versionId = await publishDraft(tx, ITEM_VERSIONS, item, actor.accountId);
      await tx
        .updateTable('catalog_items')
        .set({ name: content.name, item_type: content.itemType })
        .where('id', '=', id)
        .execute();
      await store.bumpRevision(tx);
      await appendAudit(tx, audit, {
        action: 'catalog.item_publish',
        recordType: 'catalog_item',
        recordId: id,
        detail: { versionId, versionNo: draft.version_no },
      });
      await platform.events.publish(tx, 'catalog.item_published', { itemId: id, versionId });
      return versionId;
    };
    return within(options.tx, run);
  }

  async function retireItem(actor: Actor, audit: AuditContext, id: string) {
    await inTransaction(db, async (tx) => {
      const item = await loadItem(tx, id);
      authorize(catalogPolicy, 'manageItem', actor, { regionCode: item.region_code });
      await retirePublished(tx, ITEM_VERSIONS, item);
      await store.bumpRevision(tx);
      await appendAudit(tx, audit, {
        action: 'catalog.item_retire',
        recordType: 'catalog_item',
        recordId: id,
      });
    });
  }

  async function diffItem(actor: Actor, id: string, fromVersionId: string, toVersionId: string) {
    const [from, to] = await Promise.all([
      itemVersionView(actor, id, fromVersionId),
      itemVersionView(actor, id, toVersionId),
    ]);
    return { changes: diffItemContent(from.content, to.content) };
  }

  // ---- bundles ----

  async function bundleComponents(q: Queryable, content: BundleContent) {
    const rows = await store.publishedItemsByCode(
      q,
      content.items.map((i) => i.itemCode),
    );
    const byCode = new Map(rows.map((r) => [r.implementation_code, r]));
    return {
      rows: byCode,
      missing: content.items.filter((i) => !byCode.has(i.itemCode)).map((i) => i.itemCode),
    };
  }

  async function bundleRegions(q: Queryable, ...contents: BundleContent[]): Promise<string[]> {
    const codes = new Set(contents.flatMap((c) => c.items.map((i) => i.itemCode)));
    const items = await Promise.all([...codes].map((code) => store.findItemByCode(q, code)));
    return [...new Set(items.filter((i) => i !== undefined).map((i) => i.region_code))];
  }

  /** The bundle's content as it stands: its draft, else its published version. */
  async function currentBundleContent(q: Queryable, bundle: store.BundleRow): Promise<BundleContent> {
    const version = await store.bundleVersion(q, (bundle.draft_version_id ?? bundle.published_version_id)!);
    return parseContent<BundleContent>(version!.content);
  }

  async function bundleView(bundle: store.BundleRow, version: store.BundleVersionRow) {
    const content = parseContent<BundleContent>(version.content);
    const { rows } = await bundleComponents(db, content);
    const departments = await identity.departmentsById([
      ...new Set([...rows.values()].map((r) => r.department_id)),
    ]);
    const components = content.items
      .filter((i) => rows.has(i.itemCode))
      .map((i) => ({
        itemCode: i.itemCode,
        content: parseContent<ItemContent>(rows.get(i.itemCode)!.content),
      }));
    const merged = mergeBundle(components);
    return {
      id: bundle.id,
      code: bundle.code,
      versionId: version.id,
      versionNo: version.version_no,
      status: version.status,
      content,
      items: content.items.map((i) => {
        const row = rows.get(i.itemCode);
        const itemContent = row ? parseContent<ItemContent>(row.content) : null;
        return {
          itemId: row?.id ?? null,
          implementationCode: i.itemCode,
          name: itemContent?.name ?? i.itemCode,
          departmentName: row ? (departments.get(row.department_id)?.name ?? '') : '',
          promisedDays: itemContent?.promisedDays ?? null,
          dependsOn: i.dependsOn,
          optional: i.optional,
        };
      }),
      mergedForm: { fields: merged.fields, schema: merged.schema },
      mergedMaterials: merged.materials,
      promisedDays: content.promisedDays,
      statutoryDaysSum: components.reduce((sum, c) => sum + (c.content.statutoryDays ?? 0), 0),
    };
  }

  async function publishedBundle(id: string) {
    const bundle = await store.findBundle(db, id);
    if (!bundle?.published_version_id) throw bundleNotFound();
    return bundleView(bundle, (await store.bundleVersion(db, bundle.published_version_id))!);
  }

  async function adminBundle(actor: Actor, id: string) {
    const bundle = await store.findBundle(db, id);
    if (!bundle) throw bundleNotFound();
    authorize(catalogPolicy, 'manageCatalog', actor, null);
    const version = (await store.bundleVersion(
      db,
      (bundle.draft_version_id ?? bundle.published_version_id)!,
    ))!;
    return {
      ...(await bundleView(bundle, version)),
      draftVersionNo: bundle.draft_version_id ? version.version_no : null,
    };
  }

  function dependencyIssues(content: BundleContent): string[] {
    const codes = new Set(content.items.map((i) => i.itemCode));
    const problemsFound: string[] = [];
    for (const item of content.items)
      for (const dep of item.dependsOn) if (!codes.has(dep)) problemsFound.push(dep);
    return problemsFound;
  }

  /** Dependencies must name items of the bundle and must not form a cycle. */
  function checkBundle(content: BundleContent, missing: string[]) {
    const errors = [
      ...missing.map((code) =>
        fieldError(
          'content.items',
          `事项 ${code} 不存在或未发布`,
          `Item ${code} does not exist or is not published`,
        ),
      ),
      ...dependencyIssues(content).map((code) =>
        fieldError(
          'content.items',
          `前置事项 ${code} 不在本一件事中`,
          `Prerequisite ${code} is not part of this bundle`,
        ),
      ),
    ];
    const deps = new Map(content.items.map((i) => [i.itemCode, i.dependsOn]));
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cyclic = (code: string): boolean => {
      if (done.has(code)) return false;
      if (visiting.has(code)) return true;
      visiting.add(code);
      const found = (deps.get(code) ?? []).some(cyclic);
      visiting.delete(code);
      done.add(code);
      return found;
    };
    if (content.items.some((i) => cyclic(i.itemCode))) {
      errors.push(fieldError('content.items', '前置关系存在循环', 'The prerequisites form a cycle'));
    }
    if (errors.length > 0)
      throw new Problem(
        422,
        'BUNDLE_INVALID',
        { zh: '一件事内容有误', en: 'The bundle is not valid' },
        errors,
      );
  }

  async function createBundle(
    actor: Actor,
    audit: AuditContext,
    code: string,
    content: BundleContent,
    options: { tx?: Tx } = {},
  ) {
    const run = async (tx: Tx) => {
      authorize(catalogPolicy, 'manageBundle', actor, { regionCodes: await bundleRegions(tx, content) });
      if (await store.findBundleByCode(tx, code)) {
        throw new Problem(
          409,
          'BUNDLE_CODE_TAKEN',
          { zh: `一件事编码 ${code} 已存在`, en: `Bundle code ${code} exists` },
          [fieldError('code', '编码已存在', 'This code exists')],
        );
      }
      const id = newId();
      const now = nowIso();
      await tx
        .insertInto('catalog_bundles')
        .values({
          id,
          code,
          name: content.name,
          published_version_id: null,
          draft_version_id: null,
          latest_version_no: 1,
          popularity: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await insertFirstDraft(tx, BUNDLE_VERSIONS, id, content, actor.accountId);
      await appendAudit(tx, audit, {
        action: 'catalog.bundle_create',
        recordType: 'catalog_bundle',
        recordId: id,
        detail: { code },
      });
      return id;
    };
    return within(options.tx, run);
  }

  async function saveBundleDraft(
    actor: Actor,
    audit: AuditContext,
    id: string,
    content: BundleContent,
    baseVersionNo: number,
    options: { tx?: Tx } = {},
  ) {
    const run = async (tx: Tx) => {
      const bundle = await store.findBundle(tx, id);
      if (!bundle) throw bundleNotFound();
      // The editor must cover the items the bundle holds now as well as those it is given.
      const current = await currentBundleContent(tx, bundle);
      authorize(catalogPolicy, 'manageBundle', actor, {
        regionCodes: await bundleRegions(tx, current, content),
      });
      const versionId = await saveDraft(tx, BUNDLE_VERSIONS, bundle, content, baseVersionNo, actor.accountId);
      await tx.updateTable('catalog_bundles').set({ name: content.name }).where('id', '=', id).execute();
      await appendAudit(tx, audit, {
        action: 'catalog.bundle_save_draft',
        recordType: 'catalog_bundle',
        recordId: id,
        detail: { versionId },
      });
      return versionId;
    };
    return within(options.tx, run);
  }

  async function publishBundle(actor: Actor, audit: AuditContext, id: string, options: { tx?: Tx } = {}) {
    const run = async (tx: Tx) => {
      const bundle = await store.findBundle(tx, id);
      if (!bundle) throw bundleNotFound();
      // Who asks comes before the bundle's state: the draft when there is one, else the published version.
      const content = await currentBundleContent(tx, bundle);
      authorize(catalogPolicy, 'manageBundle', actor, { regionCodes: await bundleRegions(tx, content) });
      if (!bundle.draft_version_id)
        throw new Problem(409, 'NO_DRAFT', { zh: '没有待发布的草稿', en: 'There is no draft to publish' });
      checkBundle(content, (await bundleComponents(tx, content)).missing);
      const versionId = await publishDraft(tx, BUNDLE_VERSIONS, bundle, actor.accountId);
      await store.bumpRevision(tx);
      await appendAudit(tx, audit, {
        action: 'catalog.bundle_publish',
        recordType: 'catalog_bundle',
        recordId: id,
        detail: { versionId },
      });
      return versionId;
    };
    return within(options.tx, run);
  }

  // ---- for other modules: what an application is filed against ----

  /** A service item as cases pin it: the published version's content, by implementation code or item id. */
  async function applicableItem(
    q: Queryable,
    ref: { code?: string; id?: string },
  ): Promise<ApplicableItem | null> {
    const item = ref.code ? await store.findItemByCode(q, ref.code) : await store.findItem(q, ref.id!);
    if (!item?.published_version_id) return null;
    return pinnedItem(q, item, item.published_version_id);
  }

  // Published versions never change, so the parsed item a case pinned can be kept (bounded, per process).
  const pinnedCache = new BoundedMap<string, ApplicableItem>(5000);

  /** The item as it was in the version a case pinned. */
  async function pinnedItem(
    q: Queryable,
    item: store.ItemRow | string,
    versionId: string,
  ): Promise<ApplicableItem> {
    const hit = pinnedCache.get(versionId);
    if (hit) return hit;
    const row = typeof item === 'string' ? await loadItem(q, item) : item;
    const version = await store.itemVersion(q, versionId);
    if (!version) throw itemNotFound();
    const pinned: ApplicableItem = {
      id: row.id,
      versionId,
      code: row.implementation_code,
      name: row.name,
      departmentId: row.department_id,
      regionCode: row.region_code,
      content: parseContent<ItemContent>(version.content),
    };
    if (version.status !== 'draft') {
      pinnedCache.set(versionId, pinned);
    }
    return pinned;
  }

  /** A bundle's published version with each component item's published version. */
  async function applicableBundle(q: Queryable, ref: { code?: string; id?: string }) {
    const bundle = ref.code ? await store.findBundleByCode(q, ref.code) : await store.findBundle(q, ref.id!);
    if (!bundle?.published_version_id) return null;
    return pinnedBundle(q, bundle, bundle.published_version_id);
  }

  async function pinnedBundle(q: Queryable, bundle: store.BundleRow | string, versionId: string) {
    const row = typeof bundle === 'string' ? await store.findBundle(q, bundle) : bundle;
    const version = await store.bundleVersion(q, versionId);
    if (!row || !version) throw bundleNotFound();
    const content = parseContent<BundleContent>(version.content);
    const components: Array<ApplicableItem & { dependsOn: string[]; optional: boolean }> = [];
    for (const part of content.items) {
      const item = await applicableItem(q, { code: part.itemCode });
      if (!item) throw bundleNotFound();
      components.push({ ...item, dependsOn: part.dependsOn, optional: part.optional });
    }
    return { id: row.id, versionId, code: row.code, name: row.name, content, components };
  }

  /** Applications count towards "popular services" (read when the search index is rebuilt). */
  async function countApplications(tx: Tx, ids: { items: string[]; bundle?: string }) {
    if (ids.items.length > 0) {
      await tx
        .updateTable('catalog_items')
        .set((eb) => ({ popularity: eb('popularity', '+', 1) }))
        .where('id', 'in', ids.items)
        .execute();
    }
    if (ids.bundle) {
      await tx
        .updateTable('catalog_bundles')
        .set((eb) => ({ popularity: eb('popularity', '+', 1) }))
        .where('id', '=', ids.bundle)
        .execute();
    }
  }

  return {
    applicableItem,
    pinnedItem,
    applicableBundle,
    pinnedBundle,
    countApplications,
    inheritBaseItem,
    updateBaseItem,
    publishedItem,
    itemVersionView,
    adminItem,
    createItem,
    saveItemDraft,
    publishItem,
    retireItem,
    diffItem,
    publishedBundle,
    adminBundle,
    createBundle,
    saveBundleDraft,
    publishBundle,
    /** Which of the implementation codes name published items (for modules that record item codes). */
    publishedItemCodes: async (q: Queryable, codes: string[]): Promise<ReadonlySet<string>> =>
      new Set((await store.publishedItemsByCode(q, codes)).map((r) => r.implementation_code)),
    /** Read-only: every published item and bundle with its content (supervision's catalogue facts). */
    publishedCatalogue: async (q: Queryable) => ({
      items: await store.publishedItems(q),
      bundles: await store.publishedBundles(q),
    }),
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
