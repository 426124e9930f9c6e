import { lazyCompilers } from './lazy-compilers.ts';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import client from 'prom-client';
import type { Platform } from '../context.ts';
import { ping } from '../db/database.ts';
import { pendingMigrations } from '../db/migrate.ts';
import { problems } from '../errors.ts';
import { anonymous, type Actor } from '../auth/actor.ts';
import { refuseControlCharacters } from './control-characters.ts';
import { installProblemHandler, sendProblem } from './problem-handler.ts';
import './request-context.ts';

/** Resolves the session cookie of a request into an actor; supplied by the identity module. */
export type Authenticator = (request: FastifyRequest) => Promise<Actor>;

export interface HttpModule {
  name: string;
  routes(app: FastifyInstance): Promise<void> | void;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const SESSION_COOKIE = 'tb_session';

function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function timingSafeEqualText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export interface ServerOptions {
  platform: Platform;
  authenticate: Authenticator;
  modules: HttpModule[];
  /** Folder of the built web app; served with a single-page fallback when it exists. */
  webDist?: string;
}

export async function buildHttpServer(options: ServerOptions): Promise<FastifyInstance> {
  const { platform } = options;
  const compilers = lazyCompilers();
  const app = Fastify({
    loggerInstance: platform.log as FastifyBaseLogger,
    bodyLimit: platform.config.bodyLimitBytes,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    trustProxy: true,
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
    schemaController: { compilersFactory: compilers.compilersFactory },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Ready to serve before every route's schemas are compiled; the rest compile right after, in the background.
  app.addHook('onReady', async () => {
    setImmediate(() => {
      compilers.compileRest().catch((error: unknown) => {
        platform.log.fatal({ err: error }, 'a route schema does not compile');
        throw error;
      });
    });
  });

  installProblemHandler(app);
  refuseControlCharacters(app);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'script-src': ["'self'"],
        'connect-src': ["'self'"],
      },
    },
  });

  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    request.actor = anonymous;
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  // Authenticate every API request; refuse cross-site and CSRF-less writes made with a session cookie.
  app.addHook('preHandler', async (request, reply) => {
    if (!request.url.startsWith('/api/v1/')) return;
    request.actor = await options.authenticate(request);
    if (!UNSAFE.has(request.method)) return;
    if (!sameOrigin(request)) return sendProblem(request, reply, problems.csrf());
    if (request.actor.sessionId) {
      const token = request.headers['x-csrf-token'];
      if (typeof token !== 'string' || !timingSafeEqualText(token, request.actor.csrfToken ?? '')) {
        return sendProblem(request, reply, problems.csrf());
      }
    }
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Tongban API (通办)',
        version: '1',
        description: 'Internet + Government Services platform API',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await ping(platform.db);
      const pending = await pendingMigrations(platform.database);
      if (pending.length > 0) return reply.code(503).send({ status: 'migrations pending', pending });
      return { status: 'ready', engine: platform.engine };
    } catch (error) {
      return reply.code(503).send({ status: 'database unreachable', error: (error as Error).message });
    }
  });
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );

  for (const module of options.modules) {
    await app.register(async (scope) => module.routes(scope), { prefix: '/api/v1' });
  }

  const webDist = options.webDist;
  const indexHtml = webDist ? path.join(webDist, 'index.html') : null;
  if (webDist && indexHtml && fs.existsSync(indexHtml)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
    const serveIndex = (_request: FastifyRequest, reply: FastifyReply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(fs.readFileSync(indexHtml));
    app.get('/', { schema: { hide: true } }, serveIndex);
    app.setNotFoundHandler((request, reply) => {
      if (
        request.method === 'GET' &&
        !request.url.startsWith('/api/') &&
        !path.extname(request.url.split('?')[0]!)
      ) {
        return serveIndex(request, reply);
      }
      return sendProblem(request, reply, problems.notFound({ zh: '该地址', en: 'This address' }));
    });
  } else {
    app.setNotFoundHandler((request, reply) =>
      sendProblem(request, reply, problems.notFound({ zh: '该地址', en: 'This address' })),
    );
  }
  return app as unknown as FastifyInstance;
}
