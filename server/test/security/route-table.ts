import dc from 'node:diagnostics_channel';
import type { FastifyInstance, RouteOptions } from 'fastify';

/** A registered route as `METHOD /path` (the path as registered, with its `:params`). */
export type RouteKey = `${string} /${string}`;

/**
 * Collects every route the next Fastify instance registers. Fastify announces each new instance on
 * the `fastify.initialization` diagnostics channel before any plugin runs, so an `onRoute` hook added
 * there sees the whole table (module routes, platform routes and those added after the server is
 * built) without the server exposing anything for tests. HEAD routes Fastify adds for every GET are
 * left out; call `stop()` once the app is built.
 */
export function collectRoutes(): { routes: Set<RouteKey>; stop(): void } {
  const routes = new Set<RouteKey>();
  const onInit = (message: unknown) => {
    const fastify = (message as { fastify: FastifyInstance }).fastify;
    fastify.addHook('onRoute', (route: RouteOptions) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) routes.add(`${method} ${route.url}` as RouteKey);
    });
  };
  dc.subscribe('fastify.initialization', onInit);
  return {
    routes,
    stop() {
      dc.unsubscribe('fastify.initialization', onInit);
      for (const key of [...routes]) {
        if (key.startsWith('HEAD ') && routes.has(`GET ${key.slice(5)}` as RouteKey)) routes.delete(key);
      }
    },
  };
}
