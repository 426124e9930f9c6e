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
import { randomBytes } from 'node:crypto';
import { Type, type Static } from 'typebox';
import { networkCause, readCapped, signedHeaders } from '../../platform/http/signed-request.ts';

// The signing scheme is shared with the exchange module's HTTP connector: it lives in the platform.
export {
  LINK_HEADERS,
  LINK_NONCE_RETENTION_MS,
  LINK_TOLERANCE_MS,
  signLinkMessage,
  signedHeaders,
  verifyLinkMessage,
  type LinkVerdict,
} from '../../platform/http/signed-request.ts';

const DEFAULT_PUSH_TIMEOUT_MS = 5000;
// An acknowledgement is a few bytes; a larger answer is refused rather than buffered.
const MAX_ANSWER_BYTES = 64 * 1024;
const MAX_REFERENCE_LENGTH = 256;

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
