import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { assertPermissions } from '../../../test/permissions.ts';
import { detectMediaType } from './media-type.ts';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  crypto.randomBytes(64),
]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');

test('file types are told by content, not by name', () => {
  assert.equal(detectMediaType(PNG, '申请表.pdf'), 'image/png');
  assert.equal(detectMediaType(PDF, 'x.png'), 'application/pdf');
  assert.equal(detectMediaType(Buffer.from('just text'), '申请表.pdf'), null);
  assert.equal(detectMediaType(Buffer.from([0x4d, 0x5a, 0x90, 0x00]), 'setup.docx'), null);
});

for (const engine of engines()) {
  describe(`file store on ${engine}`, () => {
    let app: TestApp;
    let admin: TestClient;
    let zhang: TestClient;
    let li: TestClient;

    async function upload(client: TestClient, data: Buffer, name: string, visibility: 'public' | 'private') {
      const response = await app.tongban.server.inject({
        method: 'POST',
        url: `/api/v1/files?visibility=${visibility}`,
        headers: {
          ...(client.cookie ? { cookie: client.cookie, 'x-csrf-token': client.csrfToken! } : {}),
          'content-type': 'application/octet-stream',
          'x-file-name': encodeURIComponent(name),
        },
        payload: data,
      });
      return {
        status: response.statusCode,
        body: JSON.parse(response.body) as { id: string; mediaType: string; code?: string },
      };
    }

    before(async () => {
      app = await startTestApp(engine);
      admin = await app.login('admin');
      zhang = await app.login('13800000001');
      li = await app.login('13800000002');
    });
    after(async () => app.close());

    test('an administrator publishes a blank form anyone can download; the same bytes keep one id', async () => {
      const first = await upload(admin, PDF, '空白申请表.pdf', 'public');
      assert.equal(first.status, 201);
      assert.equal(first.body.id, crypto.createHash('sha256').update(PDF).digest('hex'));
      assert.equal(first.body.mediaType, 'application/pdf');
      const again = await upload(admin, PDF, '另一个名字.pdf', 'public');
      assert.equal(again.body.id, first.body.id);
      const download = await app.tongban.server.inject({
        method: 'GET',
        url: `/api/v1/files/${first.body.id}`,
      });
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers['content-type'], 'application/pdf');
      assert.deepEqual(download.rawPayload, PDF);
    });

    test('wrong types, empty and oversized files are refused with a problem answer', async () => {
      const text = await upload(admin, Buffer.from('not really a pdf'), '伪装.pdf', 'public');
      assert.equal(text.status, 415);
      assert.equal(text.body.code, 'FILE_TYPE_NOT_ACCEPTED');
      assert.equal((await upload(admin, Buffer.alloc(0), 'empty.pdf', 'public')).status, 400);
      const big = await upload(
        admin,
        Buffer.concat([PDF, Buffer.alloc(21 * 1024 * 1024)]),
        'big.pdf',
        'public',
      );
      assert.equal(big.status, 413);
    });

    test('a private upload is readable by its owner only; only administrators publish files', async () => {
      const mine = await upload(zhang, PNG, '身份证.png', 'private');
      assert.equal(mine.status, 201);
      await assertPermissions({
        action: 'download a private file',
        attempt: (c) => c.get(`/api/v1/files/${mine.body.id}`),
        may: [['its owner', zhang]],
        mayNot: [
          ['anonymous', app.client()],
          ['another citizen', li],
          ['admin', admin],
        ],
      });
      assert.equal((await upload(zhang, PDF, 'x.pdf', 'public')).status, 403);
      assert.equal((await upload(app.client(), PDF, 'x.pdf', 'private')).status, 401);
    });
  });
}
