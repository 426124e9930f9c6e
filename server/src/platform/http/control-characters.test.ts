import assert from 'node:assert/strict';
import { test } from 'node:test';
import Fastify from 'fastify';
import { Type } from 'typebox';
import { controlCharacterPaths, hasControlCharacter, refuseControlCharacters } from './control-characters.ts';
import { fileNameHeader } from './file-name.ts';
import { installProblemHandler } from './problem-handler.ts';
import { NOT_BLANK } from './schemas.ts';

test('NUL, BEL, backspace, ESC and DEL are control characters; tab, line feed and carriage return are text', () => {
  for (const c of ['\u0000', '\u0007', '\u0008', '\u001B', '\u000B', '\u000C', '\u001F', '\u007F'])
    assert.equal(hasControlCharacter(`a${c}b`), true, JSON.stringify(c));
  for (const text of ['第一行\n第二行', '甲\t乙', 'a\r\nb', 'مرحبا\u200F', '‮', '　全角空格'])
    assert.equal(hasControlCharacter(text), false, JSON.stringify(text));
});

test('the walker names every string and key holding one, by dotted path in document order', () => {
  const body = {
    name: '王\u0000五',
    reason: '正常\n换行',
    materials: [
      { key: 'M01', note: 'ok' },
      { key: 'M02', note: '响\u0007铃', fileIds: ['a', 'b\u001B'] },
    ],
    form: { 'bad\u0008key': '值', nested: { deeper: '\u007F' } },
  };
  assert.deepEqual(controlCharacterPaths(body), [
    'name',
    'materials.1.note',
    'materials.1.fileIds.1',
    'form.bad\u0008key',
    'form.nested.deeper',
  ]);
  assert.deepEqual(controlCharacterPaths('\u0000'), ['(body)']);
  assert.deepEqual(controlCharacterPaths({ clean: ['a', { b: 'c' }], n: 1, t: true, z: null }), []);
  assert.deepEqual(controlCharacterPaths(Buffer.from([0, 1, 2])), [], 'raw uploads are not text');
  assert.deepEqual(controlCharacterPaths(undefined), []);
});

test('the walker survives nesting deeper than the call stack', () => {
  let deep: unknown = 'x\u0000';
  for (let i = 0; i < 100_000; i++) deep = { a: deep };
  const [path] = controlCharacterPaths(deep);
  assert.equal(path!.split('.').length, 100_000);
});

async function server() {
  const app = Fastify();
  installProblemHandler(app);
  refuseControlCharacters(app);
  app.post(
    '/things/:id',
    {
      schema: {
        body: Type.Object({ title: Type.String({ pattern: NOT_BLANK }), tags: Type.Array(Type.String()) }),
      },
    },
    async (request) => ({ ok: true, name: fileNameHeader(request, 'default.pdf') }),
  );
  return app;
}

test('a request holding a control character in its body, query or path is refused with 400 naming each field', async () => {
  const app = await server();
  const refused = await app.inject({
    method: 'POST',
    url: `/things/${encodeURIComponent('a\u0000')}?q=${encodeURIComponent('x\u001B[2J')}`,
    payload: { title: '标题\u0000', tags: ['ok', 'b\u0007'] },
  });
  assert.equal(refused.statusCode, 400);
  assert.match(String(refused.headers['content-type']), /application\/problem\+json/);
  const body = refused.json<{
    code: string;
    errors: Array<{ field: string; message: { zh: string; en: string } }>;
  }>();
  assert.equal(body.code, 'VALIDATION_FAILED');
  assert.deepEqual(
    body.errors.map((e) => e.field),
    ['id', 'q', 'title', 'tags.1'],
  );
  assert.ok(body.errors.every((e) => e.message.zh.includes('控制字符') && e.message.en.includes('control')));

  const accepted = await app.inject({
    method: 'POST',
    url: '/things/1',
    payload: { title: '第一行\n第二行\t缩进', tags: [] },
  });
  assert.equal(accepted.statusCode, 200, accepted.body);
  await app.close();
});

test('a blank text is told so in words, not by its regular expression', async () => {
  const app = await server();
  const blank = await app.inject({ method: 'POST', url: '/things/1', payload: { title: '  　', tags: [] } });
  assert.equal(blank.statusCode, 400);
  assert.deepEqual(blank.json<{ errors: unknown[] }>().errors, [
    { field: 'title', message: { zh: '请填写内容，不能只有空格', en: 'must not be blank' } },
  ]);
  await app.close();
});

test('x-file-name: percent-decoded; a broken encoding or a control character is 400 naming the header', async () => {
  const app = await server();
  const send = (name?: string) =>
    app.inject({
      method: 'POST',
      url: '/things/1',
      headers: name === undefined ? {} : { 'x-file-name': name },
      payload: { title: 't', tags: [] },
    });
  assert.equal(
    (await send(encodeURIComponent('营业执照 (副本).pdf'))).json<{ name: string }>().name,
    '营业执照 (副本).pdf',
  );
  assert.equal((await send()).json<{ name: string }>().name, 'default.pdf');
  for (const bad of ['%E0%A4%A', '100%.pdf', '%ZZ.xlsx', '%00.pdf', 'a%1Bb.pdf']) {
    const response = await send(bad);
    assert.equal(response.statusCode, 400, bad);
    const body = response.json<{ errors: Array<{ field: string; message: { zh: string; en: string } }> }>();
    assert.deepEqual(
      body.errors.map((e) => e.field),
      ['x-file-name'],
    );
    assert.ok(body.errors[0]!.message.zh && body.errors[0]!.message.en);
  }
  await app.close();
});
