import type { AuditContext } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import type { Platform } from '../../platform/context.ts';
import { inTransaction, type Tx } from '../../platform/db/database.ts';
import { createFileImports } from '../../platform/jobs/file-imports.ts';
import { problems } from '../../platform/errors.ts';
import type { IdentityService } from '../identity/service.ts';
import type { BundleContent, ItemContent } from './content.ts';
import { catalogPolicy } from './policy.ts';
import { publicationIssues } from './rules.ts';
import { sameContent } from './same-content.ts';
import type { CatalogService } from './service.ts';
import * as store from './store.ts';
import {
  FILE_SHEET,
  SHEETS,
  handlingCell,
  readCatalogWorkbook,
  writeCatalogWorkbook,
  type CatalogWorkbook,
  type ReadResult,
  type RowError,
} from './workbook.ts';

export interface ImportSummary {
  items: { create: number; update: number; unchanged: number };
  bundles: { create: number; update: number; unchanged: number };
}

interface ImportResult {
  workbook: CatalogWorkbook;
  summary: ImportSummary;
  errors: RowError[];
}

const ITEM_SHEET = '事项';

/** The Excel header of a content field (e.g. `promisedDays` → 承诺办结时限（工作日）), for error reports. */
function columnOf(field: string): string {
  const path = `content.${field}`;
  const column = SHEETS.items.columns.find((c) => c.field === path || path.startsWith(`${c.field}.`));
  if (column) return column.header;
  if (field.startsWith('materials.')) return `${SHEETS.materials.name}：${field}`;
  if (field.startsWith('fees.')) return `${SHEETS.fees.name}：${field}`;
  return field;
}

/** Excel import (dry run, then all or nothing) and export of the whole catalogue. */
export function createCatalogImports(platform: Platform, identity: IdentityService, catalog: CatalogService) {
  const { db } = platform;

  /** Checks what the workbook cannot know by itself: departments, regions, publication rules, what changes. */
  async function analyse(
    workbook: CatalogWorkbook,
    errors: RowError[],
    rows: ReadResult['rows'],
  ): Promise<ImportSummary> {
    const summary: ImportSummary = {
      items: { create: 0, update: 0, unchanged: 0 },
      bundles: { create: 0, update: 0, unchanged: 0 },
    };
    const regions = await identity.regionsByCode();
    for (const item of workbook.items) {
      const row = rows.items[item.implementationCode] ?? 0;
      const department = await identity.departmentByUscc(db, item.departmentUscc);
      if (!department) {
        errors.push({
          sheet: ITEM_SHEET,
          row,
          column: '实施主体统一社会信用代码',
          message: {
            zh: `没有统一社会信用代码为 ${item.departmentUscc} 的部门`,
            en: `No department has credit code ${item.departmentUscc}`,
          },
        });
      }
      if (!regions.has(item.regionCode)) {
        errors.push({
          sheet: ITEM_SHEET,
          row,
          column: '行政区划代码',
          message: {
            zh: `行政区划代码 ${item.regionCode} 不存在`,
            en: `Unknown region code ${item.regionCode}`,
          },
        });
      }
      const handlingRow = rows.handling[item.implementationCode];
      for (const issue of publicationIssues(item.content)) {
        const cell = handlingRow === undefined ? undefined : handlingCell(issue.field);
        if (cell) {
          const { zh, en } = issue.message;
          errors.push({
            sheet: SHEETS.handling.name,
            row: handlingRow!,
            column: cell.column,
            message: cell.detail
              ? { zh: `${cell.detail}：${zh}`, en: `${cell.detail}: ${en}` }
              : issue.message,
          });
        } else {
          errors.push({ sheet: ITEM_SHEET, row, column: columnOf(issue.field), message: issue.message });
        }
      }
      // The departments holding steps and branches must exist (the publication rules cannot know).
      const targets = (item.content.process?.steps ?? []).flatMap((step, i) => [
        ...(step.departmentUscc
          ? [{ path: `process.steps.${i}.departmentUscc`, uscc: step.departmentUscc }]
          : []),
        ...(step.branches ?? []).map((b, j) => ({
          path: `process.steps.${i}.branches.${j}.departmentUscc`,
          uscc: b.departmentUscc,
        })),
      ]);
      for (const { path, uscc } of targets) {
        if (await identity.departmentByUscc(db, uscc)) continue;
        const cell = handlingCell(path)!;
        errors.push({
          sheet: SHEETS.handling.name,
          row: handlingRow ?? 0,
          column: cell.column,
          message: {
            zh: `${cell.detail}：没有统一社会信用代码为 ${uscc} 的部门`,
            en: `${cell.detail}: no department has credit code ${uscc}`,
          },
        });
      }
      const existing = await store.findItemByCode(db, item.implementationCode);
      const published = existing?.published_version_id
        ? await store.itemVersion(db, existing.published_version_id)
        : undefined;
      if (!existing) summary.items.create++;
      else if (published && sameContent(JSON.parse(published.content), item.content))
        summary.items.unchanged++;
      else summary.items.update++;
    }
    const codes = new Set(workbook.items.map((i) => i.implementationCode));
    for (const bundle of workbook.bundles) {
      for (const component of bundle.content.items) {
        if (!codes.has(component.itemCode) && !(await store.findItemByCode(db, component.itemCode))) {
          errors.push({
            sheet: '一件事事项',
            row: 0,
            column: '实施编码',
            message: {
              zh: `一件事 ${bundle.code} 引用的事项 ${component.itemCode} 不存在`,
              en: `Bundle ${bundle.code} names unknown item ${component.itemCode}`,
            },
          });
        }
      }
      const existing = await store.findBundleByCode(db, bundle.code);
      const published = existing?.published_version_id
        ? await store.bundleVersion(db, existing.published_version_id)
        : undefined;
      if (!existing) summary.bundles.create++;
      else if (published && sameContent(JSON.parse(published.content), bundle.content))
        summary.bundles.unchanged++;
      else summary.bundles.update++;
    }
    return summary;
  }

  const emptySummary = (): ImportSummary => ({
    items: { create: 0, update: 0, unchanged: 0 },
    bundles: { create: 0, update: 0, unchanged: 0 },
  });

  const imports = createFileImports<ImportResult>(platform, {
    table: 'catalog_imports',
    jobKind: 'catalog.import-parse',
    auditPrefix: 'catalog.import',
    recordType: 'catalog_import',
    async parse(data, onProgress) {
      const { workbook, errors, rows } = await readCatalogWorkbook(data, { onProgress });
      const summary = errors.some((e) => e.sheet === FILE_SHEET)
        ? emptySummary()
        : await analyse(workbook, errors, rows);
      return { workbook, summary, errors };
    },
  });

  async function startImport(
    actor: Actor,
    audit: AuditContext,
    fileName: string,
    data: Buffer,
  ): Promise<string> {
    authorize(catalogPolicy, 'manageCatalog', actor, null);
    return imports.start(audit, actor.accountId, fileName, data);
  }

  async function importStatus(actor: Actor, id: string) {
    authorize(catalogPolicy, 'manageCatalog', actor, null);
    const row = await imports.load(id);
    return {
      id: row.id,
      fileName: row.fileName,
      status: row.status,
      progress: row.progress,
      summary: row.result?.summary ?? emptySummary(),
      errors: row.result?.errors ?? [],
    };
  }

  /** Applies the whole workbook in one transaction: every item and bundle published, or nothing at all. */
  async function applyImport(actor: Actor, audit: AuditContext, id: string) {
    authorize(catalogPolicy, 'manageCatalog', actor, null);
    await imports.apply(audit, id, async (tx, parsed) => {
      await applyWorkbook(tx, actor, audit, parsed.workbook);
      return {
        result: parsed,
        detail: { items: parsed.workbook.items.length, bundles: parsed.workbook.bundles.length },
      };
    });
    return importStatus(actor, id);
  }

  async function applyWorkbook(tx: Tx, actor: Actor, audit: AuditContext, workbook: CatalogWorkbook) {
    const byCode = new Map<string, string>();
    // Parents before their 业务办理项, so children can point at them.
    const ordered = [...workbook.items].sort(
      (a, b) => Number(a.parentImplementationCode !== null) - Number(b.parentImplementationCode !== null),
    );
    for (const item of ordered) {
      const department = await identity.departmentByUscc(tx, item.departmentUscc);
      if (!department)
        throw problems.validation([
          { field: item.implementationCode, message: { zh: '部门不存在', en: 'Unknown department' } },
        ]);
      await catalog.updateBaseItem(tx, audit, item.content);
      const existing = await store.findItemByCode(tx, item.implementationCode);
      let itemId = existing?.id;
      if (!existing) {
        const parentId = item.parentImplementationCode
          ? (byCode.get(item.parentImplementationCode) ??
            (await store.findItemByCode(tx, item.parentImplementationCode))?.id)
          : undefined;
        itemId = await catalog.createItem(
          actor,
          audit,
          {
            departmentId: department.id,
            regionCode: item.regionCode,
            implementationCode: item.implementationCode,
            parentItemId: parentId,
            content: item.content,
          },
          { tx },
        );
      } else {
        const published = existing.published_version_id
          ? await store.itemVersion(tx, existing.published_version_id)
          : undefined;
        if (
          published &&
          sameContent(JSON.parse(published.content), item.content) &&
          !existing.draft_version_id
        ) {
          byCode.set(item.implementationCode, existing.id);
          continue;
        }
        const base = existing.draft_version_id
          ? (await store.itemVersion(tx, existing.draft_version_id))!.version_no
          : existing.latest_version_no;
        await catalog.saveItemDraft(actor, audit, existing.id, item.content, base, { tx });
      }
      byCode.set(item.implementationCode, itemId!);
      await catalog.publishItem(actor, audit, itemId!, { tx });
    }
    for (const bundle of workbook.bundles) {
      const existing = await store.findBundleByCode(tx, bundle.code);
      let bundleId = existing?.id;
      if (!existing) bundleId = await catalog.createBundle(actor, audit, bundle.code, bundle.content, { tx });
      else {
        const published = existing.published_version_id
          ? await store.bundleVersion(tx, existing.published_version_id)
          : undefined;
        if (
          published &&
          sameContent(JSON.parse(published.content), bundle.content) &&
          !existing.draft_version_id
        )
          continue;
        const base = existing.draft_version_id
          ? (await store.bundleVersion(tx, existing.draft_version_id))!.version_no
          : existing.latest_version_no;
        await catalog.saveBundleDraft(actor, audit, existing.id, bundle.content, base, { tx });
      }
      await catalog.publishBundle(actor, audit, bundleId!, { tx });
    }
  }

  /** Parses and applies a workbook at once (the seeder uses the same path as the import wizard). */
  async function importWorkbookFile(actor: Actor, audit: AuditContext, data: Buffer) {
    const { workbook, errors, rows } = await readCatalogWorkbook(data);
    if (!errors.some((e) => e.sheet === FILE_SHEET)) await analyse(workbook, errors, rows);
    if (errors.length > 0) return { applied: false, errors };
    await inTransaction(db, (tx) => applyWorkbook(tx, actor, audit, workbook));
    return { applied: true, errors };
  }

  async function exportWorkbook(actor: Actor): Promise<Buffer> {
    authorize(catalogPolicy, 'manageCatalog', actor, null);
    const items = await store.publishedItems(db);
    const departments = await identity.departmentsById([...new Set(items.map((i) => i.department_id))]);
    const codeById = new Map(items.map((i) => [i.id, i.implementation_code]));
    const bundles = await store.publishedBundles(db);
    return writeCatalogWorkbook({
      items: items.map((i) => ({
        implementationCode: i.implementation_code,
        parentImplementationCode: i.parent_id ? (codeById.get(i.parent_id) ?? null) : null,
        departmentUscc: departments.get(i.department_id)!.uscc,
        departmentName: departments.get(i.department_id)!.name,
        regionCode: i.region_code,
        content: JSON.parse(i.content) as ItemContent,
      })),
      bundles: bundles.map((b) => ({ code: b.code, content: JSON.parse(b.content) as BundleContent })),
    });
  }

  return { startImport, importStatus, applyImport, importWorkbookFile, exportWorkbook };
}

export type CatalogImports = ReturnType<typeof createCatalogImports>;
