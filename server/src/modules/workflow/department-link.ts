/**
 * Link to a department's own system (部门自建系统对接), protocol v1.
 *
 * A step of a 并联审批 case may be handled by a department's own system instead of Tongban's workbench.
 * Tongban pushes the case to the system, and the system later calls Tongban back with its decision.
 * Each system has a code (e.g. `scjg-license`) and a shared secret: at least 32 random bytes written as
 * hex (64 characters). Tongban keeps the secret encrypted at rest.
 *
 * Signing (both directions)
 *   Four headers go with every request:
 *     x-tongban-system:    the system's code
 *     x-tongban-timestamp: milliseconds since the Unix epoch, decimal digits only
 *     x-tongban-nonce:     a fresh UUID (letters, digits and `-`, 8–128 characters)
 *     x-tongban-signature: `v1=` + lowercase hex of HMAC-SHA256(key, `${timestamp}.${nonce}.${body}`)
 *   The HMAC key is the secret's text as written (its 64 ASCII hex characters), not the decoded bytes.
 *   `body` is the exact raw request body (UTF-8) as sent; a receiver must verify the bytes it received
 *   before parsing them, never a re-serialised object.
 *   A receiver refuses a request when a header is missing or malformed, when the system header is not
 *   the expected code, when the timestamp is more than 5 minutes away from its clock (either way), or
 *   when the signature differs (compared in constant time). A receiver should also refuse a nonce it
 *   has already accepted from the same system within the last 10 minutes (replay).
 *
 * Push (Tongban → department)
 *   POST <endpointUrl>, content-type: application/json, body:
 *     { "taskId", "caseNumber", "itemCode", "itemName", "stepName",
 *       "applicant": { "kind", "name" }, "form": { … },
 *       "materials": [ { "key", "name", "source", "fileIds": [] } ],
 *       "callbackUrl", "sentAt" (ISO 8601) }
 *   Success: any 2xx whose body is JSON `{ "received": true, "reference"?: string (≤ 256) }`.
 *   Anything else is a failure. Tongban retries after a network error, a timeout (5 s by default),
 *   HTTP 5xx, 408 or 429; it does not retry other 4xx, redirects (never followed) or a 2xx answer
 *   that does not say `received: true`.
 *
 * Callback (department → Tongban)
 *   POST /api/v1/workflow/callbacks/<system code>, content-type: application/json, the same four headers
 *   signed with the same secret (x-tongban-system must equal the code in the path), body:
 *     { "taskId": string, "outcome": "accepted" | "rejected" | "pending",
 *       "opinion"?: string (≤ 2000), "reference"?: string (≤ 256) }
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Type, type Static } from 'typebox';

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

const DEFAULT_PUSH_TIMEOUT_MS = 5000;
// An acknowledgement is a few bytes; a larger answer is refused rather than buffered.
const MAX_ANSWER_BYTES = 64 * 1024;
const MAX_REFERENCE_LENGTH = 256;
const NONCE_PATTERN = /^[A-Za-z0-9-]{8,128}$/;
const TIMESTAMP_PATTERN = /^\d{1,15}$/;
const SIGNATURE_PATTERN = /^v1=[0-9a-f]{64}$/;

/** What Tongban pushes to a department system (the `payload` the workflow module builds). */
export interface DepartmentPushPayload {
  taskId: string;
  caseNumber: string;
  itemCode: string;
  itemName: string;
  stepName: string;
  applicant: { kind: string; name: string };
  form: Record<string, unknown>;
  materials: Array<{ key: string; name: string; source: string; fileIds: string[] }>;
  callbackUrl: string;
  sentAt: string;
}

export const CallbackBody = Type.Object(
  {
    taskId: Type.String({ minLength: 1, maxLength: 64 }),
    outcome: Type.Enum(['accepted', 'rejected', 'pending'] as const),
    opinion: Type.Optional(Type.String({ maxLength: 2000 })),
    reference: Type.Optional(Type.String({ maxLength: MAX_REFERENCE_LENGTH })),
  },
  { additionalProperties: false },
);
export type CallbackBody = Static<typeof CallbackBody>;

/** A new shared secret: 32 random bytes as 64 hex characters. */
export function newLinkSecret(): string {
  return randomBytes(32).toString('hex');
}

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

export type PushResult =
  { ok: true; reference: string | null } | { ok: false; reason: string; retryable: boolean };

/**
 * Pushes one task to a department system as a signed POST and reads its acknowledgement.
 * Never throws for what the other side does; the reason names what went wrong without the secret or
 * the endpoint URL (which may carry a token in its query).
 */
export async function pushToDepartment(args: {
  systemCode: string;
  endpointUrl: string;
  secret: string;
  payload: unknown;
  timeoutMs?: number;
}): Promise<PushResult> {
  const timeoutMs = args.timeoutMs ?? DEFAULT_PUSH_TIMEOUT_MS;
  let url: URL;
  try {
    url = new URL(args.endpointUrl);
  } catch {
    return { ok: false, reason: 'endpoint URL is not valid', retryable: false };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: `endpoint URL scheme ${url.protocol} is not http(s)`, retryable: false };
  if (url.username || url.password)
    return { ok: false, reason: 'endpoint URL must not carry credentials', retryable: false };

  const body = JSON.stringify(args.payload);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: signedHeaders(args.systemCode, args.secret, body),
      body,
      signal,
      // A redirect would re-send the signed case (personal data) to wherever the answer points.
      redirect: 'manual',
    });
    const text = await readCapped(response, MAX_ANSWER_BYTES);
    const status = response.status;
    if (status >= 300 && status < 400)
      return { ok: false, reason: `HTTP ${status}: redirects are not followed`, retryable: false };
    if (status < 200 || status >= 300) {
      const excerpt = text === null ? '' : `: ${text.replace(/\s+/g, ' ').trim().slice(0, 200)}`;
      return { ok: false, reason: `HTTP ${status}${excerpt}`, retryable: isRetryableStatus(status) };
    }
    if (text === null)
      return { ok: false, reason: `answer is larger than ${MAX_ANSWER_BYTES} bytes`, retryable: false };
    return readAcknowledgement(text);
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: `no answer within ${timeoutMs} ms`, retryable: true };
    return { ok: false, reason: `network error: ${networkCause(error)}`, retryable: true };
  }
}

function isRetryableStatus(status: number): boolean {
  // 408 and 429 say "not now" rather than "never".
  return status >= 500 || status === 408 || status === 429;
}

function readAcknowledgement(text: string): PushResult {
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'answer is not JSON', retryable: false };
  }
  if (typeof answer !== 'object' || answer === null || (answer as { received?: unknown }).received !== true)
    return { ok: false, reason: 'answer does not say "received": true', retryable: false };
  const reference = (answer as { reference?: unknown }).reference;
  if (reference === undefined || reference === null) return { ok: true, reference: null };
  if (typeof reference !== 'string' || reference.length > MAX_REFERENCE_LENGTH)
    return {
      ok: false,
      reason: `answer's reference is not a string of at most ${MAX_REFERENCE_LENGTH} characters`,
      retryable: false,
    };
  return { ok: true, reference };
}

/** The body as text, or null when it exceeds `cap` bytes (the rest is not read). */
async function readCapped(response: Response, cap: number): Promise<string | null> {
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
function networkCause(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === 'string') return cause.code;
  if (cause && typeof cause.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}
