import type { AuditContext } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import type { Platform } from '../../platform/context.ts';
import { createFileImports } from '../../platform/jobs/file-imports.ts';
import type { IdentityService } from '../identity/service.ts';
import { licensesPolicy } from './policy.ts';
import type { LicensesService } from './service.ts';
import { importTemplate, parseImportWorkbook, type ImportError, type ImportRow } from './workbook.ts';

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

  const imports = createFileImports<ImportResult>(platform, {
    table: 'licence_imports',
    jobKind: 'licenses.import-parse',
    auditPrefix: 'licence.import',
    recordType: 'licence_import',
    parse: async (data, onProgress) => ({ ...(await parse(data, onProgress)), issued: 0 }),
  });

  async function template(actor: Actor) {
    authorize(licensesPolicy, 'importLicences', actor, null);
    return importTemplate(await importTypes());
  }

  async function start(actor: Actor, audit: AuditContext, fileName: string, data: Buffer): Promise<string> {
    authorize(licensesPolicy, 'importLicences', actor, null);
    return imports.start(audit, actor.accountId, fileName, data);
  }

  async function status(actor: Actor, id: string) {
    authorize(licensesPolicy, 'importLicences', actor, null);
    const row = await imports.load(id);
    return {
      id: row.id,
      fileName: row.fileName,
      status: row.status,
      progress: row.progress,
      rows: row.result?.rows.length ?? 0,
      issued: row.result?.issued ?? 0,
      errors: row.result?.errors ?? [],
    };
  }

  /** Issues every row in one transaction: all licences, or none. */
  async function apply(actor: Actor, audit: AuditContext, id: string) {
    authorize(licensesPolicy, 'importLicences', actor, null);
    await imports.apply(audit, id, async (tx, parsed) => {
      for (const r of parsed.rows) await licenses.issueImported(tx, audit, r);
      return { result: { ...parsed, issued: parsed.rows.length }, detail: { issued: parsed.rows.length } };
    });
    return status(actor, id);
  }

  return { template, start, status, apply, parse };
}

export type LicenceImports = ReturnType<typeof createLicenceImports>;
