import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static } from 'typebox';
import { authorize } from '../../platform/auth/policy.ts';
import type { Platform } from '../../platform/context.ts';
import { inTransaction, read } from '../../platform/db/database.ts';
import { actorOf, auditContextOf } from '../../platform/http/request-context.ts';
import { cursorPage } from '../../platform/http/pagination.ts';
import { PageQuery, problemResponses } from '../../platform/http/schemas.ts';
import { SESSION_COOKIE, type HttpModule } from '../../platform/http/server.ts';
import { problems } from '../../platform/errors.ts';
import { identityPolicy } from './policy.ts';
import * as schema from './schema.ts';
import type { IdentityService, SessionCookie } from './service.ts';
import * as store from './store.ts';

export function identityRoutes(platform: Platform, identity: IdentityService): HttpModule {
  const { db } = platform;
  return {
    name: 'identity',
    routes(app: FastifyInstance) {
      const tags = ['identity'];

      /** Sets the new session's cookie and answers with the user as that session sees them. */
      async function openSession(reply: FastifyReply, session: { token: string; cookie: SessionCookie }) {
        reply.setCookie(session.cookie.name, session.cookie.value, session.cookie.options);
        return identity.me(await identity.actorForToken(session.token));
      }

      app.post(
        '/auth/register',
        {
          schema: {
            tags,
            summary: '市民注册 Register a citizen account',
            body: schema.RegisterBody,
            response: { 201: schema.Me, ...problemResponses },
          },
        },
        async (request, reply) => {
          const body = request.body as Static<typeof schema.RegisterBody>;
          const session = await identity.registerCitizen(request, auditContextOf(request), body);
          return reply.code(201).send(await openSession(reply, session));
        },
      );

      app.post(
        '/auth/login',
        {
          schema: {
            tags,
            summary: '登录 Log in',
            body: schema.LoginBody,
            response: { 200: schema.Me, ...problemResponses },
          },
        },
        async (request, reply) => {
          const body = request.body as Static<typeof schema.LoginBody>;
          const session = await identity.login(
            request,
            auditContextOf(request),
            body.identifier,
            body.password,
          );
          return openSession(reply, session);
        },
      );

      app.post(
        '/auth/logout',
        { schema: { tags, summary: '退出 Log out', response: { 204: Type.Null() } } },
        async (request, reply) => {
          await identity.logout(auditContextOf(request), actorOf(request));
          reply.clearCookie(SESSION_COOKIE, { path: '/' });
          return reply.code(204).send();
        },
      );

      app.get(
        '/auth/me',
        {
          schema: {
            tags,
            summary: '当前用户 Current user',
            response: { 200: schema.Me, ...problemResponses },
          },
        },
        async (request) => identity.me(actorOf(request)),
      );

      app.put(
        '/auth/me/preferences',
        {
          schema: {
            tags,
            summary: '我的显示偏好（长辈模式、语言）My display preferences (senior mode, language)',
            body: schema.PreferencesBody,
            response: { 200: schema.Preferences, ...problemResponses },
          },
        },
        async (request) => {
          const body = request.body as Static<typeof schema.PreferencesBody>;
          return identity.setPreferences(actorOf(request), auditContextOf(request), body);
        },
      );

      app.post(
        '/auth/acting-for',
        {
          schema: {
            tags,
            summary: '代办：选择代表的单位 Act for an organisation',
            body: schema.ActingForBody,
            response: { 200: schema.Me, ...problemResponses },
          },
        },
        async (request) => {
          const { organisationId } = request.body as Static<typeof schema.ActingForBody>;
          await identity.setActingFor(actorOf(request), auditContextOf(request), organisationId);
          return identity.me(await identity.authenticate(request));
        },
      );

      app.get(
        '/regions',
        {
          schema: {
            tags,
            summary: '行政区划 Administrative regions',
            querystring: schema.RegionQuery,
            response: { 200: Type.Object({ items: Type.Array(schema.Region) }) },
          },
        },
        async (request) => {
          const { parentCode } = request.query as Static<typeof schema.RegionQuery>;
          const rows = await store.listRegions(db, parentCode ?? null);
          return {
            items: rows.map((r) => ({
              code: r.code,
              name: r.name,
              level: r.level,
              parentCode: r.parent_code,
            })),
          };
        },
      );

      app.get(
        '/departments',
        {
          schema: {
            tags,
            summary: '部门 Departments',
            querystring: schema.DepartmentQuery,
            response: {
              200: Type.Object({
                items: Type.Array(schema.Department),
                nextCursor: Type.Union([Type.String(), Type.Null()]),
              }),
              ...problemResponses,
            },
          },
        },
        async (request) => {
          const query = request.query as Static<typeof schema.DepartmentQuery>;
          authorize(identityPolicy, 'listDepartments', actorOf(request), { regionCode: query.regionCode });
          const rows = await store.listDepartments(db, {
            regionCode: query.regionCode,
            after: query.cursor,
            limit: query.limit,
          });
          const { page, nextCursor } = cursorPage(rows, query.limit, (row) => row.id);
          return {
            items: page.map((d) => ({
              id: d.id,
              name: d.name,
              uscc: d.uscc,
              kind: d.kind,
              regionCode: d.region_code,
              regionName: d.region_name,
            })),
            nextCursor,
          };
        },
      );

      app.post(
        '/departments',
        {
          schema: {
            tags,
            summary: '新建部门 Create a department',
            body: schema.DepartmentBody,
            response: { 201: Type.Object({ id: Type.String() }), ...problemResponses },
          },
        },
        async (request, reply) => {
          const body = request.body as Static<typeof schema.DepartmentBody>;
          authorize(identityPolicy, 'manageDepartment', actorOf(request), {
            id: '',
            regionCode: body.regionCode,
          });
          const id = await inTransaction(db, (tx) =>
            identity.createDepartment(tx, auditContextOf(request), body),
          );
          return reply.code(201).send({ id });
        },
      );

      app.get(
        '/staff',
        {
          schema: {
            tags,
            summary: '工作人员 Staff accounts',
            querystring: PageQuery,
            response: {
              200: Type.Object({
                items: Type.Array(schema.StaffSummary),
                nextCursor: Type.Union([Type.String(), Type.Null()]),
              }),
              ...problemResponses,
            },
          },
        },
        async (request) => {
          const query = request.query as Static<typeof PageQuery>;
          authorize(identityPolicy, 'listStaff', actorOf(request), null);
          const rows = await store.listStaff(db, query.cursor, query.limit);
          const { page, nextCursor } = cursorPage(rows, query.limit, (row) => row.id);
          return {
            items: page.map((a) => ({
              id: a.id,
              loginName: a.login_name!,
              displayName: a.display_name,
              disabled: read.bool(a.disabled),
              lockedUntil: a.locked_until,
              createdAt: a.created_at,
            })),
            nextCursor,
          };
        },
      );

      app.post(
        '/staff',
        {
          schema: {
            tags,
            summary: '新建工作人员账号 Create a staff account',
            body: schema.StaffBody,
            response: { 201: Type.Object({ id: Type.String() }), ...problemResponses },
          },
        },
        async (request, reply) => {
          const body = request.body as Static<typeof schema.StaffBody>;
          const actor = actorOf(request);
          const id = await inTransaction(db, async (tx) => {
            for (const grant of body.roles) {
              const dept = await store.findDepartment(tx, grant.departmentId);
              if (dept)
                authorize(identityPolicy, 'manageStaff', actor, {
                  id: dept.id,
                  regionCode: dept.region_code,
                });
              else authorize(identityPolicy, 'listStaff', actor, null);
            }
            return identity.createStaffAccount(tx, auditContextOf(request), {
              loginName: body.loginName,
              password: body.password,
              person: { name: body.name, idNumber: body.idNumber, mobile: body.mobile ?? null },
              roles: body.roles,
            });
          });
          return reply.code(201).send({ id });
        },
      );

      app.get(
        '/people/:id',
        {
          schema: {
            tags,
            summary: '查看自然人信息（留痕）Read a person (audited)',
            params: schema.IdParam,
            response: { 200: schema.PersonView, ...problemResponses },
          },
        },
        async (request) => {
          const { id } = request.params as Static<typeof schema.IdParam>;
          return identity.readPerson(actorOf(request), auditContextOf(request), id);
        },
      );

      app.post(
        '/organisations',
        {
          schema: {
            tags,
            summary: '登记法人 Register an organisation',
            body: schema.OrganisationBody,
            response: { 201: schema.OrganisationView, ...problemResponses },
          },
        },
        async (request, reply) => {
          const body = request.body as Static<typeof schema.OrganisationBody>;
          authorize(identityPolicy, 'createOrganisation', actorOf(request), { regionCode: body.regionCode });
          const audit = auditContextOf(request);
          const result = await inTransaction(db, async (tx) => {
            const rep = await store.findPersonByIdHash(
              tx,
              platform.cipher.lookupHash(body.legalRepresentativeIdNumber.toUpperCase()),
            );
            if (!rep) {
              throw problems.validation([
                {
                  field: 'legalRepresentativeIdNumber',
                  message: {
                    zh: '法定代表人尚未登记为自然人',
                    en: 'The legal representative is not a registered person',
                  },
                },
              ]);
            }
            const org = await identity.createOrganisation(tx, audit, body);
            await identity.addRepresentation(tx, audit, org.id, rep.id, 'legal_representative');
            return org;
          });
          const view = await identity.organisationRecord(db, result.id);
          return reply.code(201).send({ ...view, usccWarnings: result.warnings });
        },
      );

      app.get(
        '/organisations/:id',
        {
          schema: {
            tags,
            summary: '法人信息 Read an organisation',
            params: schema.IdParam,
            response: { 200: schema.OrganisationView, ...problemResponses },
          },
        },
        async (request) => {
          const { id } = request.params as Static<typeof schema.IdParam>;
          const record = await identity.organisationRecord(db, id);
          authorize(identityPolicy, 'readOrganisation', actorOf(request), record);
          const org = await store.findOrganisation(db, id);
          return { ...record, usccWarnings: read.json(org!.uscc_warnings) };
        },
      );

      app.post(
        '/organisations/:id/agents',
        {
          schema: {
            tags,
            summary: '授权经办人 Authorise an agent',
            params: schema.IdParam,
            body: schema.AgentBody,
            response: {
              201: Type.Object({
                personId: Type.String(),
                name: Type.String(),
                idNumberMasked: Type.String(),
              }),
              ...problemResponses,
            },
          },
        },
        async (request, reply) => {
          const { id } = request.params as Static<typeof schema.IdParam>;
          const { idNumber } = request.body as Static<typeof schema.AgentBody>;
          return reply
            .code(201)
            .send(await identity.authoriseAgent(actorOf(request), auditContextOf(request), id, idNumber));
        },
      );

      app.delete(
        '/organisations/:id/agents/:personId',
        {
          schema: {
            tags,
            summary: '撤销经办人 Revoke an agent',
            params: Type.Object({ id: Type.String(), personId: Type.String() }),
            response: { 204: Type.Null(), ...problemResponses },
          },
        },
        async (request, reply) => {
          const { id, personId } = request.params as { id: string; personId: string };
          await identity.revokeAgent(actorOf(request), auditContextOf(request), id, personId);
          return reply.code(204).send();
        },
      );
    },
  };
}
