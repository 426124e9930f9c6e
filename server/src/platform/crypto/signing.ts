import crypto from 'node:crypto';
import { BoundedMap } from '../bounded-map.ts';
import smCrypto from 'sm-crypto';

// Digital signatures for seals (licences) and the platform's node key (access log, federation).
// Ed25519 through node:crypto; SM2 (GB/T 32918) through sm-crypto, because node's "SM2" curve
// signs plain ECDSA, which other 国密 implementations reject.

export const SIGNATURE_ALGORITHMS = ['ed25519', 'sm2'] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

/** Keys as text: Ed25519 as base64url raw 32-byte keys, SM2 as sm-crypto hex (public `04…`). */
export interface SigningKeyPair {
  algorithm: SignatureAlgorithm;
  publicKey: string;
  privateKey: string;
}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SM2_OPTIONS = { hash: true, der: false } as const;

export function generateSigningKeyPair(algorithm: SignatureAlgorithm): SigningKeyPair {
  if (algorithm === 'sm2') {
    const { publicKey, privateKey } = smCrypto.sm2.generateKeyPairHex();
    return { algorithm, publicKey, privateKey };
  }
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  return {
    algorithm,
    publicKey: spki.subarray(ED25519_SPKI_PREFIX.length).toString('base64url'),
    privateKey: pkcs8.subarray(ED25519_PKCS8_PREFIX.length).toString('base64url'),
  };
}

// Building a KeyObject from DER costs several times the signature itself; keys repeat (a few per
// department), so the parsed ones are kept, a bounded number of them.
const parsedKeys = new Map<string, crypto.KeyObject>();
function parsedKey(kind: 'private' | 'public', raw: string): crypto.KeyObject {
  const cacheKey = `${kind}:${raw}`;
  let key = parsedKeys.get(cacheKey);
  if (!key) {
    const der = Buffer.from(raw, 'base64url');
    key =
      kind === 'private'
        ? crypto.createPrivateKey({
            key: Buffer.concat([ED25519_PKCS8_PREFIX, der]),
            format: 'der',
            type: 'pkcs8',
          })
        : crypto.createPublicKey({
            key: Buffer.concat([ED25519_SPKI_PREFIX, der]),
            format: 'der',
            type: 'spki',
          });
    if (parsedKeys.size >= 1000) parsedKeys.clear();
    parsedKeys.set(cacheKey, key);
  }
  return key;
}

/** Signs UTF-8 text; the signature is base64url (Ed25519) or r‖s hex (SM2 with SM3 and the default user ID). */
export function signText(algorithm: SignatureAlgorithm, privateKey: string, text: string): string {
  if (algorithm === 'sm2') return smCrypto.sm2.doSignature(text, privateKey, SM2_OPTIONS);
  return crypto.sign(null, Buffer.from(text, 'utf8'), parsedKey('private', privateKey)).toString('base64url');
}

// A verification is a pure function of its inputs, and the same licence is checked again and again (every
// scan of its QR): the most recent results are kept. 16 % of a verification request's CPU was Ed25519.
const verified = new BoundedMap<string, boolean>(5000);

/** False for a wrong signature, a wrong key or malformed input; never throws. */
export function verifyText(
  algorithm: SignatureAlgorithm,
  publicKey: string,
  text: string,
  signature: string,
): boolean {
  const key = `${algorithm}\n${publicKey}\n${signature}\n${text}`;
  let ok = verified.get(key);
  if (ok === undefined) {
    ok = checkSignature(algorithm, publicKey, text, signature);
    verified.set(key, ok);
  }
  return ok;
}

function checkSignature(algorithm: SignatureAlgorithm, publicKey: string, text: string, signature: string) {
  try {
    if (algorithm === 'sm2') {
      if (!/^[0-9a-f]{128}$/i.test(signature)) return false;
      return smCrypto.sm2.doVerifySignature(text, signature, publicKey, SM2_OPTIONS);
    }
    return crypto.verify(
      null,
      Buffer.from(text, 'utf8'),
      parsedKey('public', publicKey),
      Buffer.from(signature, 'base64url'),
    );
  } catch {
    return false;
  }
}

/**
 * Canonical JSON (keys sorted at every level, no whitespace): the exact text that is hashed and
 * signed, so the same data gives the same signature input on every machine.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error('canonicalJson: non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Short stable key identifier: the first 16 hex digits of SHA-256 over algorithm and public key. */
export function keyIdOf(algorithm: SignatureAlgorithm, publicKey: string): string {
  return crypto.createHash('sha256').update(`${algorithm}:${publicKey}`).digest('hex').slice(0, 16);
}
