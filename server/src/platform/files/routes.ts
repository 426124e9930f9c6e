import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { platformPolicy } from '../auth/platform-policy.ts';
import { authorize } from '../auth/policy.ts';
import { problems } from '../errors.ts';
import { fileNameHeader } from '../http/file-name.ts';
import { actorOf, auditContextOf } from '../http/request-context.ts';
import { problemResponses } from '../http/schemas.ts';
import type { HttpModule } from '../http/server.ts';
import { MAX_FILE_BYTES, type FileStore } from './file-store.ts';

const notFound = () => problems.notFound({ zh: '该文件', en: 'File' });

export function fileRoutes(files: FileStore): HttpModule {
  return {
    name: 'files',
    routes(app: FastifyInstance) {
      const tags = ['files'];
      // Uploads are raw bytes of any declared type; what they are is decided from their content.
      app.removeAllContentTypeParsers();
      app.addContentTypeParser(
        '*',
        { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES + 1024 },
        (_request, body, done) => done(null, body),
      );

      app.post(
        '/files',
        {
          schema: {
            tags,
            summary: '上传文件 Upload a file (raw body; PDF, PNG, JPEG, Word, Excel)',
            querystring: Type.Object({
              visibility: Type.Enum(['public', 'private'] as const, { default: 'private' }),
            }),
            headers: Type.Object({ 'x-file-name': Type.Optional(Type.String({ maxLength: 600 })) }),
            response: {
              201: Type.Object({
                id: Type.String(),
                name: Type.String(),
                mediaType: Type.String(),
                size: Type.Integer(),
              }),
              413: problemResponses[400],
              415: problemResponses[400],
              ...problemResponses,
            },
          },
        },
        async (request, reply) => {
          const { visibility } = request.query as { visibility: 'public' | 'private' };
          authorize(platformPolicy, 'uploadFile', actorOf(request), { visibility });
          const data = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
          const name = fileNameHeader(request, 'file');
          return reply
            .code(201)
            .send(await files.save(actorOf(request), auditContextOf(request), { name, data, visibility }));
        },
      );

      app.get(
        '/files/:id',
        {
          schema: {
            tags,
            summary: '下载文件 Download a file',
            params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
          },
        },
        async (request, reply) => {
          const row = await files.find((request.params as { id: string }).id);
          if (!row) throw notFound();
          authorize(platformPolicy, 'readFile', actorOf(request), {
            visibility: row.visibility,
            createdBy: row.created_by,
          });
          return reply
            .type(row.media_type)
            .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.name)}`)
            .header(
              'cache-control',
              row.visibility === 'public' ? 'public, max-age=31536000, immutable' : 'private, no-store',
            )
            .send(files.read(row.id));
        },
      );
    },
  };
}
