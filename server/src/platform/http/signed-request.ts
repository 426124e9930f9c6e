/**
 * Signed HTTP requests between Tongban and departments' own systems (protocol v1, described in full in
 * modules/workflow/department-link.ts and docs/department-systems.md): four headers carry the system code,
 * a timestamp, a nonce and `v1=` + HMAC-SHA256(secret, "timestamp.nonce.body"). Shared by the workflow
 * link (push / callback) and the exchange module's HTTP connector.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

export const LINK_HEADERS = {
  system: 'x-tongban-system',
  timestamp: 'x-tongban-timestamp',
  nonce: 'x-tongban-nonce',
  signature: 'x-tongban-signature',
} as const;

/** How far a message's timestamp may be from the receiver's clock. */
export const LINK_TOLERANCE_MS = 5 * 60 * 1000;

/** How long a receiver must remember accepted nonces to refuse replays (covers the window both ways). */
export const LINK_NONCE_RETENTION_MS = 2 * LINK_TOLERANCE_MS;

const NONCE_PATTERN = /^[A-Za-z0-9-]{8,128}$/;
const TIMESTAMP_PATTERN = /^\d{1,15}$/;
const SIGNATURE_PATTERN = /^v1=[0-9a-f]{64}$/;

/** `v1=<hex HMAC-SHA256(secret, "timestamp.nonce.body")>`. */
export function signLinkMessage(secret: string, timestamp: string, nonce: string, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${nonce}.${body}`, 'utf8').digest('hex')}`;
}

/** The headers of a signed request (content type included), timestamped `now`. */
export function signedHeaders(
  systemCode: string,
  secret: string,
  body: string,
  now: Date = new Date(),
): Record<string, string> {
  const timestamp = String(now.getTime());
  const nonce = randomUUID();
  return {
    'content-type': 'application/json',
    [LINK_HEADERS.system]: systemCode,
    [LINK_HEADERS.timestamp]: timestamp,
    [LINK_HEADERS.nonce]: nonce,
    [LINK_HEADERS.signature]: signLinkMessage(secret, timestamp, nonce, body),
  };
}

export type LinkVerdict =
  | { ok: true }
  | { ok: false; reason: 'missing_header' | 'bad_signature' | 'stale_timestamp' | 'wrong_system' };

/**
 * Checks a signed request: headers present and well-formed (`missing_header` covers both), system
 * header equal to `systemCode`, timestamp within the tolerance, then the signature over `rawBody`.
 * Replay (a nonce seen before) is the caller's check: it needs storage.
 */
export function verifyLinkMessage(args: {
  systemCode: string;
  secret: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
  now?: Date;
  toleranceMs?: number;
}): LinkVerdict {
  const system = headerValue(args.headers, LINK_HEADERS.system);
  const timestamp = headerValue(args.headers, LINK_HEADERS.timestamp);
  const nonce = headerValue(args.headers, LINK_HEADERS.nonce);
  const signature = headerValue(args.headers, LINK_HEADERS.signature);
  if (!system || !timestamp || !nonce || !signature) return { ok: false, reason: 'missing_header' };
  // The signed string is "timestamp.nonce.body": a dot in either would let bytes move between fields.
  if (!TIMESTAMP_PATTERN.test(timestamp) || !NONCE_PATTERN.test(nonce))
    return { ok: false, reason: 'missing_header' };
  if (system !== args.systemCode) return { ok: false, reason: 'wrong_system' };
  const now = (args.now ?? new Date()).getTime();
  if (Math.abs(now - Number(timestamp)) > (args.toleranceMs ?? LINK_TOLERANCE_MS))
    return { ok: false, reason: 'stale_timestamp' };
  if (!SIGNATURE_PATTERN.test(signature)) return { ok: false, reason: 'bad_signature' };
  const expected = Buffer.from(signLinkMessage(args.secret, timestamp, nonce, args.rawBody), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  // Both are "v1=" + 64 hex characters here, so the lengths match and the comparison is constant-time.
  if (!timingSafeEqual(expected, given)) return { ok: false, reason: 'bad_signature' };
  return { ok: true };
}

/** One header value, looked up case-insensitively; a header sent more than once counts as missing. */
function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    const single = Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
    return single ? single.trim() : null;
  }
  return null;
}

/** The body as text, or null when it exceeds `cap` bytes (the rest is not read). */
export async function readCapped(response: Response, cap: number): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** undici reports "fetch failed" and puts the useful part (ECONNREFUSED, ENOTFOUND, …) in the cause. */
export function networkCause(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === 'string') return cause.code;
  if (cause && typeof cause.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}
