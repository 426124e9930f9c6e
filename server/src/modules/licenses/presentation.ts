import crypto from 'node:crypto';

// 亮证: a short-lived QR code the holder shows at a counter. The token names the licence, the content code
// of what was signed and an expiry, and carries a MAC keyed from the master key (the field cipher's lookup
// key), so every instance checks it without any stored state. Only Tongban itself checks presentations,
// which is why a MAC (32 hex characters) does and keeps the QR small enough to scan from a phone screen,
// where a public-key signature would add 86+ characters for a property nobody uses.

export interface PresentationClaims {
  /** The licence's row id. */
  licenceId: string;
  /** The content code of the signed licence (as in the permanent link). */
  code: string;
  /** Expiry, ms since the epoch. */
  expiresAt: number;
}

/** Keyed MAC over text, hex (the field cipher's lookup hash in the service). */
export type Mac = (text: string) => string;

const DOMAIN = 'tongban.licenses.presentation.v1:';
const TOKEN = /^[A-Za-z0-9_-]{8,400}\.[0-9a-f]{32}$/;

export function signPresentation(mac: Mac, claims: PresentationClaims): string {
  const body = Buffer.from(
    JSON.stringify({ l: claims.licenceId, c: claims.code, e: Math.floor(claims.expiresAt / 1000) }),
  ).toString('base64url');
  return `${body}.${mac(DOMAIN + body).slice(0, 32)}`;
}

export const looksLikePresentation = (text: string) => TOKEN.test(text);

/** The claims, or why the token is refused: a forged or garbled token is `invalid`, an old one `expired`. */
export function verifyPresentation(
  mac: Mac,
  token: string,
  now: Date,
):
  | { ok: true; claims: PresentationClaims }
  | { ok: false; reason: 'invalid' | 'expired'; expiresAt?: number } {
  if (!looksLikePresentation(token)) return { ok: false, reason: 'invalid' };
  const [body, signature] = token.split('.') as [string, string];
  const expected = Buffer.from(mac(DOMAIN + body).slice(0, 32));
  if (!crypto.timingSafeEqual(expected, Buffer.from(signature))) return { ok: false, reason: 'invalid' };
  let raw: { l?: unknown; c?: unknown; e?: unknown };
  try {
    raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as typeof raw;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (typeof raw.l !== 'string' || typeof raw.c !== 'string' || typeof raw.e !== 'number')
    return { ok: false, reason: 'invalid' };
  const claims = { licenceId: raw.l, code: raw.c, expiresAt: raw.e * 1000 };
  if (claims.expiresAt <= now.getTime()) return { ok: false, reason: 'expired', expiresAt: claims.expiresAt };
  return { ok: true, claims };
}

/** The link in the QR: the public verification page with the token. */
export function presentationUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/verify?p=${token}`;
}

/** The token in a scanned presentation link (`…/verify?p=…`) or typed on its own; null for anything else. */
export function presentationTokenOf(input: string): string | null {
  const text = input.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      return new URL(text).searchParams.get('p');
    } catch {
      return null;
    }
  }
  return looksLikePresentation(text) ? text : null;
}
