import { appendAudit, type AuditContext } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import type { Platform } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/database.ts';
import { Problem, problems } from '../../platform/errors.ts';
import { newId, nowIso } from '../../platform/ids.ts';
import type { IdentityService } from '../identity/service.ts';
import { licensesPolicy } from './policy.ts';
import type { LicensesService } from './service.ts';
import { importTemplate, parseImportWorkbook, type ImportError, type ImportRow } from './workbook.ts';

const PARSE_JOB = 'licenses.import-parse';
const importNotFound = () => problems.notFound({ zh: '该导入任务', en: 'Import' });

interface ImportResult {
  rows: ImportRow[];
  errors: ImportError[];
  /** Licences issued when applied. */
  issued: number;
}

/** Bulk import of licences issued before Tongban: upload, parse as a job with progress, apply all or nothing. */
export function createLicenceImports(
  platform: Platform,
  identity: IdentityService,
  licenses: LicensesService,
) {
  const { db } = platform;

  async function importTypes() {
    return (await licenses.listTypes()).map((t) => ({
      code: t.code,
      name: t.name,
      holderKind: t.holderKind,
      issuerKinds: t.issuerKinds,
      faceFields: t.faceFields,
    }));
  }

  async function parse(data: Buffer, onProgress?: (fraction: number) => void) {
    const departments = new Map((await identity.allDepartments()).map((d) => [d.uscc, d.kind]));
    return parseImportWorkbook(data, { types: await importTypes(), departments, onProgress });
  }

  platform.jobs.register(PARSE_JOB, async (payload) => {
    const { importId } = payload as { importId: string };
    const row = await db
      .selectFrom('licence_imports')
      .select(['data', 'status'])
      .where('id', '=', importId)
      .executeTakeFirst();
    if (!row || row.status !== 'parsing' || !row.data) return;
    // Progress writes are chained and awaited, so none can land after the final status.
    let lastWrite = 0;
    let writes: Promise<unknown> = Promise.resolve();
    const setProgress = (fraction: number) => {
      const at = Date.now();
      if (at - lastWrite < 250) return;
      lastWrite = at;
      writes = writes.then(() =>
        db
          .updateTable('licence_imports')
          .set({ progress: Math.min(0.95, fraction * 0.95), updated_at: nowIso() })
          .where('id', '=', importId)
          .where('status', '=', 'parsing')
          .execute(),
      );
    };
    const { rows, errors } = await parse(Buffer.from(row.data), setProgress);
    await writes;
    const result: ImportResult = { rows, errors, issued: 0 };
    await db
      .updateTable('licence_imports')
      .set({ status: 'ready', progress: 1, result: JSON.stringify(result), data: null, updated_at: nowIso() })
      .where('id', '=', importId)
      .execute();
  });

  async function template(actor: Actor) {
    authorize(licensesPolicy, 'importLicences', actor, null);
    return importTemplate(await importTypes());
  }

  async function start(actor: Actor, audit: AuditContext, fileName: string, data: Buffer): Promise<string> {
    authorize(licensesPolicy, 'importLicences', actor, null);
    const id = newId();
    await inTransaction(db, async (tx) => {
      const at = nowIso();
      await tx
        .insertInto('licence_imports')
        .values({
          id,
          file_name: fileName.slice(0, 200),
          status: 'parsing',
          progress: 0,
          data,
          result: null,
          created_by: actor.accountId,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await platform.jobs.enqueue(tx, { kind: PARSE_JOB, payload: { importId: id }, maxAttempts: 2 });
      await appendAudit(tx, audit, {
        action: 'licence.import_start',
        recordType: 'licence_import',
        recordId: id,
        detail: { fileName, bytes: data.length },
      });
    });
    return id;
  }

  async function load(actor: Actor, id: string) {
    authorize(licensesPolicy, 'importLicences', actor, null);
    const row = await db
      .selectFrom('licence_imports')
      .select(['id', 'file_name', 'status', 'progress', 'result'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw importNotFound();
    return row;
  }

  async function status(actor: Actor, id: string) {
    const row = await load(actor, id);
    const result = row.result ? (JSON.parse(row.result) as ImportResult) : null;
    return {
      id: row.id,
      fileName: row.file_name,
      status: row.status,
      progress: row.progress,
      rows: result?.rows.length ?? 0,
      issued: result?.issued ?? 0,
      errors: result?.errors ?? [],
    };
  }

  /** Issues every row in one transaction: all licences, or none. */
  async function apply(actor: Actor, audit: AuditContext, id: string) {
    const row = await load(actor, id);
    if (row.status !== 'ready' || !row.result)
      throw new Problem(409, 'IMPORT_NOT_READY', {
        zh: '导入文件尚未解析完成或已导入',
        en: 'The import is not ready or was already applied',
      });
    const result = JSON.parse(row.result) as ImportResult;
    if (result.errors.length > 0)
      throw new Problem(409, 'IMPORT_HAS_ERRORS', {
        zh: `导入文件有 ${result.errors.length} 处错误，请修正后重新上传`,
        en: `The file has ${result.errors.length} errors; fix them and upload again`,
      });
    await inTransaction(db, async (tx) => {
      for (const r of result.rows) await licenses.issueImported(tx, audit, r);
      await tx
        .updateTable('licence_imports')
        .set({
          status: 'applied',
          result: JSON.stringify({ ...result, issued: result.rows.length }),
          updated_at: nowIso(),
        })
        .where('id', '=', id)
        .where('status', '=', 'ready')
        .execute();
      await appendAudit(tx, audit, {
        action: 'licence.import_apply',
        recordType: 'licence_import',
        recordId: id,
        detail: { issued: result.rows.length },
      });
    });
    return status(actor, id);
  }

  return { template, start, status, apply, parse };
}

export type LicenceImports = ReturnType<typeof createLicenceImports>;
