import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Fastify from 'fastify';
import { lazyCompilers } from './lazy-compilers.ts';

function server() {
  const compilers = lazyCompilers();
  const app = Fastify({
    ajv: { customOptions: { allErrors: true } },
    schemaController: { compilersFactory: compilers.compilersFactory },
  });
  app.post(
    '/people',
    {
      schema: {
        body: {
          type: 'object',
          required: ['name', 'age'],
          properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 0 } },
        },
        response: { 200: { type: 'object', properties: { name: { type: 'string' } } } },
      },
    },
    async (request) => ({ ...(request.body as object), secret: 'not in the response schema' }),
  );
  return { app, compilers };
}

describe('route schemas compiled on first use', () => {
  test('a bad body is refused naming every wrong field; a good one is serialised by the response schema', async () => {
    const { app } = server();
    const bad = await app.inject({ method: 'POST', url: '/people', payload: { age: -1 } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().message, /name/);
    assert.match(bad.json().message, /age/);
    const good = await app.inject({ method: 'POST', url: '/people', payload: { name: '张三', age: 30 } });
    assert.equal(good.statusCode, 200);
    assert.deepEqual(good.json(), { name: '张三' });
    await app.close();
  });

  test('what no request needed is compiled by compileRest, and a broken schema fails there', async () => {
    const { app, compilers } = server();
    app.get('/broken', { schema: { querystring: { type: 'nonsense' } } }, async () => ({}));
    await app.ready();
    await assert.rejects(() => compilers.compileRest(), /schema is invalid|nonsense/);
    await app.close();
  });
});
