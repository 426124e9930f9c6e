import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { createTongban, type Tongban } from '../src/app.ts';
import { loadConfig, type Config } from '../src/platform/config.ts';
import { createLogger } from '../src/platform/logging.ts';
import { seedDemo } from '../src/seed/demo.ts';

export type EngineName = 'sqlite' | 'postgres';

/** The engines API tests run on: SQLite always, PostgreSQL when TONGBAN_TEST_PG_URL is set. */
export function engines(): EngineName[] {
  return process.env.TONGBAN_TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export const DEMO_PASSWORD = 'Tongban@2026';

export interface TestApp {
  tongban: Tongban;
  config: Config;
  engine: EngineName;
  /** Everything the server logged, one JSON line each. */
  logs: string[];
  client(): TestClient;
  /** A client logged in as a demo (or other) account. */
  login(identifier: string, password?: string): Promise<TestClient>;
  close(): Promise<void>;
}

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
  raw: string;
}

/** A browser-like caller: keeps the session cookie and sends the CSRF token on writes. */
export class TestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  ip = '127.0.0.1';

  constructor(private readonly app: Tongban) {}

  async request<T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const response = await this.app.server.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    const setCookie = response.cookies.find((c) => c.name === 'tb_session');
    if (setCookie) this.cookie = setCookie.value ? `tb_session=${setCookie.value}` : null;
    const raw = response.body;
    const parsed = raw && /json/.test(String(response.headers['content-type'])) ? JSON.parse(raw) : raw;
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed)
      this.csrfToken = String(parsed.csrfToken);
    return { status: response.statusCode, body: parsed as T, headers: response.headers, raw };
  }

  get<T = Record<string, unknown>>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = Record<string, unknown>>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body ?? {});
  }
}

async function createPgSchema(url: string): Promise<string> {
  const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  return schema;
}

async function dropPgSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}

/** A fresh PostgreSQL schema and a DATABASE_URL pointing into it, for a server run as a child process. */
export async function isolatedPgUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TONGBAN_TEST_PG_URL!;
  const schema = await createPgSchema(base);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => dropPgSchema(base, schema) };
}

export interface StartOptions {
  demo?: boolean;
  env?: Record<string, string>;
  /** Also load the demo catalogue (an Excel import of ~120 items; off unless a test needs it). */
  catalog?: boolean;
  /** Join another test app's PostgreSQL schema, as a second instance of the same deployment. */
  shareWith?: TestApp;
}

/** The real server, in process, on a fresh database of the given engine. */
export async function startTestApp(engine: EngineName, options: StartOptions = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-test-'));
  const pgUrl = engine === 'postgres' ? process.env.TONGBAN_TEST_PG_URL! : null;
  const shared = options.shareWith?.tongban.platform.database.schema ?? undefined;
  const pgSchema = pgUrl ? (shared ?? (await createPgSchema(pgUrl))) : undefined;
  const config = loadConfig({
    TONGBAN_DATA_DIR: dataDir,
    TONGBAN_MASTER_KEY: options.shareWith?.config.masterKey ?? crypto.randomBytes(32).toString('hex'),
    TONGBAN_JOBS: 'off',
    LOG_LEVEL: 'info',
    ...(pgUrl ? { DATABASE_URL: pgUrl } : {}),
    ...options.env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const tongban = await createTongban(config, {
    logger: createLogger('info', sink),
    pgSchema,
    webDist: path.join(dataDir, 'no-web'),
  });
  if (options.demo !== false && !shared) await seedDemo(tongban, { catalog: options.catalog ?? false });
  return {
    tongban,
    config,
    engine,
    logs,
    client: () => new TestClient(tongban),
    async login(identifier, password = DEMO_PASSWORD) {
      const client = new TestClient(tongban);
      const response = await client.post('/api/v1/auth/login', { identifier, password });
      if (response.status !== 200)
        throw new Error(`login ${identifier} failed: ${response.status} ${response.raw}`);
      return client;
    },
    async close() {
      await tongban.close();
      if (pgUrl && pgSchema && !shared) await dropPgSchema(pgUrl, pgSchema);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
