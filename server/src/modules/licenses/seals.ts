import { BoundedMap } from '../../platform/bounded-map.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { Platform } from '../../platform/context.ts';
import {
  generateSigningKeyPair,
  keyIdOf,
  signText,
  type SignatureAlgorithm,
} from '../../platform/crypto/signing.ts';
import type { IdentityService } from '../identity/service.ts';
import type { PublishedSealKey, SealKey } from './document.ts';

/**
 * Each issuing department's seal keys (电子印章密钥): Ed25519, or SM2 where the department is set to 国密.
 * Private halves are encrypted under the master key; retired keys stay published so what they signed
 * still verifies.
 */
export function createSealKeys(platform: Platform, identity: IdentityService) {
  const { cipher, config } = platform;

  async function algorithmFor(q: Queryable, departmentId: string): Promise<SignatureAlgorithm> {
    const row = await q
      .selectFrom('seal_settings')
      .select('algorithm')
      .where('department_id', '=', departmentId)
      .executeTakeFirst();
    return row?.algorithm ?? config.signatureAlgorithm;
  }

  async function findActive(q: Queryable, departmentId: string) {
    return q
      .selectFrom('seal_keys')
      .selectAll()
      .where('department_id', '=', departmentId)
      .where('status', '=', 'active')
      .executeTakeFirst();
  }

  /** The department's active key, created on first use (one active key per department is a unique index). */
  async function active(q: Queryable, departmentId: string, at: Date) {
    const existing = await findActive(q, departmentId);
    if (existing) return existing;
    const pair = generateSigningKeyPair(await algorithmFor(q, departmentId));
    await q
      .insertInto('seal_keys')
      .values({
        id: keyIdOf(pair.algorithm, pair.publicKey),
        department_id: departmentId,
        algorithm: pair.algorithm,
        public_key: pair.publicKey,
        private_key_cipher: cipher.encrypt(pair.privateKey),
        status: 'active',
        created_at: at.toISOString(),
        retired_at: null,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    return (await findActive(q, departmentId))!;
  }

  async function sign(q: Queryable, departmentId: string, text: string, at: Date) {
    const key = await active(q, departmentId, at);
    return {
      keyId: key.id,
      algorithm: key.algorithm,
      signature: signText(key.algorithm, cipher.decrypt(key.private_key_cipher), text),
    };
  }

  async function publish(q: Queryable, rows: Array<Awaited<ReturnType<typeof findActive>> & object>) {
    const departments = await identity.departmentsById([...new Set(rows.map((r) => r.department_id))], q);
    return rows.map((r): PublishedSealKey => ({
      keyId: r.id,
      departmentId: r.department_id,
      departmentName: departments.get(r.department_id)?.name ?? '',
      departmentCode: departments.get(r.department_id)?.uscc ?? '',
      algorithm: r.algorithm,
      publicKey: r.public_key,
      status: r.status,
      validFrom: r.created_at,
      validUntil: r.retired_at,
    }));
  }

  // What `key` answers never changes once the key exists (rotation only retires it; departments are never
  // edited), so every instance may keep it: two of the three reads of a verification (docs/benchmarks.md).
  const keys = new BoundedMap<string, SealKey>(1000);

  /** A key by id with its department's credit code, for verification. */
  async function key(q: Queryable, keyId: string): Promise<SealKey | null> {
    const known = keys.get(keyId);
    if (known) return known;
    const row = await q.selectFrom('seal_keys').selectAll().where('id', '=', keyId).executeTakeFirst();
    if (!row) return null;
    const [published] = await publish(q, [row]);
    const found: SealKey = {
      keyId: row.id,
      algorithm: row.algorithm,
      publicKey: row.public_key,
      departmentCode: published!.departmentCode,
    };
    // A key read inside a transaction that later rolls back must not be remembered.
    if (q === platform.db) keys.set(keyId, found);
    return found;
  }

  /** Every seal key ever used, newest first per department: the well-known list. */
  async function published(q: Queryable, departmentId?: string): Promise<PublishedSealKey[]> {
    const rows = await q
      .selectFrom('seal_keys')
      .selectAll()
      .$if(departmentId !== undefined, (b) => b.where('department_id', '=', departmentId!))
      .orderBy('department_id')
      .orderBy('created_at', 'desc')
      .execute();
    return publish(q, rows);
  }

  /** Retires the active key and makes a new one with the department's algorithm. */
  async function rotate(q: Queryable, departmentId: string, at: Date) {
    await q
      .updateTable('seal_keys')
      .set({ status: 'retired', retired_at: at.toISOString() })
      .where('department_id', '=', departmentId)
      .where('status', '=', 'active')
      .execute();
    return active(q, departmentId, at);
  }

  /** Sets the department's algorithm; a key of the other algorithm is rotated out at once. */
  async function setAlgorithm(q: Queryable, departmentId: string, algorithm: SignatureAlgorithm, at: Date) {
    await q
      .insertInto('seal_settings')
      .values({ department_id: departmentId, algorithm, updated_at: at.toISOString() })
      .onConflict((oc) => oc.column('department_id').doUpdateSet({ algorithm, updated_at: at.toISOString() }))
      .execute();
    const current = await findActive(q, departmentId);
    if (current && current.algorithm !== algorithm) await rotate(q, departmentId, at);
  }

  /** Departments with their seal algorithm and active key (for the admin page). */
  async function departmentSeals(q: Queryable) {
    const departments = await identity.allDepartments(q);
    const settings = new Map(
      (await q.selectFrom('seal_settings').selectAll().execute()).map((s) => [s.department_id, s.algorithm]),
    );
    const activeKeys = new Map(
      (await q.selectFrom('seal_keys').selectAll().where('status', '=', 'active').execute()).map((k) => [
        k.department_id,
        k,
      ]),
    );
    return departments.map((d) => ({
      departmentId: d.id,
      departmentName: d.name,
      departmentCode: d.uscc,
      algorithm: settings.get(d.id) ?? config.signatureAlgorithm,
      configured: settings.has(d.id),
      activeKeyId: activeKeys.get(d.id)?.id ?? null,
      activeSince: activeKeys.get(d.id)?.created_at ?? null,
    }));
  }

  return { algorithmFor, active, sign, key, published, rotate, setAlgorithm, departmentSeals };
}

export type SealKeys = ReturnType<typeof createSealKeys>;
