import type { Queryable } from '../db/database.ts';
import type { FieldCipher } from './field-cipher.ts';
import { generateSigningKeyPair, keyIdOf, signText, verifyText, type SignatureAlgorithm } from './signing.ts';

export interface PublishedKey {
  keyId: string;
  algorithm: SignatureAlgorithm;
  publicKey: string;
  status: 'active' | 'retired';
  createdAt: string;
  retiredAt: string | null;
}

export interface NodeKeys {
  /** Signs with the active node key (created on first use, the same on every instance). */
  sign(q: Queryable, text: string): Promise<{ keyId: string; signature: string }>;
  /** Verifies against the active or a retired key. */
  verify(q: Queryable, keyId: string, text: string, signature: string): Promise<boolean>;
  /** Every public key, for the well-known endpoint and offline checks. */
  published(q: Queryable): Promise<PublishedKey[]>;
  /** Retires the active key and makes a new one; old signatures stay verifiable. */
  rotate(q: Queryable, at: Date): Promise<PublishedKey>;
}

/** The platform node's own signing key, stored with its private half encrypted under the master key. */
export function createNodeKeys(cipher: FieldCipher, algorithm: SignatureAlgorithm): NodeKeys {
  async function active(q: Queryable) {
    const existing = await q
      .selectFrom('node_keys')
      .selectAll()
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (existing) return existing;
    const pair = generateSigningKeyPair(algorithm);
    // Another instance may win the race to create it (one active key is a unique index).
    await q
      .insertInto('node_keys')
      .values({
        id: keyIdOf(pair.algorithm, pair.publicKey),
        algorithm: pair.algorithm,
        public_key: pair.publicKey,
        private_key_cipher: cipher.encrypt(pair.privateKey),
        status: 'active',
        created_at: new Date().toISOString(),
        retired_at: null,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    return q.selectFrom('node_keys').selectAll().where('status', '=', 'active').executeTakeFirstOrThrow();
  }

  const present = (row: Awaited<ReturnType<typeof active>>): PublishedKey => ({
    keyId: row.id,
    algorithm: row.algorithm,
    publicKey: row.public_key,
    status: row.status,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
  });

  return {
    async sign(q, text) {
      const key = await active(q);
      return {
        keyId: key.id,
        signature: signText(key.algorithm, cipher.decrypt(key.private_key_cipher), text),
      };
    },
    async verify(q, keyId, text, signature) {
      const key = await q.selectFrom('node_keys').selectAll().where('id', '=', keyId).executeTakeFirst();
      return key ? verifyText(key.algorithm, key.public_key, text, signature) : false;
    },
    async published(q) {
      await active(q);
      const rows = await q.selectFrom('node_keys').selectAll().orderBy('created_at').execute();
      return rows.map(present);
    },
    async rotate(q, at) {
      await q
        .updateTable('node_keys')
        .set({ status: 'retired', retired_at: at.toISOString() })
        .where('status', '=', 'active')
        .execute();
      return present(await active(q));
    },
  };
}
