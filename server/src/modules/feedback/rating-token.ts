import crypto from 'node:crypto';
import type { Channel, Stage } from './levels.ts';

// A rating link (SMS, the hall's device) carries a signed, expiring token naming the case, the stage and
// the applicant, so the applicant can rate without logging in and the rating is still real-name.

export interface RatingClaims {
  caseId: string;
  stage: Stage;
  /** The applicant the link was made for. */
  personId: string;
  channel: Extract<Channel, 'sms' | 'window_device'>;
  /** Expiry, ms since the epoch. */
  exp: number;
}

/** Keyed MAC over text (the field cipher's lookup hash in the service). */
export type Mac = (text: string) => string;

const DOMAIN = 'tongban.feedback.rating-link.v1:';

export function signRatingToken(mac: Mac, claims: RatingClaims): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${mac(DOMAIN + body).slice(0, 32)}`;
}

/** The claims, or why the token is refused. */
export function verifyRatingToken(
  mac: Mac,
  token: string,
  now: Date,
): { ok: true; claims: RatingClaims } | { ok: false; reason: 'invalid' | 'expired' } {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return { ok: false, reason: 'invalid' };
  // 128 bits of the MAC keep SMS links short and are still far beyond guessing.
  const expected = Buffer.from(mac(DOMAIN + body).slice(0, 32));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given))
    return { ok: false, reason: 'invalid' };
  let claims: RatingClaims;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as RatingClaims;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (typeof claims.exp !== 'number' || claims.exp <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}
