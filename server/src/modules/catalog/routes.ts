import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import type { Platform } from '../../platform/context.ts';
import { problems } from '../../platform/errors.ts';
import { fileNameHeader } from '../../platform/http/file-name.ts';
import { cursorPage } from '../../platform/http/pagination.ts';
import { actorOf, auditContextOf } from '../../platform/http/request-context.ts';
import { PageQuery, problemResponses } from '../../platform/http/schemas.ts';
import type { HttpModule } from '../../platform/http/server.ts';
import type { IdentityService } from '../identity/service.ts';
import type { CatalogSearch } from './catalog-search.ts';
import { FormSchema, ItemContent } from './content.ts';
import { validateFormData } from './form.ts';
import type { CatalogImports } from './imports.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { catalogPolicy } from './policy.ts';
import { listTopics, type createSynonymService } from './reference.ts';
import { publicationIssues } from './rules.ts';
import * as schema from './schema.ts';
import type { CatalogService } from './service.ts';
import * as store from './store.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const IdParam = Type.Object({ id: Type.String({ maxLength: 64 }) });

export interface CatalogDeps {
  identity: IdentityService;
  catalog: CatalogService;
  search: CatalogSearch;
  imports: CatalogImports;
  synonyms: ReturnType<typeof createSynonymService>;
}

export function catalogRoutes(platform: Platform, deps: CatalogDeps): HttpModule {
  const { db } = platform;
  const { identity, catalog, search, imports, synonyms } = deps;
  return {
    name: 'catalog',
    async routes(app: FastifyInstance) {
      const tags = ['catalog'];
      app.addContentTypeParser(
        XLSX,
        { parseAs: 'buffer', bodyLimit: 30 * 1024 * 1024 },
        (_request, body, done) => done(null, body),
      );

      // ---- public ----
      app.get(
        '/catalog/search',
        {
          schema: {
            tags,
            summary: '事项搜索 Search items and bundles',
            querystring: schema.SearchQuery,
            response: { 200: schema.SearchResponse, ...problemResponses },
          },
        },
        async (request) => {
          const { q, limit, offset, ...filters } = request.query as Static<typeof schema.SearchQuery>;
          return search.search(q ?? '', filters, limit, offset);
        },
      );

      app.get(
        '/catalog/suggest',
        {
          schema: {
            tags,
            summary: '搜索联想 Type-ahead suggestions',
            querystring: Type.Object({
              q: Type.String({ maxLength: 50 }),
              limit: Type.Integer({ minimum: 1, maximum: 20, default: 8 }),
            }),
            response: { 200: Type.Object({ suggestions: Type.Array(Type.String()) }) },
          },
        },
        async (request) => {
          const { q, limit } = request.query as { q: string; limit: number };
          return { suggestions: await search.suggest(q, limit) };
        },
      );

      app.get(
        '/catalog/topics',
        {
          schema: {
            tags,
            summary: '主题分类 Life-event topics',
            response: { 200: Type.Object({ items: Type.Array(schema.Topic) }) },
          },
        },
        async () => {
          const counts = await search.topicCounts();
          const topics = await listTopics(db);
          return {
            items: topics.map((t) => ({
              code: t.code,
              name: t.name,
              nameEn: t.name_en,
              audience: t.audience,
              itemCount: counts.get(t.code) ?? 0,
            })),
          };
        },
      );

      app.get(
        '/catalog/popular',
        {
          schema: {
            tags,
            summary: '热门服务 Popular services',
            querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 50, default: 8 }) }),
            response: { 200: Type.Object({ items: Type.Array(schema.SearchHit) }) },
          },
        },
        async (request) => ({ items: await search.popular((request.query as { limit: number }).limit) }),
      );

      app.get(
        '/catalog/items/:id',
        {
          schema: {
            tags,
            summary: '办事指南 Published guide of an item',
            params: IdParam,
            response: { 200: schema.ItemView, ...problemResponses },
          },
        },
        async (request) => catalog.publishedItem((request.params as { id: string }).id),
      );

      app.get(
        '/catalog/items/:id/versions/:versionId',
        {
          schema: {
            tags,
            summary: '事项的某一版本 One version of an item',
            params: Type.Object({ id: Type.String(), versionId: Type.String() }),
            response: { 200: schema.ItemView, ...problemResponses },
          },
        },
        async (request) => {
          const { id, versionId } = request.params as { id: string; versionId: string };
          return catalog.itemVersionView(actorOf(request), id, versionId);
        },
      );

      app.get(
        '/catalog/bundles/:id',
        {
          schema: {
            tags,
            summary: '一件事 Published bundle',
            params: IdParam,
            response: { 200: schema.BundleView, ...problemResponses },
          },
        },
        async (request) => catalog.publishedBundle((request.params as { id: string }).id),
      );

      app.get(
        '/catalog/power-list',
        {
          schema: {
            tags,
            summary: '权力清单 Power list with legal basis',
            querystring: schema.PowerListQuery,
            response: {
              200: Type.Object({
                items: Type.Array(
                  Type.Object({
                    id: Type.String(),
                    name: Type.String(),
                    itemType: Type.String(),
                    implementationCode: Type.String(),
                    departmentName: Type.String(),
                    legalBasis: Type.String(),
                  }),
                ),
                nextCursor: Type.Union([Type.String(), Type.Null()]),
              }),
            },
          },
        },
        async (request) => {
          const query = request.query as Static<typeof schema.PowerListQuery>;
          const rows = await store.publishedPowerItems(db, query.departmentId, query.cursor, query.limit);
          const { page, nextCursor } = cursorPage(rows, query.limit, (r) => r.implementation_code);
          const departments = await identity.departmentsById([...new Set(page.map((r) => r.department_id))]);
          return {
            items: page.map((r) => ({
              id: r.id,
              name: r.name,
              itemType: r.item_type,
              implementationCode: r.implementation_code,
              departmentName: departments.get(r.department_id)?.name ?? '',
              legalBasis: (JSON.parse(r.content) as ItemContent).legalBasis,
            })),
            nextCursor,
          };
        },
      );

      app.get(
        '/catalog/departments',
        {
          schema: {
            tags,
            summary: '有事项的部门 Departments with published items',
            response: {
              200: Type.Object({
                items: Type.Array(
                  Type.Object({
                    id: Type.String(),
                    name: Type.String(),
                    regionCode: Type.String(),
                    regionName: Type.String(),
                    itemCount: Type.Integer(),
                  }),
                ),
              }),
            },
          },
        },
        async () => {
          const counts = await search.departmentCounts();
          const departments = await identity.departmentsById([...counts.keys()]);
          return {
            items: [...departments.values()]
              .sort(
                (a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh-CN'),
              )
              .map((d) => ({
                id: d.id,
                name: d.name,
                regionCode: d.regionCode,
                regionName: d.regionName,
                itemCount: counts.get(d.id) ?? 0,
              })),
          };
        },
      );

      // ---- admin ----
      app.get(
        '/catalog/admin/items',
        {
          schema: {
            tags,
            summary: '事项管理列表 Items for administrators',
            querystring: schema.AdminItemQuery,
            response: {
              200: Type.Object({
                items: Type.Array(schema.AdminItemSummary),
                nextCursor: Type.Union([Type.String(), Type.Null()]),
              }),
              ...problemResponses,
            },
          },
        },
        async (request) => {
          authorize(catalogPolicy, 'manageCatalog', actorOf(request), null);
          const query = request.query as Static<typeof schema.AdminItemQuery>;
          const rows = await store.listItemsForAdmin(db, {
            q: query.q,
            departmentId: query.departmentId,
            itemType: query.itemType,
            status: query.status,
            after: query.cursor,
            limit: query.limit,
          });
          const { page, nextCursor } = cursorPage(rows, query.limit, (r) => r.id);
          const departments = await identity.departmentsById([...new Set(page.map((r) => r.department_id))]);
          const regions = await identity.regionsByCode();
          return {
            items: page.map((r) => ({
              id: r.id,
              implementationCode: r.implementation_code,
              name: r.name,
              itemType: r.item_type,
              departmentName: departments.get(r.department_id)?.name ?? '',
              regionName: regions.get(r.region_code)?.name ?? r.region_code,
              publishedVersionNo: r.published_version_no,
              draftVersionNo: r.draft_version_no,
              updatedAt: r.updated_at,
            })),
            nextCursor,
          };
        },
      );

      app.post(
        '/catalog/admin/items',
        {
          schema: {
            tags,
            summary: '新建事项 Create an item (draft)',
            body: schema.CreateItemBody,
            response: { 201: schema.AdminItemView, ...problemResponses },
          },
        },
        async (request, reply) => {
          const body = request.body as Static<typeof schema.CreateItemBody>;
          const id = await catalog.createItem(actorOf(request), auditContextOf(request), body);
          return reply.code(201).send(await catalog.adminItem(actorOf(request), id));
        },
      );

      app.get(
        '/catalog/admin/items/:id',
        {
          schema: {
            tags,
            summary: '事项（含草稿）Item with its draft',
            params: IdParam,
            response: { 200: schema.AdminItemView, ...problemResponses },
          },
        },
        async (request) => catalog.adminItem(actorOf(request), (request.params as { id: string }).id),
      );

      app.put(
        '/catalog/admin/items/:id/draft',
        {
          schema: {
            tags,
            summary: '保存草稿 Save the draft',
            params: IdParam,
            body: schema.SaveItemDraftBody,
            response: { 200: schema.AdminItemView, ...problemResponses },
          },
        },
        async (request) => {
          const { id } = request.params as { id: string };
          const body = request.body as Static<typeof schema.SaveItemDraftBody>;
          await catalog.saveItemDraft(
            actorOf(request),
            auditContextOf(request),
            id,
            body.content,
            body.baseVersionNo,
          );
          return catalog.adminItem(actorOf(request), id);
        },
      );

      app.post(
        '/catalog/admin/items/:id/publish',
        {
          schema: {
            tags,
            summary: '发布 Publish the draft',
            params: IdParam,
            response: { 200: schema.AdminItemView, 422: problemResponses[400], ...problemResponses },
          },
        },
        async (request) => {
          const { id } = request.params as { id: string };
          await catalog.publishItem(actorOf(request), auditContextOf(request), id);
          search.invalidate();
          return catalog.adminItem(actorOf(request), id);
        },
      );

      app.post(
        '/catalog/admin/items/:id/retire',
        {
          schema: {
            tags,
            summary: '停用 Retire the published version',
            params: IdParam,
            response: { 200: schema.AdminItemView, ...problemResponses },
          },
        },
        async (request) => {
          const { id } = request.params as { id: string };
          await catalog.retireItem(actorOf(request), auditContextOf(request), id);
          search.invalidate();
          return catalog.adminItem(actorOf(request), id);
        },
      );

      app.get(
        '/catalog/admin/items/:id/diff',
        {
          schema: {
            tags,
            summary: '版本比较 Compare two versions',
            params: IdParam,
            querystring: schema.DiffQuery,
            response: { 200: schema.DiffResponse, ...problemResponses },
          },
        },
        async (request) => {
          const { from, to } = request.query as Static<typeof schema.DiffQuery>;
          return catalog.diffItem(actorOf(request), (request.params as { id: string }).id, from, to);
        },
      );

      app.post(
        '/catalog/admin/validate',
        {
          schema: {
            tags,
            summary: '发布规则检查 Check the publication rules',
            body: Type.Object({ content: ItemContent }),
            response: { 200: Type.Object({ issues: Type.Array(schema.Issue) }), ...problemResponses },
          },
        },
        async (request) => {
          authorize(catalogPolicy, 'manageCatalog', actorOf(request), null);
          return { issues: publicationIssues((request.body as { content: ItemContent }).content) };
        },
      );

      app.post(
        '/catalog/admin/form-preview',
        {
          schema: {
            tags,
            summary: '表单数据校验预览 Validate form data against a form schema',
            body: Type.Object({ form: FormSchema, data: Type.Unknown() }),
            response: {
              200: Type.Object({
                errors: Type.Array(
                  Type.Object({
                    field: Type.String(),
                    message: Type.Object({ zh: Type.String(), en: Type.String() }),
                  }),
                ),
              }),
              ...problemResponses,
            },
          },
        },
        async (request) => {
          authorize(catalogPolicy, 'manageCatalog', actorOf(request), null);
          const { form, data } = request.body as { form: Static<typeof FormSchema>; data: unknown };
          const regions = await identity.regionsByCode();
          return { errors: validateFormData(form, data, { isRegion: (code) => regions.has(code) }) };
        },
      );

      app.get(
        '/catalog/admin/bundles',
        {
          schema: {
            tags,
            summary: '一件事管理列表 Bundles for administrators',
            response: {
              200: Type.Object({
                items: Type.Array(
                  Type.Object({
                    id: Type.String(),
                    code: Type.String(),
                    name: Type.String(),
                    publishedVersionNo: Type.Union([Type.Integer(), Type.Null()]),
                    draftVersionNo: Type.Union([Type.Integer(), Type.Null()]),
                    updatedAt: Type.String(),
                  }),
                ),
              }),
              ...problemResponses,
            },
          },
        },
        async (request) => {
          authorize(catalogPolicy, 'manageCatalog', actorOf(request), null);
          const rows = await store.listBundlesForAdmin(db);
          return {
            items: rows.map((r) => ({
              id: r.id,
              code: r.code,
              name: r.name,
              publishedVersionNo: r.published_version_no,
              draftVersionNo: r.draft_version_no,
              updatedAt: r.updated_at,
            })),
          };
        },
      );

      app.post(
        '/catalog/admin/bundles',
        {
          schema: {
            tags,
            summary: '新建一件事 Create a bundle (draft)',
            body: schema.CreateBundleBody,
            response: { 201: schema.AdminBundleView, ...problemResponses },
          },
        },
        async (request, reply) => {
          const body = request.body as Static<typeof schema.CreateBundleBody>;
          const id = await catalog.createBundle(
            actorOf(request),
            auditContextOf(request),
            body.code,
            body.content,
          );
          return reply.code(201).send(await catalog.adminBundle(actorOf(request), id));
        },
      );

      app.get(
        '/catalog/admin/bundles/:id',
        {
          schema: {
            tags,
            summary: '一件事（含草稿）Bundle with its draft',
            params: IdParam,
            response: { 200: schema.AdminBundleView, ...problemResponses },
          },
        },
        async (request) => catalog.adminBundle(actorOf(request), (request.params as { id: string }).id),
      );

      app.put(
        '/catalog/admin/bundles/:id/draft',
        {
          schema: {
            tags,
            summary: '保存一件事草稿 Save a bundle draft',
            params: IdParam,
            body: schema.SaveBundleDraftBody,
            response: { 200: schema.AdminBundleView, ...problemResponses },
          },
        },
        async (request) => {
          const { id } = request.params as { id: string };
          const body = request.body as Static<typeof schema.SaveBundleDraftBody>;
          await catalog.saveBundleDraft(
            actorOf(request),
            auditContextOf(request),
            id,
            body.content,
            body.baseVersionNo,
          );
          return catalog.adminBundle(actorOf(request), id);
        },
      );

      app.post(
        '/catalog/admin/bundles/:id/publish',
        {
          schema: {
            tags,
            summary: '发布一件事 Publish a bundle',
            params: IdParam,
            response: { 200: schema.AdminBundleView, 422: problemResponses[400], ...problemResponses },
          },
        },
        async (request) => {
          const { id } = request.params as { id: string };
          await catalog.publishBundle(actorOf(request), auditContextOf(request), id);
          search.invalidate();
          return catalog.adminBundle(actorOf(request), id);
        },
      );

      app.get(
        '/catalog/admin/synonyms',
        {
          schema: {
            tags,
            summary: '同义词词典 Colloquial-phrase dictionary',
            querystring: Type.Intersect([
              PageQuery,
              Type.Object({ q: Type.Optional(Type.String({ maxLength: 40 })) }),
            ]),
            response: {
              200: Type.Object({
                items: Type.Array(schema.Synonym),
                nextCursor: Type.Union([Type.String(), Type.Null()]),
              }),
              ...problemResponses,
            },
          },
        },
        async (request) => {
          authorize(catalogPolicy, 'manageCatalog', actorOf(request), null);
          const query = request.query as { limit: number; cursor?: string; q?: string };
          const rows = await synonyms.list(query.limit, query.cursor, query.q);
          const { page, nextCursor } = cursorPage(rows, query.limit, (r) => r.phrase);
          return {
            items: page.map((r) => ({
              id: r.id,
              phrase: r.phrase,
              expansions: JSON.parse(r.expansions) as string[],
            })),
            nextCursor,
          };
        },
      );

      app.post(
        '/catalog/admin/synonyms',
        {
          schema: {
            tags,
            summary: '新增同义词 Add a phrase',
            body: schema.SynonymBody,
            response: { 201: schema.Synonym, ...problemResponses },
          },
        },
        async (request, reply) => {
          const saved = await synonyms.save(
            actorOf(request),
            auditContextOf(request),
            null,
            request.body as Static<typeof schema.SynonymBody>,
          );
          search.invalidate();
          return reply.code(201).send(saved);
        },
      );

      app.put(
        '/catalog/admin/synonyms/:id',
        {
          schema: {
            tags,
            summary: '修改同义词 Edit a phrase',
            params: IdParam,
            body: schema.SynonymBody,
            response: { 200: schema.Synonym, ...problemResponses },
          },
        },
        async (request) => {
          const saved = await synonyms.save(
            actorOf(request),
            auditContextOf(request),
            (request.params as { id: string }).id,
            request.body as Static<typeof schema.SynonymBody>,
          );
          search.invalidate();
          return saved;
        },
      );

      app.delete(
        '/catalog/admin/synonyms/:id',
        {
          schema: {
            tags,
            summary: '删除同义词 Delete a phrase',
            params: IdParam,
            response: { 204: Type.Null(), ...problemResponses },
          },
        },
        async (request, reply) => {
          await synonyms.remove(
            actorOf(request),
            auditContextOf(request),
            (request.params as { id: string }).id,
          );
          search.invalidate();
          return reply.code(204).send();
        },
      );

      app.post(
        '/catalog/admin/imports',
        {
          schema: {
            tags,
            summary: '上传 Excel 导入（先预览）Upload an .xlsx for a dry run',
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
          const fileName = fileNameHeader(request, 'catalog.xlsx');
          const importId = await imports.startImport(
            actorOf(request),
            auditContextOf(request),
            fileName,
            request.body,
          );
          return reply.code(202).send({ importId });
        },
      );

      app.get(
        '/catalog/admin/imports/:id',
        {
          schema: {
            tags,
            summary: '导入进度与预览 Import progress and preview',
            params: IdParam,
            response: { 200: schema.ImportStatus, ...problemResponses },
          },
        },
        async (request) => imports.importStatus(actorOf(request), (request.params as { id: string }).id),
      );

      app.post(
        '/catalog/admin/imports/:id/apply',
        {
          schema: {
            tags,
            summary: '确认导入（全部或全不）Apply the import, all or nothing',
            params: IdParam,
            response: { 200: schema.ImportStatus, ...problemResponses },
          },
        },
        async (request) => {
          const status = await imports.applyImport(
            actorOf(request),
            auditContextOf(request),
            (request.params as { id: string }).id,
          );
          search.invalidate();
          return status;
        },
      );

      app.get(
        '/catalog/admin/export.xlsx',
        { schema: { tags, summary: '导出 Excel Export the catalogue as .xlsx' } },
        async (request, reply) => {
          const data = await imports.exportWorkbook(actorOf(request));
          return reply
            .type(XLSX)
            .header(
              'content-disposition',
              `attachment; filename="catalog.xlsx"; filename*=UTF-8''${encodeURIComponent('政务服务事项目录.xlsx')}`,
            )
            .send(data);
        },
      );
    },
  };
}
