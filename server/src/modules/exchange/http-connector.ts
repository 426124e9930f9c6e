/**
 * HTTP connector (部门接口): fetches one subject's record from a provider department's own REST endpoint.
 *
 * Request: POST <url>, JSON body { "resourceCode", "subject" (ID number or credit code), "fields": [keys],
 * "purpose", "requestId" }, signed with the resource's shared secret by the platform's signed-request
 * scheme (x-tongban-system = the resource code; see platform/http/signed-request.ts).
 * Answer: 200 with { "found": false } or { "found": true, "values": { <item key>: string | number |
 * boolean | null } }. Anything else is a failure: network error, no answer within the timeout, a
 * non-2xx status, or a body that is not such JSON. Never throws.
 */
import { networkCause, readCapped, signedHeaders } from '../../platform/http/signed-request.ts';

const MAX_ANSWER_BYTES = 256 * 1024;

export type ScalarValue = string | number | boolean | null;

export type ProviderAnswer =
  | { ok: true; found: boolean; values: Record<string, ScalarValue> }
  | {
      ok: false;
      kind: 'timeout' | 'network' | 'status' | 'malformed' | 'refused';
      reason: string;
      /** Whether the failure says the provider is unwell (counts towards opening the breaker). */
      providerFault: boolean;
    };

export interface ProviderCall {
  url: string;
  secret: string;
  timeoutMs: number;
  resourceCode: string;
  subject: string;
  fields: string[];
  purpose: string;
  requestId: string;
}

export async function callProvider(call: ProviderCall): Promise<ProviderAnswer> {
  const body = JSON.stringify({
    resourceCode: call.resourceCode,
    subject: call.subject,
    fields: call.fields,
    purpose: call.purpose,
    requestId: call.requestId,
  });
  const signal = AbortSignal.timeout(call.timeoutMs);
  try {
    const response = await fetch(call.url, {
      method: 'POST',
      headers: signedHeaders(call.resourceCode, call.secret, body),
      body,
      signal,
      // A redirect would re-send the signed request (a person's ID number) elsewhere.
      redirect: 'manual',
    });
    const text = await readCapped(response, MAX_ANSWER_BYTES);
    if (response.status >= 500 || response.status === 429 || response.status === 408)
      return { ok: false, kind: 'status', reason: `HTTP ${response.status}`, providerFault: true };
    if (response.status < 200 || response.status >= 300)
      return { ok: false, kind: 'refused', reason: `HTTP ${response.status}`, providerFault: false };
    if (text === null)
      return {
        ok: false,
        kind: 'malformed',
        reason: `answer exceeds ${MAX_ANSWER_BYTES} bytes`,
        providerFault: true,
      };
    return readAnswer(text, call.fields);
  } catch (error) {
    if (signal.aborted)
      return {
        ok: false,
        kind: 'timeout',
        reason: `no answer within ${call.timeoutMs} ms`,
        providerFault: true,
      };
    return {
      ok: false,
      kind: 'network',
      reason: `network error: ${networkCause(error)}`,
      providerFault: true,
    };
  }
}

/** Parses an answer; values outside the requested fields are dropped (never passed on). */
export function readAnswer(text: string, fields: string[]): ProviderAnswer {
  const malformed = (reason: string): ProviderAnswer => ({
    ok: false,
    kind: 'malformed',
    reason,
    providerFault: true,
  });
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    return malformed('answer is not JSON');
  }
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer))
    return malformed('answer is not a JSON object');
  const { found, values } = answer as { found?: unknown; values?: unknown };
  if (found === false) return { ok: true, found: false, values: {} };
  if (found !== true) return malformed('answer does not say "found": true or false');
  if (typeof values !== 'object' || values === null || Array.isArray(values))
    return malformed('answer has no "values" object');
  const out: Record<string, ScalarValue> = {};
  for (const key of fields) {
    const value = (values as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
      return malformed(`value of "${key}" is not a string, number, boolean or null`);
    out[key] = value as ScalarValue;
  }
  return { ok: true, found: true, values: out };
}
