import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { appendAudit, type AuditContext } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { inTransaction, type Db, type Queryable } from '../db/database.ts';
import { Problem, problems } from '../errors.ts';
import { nowIso } from '../ids.ts';
import { detectMediaType } from './media-type.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface StoredFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
}

/**
 * Content-addressed files: the id is the SHA-256 of the bytes, stored under the data directory
 * (several instances must share that directory). The bytes are written and synced before the
 * row that names them commits, so an acknowledged upload survives a crash.
 */
export function createFileStore(db: Db, dataDir: string) {
  const root = path.join(dataDir, 'files');
  const pathOf = (id: string) => path.join(root, id.slice(0, 2), id);

  function writeBlob(id: string, data: Buffer): void {
    const target = pathOf(id);
    if (fs.existsSync(target)) return;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  }

  async function save(
    actor: Actor,
    audit: AuditContext,
    input: { name: string; data: Buffer; visibility: 'public' | 'private' },
  ): Promise<StoredFile> {
    if (input.data.length === 0)
      throw problems.validation([{ field: '(file)', message: { zh: '文件为空', en: 'The file is empty' } }]);
    if (input.data.length > MAX_FILE_BYTES) {
      throw new Problem(413, 'FILE_TOO_LARGE', { zh: '文件不能超过20MB', en: 'Files may be at most 20 MB' });
    }
    const mediaType = detectMediaType(input.data, input.name);
    if (!mediaType) {
      throw new Problem(415, 'FILE_TYPE_NOT_ACCEPTED', {
        zh: '只接受 PDF、PNG、JPEG、Word 或 Excel 文件',
        en: 'Only PDF, PNG, JPEG, Word or Excel files are accepted',
      });
    }
    const id = crypto.createHash('sha256').update(input.data).digest('hex');
    writeBlob(id, input.data);
    const name = input.name.replace(/[\\/\r\n]/g, '_').slice(0, 200) || 'file';
    await inTransaction(db, async (tx) => {
      const existing = await tx
        .selectFrom('files')
        .select(['visibility'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!existing) {
        await tx
          .insertInto('files')
          .values({
            id,
            name,
            media_type: mediaType,
            size: input.data.length,
            visibility: input.visibility,
            created_by: actor.accountId,
            created_at: nowIso(),
          })
          .execute();
      } else if (existing.visibility === 'private' && input.visibility === 'public') {
        await tx.updateTable('files').set({ visibility: 'public' }).where('id', '=', id).execute();
      }
      await appendAudit(tx, audit, {
        action: 'file.upload',
        recordType: 'file',
        recordId: id,
        detail: { bytes: input.data.length, visibility: input.visibility },
      });
    });
    return { id, name, mediaType, size: input.data.length };
  }

  async function find(id: string, q: Queryable = db) {
    if (!/^[0-9a-f]{64}$/.test(id)) return undefined;
    return q.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
  }

  function read(id: string): Buffer {
    return fs.readFileSync(pathOf(id));
  }

  return { save, find, read };
}

export type FileStore = ReturnType<typeof createFileStore>;
