import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface MasterKeySource {
  masterKey: string | null;
  masterKeyFile: string | null;
  dataDir: string;
}

export interface LoadedMasterKey {
  key: Buffer;
  /** Where it came from, for the start-up log (never the key itself). */
  origin: 'environment' | 'file' | 'generated';
  file: string | null;
}

function decodeKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error(`${where} must hold 32 bytes as 64 hex digits or base64`);
  return key;
}

/**
 * The master key protects personal data at rest. It comes from TONGBAN_MASTER_KEY, from
 * TONGBAN_MASTER_KEY_FILE, or is generated once into the data directory (fine for a single
 * machine; several instances must all be given the same key).
 */
export function loadMasterKey(source: MasterKeySource): LoadedMasterKey {
  if (source.masterKey)
    return { key: decodeKey(source.masterKey, 'TONGBAN_MASTER_KEY'), origin: 'environment', file: null };
  if (source.masterKeyFile) {
    return {
      key: decodeKey(fs.readFileSync(source.masterKeyFile, 'utf8'), source.masterKeyFile),
      origin: 'file',
      file: source.masterKeyFile,
    };
  }
  const file = path.join(source.dataDir, 'keys', 'master.key');
  if (fs.existsSync(file))
    return { key: decodeKey(fs.readFileSync(file, 'utf8'), file), origin: 'file', file };
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = crypto.randomBytes(32);
  // 'wx' refuses to overwrite a key another process wrote a moment ago.
  try {
    fs.writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadMasterKey(source);
    throw error;
  }
  return { key, origin: 'generated', file };
}
