import type { Kysely } from 'kysely';
import { appendAudit, type AuditContext } from '../audit/audit.ts';
import type { Platform } from '../context.ts';
import { inTransaction, type Queryable, type Tx } from '../db/database.ts';
import { Problem, problems } from '../errors.ts';
import { newId, nowIso } from '../ids.ts';

/** The columns every "upload a file, parse it in a job, apply it all or nothing" table has. */
export interface FileImportRow {
  id: string;
  file_name: string;
  status: 'parsing' | 'ready' | 'failed' | 'applied';
  progress: number;
  data: Buffer | null;
  /** The parse result as JSON once parsed. */
  result: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface FileImportOptions<R extends { errors: unknown[] }> {
  /** A table with the FileImportRow columns (catalog_imports, licence_imports). */
  table: string;
  jobKind: string;
  /** Audit actions are `<auditPrefix>_start` and `<auditPrefix>_apply`. */
  auditPrefix: string;
  recordType: string;
  /** Parses the upload; reports progress as a fraction of the parse. */
  parse(data: Buffer, onProgress: (fraction: number) => void): Promise<R>;
}

export interface FileImport<R> {
  id: string;
  fileName: string;
  status: FileImportRow['status'];
  progress: number;
  result: R | null;
}

const importNotFound = () => problems.notFound({ zh: '该导入任务', en: 'Import' });
const notReady = () =>
  new Problem(409, 'IMPORT_NOT_READY', {
    zh: '导入文件尚未解析完成或已导入',
    en: 'The import is not ready or was already applied',
  });

/**
 * Uploaded files parsed by a job (with progress a page can poll) and applied in one transaction, only when
 * the parse found no error. Callers check who may import before calling.
 */
export function createFileImports<R extends { errors: unknown[] }>(
  platform: Platform,
  options: FileImportOptions<R>,
) {
  // Each caller's table has the FileImportRow columns; kysely cannot name a table chosen at run time.
  const typed = (q: Queryable) => q as unknown as Kysely<Record<string, FileImportRow>>;
  const db = typed(platform.db);
  const { table } = options;

  platform.jobs.register(options.jobKind, async (payload) => {
    const { importId } = payload as { importId: string };
    const row = await db
      .selectFrom(table)
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
          .updateTable(table)
          .set({ progress: Math.min(0.95, fraction * 0.9), updated_at: nowIso() })
          .where('id', '=', importId)
          .where('status', '=', 'parsing')
          .execute(),
      );
    };
    const result = await options.parse(Buffer.from(row.data), setProgress);
    await writes;
    await db
      .updateTable(table)
      .set({ status: 'ready', progress: 1, result: JSON.stringify(result), data: null, updated_at: nowIso() })
      .where('id', '=', importId)
      .execute();
  });

  async function start(
    audit: AuditContext,
    accountId: string | null,
    fileName: string,
    data: Buffer,
  ): Promise<string> {
    const id = newId();
    await inTransaction(platform.db, async (tx) => {
      const now = nowIso();
      await typed(tx)
        .insertInto(table)
        .values({
          id,
          file_name: fileName.slice(0, 200),
          status: 'parsing',
          progress: 0,
          data,
          result: null,
          created_by: accountId,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await platform.jobs.enqueue(tx, { kind: options.jobKind, payload: { importId: id }, maxAttempts: 2 });
      await appendAudit(tx, audit, {
        action: `${options.auditPrefix}_start`,
        recordType: options.recordType,
        recordId: id,
        detail: { fileName, bytes: data.length },
      });
    });
    return id;
  }

  async function load(id: string): Promise<FileImport<R>> {
    const row = await db
      .selectFrom(table)
      .select(['id', 'file_name', 'status', 'progress', 'result'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw importNotFound();
    return {
      id: row.id,
      fileName: row.file_name,
      status: row.status,
      progress: row.progress,
      result: row.result ? (JSON.parse(row.result) as R) : null,
    };
  }

  /**
   * Applies a parsed import in one transaction with `applyParsed`, which returns the result to keep and the
   * audit detail; refused while parsing, after it was applied, or when the file had errors.
   */
  async function apply(
    audit: AuditContext,
    id: string,
    applyParsed: (tx: Tx, parsed: R) => Promise<{ result: R; detail: Record<string, unknown> }>,
  ): Promise<void> {
    const current = await load(id);
    if (current.status !== 'ready' || !current.result) throw notReady();
    const parsed = current.result;
    if (parsed.errors.length > 0)
      throw new Problem(409, 'IMPORT_HAS_ERRORS', {
        zh: `导入文件有 ${parsed.errors.length} 处错误，请修正后重新上传`,
        en: `The file has ${parsed.errors.length} errors; fix them and upload again`,
      });
    await inTransaction(platform.db, async (tx) => {
      const { result, detail } = await applyParsed(tx, parsed);
      const marked = await typed(tx)
        .updateTable(table)
        .set({ status: 'applied', result: JSON.stringify(result), updated_at: nowIso() })
        .where('id', '=', id)
        .where('status', '=', 'ready')
        .executeTakeFirst();
      // A concurrent apply got there first: roll this one back rather than apply twice.
      if (Number(marked.numUpdatedRows) !== 1) throw notReady();
      await appendAudit(tx, audit, {
        action: `${options.auditPrefix}_apply`,
        recordType: options.recordType,
        recordId: id,
        detail,
      });
    });
  }

  return { start, load, apply };
}
