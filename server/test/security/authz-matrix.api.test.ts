import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { engines, type TestResponse } from '../harness.ts';
import { ACTOR_KINDS, defaultLogins, MATRIX, type ActorKind, type Entry, type Outcome } from './matrix.ts';
import { send, type Probe } from './probe.ts';
import type { RouteKey } from './route-table.ts';
import { buildWorld, ZHANGSAN, type World } from './world.ts';

// Every registered route × {anonymous, another citizen, staff of another department, staff of another
// region, the right person}: the table in matrix.ts says who may; a route without an entry fails.

/** What each caller should get, and who the callers are. */
function plan(entry: Entry): Array<{ kind: ActorKind; login: string | null; outcome: Outcome }> {
  if (entry.public) return ACTOR_KINDS.map((kind) => ({ kind, login: loginOf(entry, kind), outcome: 'ok' }));
  return ACTOR_KINDS.flatMap((kind) => {
    if (kind === 'right' && entry.right === null) return [];
    let outcome: Outcome = kind === 'anonymous' ? 401 : kind === 'right' ? 'ok' : 403;
    if (entry.self) {
      const staff = kind === 'otherDepartment' || kind === 'otherRegion';
      if (kind !== 'anonymous' && entry.self.includes(staff ? 'staff' : 'citizen')) outcome = 'ok';
      if (kind === 'right') outcome = 'ok';
    }
    return [{ kind, login: loginOf(entry, kind), outcome: entry.expect?.[kind] ?? outcome }];
  });
}

function loginOf(entry: Entry, kind: ActorKind): string | null {
  if (kind === 'anonymous') return null;
  const right = entry.self ? (entry.self.includes('citizen') ? ZHANGSAN : 'window01') : entry.right;
  if (kind === 'right') return entry.public ? ZHANGSAN : (right ?? null);
  return entry.as?.[kind] ?? defaultLogins(right ?? 'admin')[kind];
}

function isProblem(response: TestResponse): boolean {
  const body = response.body as { message?: { zh?: string; en?: string } } | string;
  return (
    /application\/problem\+json/.test(String(response.headers['content-type'])) &&
    typeof body === 'object' &&
    !!body.message?.zh &&
    !!body.message?.en
  );
}

const LABEL: Record<ActorKind, string> = {
  anonymous: 'anonymous',
  otherCitizen: 'another citizen',
  otherDepartment: 'staff of another department',
  otherRegion: 'staff of another region',
  right: 'the right person',
};

/** Side answers collected while the matrix runs, judged by the last tests. */
interface Observed {
  /** Anonymous, same route, empty JSON body, before anyone acted on the target. */
  emptyBody: Map<RouteKey, number>;
  /** Anonymous, the right person's exact request again, after it succeeded. */
  replay: Map<RouteKey, number>;
  /** Requests sent to the routes under test. */
  sent: number;
}

/** Runs one entry; returns what went wrong (empty when every caller got its answer). */
async function check(w: World, key: RouteKey, entry: Entry, observed: Observed): Promise<string[]> {
  const failures: string[] = [];
  let shared: Probe | null = null;
  for (const { kind, login, outcome } of plan(entry)) {
    let probe: Probe;
    try {
      probe = entry.perCaller || !shared ? await entry.request(w, kind) : shared;
    } catch (error) {
      failures.push(`${key}: could not prepare the request for ${LABEL[kind]}: ${(error as Error).message}`);
      return failures;
    }
    if (!shared && !entry.public && probe.method !== 'GET' && !probe.raw) {
      // Is the caller asked for before the body is checked? (Asked before anyone acts on the target.)
      const empty = await send(w, await w.as(null), { ...probe, body: {} });
      observed.sent++;
      observed.emptyBody.set(key, empty.status);
    }
    shared ??= probe;
    const client =
      login === null ? await w.as(null) : entry.freshSessions ? await w.freshLogin(login) : await w.as(login);
    const response = await send(w, client, probe);
    observed.sent++;
    const who = `${key} as ${LABEL[kind]}${login ? ` (${login})` : ''}`;
    if (kind === 'right' && !entry.public && response.status < 300 && probe.method !== 'GET') {
      // The same request again, anonymously, once the target has changed: who is asking comes first.
      observed.replay.set(key, (await send(w, await w.as(null), probe)).status);
      observed.sent++;
    }
    if (response.status >= 500)
      failures.push(`${who}: server error ${response.status} ${response.raw.slice(0, 300)}`);
    else if (outcome === 'ok') {
      const limit = entry.public ? 400 : 300;
      if (response.status < 200 || response.status >= limit)
        failures.push(`${who}: expected success, got ${response.status} ${response.raw.slice(0, 300)}`);
    } else if (response.status !== outcome) {
      failures.push(`${who}: expected ${outcome}, got ${response.status} ${response.raw.slice(0, 300)}`);
    } else if (!isProblem(response)) {
      failures.push(`${who}: ${outcome} without a problem+json body in Chinese and English`);
    }
  }
  return failures;
}

interface OpenApi {
  paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: { required?: string[] } }> } }>
  >;
}

/** Whether the route's JSON body has required properties (Fastify then answers 400 before any handler). */
function requiresBody(document: OpenApi, key: RouteKey): boolean {
  const [method, path] = key.split(' ') as [string, string];
  const operation = document.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  const content = operation?.requestBody?.content ?? {};
  return Object.values(content).some((c) => (c.schema?.required?.length ?? 0) > 0);
}

/** Routes grouped by their first path segment after /api/v1, in table order. */
function groups(): Map<string, RouteKey[]> {
  const byGroup = new Map<string, RouteKey[]>();
  for (const key of Object.keys(MATRIX) as RouteKey[]) {
    const path = key.slice(key.indexOf(' ') + 1);
    const group = path.startsWith('/api/v1/') ? path.split('/')[3]! : 'platform';
    byGroup.set(group, [...(byGroup.get(group) ?? []), key]);
  }
  return byGroup;
}

for (const engine of engines()) {
  describe(`authorisation matrix on ${engine}`, () => {
    let w: World;
    const observed: Observed = { emptyBody: new Map(), replay: new Map(), sent: 0 };

    before(async () => {
      w = await buildWorld(engine);
    });
    after(() => w?.close());

    test('every registered route has an entry in matrix.ts, and every entry a route', () => {
      const missing = [...w.routes].filter((key) => !(key in MATRIX)).sort();
      const stale = (Object.keys(MATRIX) as RouteKey[]).filter((key) => !w.routes.has(key)).sort();
      assert.deepEqual(
        missing,
        [],
        `routes without an entry in server/test/security/matrix.ts (say who may call them): ${missing.join(', ')}`,
      );
      assert.deepEqual(stale, [], `entries for routes that no longer exist: ${stale.join(', ')}`);
    });

    for (const [group, keys] of groups()) {
      test(`${group}: ${keys.length} routes × 5 callers answer as the policy says`, async () => {
        const failures: string[] = [];
        for (const key of keys) {
          if (!w.routes.has(key)) continue;
          failures.push(...(await check(w, key, MATRIX[key]!, observed)));
        }
        assert.deepEqual(failures, []);
      });
    }

    test('an anonymous write with an empty body: 400 where the route requires a body (validated first), else 401', async () => {
      await w.app.tongban.server.ready();
      const document = w.app.tongban.server.swagger() as unknown as OpenApi;
      const wrong = [...observed.emptyBody.entries()]
        .map(([key, status]) => ({ key, status, expected: requiresBody(document, key) ? 400 : 401 }))
        .filter((a) => a.status !== a.expected)
        .map((a) => `${a.key}: ${a.status}, expected ${a.expected}`);
      assert.ok(observed.emptyBody.size > 50, 'the write routes were probed');
      assert.deepEqual(wrong, []);
    });

    test('the right person’s request replayed anonymously is refused as anonymous (401), not by the record’s state', () => {
      const wrong = [...observed.replay.entries()]
        .filter(([key, status]) => status !== 401 && !(status === 404 && key.startsWith('DELETE ')))
        .map(([key, status]) => `${key}: ${status}`);
      assert.ok(observed.replay.size > 50, 'the write routes were replayed');
      assert.deepEqual(wrong, []);
    });

    test('the server still answers after the matrix', async (t) => {
      assert.equal((await (await w.as(null)).get('/healthz')).status, 200);
      const entries = Object.values(MATRIX).filter((e): e is Entry => e !== undefined);
      t.diagnostic(
        `${w.routes.size} routes (${entries.filter((e) => e.public).length} public, ` +
          `${entries.filter((e) => e.self).length} about the caller), ${observed.sent} requests`,
      );
    });
  });
}
