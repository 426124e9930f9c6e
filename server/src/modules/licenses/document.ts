import crypto from 'node:crypto';
import { canonicalJson, verifyText, type SignatureAlgorithm } from '../../platform/crypto/signing.ts';
import { maskIdNumber } from '../identity/id-number.ts';
import type { HolderKind } from './tables.ts';

// The signed form of a licence and the rules that check it: pure, shared by the server, the export file
// and the offline `tongban license verify` command.

/** Everything the seal signs: the licence's metadata and its face data (照面信息). */
export interface LicenceDocument {
  identifier: string;
  /** The catalogue's licence type slug, e.g. business_licence. */
  type: string;
  typeCode: string;
  /** 证照名称, e.g. 营业执照. */
  name: string;
  serial: string;
  version: number;
  issuer: { name: string; code: string };
  /** code = resident ID number or unified social credit code. */
  holder: { kind: HolderKind; name: string; code: string };
  /** ISO instant. */
  issuedAt: string;
  /** YYYY-MM-DD (Beijing). */
  validFrom: string;
  /** YYYY-MM-DD, null = long-term. */
  validUntil: string | null;
  trustLevel: 'A';
  face: Record<string, string>;
}

/** The exact text the seal signs. */
export function signedTextOf(doc: LicenceDocument): string {
  return canonicalJson(doc);
}

/** The short code printed in the QR payload: binds the code to the signed content (first 72 bits of SHA-256). */
export function contentCode(doc: LicenceDocument): string {
  return crypto.createHash('sha256').update(signedTextOf(doc)).digest('base64url').slice(0, 12);
}

/** What the QR code on the PDF and in the wallet encodes: the public verification page. */
export function verificationUrl(publicUrl: string, doc: LicenceDocument): string {
  return `${publicUrl}/verify?id=${encodeURIComponent(doc.identifier)}&c=${contentCode(doc)}`;
}

/** Reads a QR payload (the verification URL) or a bare identifier (optionally `identifier#code`). */
export function parseVerificationInput(input: string): { identifier: string; code: string | null } {
  const text = input.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      return { identifier: url.searchParams.get('id')?.trim() ?? '', code: url.searchParams.get('c') };
    } catch {
      return { identifier: '', code: null };
    }
  }
  const [identifier, code] = text.split('#');
  return { identifier: identifier!.trim(), code: code?.trim() || null };
}

export type VerificationStatus =
  | 'valid'
  | 'expired'
  | 'revoked'
  | 'suspended'
  | 'superseded'
  | 'tampered'
  | 'unknown'
  /** A 亮证 QR code past its few minutes (the licence itself may well be valid). */
  | 'presentation_expired';

export interface SealKey {
  keyId: string;
  algorithm: SignatureAlgorithm;
  publicKey: string;
  /** The department's credit code: a key only vouches for its own department's licences. */
  departmentCode: string;
}

/**
 * Whether the seal signature holds: made by a key of the issuing department over exactly this text. A
 * retired key still verifies what it signed (the issue date is signed data, so a window check on it would
 * add nothing against a leaked key; revocation does that).
 */
export function signatureHolds(doc: LicenceDocument, signature: string, key: SealKey | null): boolean {
  if (!key || key.departmentCode !== doc.issuer.code) return false;
  return verifyText(key.algorithm, key.publicKey, signedTextOf(doc), signature);
}

export interface VerifyInput {
  doc: LicenceDocument;
  signature: string;
  key: SealKey | null;
  /** The code from the QR payload, when the caller presented one. */
  presentedCode: string | null;
  /** The registry's status, when known (null offline). */
  recordStatus: 'valid' | 'suspended' | 'revoked' | 'expired' | 'superseded' | null;
  /** YYYY-MM-DD in Beijing. */
  today: string;
}

/** The verdict: a broken signature or a code that does not match the content outranks every status. */
export function verdict(input: VerifyInput): Exclude<VerificationStatus, 'unknown' | 'presentation_expired'> {
  if (!signatureHolds(input.doc, input.signature, input.key)) return 'tampered';
  if (input.presentedCode !== null && input.presentedCode !== contentCode(input.doc)) return 'tampered';
  if (input.recordStatus === 'revoked') return 'revoked';
  if (input.recordStatus === 'suspended') return 'suspended';
  if (input.recordStatus === 'superseded') return 'superseded';
  if (input.recordStatus === 'expired') return 'expired';
  if (input.doc.validUntil !== null && input.doc.validUntil < input.today) return 'expired';
  return 'valid';
}

/** 张三 → 张*, 欧阳娜娜 → 欧***; organisations' names are public and stay whole. */
export function maskHolderName(kind: HolderKind, name: string): string {
  if (kind === 'organisation') return name;
  const chars = Array.from(name);
  return chars.length <= 1 ? name : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** ID numbers keep their region and check digits (330106********0111); credit codes are public. */
export function maskHolderCode(kind: HolderKind, code: string): string {
  return kind === 'person' ? maskIdNumber(code) : code;
}

/** The file a holder downloads: the signed document, its signature and the key that made it. */
export interface LicenceExport {
  format: 'tongban-licence/1';
  licence: LicenceDocument;
  signature: string;
  keyId: string;
  algorithm: SignatureAlgorithm;
  code: string;
  verifyUrl: string;
}

/** A published key as in `/.well-known/tongban/seal-keys.json`. */
export interface PublishedSealKey {
  keyId: string;
  departmentId: string;
  departmentName: string;
  departmentCode: string;
  algorithm: SignatureAlgorithm;
  publicKey: string;
  status: 'active' | 'retired';
  validFrom: string;
  validUntil: string | null;
}

export function sealKeyOf(published: PublishedSealKey): SealKey {
  return {
    keyId: published.keyId,
    algorithm: published.algorithm,
    publicKey: published.publicKey,
    departmentCode: published.departmentCode,
  };
}

export interface OfflineReport {
  status: 'valid' | 'expired' | 'tampered' | 'unknown_key' | 'malformed';
  identifier: string | null;
  issuer: string | null;
  keyId: string | null;
}

/**
 * Checks an exported licence file against published keys, without the registry: the signature, the key's
 * department and validity window, and the expiry date. Revocation needs the online check.
 */
export function verifyExportOffline(file: unknown, keys: PublishedSealKey[], today: string): OfflineReport {
  const f = file as Partial<LicenceExport> | null;
  const doc = f?.licence;
  if (
    !f ||
    f.format !== 'tongban-licence/1' ||
    !doc ||
    typeof doc !== 'object' ||
    typeof f.signature !== 'string' ||
    typeof f.keyId !== 'string' ||
    typeof doc.issuer?.code !== 'string'
  )
    return { status: 'malformed', identifier: null, issuer: null, keyId: null };
  const base = { identifier: String(doc.identifier), issuer: String(doc.issuer.name), keyId: f.keyId };
  const published = keys.find((k) => k.keyId === f.keyId);
  if (!published) return { status: 'unknown_key', ...base };
  const status = verdict({
    doc,
    signature: f.signature,
    key: sealKeyOf(published),
    presentedCode: typeof f.code === 'string' ? f.code : null,
    recordStatus: null,
    today,
  });
  return { status: status === 'tampered' ? 'tampered' : status === 'expired' ? 'expired' : 'valid', ...base };
}
