import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkEntry, entryHash, GENESIS, type ChainEntry, type StoredEntry } from './access-chain.ts';

const entry = (id: string): ChainEntry => ({
  id,
  at: '2026-03-02T01:00:00.000Z',
  resourceCode: 'household_registration',
  providerDepartmentId: 'p',
  consumerDepartmentId: 'c',
  consumerLabel: null,
  subjectHash: 'ab'.repeat(32),
  fields: ['name'],
  purpose: '办理出生登记',
  caseId: 'case-1',
  taskId: null,
  actorAccountId: 'acc',
  found: true,
});

// A toy signature: "sig:" + hash; the real one is the node key's.
const sign = (hash: string) => `sig:${hash}`;
const holds = async (_k: string, text: string, sig: string) => sig === sign(text);

function chain(n: number): StoredEntry[] {
  let prev = GENESIS;
  return Array.from({ length: n }, (_, i) => {
    const e = entry(`e${i}`);
    const hash = entryHash(prev, e);
    const stored = { ...e, seq: i + 1, prevHash: prev, hash, keyId: 'k', signature: sign(hash) };
    prev = hash;
    return stored;
  });
}

test('an untouched chain holds entry by entry', async () => {
  let prev = GENESIS;
  for (const e of chain(3)) {
    assert.equal(await checkEntry(prev, e, holds), 'ok');
    prev = e.hash;
  }
});

test('a changed field, a removed entry and a forged signature are each detected', async () => {
  const [a, b, c] = chain(3) as [StoredEntry, StoredEntry, StoredEntry];
  assert.equal(await checkEntry(a.hash, { ...b, purpose: '别的用途' }, holds), 'hash_mismatch');
  assert.equal(await checkEntry(a.hash, c, holds), 'broken_link');
  assert.equal(await checkEntry(a.hash, { ...b, signature: 'sig:x' }, holds), 'bad_signature');
  assert.equal(await checkEntry(GENESIS, { ...a, fields: ['name', 'address'] }, holds), 'hash_mismatch');
});
