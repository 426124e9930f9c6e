import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  newLinkSecret,
  signedHeaders,
  verifyLinkMessage,
  LINK_HEADERS,
  type CallbackBody,
  type DepartmentPushPayload,
  type LinkVerdict,
} from '../src/modules/workflow/department-link.ts';

/**
 * A department's own system for tests: a real HTTP server on 127.0.0.1 (ephemeral port) that receives
 * Tongban's pushes, checks their signatures with the shared secret, answers as told, and calls Tongban
 * back with signed (or deliberately badly signed) callbacks.
 */

/** One push as the department system received it. */
export interface ReceivedPush {
  path: string;
  headers: Record<string, string>;
  rawBody: string;
  /** The parsed body, or null when it was not JSON. */
  body: DepartmentPushPayload | null;
  /** The signature check against the shared secret; a push that fails it is answered 401. */
  verdict: LinkVerdict;
}

/** How the system answers the next pushes (until told otherwise). */
export type DepartmentBehaviour =
  /** 200 `{received: true, reference}`; the reference defaults to `REF-<n>` (n counts pushes). */
  | { kind: 'accept'; reference?: string }
  /** Accepts, but only after `delayMs` (to run past Tongban's timeout). */
  | { kind: 'slow'; delayMs: number }
  /** Answers `status` with a JSON error body. */
  | { kind: 'fail'; status: number }
  /** 200 with a body that is not JSON. */
  | { kind: 'malformed' }
  /** 200 with JSON that does not say `received: true`. */
  | { kind: 'decline' };

/** How a callback reaches Tongban: `url` is the path (`/api/v1/…`), so `app.inject` can take it as is. */
export type CallbackSend = (req: {
  url: string;
  headers: Record<string, string>;
  body: string;
}) => Promise<{ status: number; body: string }>;

/** Where a callback goes: Tongban's base URL (e.g. `http://127.0.0.1:3000`), or a send function. */
export type CallbackTarget = string | CallbackSend;

/** A way to get the callback's signature wrong, to see Tongban refuse it. */
export type CallbackFlaw =
  'wrong_secret' | 'tampered_body' | 'stale_timestamp' | 'wrong_system' | 'missing_signature';

export interface DepartmentSystem {
  readonly code: string;
  /** The shared secret; set it to the one Tongban issued when the system was registered. */
  secret: string;
  /** The push endpoint to register in Tongban. */
  readonly endpointUrl: string;
  readonly pushes: ReceivedPush[];
  behave(behaviour: DepartmentBehaviour): void;
  /** Resolves with push number `count` (1-based) once it has arrived; rejects after `timeoutMs`. */
  waitForPush(count?: number, timeoutMs?: number): Promise<ReceivedPush>;
  /** Sends a correctly signed callback. */
  callback(target: CallbackTarget, body: CallbackBody): Promise<{ status: number; body: string }>;
  /** Sends a callback whose signing is wrong in the named way. */
  badCallback(
    target: CallbackTarget,
    body: CallbackBody,
    flaw: CallbackFlaw,
  ): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

export function callbackPath(systemCode: string): string {
  return `/api/v1/workflow/callbacks/${encodeURIComponent(systemCode)}`;
}

/** A send function over Fastify's `inject` (pass `app.tongban.server`). */
export function injectSend(server: {
  inject(opts: {
    method: 'POST';
    url: string;
    headers: Record<string, string>;
    payload: string;
  }): PromiseLike<{ statusCode: number; body: string }>;
}): CallbackSend {
  return async ({ url, headers, body }) => {
    const response = await server.inject({ method: 'POST', url, headers, payload: body });
    return { status: response.statusCode, body: response.body };
  };
}

export async function startDepartmentSystem(
  options: { code?: string; secret?: string } = {},
): Promise<DepartmentSystem> {
  const code = options.code ?? 'test-dept-system';
  let secret = options.secret ?? newLinkSecret();
  const pushes: ReceivedPush[] = [];
  const waiters: Array<() => void> = [];
  const delayed = new Set<NodeJS.Timeout>();
  let behaviour: DepartmentBehaviour = { kind: 'accept' };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST') return answer(res, 405, { error: 'method not allowed' });
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const headers: Record<string, string> = {};
      for (const [key, value] of Object.entries(req.headers))
        if (typeof value === 'string') headers[key] = value;
      const verdict = verifyLinkMessage({ systemCode: code, secret, headers: req.headers, rawBody });
      pushes.push({ path: req.url ?? '', headers, rawBody, body: parseOrNull(rawBody), verdict });
      for (const wake of waiters.splice(0)) wake();
      if (!verdict.ok) return answer(res, 401, { error: verdict.reason });
      respond(res, behaviour, pushes.length);
    });
  });

  function respond(res: http.ServerResponse, how: DepartmentBehaviour, n: number): void {
    switch (how.kind) {
      case 'accept':
        return answer(res, 200, { received: true, reference: how.reference ?? `REF-${n}` });
      case 'slow': {
        const timer = setTimeout(() => {
          delayed.delete(timer);
          if (!res.destroyed) respond(res, { kind: 'accept' }, n);
        }, how.delayMs);
        delayed.add(timer);
        return;
      }
      case 'fail':
        return answer(res, how.status, { error: `failing on purpose with ${how.status}` });
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"received": tru');
        return;
      case 'decline':
        return answer(res, 200, { received: false });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  async function send(target: CallbackTarget, headers: Record<string, string>, body: string) {
    const url = callbackPath(code);
    if (typeof target === 'function') return target({ url, headers, body });
    const response = await fetch(new URL(url, target), { method: 'POST', headers, body });
    return { status: response.status, body: await response.text() };
  }

  return {
    code,
    get secret() {
      return secret;
    },
    set secret(value: string) {
      secret = value;
    },
    endpointUrl: `http://127.0.0.1:${port}/tongban/push`,
    pushes,
    behave(next) {
      behaviour = next;
    },
    waitForPush(count = pushes.length + 1, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`department system: push ${count} did not arrive within ${timeoutMs} ms`)),
          timeoutMs,
        );
        const check = () => {
          const push = pushes[count - 1];
          if (push) {
            clearTimeout(timer);
            resolve(push);
          } else waiters.push(check);
        };
        check();
      });
    },
    callback(target, body) {
      const raw = JSON.stringify(body);
      return send(target, signedHeaders(code, secret, raw), raw);
    },
    badCallback(target, body, flaw) {
      const raw = JSON.stringify(body);
      switch (flaw) {
        case 'wrong_secret':
          return send(target, signedHeaders(code, newLinkSecret(), raw), raw);
        case 'tampered_body': {
          // Signed for one body, sent with another (the opinion changed on the way).
          const tampered = JSON.stringify({ ...body, opinion: `${body.opinion ?? ''}（已篡改）` });
          return send(target, signedHeaders(code, secret, raw), tampered);
        }
        case 'stale_timestamp':
          return send(target, signedHeaders(code, secret, raw, new Date(Date.now() - 6 * 60 * 1000)), raw);
        case 'wrong_system':
          // Correctly signed with this secret, but naming another system than the path does.
          return send(target, signedHeaders(`${code}-other`, secret, raw), raw);
        case 'missing_signature': {
          const { [LINK_HEADERS.signature]: _dropped, ...headers } = signedHeaders(code, secret, raw);
          return send(target, headers, raw);
        }
      }
    },
    async close() {
      for (const timer of delayed) clearTimeout(timer);
      delayed.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

function answer(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function parseOrNull(raw: string): DepartmentPushPayload | null {
  try {
    return JSON.parse(raw) as DepartmentPushPayload;
  } catch {
    return null;
  }
}
