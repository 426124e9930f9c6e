// The access log's hash chain: each entry's hash covers the previous hash and the entry's canonical form;
// the node key signs the hash. Pure: storage and key lookup are the caller's.
import crypto from 'node:crypto';

export const GENESIS = '0'.repeat(64);

export interface ChainEntry {
  id: string;
  at: string;
  resourceCode: string;
  providerDepartmentId: string | null;
  consumerDepartmentId: string | null;
  consumerLabel: string | null;
  subjectHash: string;
  fields: string[];
  purpose: string;
  caseId: string | null;
  taskId: string | null;
  actorAccountId: string | null;
  found: boolean;
}

/** The exact text an entry's hash covers: every field, in a fixed order, after the previous hash. */
export function canonicalEntry(prevHash: string, e: ChainEntry): string {
  return JSON.stringify([
    prevHash,
    e.id,
    e.at,
    e.resourceCode,
    e.providerDepartmentId,
    e.consumerDepartmentId,
    e.consumerLabel,
    e.subjectHash,
    e.fields,
    e.purpose,
    e.caseId,
    e.taskId,
    e.actorAccountId,
    e.found,
  ]);
}

export function entryHash(prevHash: string, e: ChainEntry): string {
  return crypto.createHash('sha256').update(canonicalEntry(prevHash, e)).digest('hex');
}

export interface StoredEntry extends ChainEntry {
  seq: number;
  prevHash: string;
  hash: string;
  keyId: string;
  signature: string;
}

export type EntryVerdict = 'ok' | 'broken_link' | 'hash_mismatch' | 'bad_signature';

/** Checks one entry after `prev` (the previous entry's hash); the signature check is given by the caller. */
export async function checkEntry(
  prev: string,
  e: StoredEntry,
  signatureHolds: (keyId: string, text: string, signature: string) => Promise<boolean>,
): Promise<EntryVerdict> {
  if (e.prevHash !== prev) return 'broken_link';
  if (entryHash(prev, e) !== e.hash) return 'hash_mismatch';
  if (!(await signatureHolds(e.keyId, e.hash, e.signature))) return 'bad_signature';
  return 'ok';
}
