import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { fileNameHeader } from '../../platform/http/file-name.ts';
import { actorOf, auditContextOf } from '../../platform/http/request-context.ts';
import { PageQuery, Problem, problemResponses } from '../../platform/http/schemas.ts';
import type { HttpModule } from '../../platform/http/server.ts';
import { problems } from '../../platform/errors.ts';
import { jwkOf, VC_MEDIA_TYPE } from './credential.ts';
import type { LicenceImports } from './imports.ts';
import * as schema from './schema.ts';
import type { LicensesService } from './service.ts';

const IdParam = Type.Object({ id: Type.String({ maxLength: 64 }) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (fallback: string, name: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Where offline verifiers fetch the seal keys (also under /api/v1). */
export const WELL_KNOWN_SEAL_KEYS = '/.well-known/tongban/seal-keys.json';

/** The published seal keys, each with its JWK (Ed25519); `department` narrows to one issuer's keys. */
async function sealKeyList(licenses: LicensesService, department?: string) {
  const keys = (await licenses.publishedKeys()).filter(
    (k) => department === undefined || k.departmentCode === department,
  );
  return { generatedAt: new Date().toISOString(), keys: keys.map((k) => ({ ...k, jwk: jwkOf(k) })) };
}

/** The well-known key list lives outside /api/v1, so it is added to the server itself. */
export function registerWellKnownSealKeys(server: FastifyInstance, licenses: LicensesService): void {
  server.get(
    WELL_KNOWN_SEAL_KEYS,
    {
      schema: {
        tags: ['licenses'],
        summary: '电子印章公钥 Published seal keys',
        querystring: schema.SealKeyQuery,
        response: { 200: schema.SealKeyList },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'public, max-age=300')
        .send(await sealKeyList(licenses, (request.query as { department?: string }).department)),
  );
}

/** Wallet, verification, lifecycle and administration of electronic licences. */
export function licensesRoutes(licenses: LicensesService, imports: LicenceImports): HttpModule {
  return {
    name: 'licenses',
    routes(app: FastifyInstance) {
      const tags = ['licenses'];
      // The bulk-import upload is the raw .xlsx (scoped to this module's routes).
      app.addContentTypeParser(
        XLSX,
        { parseAs: 'buffer', bodyLimit: 30 * 1024 * 1024 },
        (_request, body, done) => done(null, body),
      );
      const id = (request: { params: unknown }) => (request.params as { id: string }).id;

      // ---- public ----
      app.get(
        '/licenses/verify',
        {
          schema: {
            tags,
            summary: '证照核验（公开）Verify a licence by its QR payload or identifier',
            querystring: schema.VerifyQuery,
            response: { 200: schema.VerifyResult, ...problemResponses },
          },
        },
        async (request) => licenses.verify((request.query as { q: string }).q),
      );
      app.get(
        '/licenses/seal-keys',
        {
          schema: {
            tags,
            summary: '电子印章公钥 Published seal keys (same as the well-known list)',
            querystring: schema.SealKeyQuery,
            response: { 200: schema.SealKeyList },
          },
        },
        async (request) => sealKeyList(licenses, (request.query as { department?: string }).department),
      );

      // ---- holders ----
      app.get(
        '/me/licenses',
        {
          schema: {
            tags,
            summary: '我的证照卡包 My licences (or those of the organisation I act for)',
            querystring: PageQuery,
            response: { 200: schema.LicencePage, ...problemResponses },
          },
        },
        async (request) => licenses.wallet(actorOf(request), request.query as Static<typeof PageQuery>),
      );
      app.get(
        '/licenses/:id',
        {
          schema: {
            tags,
            summary: '证照详情 A licence with its face data, QR target and uses',
            params: IdParam,
            response: { 200: schema.LicenceDetail, ...problemResponses },
          },
        },
        async (request) => licenses.detail(actorOf(request), id(request)),
      );
      app.get(
        '/licenses/:id/pdf',
        { schema: { tags, summary: '下载证照 PDF The licence as PDF', params: IdParam } },
        async (request, reply) => {
          const file = await licenses.pdf(actorOf(request), id(request));
          return reply
            .type('application/pdf')
            .header('content-disposition', attachment('licence.pdf', file.fileName))
            .send(file.data);
        },
      );
      app.get(
        '/licenses/:id/export',
        {
          schema: {
            tags,
            summary: '导出证照文件 The signed licence file (for offline verification)',
            params: IdParam,
            response: { 200: schema.LicenceExport, ...problemResponses },
          },
        },
        async (request, reply) => {
          const file = await licenses.exportFile(actorOf(request), auditContextOf(request), id(request));
          return reply
            .header('content-disposition', attachment('licence.json', `${file.licence.name}.json`))
            .send(file);
        },
      );

      app.post(
        '/licenses/:id/presentations',
        {
          schema: {
            tags,
            summary: '亮证 A short-lived QR link for a counter to scan (holder only)',
            params: IdParam,
            response: { 201: schema.Presentation, ...problemResponses },
          },
        },
        async (request, reply) => reply.code(201).send(await licenses.present(actorOf(request), id(request))),
      );
      app.get(
        '/licenses/:id/credential',
        {
          schema: {
            tags,
            summary: '导出可验证凭证 The licence as a W3C Verifiable Credential (VC 2.0, JWT, EdDSA)',
            params: IdParam,
          },
        },
        async (request, reply) => {
          const vc = await licenses.credential(actorOf(request), auditContextOf(request), id(request));
          return reply
            .type(VC_MEDIA_TYPE)
            .header('content-disposition', attachment('licence.vc.jwt', vc.fileName))
            .send(vc.jwt);
        },
      );

      // ---- 用证授权 ----
      app.get(
        '/licenses/:id/grants',
        {
          schema: {
            tags,
            summary: '用证授权列表 The holder’s grants of this licence',
            params: IdParam,
            querystring: PageQuery,
            response: { 200: schema.GrantPage, ...problemResponses },
          },
        },
        async (request) =>
          licenses.grants.list(actorOf(request), id(request), request.query as Static<typeof PageQuery>),
      );
      app.post(
        '/licenses/:id/grants',
        {
          schema: {
            tags,
            summary:
              '授权使用 Grant a department, an organisation or a one-time code the use of this licence',
            params: IdParam,
            body: schema.GrantBody,
            response: { 201: schema.GrantCreated, ...problemResponses },
          },
        },
        async (request, reply) =>
          reply
            .code(201)
            .send(
              await licenses.grants.create(
                actorOf(request),
                auditContextOf(request),
                id(request),
                request.body as schema.GrantBody,
              ),
            ),
      );
      app.post(
        '/licenses/:id/grants/:grantId/revoke',
        {
          schema: {
            tags,
            summary: '撤销授权 Revoke a grant',
            params: Type.Object({
              id: Type.String({ maxLength: 64 }),
              grantId: Type.String({ maxLength: 64 }),
            }),
            response: { 200: schema.Grant, ...problemResponses },
          },
        },
        async (request) => {
          const params = request.params as { id: string; grantId: string };
          return licenses.grants.revoke(actorOf(request), auditContextOf(request), params.id, params.grantId);
        },
      );
      app.post(
        '/licenses/grants/use',
        {
          schema: {
            tags,
            summary: '凭授权用证 A granted department’s staff or organisation’s agent opens a licence',
            body: schema.GrantUseBody,
            response: { 200: schema.GrantedLicence, ...problemResponses, 410: Problem },
          },
        },
        async (request) =>
          licenses.grants.useAsGrantee(
            actorOf(request),
            auditContextOf(request),
            (request.body as { identifier: string }).identifier,
          ),
      );
      app.post(
        '/licenses/grants/redeem',
        {
          schema: {
            tags,
            summary: '凭一次性授权码查看证照（公开，一码一次）Use a one-time code',
            body: schema.GrantRedeemBody,
            response: { 200: schema.GrantedLicence, ...problemResponses, 410: Problem, 429: Problem },
          },
        },
        async (request) =>
          licenses.grants.redeem(
            actorOf(request),
            auditContextOf(request),
            (request.body as { code: string }).code,
            request.ip,
          ),
      );

      // ---- staff ----
      app.get(
        '/licenses',
        {
          schema: {
            tags,
            summary: '证照查询（工作人员）Search issued licences',
            querystring: schema.SearchQuery,
            response: { 200: schema.StaffLicencePage, ...problemResponses },
          },
        },
        async (request) =>
          licenses.search(actorOf(request), request.query as Static<typeof schema.SearchQuery>),
      );
      for (const action of ['revoke', 'suspend', 'reinstate'] as const) {
        app.post(
          `/licenses/:id/${action}`,
          {
            schema: {
              tags,
              summary: {
                revoke: '撤销证照 Revoke a licence',
                suspend: '暂停使用 Suspend a licence',
                reinstate: '恢复使用 Lift a suspension',
              }[action],
              params: IdParam,
              body: schema.ReasonBody,
              response: { 200: schema.LicenceDetail, ...problemResponses },
            },
          },
          async (request) =>
            licenses.setStatus(
              actorOf(request),
              auditContextOf(request),
              id(request),
              action,
              (request.body as { reason: string }).reason,
            ),
        );
      }
      app.post(
        '/licenses/:id/renew',
        {
          schema: {
            tags,
            summary: '换发 Renew: a new version, the old one superseded',
            params: IdParam,
            response: { 201: schema.LicenceDetail, ...problemResponses },
          },
        },
        async (request, reply) =>
          reply.code(201).send(await licenses.renew(actorOf(request), auditContextOf(request), id(request))),
      );

      // ---- administration ----
      app.get(
        '/licenses/admin/types',
        {
          schema: {
            tags,
            summary: '证照类型 Licence types',
            response: { 200: Type.Array(schema.LicenceType), ...problemResponses },
          },
        },
        async () => licenses.listTypes(),
      );
      app.put(
        '/licenses/admin/types/:code',
        {
          schema: {
            tags,
            summary: '新增或修改证照类型 Create or edit a licence type',
            params: Type.Object({ code: Type.String({ maxLength: 64 }) }),
            body: schema.LicenceTypeBody,
            response: { 200: schema.LicenceType, ...problemResponses },
          },
        },
        async (request) =>
          licenses.putType(
            actorOf(request),
            auditContextOf(request),
            (request.params as { code: string }).code,
            request.body as schema.LicenceTypeBody,
          ),
      );
      app.get(
        '/licenses/admin/seals',
        {
          schema: {
            tags,
            summary: '各部门电子印章 Seal settings and active keys per department',
            response: { 200: Type.Array(schema.DepartmentSeal), ...problemResponses },
          },
        },
        async (request) => licenses.sealOverview(actorOf(request)),
      );
      app.post(
        '/licenses/admin/seals/:id/rotate',
        {
          schema: {
            tags,
            summary: '轮换印章密钥 Rotate a department seal key (old key kept for verification)',
            params: IdParam,
            response: { 200: schema.PublishedSealKey, ...problemResponses },
          },
        },
        async (request) => licenses.rotateSeal(actorOf(request), auditContextOf(request), id(request)),
      );
      app.put(
        '/licenses/admin/seals/:id/algorithm',
        {
          schema: {
            tags,
            summary: '设置签名算法（国密 SM2 / Ed25519）Set a department seal algorithm',
            params: IdParam,
            body: schema.SealAlgorithmBody,
            response: { 200: schema.DepartmentSeal, ...problemResponses },
          },
        },
        async (request) =>
          licenses.setSealAlgorithm(
            actorOf(request),
            auditContextOf(request),
            id(request),
            (request.body as { algorithm: 'ed25519' | 'sm2' }).algorithm,
          ),
      );
      app.get(
        '/licenses/admin/import-template.xlsx',
        { schema: { tags, summary: '批量导入模板 The bulk-import template' } },
        async (request, reply) =>
          reply
            .type(XLSX)
            .header('content-disposition', attachment('licence-import.xlsx', '电子证照导入模板.xlsx'))
            .send(await imports.template(actorOf(request))),
      );
      app.post(
        '/licenses/admin/imports',
        {
          schema: {
            tags,
            summary: '上传批量导入文件 Upload an .xlsx of licences issued before Tongban',
            headers: Type.Object({ 'x-file-name': Type.Optional(Type.String({ maxLength: 600 })) }),
            response: { 202: Type.Object({ importId: Type.String() }), ...problemResponses },
          },
        },
        async (request, reply) => {
          if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
            throw problems.validation([
              { field: '(file)', message: { zh: '请上传 .xlsx 文件', en: 'Upload an .xlsx file' } },
            ]);
          }
          const fileName = fileNameHeader(request, 'licences.xlsx');
          const importId = await imports.start(
            actorOf(request),
            auditContextOf(request),
            fileName,
            request.body,
          );
          return reply.code(202).send({ importId });
        },
      );
      app.get(
        '/licenses/admin/imports/:id',
        {
          schema: {
            tags,
            summary: '导入进度与检查结果 Import progress and errors',
            params: IdParam,
            response: { 200: schema.ImportStatus, ...problemResponses },
          },
        },
        async (request) => imports.status(actorOf(request), id(request)),
      );
      app.post(
        '/licenses/admin/imports/:id/apply',
        {
          schema: {
            tags,
            summary: '确认导入（全部或全不）Apply the import, all or nothing',
            params: IdParam,
            response: { 200: schema.ImportStatus, ...problemResponses },
          },
        },
        async (request) => imports.apply(actorOf(request), auditContextOf(request), id(request)),
      );
    },
  };
}
