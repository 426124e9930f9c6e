import { drainJobs, expectStatus, upload } from '../../src/modules/cases/cases.fixture.ts';
import { makeUscc } from '../../src/modules/identity/uscc.ts';
import type { TestClient } from '../harness.ts';
import type { Probe } from './probe.ts';
import type { RouteKey } from './route-table.ts';
import {
  addDays,
  beijingToday,
  bundleContent,
  freshPerson,
  LISI,
  OTHER_REGION,
  unique,
  XH_CENTRE,
  XH_MARKET,
  XH_REVIEWER_2,
  ZHANGSAN,
  ZHANGSAN_ID,
  type World,
} from './world.ts';

// The authorisation matrix: one entry per registered route (`METHOD /path` as Fastify registered it),
// each tried by five callers. What each caller may do is what the module's policy.ts says; where a
// route answers something other than the default (anonymous 401, everyone else 403, the right person
// 2xx) the entry says so, and `note` says why.

export type ActorKind = 'anonymous' | 'otherCitizen' | 'otherDepartment' | 'otherRegion' | 'right';
export const ACTOR_KINDS: ActorKind[] = [
  'anonymous',
  'otherCitizen',
  'otherDepartment',
  'otherRegion',
  'right',
];

/** 'ok': any 2xx (3xx too for public pages); a number: exactly that status, with a problem+json body. */
export type Outcome = 'ok' | 401 | 403 | 404 | 409 | 410;

export interface Entry {
  /** Anyone may call it (no login): every caller gets the same success; says why. */
  public?: string;
  /**
   * Answers about the caller (my inbox, my applications …): every signed-in caller of the kinds
   * listed gets 2xx for their own data, anonymous 401, the others 403.
   */
  self?: Array<'citizen' | 'staff'>;
  /** Login of the right person (null: no caller of the five may; `note` says who can). */
  right?: string | null;
  /** Logins standing in for the other callers when the defaults (李四, 西湖区卫健局, 上城区) do not fit. */
  as?: Partial<Record<'otherCitizen' | 'otherDepartment' | 'otherRegion', string>>;
  /** Outcomes that differ from the default. */
  expect?: Partial<Record<ActorKind, Outcome>>;
  /** Every caller uses a new session (routes that open, change or end one). */
  freshSessions?: boolean;
  /** Build the request once per caller (routes whose target is used up by one success). */
  perCaller?: boolean;
  request(w: World, caller: ActorKind): Promise<Probe> | Probe;
  note?: string;
}

const get = (url: string): Probe => ({ method: 'GET', url });
const post = (url: string, body: unknown = {}): Probe => ({ method: 'POST', url, body });
const put = (url: string, body: unknown): Probe => ({ method: 'PUT', url, body });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SUPERVISION_SCOPE = 'regionCode=330106';
const randomSequence = () => 10_000_000 + Math.floor(Math.random() * 80_000_000);

/** The other callers of an entry, by who the right person is. */
export function defaultLogins(right: string | null | undefined) {
  const byRight: Record<string, string> = {
    admin: OTHER_REGION.admin,
    supervisor01: OTHER_REGION.supervisor,
    window01: OTHER_REGION.window,
    [ZHANGSAN]: OTHER_REGION.window,
  };
  return {
    otherCitizen: LISI,
    otherDepartment: right === 'xh-health' ? 'xh-housing' : 'xh-health',
    otherRegion: (right && byRight[right]) ?? OTHER_REGION.market,
  };
}

async function me(client: TestClient) {
  return expectStatus(await client.get<{ accountId: string }>('/api/v1/auth/me'), 200);
}

async function versionOfCase(w: World, id: string) {
  const view = await (await w.as(ZHANGSAN)).get<{ version: number }>(`/api/v1/cases/${id}`);
  return expectStatus(view, 200).version;
}

async function approvedWithToken(w: World) {
  const c = await w.newApproved();
  const messages = expectStatus(
    await (
      await w.as(ZHANGSAN)
    ).get<{ items: Array<{ title: string; body: string }> }>('/api/v1/me/messages?limit=100'),
    200,
  ).items;
  const invite = messages.find((m) => m.title.includes(c.caseNumber!) && /token=/.test(m.body));
  return /token=([\w.-]+)/.exec(invite!.body)![1]!;
}

const SUPERVISION: Partial<Record<RouteKey, Entry>> = Object.fromEntries(
  (
    [
      ['indicators', ''],
      ['breakdown', '&by=department'],
      ['rankings', '&by=department&indicator=casesHandled'],
      ['trend', '&indicator=casesHandled'],
      ['cases', ''],
      ['alerts', '&level=overdue'],
      ['burden', ''],
      ['export.xlsx', ''],
    ] as const
  ).map(([path, extra]) => [
    `GET /api/v1/supervision/${path}`,
    {
      right: 'supervisor01',
      request: () => get(`/api/v1/supervision/${path}?${SUPERVISION_SCOPE}${extra}`),
      note: '西湖区 scope: the province supervisor may; 上城区’s may not; a leader only with their own departmentId',
    } satisfies Entry,
  ]),
);

export const MATRIX: Partial<Record<RouteKey, Entry>> = {
  // ---- platform ----
  'GET /healthz': { public: 'liveness probe', request: () => get('/healthz') },
  'GET /readyz': { public: 'readiness probe', request: () => get('/readyz') },
  'GET /metrics': {
    public: 'Prometheus scrape (no personal data; route and status labels only)',
    request: () => get('/metrics'),
  },
  'GET /api/openapi.json': { public: 'the API description', request: () => get('/api/openapi.json') },
  'GET /api/docs': { public: 'API documentation UI', request: () => get('/api/docs') },
  'GET /api/docs/json': { public: 'API documentation UI', request: () => get('/api/docs/json') },
  'GET /api/docs/yaml': { public: 'API documentation UI', request: () => get('/api/docs/yaml') },
  'GET /api/docs/static/index.html': {
    public: 'API documentation UI',
    request: () => get('/api/docs/static/index.html'),
  },
  'GET /api/docs/static/swagger-initializer.js': {
    public: 'API documentation UI',
    request: () => get('/api/docs/static/swagger-initializer.js'),
  },
  'GET /api/docs/static/*': {
    public: 'API documentation UI',
    request: () => get('/api/docs/static/swagger-ui.css'),
  },
  'GET /.well-known/tongban/seal-keys.json': {
    public: 'seal public keys for offline verification',
    request: () => get('/.well-known/tongban/seal-keys.json'),
  },

  // ---- identity ----
  'POST /api/v1/auth/register': {
    public: 'citizen self-registration',
    freshSessions: true,
    perCaller: true,
    request: () =>
      post('/api/v1/auth/register', { name: '测试市民', ...freshPerson(), password: 'Secret1234' }),
    note: 'a signed-in caller registering is not refused; the new session replaces theirs',
  },
  'POST /api/v1/auth/login': {
    public: 'login',
    freshSessions: true,
    request: () => post('/api/v1/auth/login', { identifier: LISI, password: 'Tongban@2026' }),
  },
  'POST /api/v1/auth/logout': {
    public: 'ends the caller’s own session (none for anonymous: 204 all the same)',
    freshSessions: true,
    request: () => post('/api/v1/auth/logout'),
  },
  'GET /api/v1/auth/me': { self: ['citizen', 'staff'], request: () => get('/api/v1/auth/me') },
  'PUT /api/v1/auth/me/preferences': {
    self: ['citizen', 'staff'],
    request: () => put('/api/v1/auth/me/preferences', { seniorMode: true, language: 'zh-CN' }),
    note: 'every account sets only its own display preferences; there is no way to name another',
  },
  'POST /api/v1/auth/acting-for': {
    right: ZHANGSAN,
    freshSessions: true,
    request: (w) => post('/api/v1/auth/acting-for', { organisationId: w.ids.xizihuOrgId }),
    note: '张三 represents 西子湖餐饮; 李四 and staff may not act for it',
  },
  'GET /api/v1/regions': { public: 'administrative regions', request: () => get('/api/v1/regions') },
  'GET /api/v1/departments': {
    right: 'admin',
    expect: { otherDepartment: 'ok', otherRegion: 'ok' },
    request: () => get('/api/v1/departments?regionCode=330106'),
    note: 'any staff member lists departments (isStaff); citizens may not',
  },
  'POST /api/v1/departments': {
    right: 'admin',
    request: () =>
      post('/api/v1/departments', {
        name: `杭州市西湖区测试局${unique()}`,
        kind: 'market_regulation',
        regionCode: '330106',
        uscc: makeUscc({
          registrationAuthority: '1',
          category: '1',
          regionCode: '330106',
          sequence: randomSequence(),
        }),
      }),
    note: 'an admin whose region covers 330106; 上城区’s admin may not',
  },
  'GET /api/v1/staff': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => get('/api/v1/staff'),
    note: 'listStaff: any admin or supervisor, of any region (not scoped)',
  },
  'POST /api/v1/staff': {
    right: 'admin',
    request: async (w) =>
      post('/api/v1/staff', {
        loginName: `sec${unique()}`,
        password: 'Tongban@2026',
        name: '测试人员',
        idNumber: freshPerson().idNumber,
        roles: [{ role: 'window', departmentId: await w.dept(XH_CENTRE) }],
      }),
    note: 'manageStaff: an admin whose region covers the department',
  },
  'GET /api/v1/people/:id': {
    right: ZHANGSAN,
    expect: { otherDepartment: 'ok', otherRegion: 'ok' },
    request: (w) => get(`/api/v1/people/${w.ids.zhangsanPersonId}`),
    note: 'readPerson: the person, or any window/reviewer/leader/supervisor/admin of any region (audited)',
  },
  'POST /api/v1/organisations': {
    right: 'admin',
    request: () =>
      post('/api/v1/organisations', {
        name: `杭州测试科技有限公司${unique()}`,
        uscc: makeUscc({
          registrationAuthority: '9',
          category: '1',
          regionCode: '330106',
          sequence: randomSequence(),
        }),
        kind: 'enterprise',
        regionCode: '330106',
        legalRepresentativeIdNumber: ZHANGSAN_ID,
      }),
    note: 'createOrganisation: an admin whose region covers 330106',
  },
  'GET /api/v1/organisations/:id': {
    right: ZHANGSAN,
    expect: { otherDepartment: 'ok' },
    request: (w) => get(`/api/v1/organisations/${w.ids.xizihuOrgId}`),
    note: 'its representatives, and front-line staff whose region covers the organisation’s',
  },
  'POST /api/v1/organisations/:id/agents': {
    right: ZHANGSAN,
    request: (w) =>
      post(`/api/v1/organisations/${w.ids.xizihuOrgId}/agents`, { idNumber: w.ids.wangwuIdNumber }),
    note: 'manageAgents: the legal representative only',
  },
  'DELETE /api/v1/organisations/:id/agents/:personId': {
    right: ZHANGSAN,
    request: async (w) => {
      const added = await (
        await w.as(ZHANGSAN)
      ).post<{ personId: string }>(`/api/v1/organisations/${w.ids.xizihuOrgId}/agents`, {
        idNumber: '33010519791130233X',
      });
      const personId = added.status === 201 ? added.body.personId : 'none';
      return { method: 'DELETE', url: `/api/v1/organisations/${w.ids.xizihuOrgId}/agents/${personId}` };
    },
    note: 'manageAgents: the legal representative only',
  },

  // ---- catalogue (public reads) ----
  'GET /api/v1/catalog/search': {
    public: 'item search',
    request: () => get('/api/v1/catalog/search?q=测试'),
  },
  'GET /api/v1/catalog/suggest': {
    public: 'search suggestions',
    request: () => get('/api/v1/catalog/suggest?q=测试'),
  },
  'GET /api/v1/catalog/topics': { public: 'topics', request: () => get('/api/v1/catalog/topics') },
  'GET /api/v1/catalog/popular': { public: 'popular items', request: () => get('/api/v1/catalog/popular') },
  'GET /api/v1/catalog/items/:id': {
    public: 'a published item’s guide',
    request: (w) => get(`/api/v1/catalog/items/${w.ids.manualItem.id}`),
  },
  'GET /api/v1/catalog/items/:id/versions/:versionId': {
    public: 'a published version (drafts: admins covering the region)',
    request: async (w) => {
      const item = expectStatus(
        await (await w.as(null)).get<{ versionId: string }>(`/api/v1/catalog/items/${w.ids.manualItem.id}`),
        200,
      );
      return get(`/api/v1/catalog/items/${w.ids.manualItem.id}/versions/${item.versionId}`);
    },
  },
  'GET /api/v1/catalog/bundles/:id': {
    public: 'a published bundle',
    request: (w) => get(`/api/v1/catalog/bundles/${w.ids.bundleId}`),
  },
  'GET /api/v1/catalog/power-list': { public: '权力清单', request: () => get('/api/v1/catalog/power-list') },
  'GET /api/v1/catalog/departments': {
    public: 'departments with items',
    request: () => get('/api/v1/catalog/departments'),
  },
  'GET /api/v1/catalog/items/:id/faq': {
    public: 'published consultations of an item',
    request: (w) => get(`/api/v1/catalog/items/${w.ids.manualItem.code}/faq`),
  },

  // ---- catalogue administration ----
  'GET /api/v1/catalog/admin/items': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => get('/api/v1/catalog/admin/items'),
    note: 'manageCatalog: any admin (the list is not narrowed by region)',
  },
  'POST /api/v1/catalog/admin/items': {
    right: 'admin',
    request: async (w) =>
      post('/api/v1/catalog/admin/items', {
        departmentId: await w.dept(XH_MARKET),
        regionCode: '330106',
        content: w.itemContent(),
      }),
    note: 'manageItem: an admin whose region covers the item’s',
  },
  'GET /api/v1/catalog/admin/items/:id': {
    right: 'admin',
    request: (w) => get(`/api/v1/catalog/admin/items/${w.ids.manualItem.id}`),
    note: 'readDraft: an admin whose region covers the item’s',
  },
  'PUT /api/v1/catalog/admin/items/:id/draft': {
    right: 'admin',
    request: async (w) => {
      const draft = await w.newDraftItem();
      return put(`/api/v1/catalog/admin/items/${draft.id}/draft`, {
        content: { ...draft.content, name: '测试个人事项（修改）' },
        baseVersionNo: draft.versionNo,
      });
    },
  },
  'POST /api/v1/catalog/admin/items/:id/publish': {
    right: 'admin',
    request: async (w) => post(`/api/v1/catalog/admin/items/${(await w.newDraftItem()).id}/publish`),
  },
  'POST /api/v1/catalog/admin/items/:id/retire': {
    right: 'admin',
    request: async (w) => {
      const draft = await w.newDraftItem();
      expectStatus(await (await w.as('admin')).post(`/api/v1/catalog/admin/items/${draft.id}/publish`), 200);
      return post(`/api/v1/catalog/admin/items/${draft.id}/retire`);
    },
  },
  'GET /api/v1/catalog/admin/items/:id/diff': {
    right: 'admin',
    request: async (w) => {
      const draft = await w.newDraftItem();
      const admin = await w.as('admin');
      expectStatus(await admin.post(`/api/v1/catalog/admin/items/${draft.id}/publish`), 200);
      const saved = expectStatus(
        await admin.request<{ versions: Array<{ versionId: string; status: string }> }>(
          'PUT',
          `/api/v1/catalog/admin/items/${draft.id}/draft`,
          { content: { ...draft.content, name: '测试个人事项（第二版）' }, baseVersionNo: draft.versionNo },
        ),
        200,
      );
      const [from, to] = [
        saved.versions.find((v) => v.status === 'published'),
        saved.versions.find((v) => v.status === 'draft'),
      ];
      return get(`/api/v1/catalog/admin/items/${draft.id}/diff?from=${from!.versionId}&to=${to!.versionId}`);
    },
    note: 'a diff that includes a draft needs readDraft (between two published versions it is public)',
  },
  'POST /api/v1/catalog/admin/validate': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: (w) => post('/api/v1/catalog/admin/validate', { content: w.itemContent() }),
    note: 'manageCatalog: any admin',
  },
  'POST /api/v1/catalog/admin/form-preview': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: (w) => post('/api/v1/catalog/admin/form-preview', { form: w.itemContent().form, data: {} }),
    note: 'manageCatalog: any admin',
  },
  'GET /api/v1/catalog/admin/bundles': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => get('/api/v1/catalog/admin/bundles'),
    note: 'manageCatalog: any admin',
  },
  'POST /api/v1/catalog/admin/bundles': {
    right: 'admin',
    request: (w) =>
      post('/api/v1/catalog/admin/bundles', {
        code: `SEC-${unique()}`,
        content: bundleContent(w.ids.manualItem.code, w.ids.autoItem.code),
      }),
    note: 'manageBundle: an admin covering every component item’s region',
  },
  'GET /api/v1/catalog/admin/bundles/:id': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: (w) => get(`/api/v1/catalog/admin/bundles/${w.ids.bundleId}`),
    note: 'manageCatalog: any admin (unlike an item’s admin view, which needs the item’s region)',
  },
  'PUT /api/v1/catalog/admin/bundles/:id/draft': {
    right: 'admin',
    request: async (w) => {
      const bundle = await w.newDraftBundle();
      return put(`/api/v1/catalog/admin/bundles/${bundle.id}/draft`, {
        content: {
          ...bundleContent(w.ids.manualItem.code, w.ids.autoItem.code),
          name: '安全测试一件事（改）',
        },
        baseVersionNo: bundle.versionNo,
      });
    },
  },
  'POST /api/v1/catalog/admin/bundles/:id/publish': {
    right: 'admin',
    request: async (w) => post(`/api/v1/catalog/admin/bundles/${(await w.newDraftBundle()).id}/publish`),
  },
  'GET /api/v1/catalog/admin/synonyms': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => get('/api/v1/catalog/admin/synonyms'),
    note: 'manageCatalog: any admin',
  },
  'POST /api/v1/catalog/admin/synonyms': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    perCaller: true,
    request: () =>
      post('/api/v1/catalog/admin/synonyms', { phrase: `短语${unique()}`, expansions: ['执照'] }),
    note: 'manageCatalog: any admin (the synonym dictionary is province-wide)',
  },
  'PUT /api/v1/catalog/admin/synonyms/:id': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: (w) =>
      put(`/api/v1/catalog/admin/synonyms/${w.ids.synonymId}`, {
        phrase: `短语${unique()}`,
        expansions: ['营业执照'],
      }),
    note: 'manageCatalog: any admin',
  },
  'DELETE /api/v1/catalog/admin/synonyms/:id': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    perCaller: true,
    request: async (w) => {
      const created = expectStatus(
        await (
          await w.as('admin')
        ).post<{ id: string }>('/api/v1/catalog/admin/synonyms', {
          phrase: `短语${unique()}`,
          expansions: ['执照'],
        }),
        201,
      );
      return { method: 'DELETE', url: `/api/v1/catalog/admin/synonyms/${created.id}` };
    },
    note: 'manageCatalog: any admin',
  },
  'POST /api/v1/catalog/admin/imports': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: async (w) => ({
      method: 'POST',
      url: '/api/v1/catalog/admin/imports',
      raw: { contentType: XLSX, payload: await w.catalogWorkbook() },
    }),
    note: 'manageCatalog: any admin may upload; what the import may change is checked item by item when applied',
  },
  'GET /api/v1/catalog/admin/imports/:id': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: async (w) => get(`/api/v1/catalog/admin/imports/${await w.newCatalogImport()}`),
    note: 'manageCatalog: any admin',
  },
  'POST /api/v1/catalog/admin/imports/:id/apply': {
    right: 'admin',
    request: async (w) => {
      const id = await w.newCatalogImport();
      await drainJobs(w.app);
      return post(`/api/v1/catalog/admin/imports/${id}/apply`);
    },
    note: 'applying needs manageItem for every item in the file: 上城区’s admin may not apply 西湖区 items',
  },
  'GET /api/v1/catalog/admin/export.xlsx': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => get('/api/v1/catalog/admin/export.xlsx'),
    note: 'manageCatalog: any admin',
  },

  // ---- calendar ----
  'GET /api/v1/calendar/:year': {
    public: 'working-day calendar',
    request: () => get('/api/v1/calendar/2026'),
  },
  'GET /api/v1/calendar/working-days': {
    public: 'working-day arithmetic',
    request: () => get('/api/v1/calendar/working-days?from=2026-11-02&add=5'),
  },
  'PUT /api/v1/calendar/days/:date': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => put('/api/v1/calendar/days/2099-01-05', { kind: 'holiday', name: '测试假日' }),
    note: 'manageCalendar: any admin (one calendar for the deployment)',
  },
  'DELETE /api/v1/calendar/days/:date': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    perCaller: true,
    request: async (w, caller) => {
      const date = `2099-02-${String(10 + ACTOR_KINDS.indexOf(caller)).padStart(2, '0')}`;
      expectStatus(
        await (
          await w.as('admin')
        ).request('PUT', `/api/v1/calendar/days/${date}`, { kind: 'holiday', name: '测试' }),
        200,
      );
      return { method: 'DELETE', url: `/api/v1/calendar/days/${date}` };
    },
    note: 'manageCalendar: any admin',
  },
  'POST /api/v1/calendar/import-official': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => post('/api/v1/calendar/import-official'),
    note: 'manageCalendar: any admin',
  },

  // ---- files ----
  'POST /api/v1/files': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => ({
      method: 'POST',
      url: '/api/v1/files?visibility=public',
      raw: { contentType: 'application/pdf', payload: Buffer.from(`%PDF-1.4\n% ${unique()}\n%%EOF\n`) },
    }),
    note: 'a public file (blank forms on guides): admins only; private uploads are open to every signed-in caller',
  },
  'GET /api/v1/files/:id': {
    right: ZHANGSAN,
    request: (w) => get(`/api/v1/files/${w.ids.zhangsanFileId}`),
    note: 'a private file: its uploader only',
  },

  // ---- cases ----
  'POST /api/v1/cases': {
    right: ZHANGSAN,
    expect: { otherCitizen: 'ok' },
    request: (w) =>
      post('/api/v1/cases', { serviceKind: 'item', code: w.ids.manualItem.code, submit: false }),
    note: 'apply: any citizen starts an application of their own; staff file through the window route',
  },
  'GET /api/v1/cases': { self: ['citizen'], request: () => get('/api/v1/cases') },
  'GET /api/v1/cases/:id': {
    right: ZHANGSAN,
    request: (w) => get(`/api/v1/cases/${w.ids.submitted.id}`),
    note: 'the applicant, staff of a department holding a task, window staff and supervisors of the region',
  },
  'DELETE /api/v1/cases/:id': {
    right: ZHANGSAN,
    request: async (w) => {
      const draft = await w.newDraft();
      return { method: 'DELETE', url: `/api/v1/cases/${draft.id}?version=${draft.version}` };
    },
  },
  'GET /api/v1/cases/:id/notices/:noticeId/pdf': {
    right: ZHANGSAN,
    request: (w) => get(`/api/v1/cases/${w.ids.approved.id}/notices/${w.ids.approved.notices[0]!.id}/pdf`),
  },
  'GET /api/v1/cases/:id/files/:fileId': {
    right: ZHANGSAN,
    request: (w) => get(`/api/v1/cases/${w.ids.submitted.id}/files/${w.ids.submittedFileId}`),
  },
  'GET /api/v1/check/:caseNumber': {
    public: 'status check behind a notice’s QR code (the code in the link is the key; no personal data)',
    request: (w) => get(`/api/v1/check/${w.ids.approved.caseNumber}?code=${w.ids.approvedCheckCode}`),
  },
  'POST /api/v1/window/cases': {
    right: 'window01',
    request: async (w) => {
      const window = await w.as('window01');
      const scan = await upload(w.app, window);
      const id = freshPerson().idNumber;
      return {
        ...post('/api/v1/window/cases', {
          person: { name: '王奶奶', idNumber: id },
          itemCode: w.ids.manualItem.code,
          form: { name: '王奶奶', idNumber: id, reason: '窗口代办' },
          materials: [
            { key: 'M01', source: 'upload', fileIds: [scan] },
            { key: 'M02', source: 'waived', note: '现场拍照采集' },
          ],
        }),
        headers: { 'idempotency-key': `sec-${unique()}` },
      };
    },
    note: 'intake: window staff of a region the item is handled in (this item is not handled across regions)',
  },
  'GET /api/v1/tasks/:id': {
    right: 'window01',
    request: async (w) => get(`/api/v1/tasks/${(await w.newTask('accept')).id}`),
    note: 'view: holders of the task’s role in its department (or the region’s 综合窗口), supervisors of the region',
  },
  'PUT /api/v1/cases/:id': {
    right: ZHANGSAN,
    request: async (w) => {
      const draft = await w.newDraft();
      return put(`/api/v1/cases/${draft.id}`, { version: draft.version, form: { reason: '修改事由' } });
    },
  },
  'POST /api/v1/cases/:id/submit': {
    right: ZHANGSAN,
    request: async (w) => {
      const draft = await w.newDraft();
      return post(`/api/v1/cases/${draft.id}/submit`, { version: draft.version });
    },
  },
  'POST /api/v1/cases/:id/withdraw': {
    right: ZHANGSAN,
    request: async (w) => {
      const c = await w.newSubmitted();
      return post(`/api/v1/cases/${c.id}/withdraw`, { version: await versionOfCase(w, c.id) });
    },
  },
  'POST /api/v1/cases/:id/materials/:key': {
    right: ZHANGSAN,
    request: async (w) => {
      const c = await w.newPledged();
      const file = await upload(w.app, await w.as(ZHANGSAN));
      return post(`/api/v1/cases/${c.id}/materials/M02`, { fileIds: [file] });
    },
    note: 'act: the applicant supplies the pledged (容缺) material',
  },
  'POST /api/v1/cases/:id/visits': {
    right: 'window01',
    request: (w) => post(`/api/v1/cases/${w.ids.approved.id}/visits`, { kind: 'collection' }),
    note: 'recordVisit: window staff of the case’s region',
  },
  'POST /api/v1/tasks/:id/decision': {
    right: 'window01',
    request: async (w) => {
      const t = await w.newTask('accept');
      return post(`/api/v1/tasks/${t.id}/decision`, { version: t.version, outcome: 'accept' });
    },
    note: 'handle: holders of the task’s role in its department (accept: the region’s 综合窗口 too)',
  },
  'POST /api/v1/tasks/:id/suspend': {
    right: 'reviewer01',
    request: async (w) => {
      const t = await w.newTask('review');
      return post(`/api/v1/tasks/${t.id}/suspend`, {
        version: t.version,
        procedure: 'expert_review',
        reason: '需组织专家评审',
      });
    },
  },
  'POST /api/v1/tasks/:id/resume': {
    right: 'reviewer01',
    request: async (w) => {
      const t = await w.newTask('suspended-review');
      return post(`/api/v1/tasks/${t.id}/resume`, { version: t.version });
    },
  },
  'POST /api/v1/tasks/:id/return': {
    right: 'leader01',
    request: async (w) => {
      const t = await w.newTask('decide');
      return post(`/api/v1/tasks/${t.id}/return`, {
        version: t.version,
        toStepKey: 'review',
        reason: '材料审查不充分',
      });
    },
  },
  'POST /api/v1/tasks/:id/comments': {
    right: 'window01',
    request: async (w) =>
      post(`/api/v1/tasks/${(await w.newTask('accept')).id}/comments`, { text: '内部意见' }),
  },

  // ---- workflow ----
  'GET /api/v1/tasks': { self: ['staff'], request: () => get('/api/v1/tasks') },
  'POST /api/v1/tasks/:id/claim': {
    right: 'window01',
    request: async (w) => {
      const t = await w.newTask('accept');
      return post(`/api/v1/tasks/${t.id}/claim`, { version: t.version });
    },
  },
  'POST /api/v1/tasks/:id/release': {
    right: 'window01',
    request: async (w) => {
      const t = await w.newTask('accept');
      const claimed = expectStatus(
        await (
          await w.as('window01')
        ).post<{ version: number }>(`/api/v1/tasks/${t.id}/claim`, { version: t.version }),
        200,
      );
      return post(`/api/v1/tasks/${t.id}/release`, { version: claimed.version });
    },
  },
  'POST /api/v1/tasks/:id/transfer': {
    right: 'reviewer01',
    request: async (w) => {
      const t = await w.newTask('review');
      const colleague = await me(await w.as(XH_REVIEWER_2));
      return post(`/api/v1/tasks/${t.id}/transfer`, { version: t.version, toAccountId: colleague.accountId });
    },
  },
  'POST /api/v1/workflow/external-systems': {
    right: 'admin',
    request: async (w) =>
      post('/api/v1/workflow/external-systems', {
        code: `sec-${unique()}`,
        name: '测试部门系统',
        departmentId: await w.dept(XH_MARKET),
        endpointUrl: 'https://dept.example.gov.cn/tongban',
      }),
    note: 'manageSystems: an admin whose region covers the department',
  },
  'GET /api/v1/workflow/external-systems': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => get('/api/v1/workflow/external-systems'),
    note: 'any admin (not narrowed by region)',
  },
  'POST /api/v1/workflow/callbacks/:code': {
    right: null,
    expect: { otherCitizen: 401, otherDepartment: 401, otherRegion: 401 },
    request: (w) =>
      post('/api/v1/workflow/callbacks/no-such-system', { taskId: w.ids.submitted.id, outcome: 'accepted' }),
    note: 'only a department system’s signed callback; a session is no credential here (workflow tests cover the signed path)',
  },

  // ---- audit ----
  'GET /api/v1/audit': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => get('/api/v1/audit'),
    note: 'readAudit: supervisors and admins of any region (one chain for the deployment)',
  },
  'POST /api/v1/audit/verify': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => post('/api/v1/audit/verify'),
    note: 'readAudit: supervisors and admins of any region',
  },

  // ---- inbox ----
  'GET /api/v1/me/messages': { self: ['citizen', 'staff'], request: () => get('/api/v1/me/messages') },
  'GET /api/v1/me/messages/unread-count': {
    self: ['citizen', 'staff'],
    request: () => get('/api/v1/me/messages/unread-count'),
  },
  'GET /api/v1/me/messages/:id': {
    right: ZHANGSAN,
    expect: { otherCitizen: 404, otherDepartment: 404, otherRegion: 404 },
    request: (w) => get(`/api/v1/me/messages/${w.ids.zhangsanMessageId}`),
    note: 'someone else’s message answers 404: the inbox does not reveal that it exists',
  },
  'POST /api/v1/me/messages/:id/read': {
    right: ZHANGSAN,
    expect: { otherCitizen: 404, otherDepartment: 404, otherRegion: 404 },
    request: (w) => post(`/api/v1/me/messages/${w.ids.zhangsanMessageId}/read`),
    note: 'someone else’s message answers 404',
  },
  'POST /api/v1/me/messages/read-all': {
    self: ['citizen', 'staff'],
    request: () => post('/api/v1/me/messages/read-all'),
  },

  // ---- licences ----
  'GET /api/v1/licenses/verify': {
    public: 'licence verification',
    request: (w) => get(`/api/v1/licenses/verify?q=${encodeURIComponent(w.ids.idCardLicence.identifier)}`),
  },
  'GET /api/v1/licenses/seal-keys': {
    public: 'seal public keys',
    request: () => get('/api/v1/licenses/seal-keys'),
  },
  'GET /api/v1/me/licenses': { self: ['citizen'], request: () => get('/api/v1/me/licenses') },
  'GET /api/v1/licenses/:id': {
    right: ZHANGSAN,
    request: (w) => get(`/api/v1/licenses/${w.ids.idCardLicence.id}`),
    note: 'read: the holder, staff of the issuing department, admins',
  },
  'GET /api/v1/licenses/:id/pdf': {
    right: ZHANGSAN,
    request: (w) => get(`/api/v1/licenses/${w.ids.idCardLicence.id}/pdf`),
    note: 'export: the holder (and admins)',
  },
  'GET /api/v1/licenses/:id/export': {
    right: ZHANGSAN,
    request: (w) => get(`/api/v1/licenses/${w.ids.idCardLicence.id}/export`),
    note: 'export: the holder (and admins)',
  },
  'POST /api/v1/licenses/:id/presentations': {
    right: ZHANGSAN,
    request: (w) => post(`/api/v1/licenses/${w.ids.idCardLicence.id}/presentations`),
    note: 'present (亮证): the holder only',
  },
  'GET /api/v1/licenses/:id/credential': {
    right: ZHANGSAN,
    request: (w) => get(`/api/v1/licenses/${w.ids.idCardLicence.id}/credential`),
    note: 'credential: the holder only',
  },
  'GET /api/v1/licenses/:id/grants': {
    right: ZHANGSAN,
    request: (w) => get(`/api/v1/licenses/${w.ids.idCardLicence.id}/grants`),
  },
  'POST /api/v1/licenses/:id/grants': {
    right: ZHANGSAN,
    request: (w) =>
      post(`/api/v1/licenses/${w.ids.idCardLicence.id}/grants`, {
        granteeKind: 'code',
        purpose: '入职资格核验',
        validFrom: beijingToday(),
        validUntil: addDays(beijingToday(), 30),
      }),
  },
  'POST /api/v1/licenses/:id/grants/:grantId/revoke': {
    right: ZHANGSAN,
    request: async (w) => {
      const g = await w.newLicenceGrant();
      return post(`/api/v1/licenses/${g.licenceId}/grants/${g.grantId}/revoke`);
    },
  },
  'POST /api/v1/licenses/grants/use': {
    right: 'xh-civil-affairs',
    as: { otherDepartment: 'xh-health' },
    request: async (w) => {
      const licence = await w.newLicence();
      expectStatus(
        await (
          await w.as(ZHANGSAN)
        ).post(`/api/v1/licenses/${licence.id}/grants`, {
          granteeKind: 'department',
          departmentId: await w.dept('杭州市西湖区民政局'),
          purpose: '婚姻登记身份核验',
          validFrom: beijingToday(),
          validUntil: addDays(beijingToday(), 30),
        }),
        201,
      );
      return post('/api/v1/licenses/grants/use', { identifier: licence.identifier });
    },
    note: 'staff of the granted department (西湖区民政局); anyone else 403 (no grant for them)',
  },
  'POST /api/v1/licenses/grants/redeem': {
    public: 'the one-time code is the credential (each caller redeems a code of its own)',
    perCaller: true,
    request: async (w) => post('/api/v1/licenses/grants/redeem', { code: (await w.newLicenceGrant()).code }),
  },
  'GET /api/v1/licenses': { self: ['staff'], request: () => get('/api/v1/licenses') },
  'POST /api/v1/licenses/:id/revoke': {
    right: 'xh-civil-affairs',
    request: async (w) =>
      post(`/api/v1/licenses/${(await w.newLicence()).id}/revoke`, { reason: '依法撤销' }),
    note: 'manage: the issuing department’s leader, or any admin',
  },
  'POST /api/v1/licenses/:id/suspend': {
    right: 'xh-civil-affairs',
    request: async (w) =>
      post(`/api/v1/licenses/${(await w.newLicence()).id}/suspend`, { reason: '核查期间暂停' }),
    note: 'manage: the issuing department’s leader, or any admin',
  },
  'POST /api/v1/licenses/:id/reinstate': {
    right: 'xh-civil-affairs',
    request: async (w) => {
      const licence = await w.newLicence();
      expectStatus(
        await (
          await w.as('admin')
        ).post(`/api/v1/licenses/${licence.id}/suspend`, { reason: '核查期间暂停' }),
        200,
      );
      return post(`/api/v1/licenses/${licence.id}/reinstate`, { reason: '核查完毕' });
    },
    note: 'manage: the issuing department’s leader, or any admin',
  },
  'POST /api/v1/licenses/:id/renew': {
    right: 'xh-civil-affairs',
    request: async (w) => post(`/api/v1/licenses/${(await w.newLicence()).id}/renew`),
    note: 'manage: the issuing department’s leader, or any admin',
  },
  'GET /api/v1/licenses/admin/types': {
    public: 'licence types (names, face fields, layout: no personal data); the route checks no caller',
    request: () => get('/api/v1/licenses/admin/types'),
  },
  'PUT /api/v1/licenses/admin/types/:code': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: async (w) => {
      const types = expectStatus(
        await (
          await w.as('admin')
        ).get<Array<Record<string, unknown> & { code: string }>>('/api/v1/licenses/admin/types'),
        200,
      );
      const { code, updatedAt: _updatedAt, ...body } = types.find((t) => t.code === 'marriage_certificate')!;
      return put(`/api/v1/licenses/admin/types/${code}`, body);
    },
    note: 'manageTypes: any admin',
  },
  'GET /api/v1/licenses/admin/seals': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => get('/api/v1/licenses/admin/seals'),
    note: 'manageSeals: any admin',
  },
  'POST /api/v1/licenses/admin/seals/:id/rotate': {
    right: 'admin',
    request: (w) => post(`/api/v1/licenses/admin/seals/${w.ids.sealDepartmentId}/rotate`),
    note: 'manageDepartmentSeal: an admin whose region covers the department (上城区’s admin may not rotate a 西湖区 seal)',
  },
  'PUT /api/v1/licenses/admin/seals/:id/algorithm': {
    right: 'admin',
    request: (w) =>
      put(`/api/v1/licenses/admin/seals/${w.ids.sealDepartmentId}/algorithm`, { algorithm: 'ed25519' }),
    note: 'manageDepartmentSeal: an admin whose region covers the department',
  },
  'GET /api/v1/licenses/admin/import-template.xlsx': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => get('/api/v1/licenses/admin/import-template.xlsx'),
    note: 'importLicences: any admin',
  },
  'POST /api/v1/licenses/admin/imports': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: async (w) => ({
      method: 'POST',
      url: '/api/v1/licenses/admin/imports',
      raw: { contentType: XLSX, payload: await w.licenceWorkbook() },
    }),
    note: 'importLicences: any admin',
  },
  'GET /api/v1/licenses/admin/imports/:id': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: async (w) => get(`/api/v1/licenses/admin/imports/${await w.newLicenceImport()}`),
    note: 'importLicences: any admin',
  },
  'POST /api/v1/licenses/admin/imports/:id/apply': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    perCaller: true,
    request: async (w) => {
      const id = await w.newLicenceImport();
      await drainJobs(w.app);
      return post(`/api/v1/licenses/admin/imports/${id}/apply`);
    },
    note: 'importLicences: any admin',
  },

  // ---- data sharing ----
  'GET /api/v1/exchange/resources': {
    self: ['citizen', 'staff'],
    request: () => get('/api/v1/exchange/resources'),
    note: 'browse: anyone signed in (published resources; drafts for their stewards)',
  },
  'GET /api/v1/exchange/resources/:code': {
    self: ['citizen', 'staff'],
    request: () => get('/api/v1/exchange/resources/real_estate_registry'),
    note: 'browse: anyone signed in',
  },
  'POST /api/v1/exchange/resources': {
    right: 'hz-real-estate',
    as: { otherDepartment: 'hz-health' },
    request: async (w) =>
      post('/api/v1/exchange/resources', {
        ...w.resourceBody(`sec_${unique()}`),
        providerDepartmentId: await w.dept('杭州市不动产登记服务中心'),
      }),
    note: 'manageResource: the provider department’s data steward (or an admin)',
  },
  'PUT /api/v1/exchange/resources/:code': {
    right: 'hz-real-estate',
    as: { otherDepartment: 'hz-health' },
    request: async (w) => {
      const r = await w.newResource();
      return put(`/api/v1/exchange/resources/${r.code}`, { ...w.resourceBody(r.code), version: r.version });
    },
  },
  'POST /api/v1/exchange/resources/:code/publish': {
    right: 'hz-real-estate',
    as: { otherDepartment: 'hz-health' },
    request: async (w) => post(`/api/v1/exchange/resources/${(await w.newResource()).code}/publish`),
  },
  'GET /api/v1/exchange/grants': {
    right: 'hz-public-security',
    expect: { otherDepartment: 'ok', otherRegion: 'ok' },
    request: () => get('/api/v1/exchange/grants'),
    note: 'listGrants: any data steward, supervisor or admin; the list holds only their departments’ requests',
  },
  'POST /api/v1/exchange/grants': {
    right: 'xh-housing',
    request: async (w) =>
      post('/api/v1/exchange/grants', {
        resourceCode: 'real_estate_registry',
        consumerDepartmentId: await w.dept('杭州市西湖区住房和城乡建设局'),
        purpose: '房屋租赁登记备案核验房屋权属',
        fields: ['address'],
        itemCodes: [w.ids.manualItem.code],
      }),
    note: 'requestGrant: the consumer department’s data steward',
  },
  'POST /api/v1/exchange/grants/:id/decision': {
    right: 'hz-public-security',
    as: { otherDepartment: 'hz-health' },
    expect: { otherCitizen: 404, otherDepartment: 404, otherRegion: 404 },
    request: (w) =>
      post(`/api/v1/exchange/grants/${w.ids.pendingDataGrantId}/decision`, { decision: 'approve' }),
    note: 'decideGrant: the provider department’s data steward only; to anyone else who may not see it the request answers 404',
  },
  'GET /api/v1/exchange/access-log': {
    right: 'supervisor01',
    expect: { otherDepartment: 'ok', otherRegion: 'ok' },
    request: () => get('/api/v1/exchange/access-log'),
    note: 'readAccessLog: data stewards (their departments’ entries), supervisors, admins',
  },
  'GET /api/v1/me/data-access': {
    self: ['citizen', 'staff'],
    request: () => get('/api/v1/me/data-access'),
    note: 'accesses to the caller’s own records (staff are people too)',
  },

  // ---- 好差评 ----
  'GET /api/v1/feedback/option-sets/:kind': {
    public: 'rating options',
    request: () => get('/api/v1/feedback/option-sets/online'),
  },
  'GET /api/v1/feedback/option-sets/:kind/:version': {
    public: 'rating options',
    request: () => get('/api/v1/feedback/option-sets/online/1'),
  },
  'POST /api/v1/feedback/option-sets': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: async (w) => {
      const current = expectStatus(
        await (await w.as(null)).get<{ options: unknown[] }>('/api/v1/feedback/option-sets/window'),
        200,
      );
      return post('/api/v1/feedback/option-sets', { kind: 'window', options: current.options });
    },
    note: 'manageOptionSets: any admin (one national option set)',
  },
  'GET /api/v1/feedback/cases/:id': {
    right: ZHANGSAN,
    request: (w) => get(`/api/v1/feedback/cases/${w.ids.approved.id}`),
    note: 'rate: the applicant only',
  },
  'POST /api/v1/feedback/cases/:id/evaluations': {
    right: ZHANGSAN,
    request: async (w) => {
      const c = await w.newApproved();
      const card = expectStatus(
        await (
          await w.as(ZHANGSAN)
        ).get<{ optionSet: { version: number } }>(`/api/v1/feedback/cases/${c.id}`),
        200,
      );
      return post(`/api/v1/feedback/cases/${c.id}/evaluations`, {
        stage: 'result',
        level: 5,
        options: [],
        channel: 'web',
        optionSetVersion: card.optionSet.version,
      });
    },
  },
  'POST /api/v1/feedback/cases/:id/device-link': {
    right: 'window01',
    request: async (w) =>
      post(`/api/v1/feedback/cases/${(await w.newApproved()).id}/device-link`, { stage: 'collection' }),
    note: 'issueDeviceLink: window staff of the case’s region',
  },
  'GET /api/v1/feedback/rating-link': {
    public: 'the signed token in the SMS link names the applicant',
    request: (w) => get(`/api/v1/feedback/rating-link?token=${w.ids.ratingToken}`),
  },
  'POST /api/v1/feedback/rating-link': {
    public: 'the signed token is the credential (each caller rates a case of its own link)',
    perCaller: true,
    request: async (w) => {
      const token = await approvedWithToken(w);
      const set = expectStatus(
        await (await w.as(null)).get<{ version: number }>('/api/v1/feedback/option-sets/online'),
        200,
      );
      return {
        method: 'POST',
        url: `/api/v1/feedback/rating-link?token=${token}`,
        body: { level: 5, options: [], optionSetVersion: set.version },
      };
    },
  },
  'GET /api/v1/feedback/evaluations': {
    self: ['staff'],
    request: () => get('/api/v1/feedback/evaluations'),
    note: 'any staff member: the list holds their departments’ / supervised regions’ evaluations',
  },
  'GET /api/v1/feedback/rectifications': {
    self: ['staff'],
    request: () => get('/api/v1/feedback/rectifications'),
    note: 'any staff member: the list holds their departments’ / supervised regions’ rectifications',
  },
  'GET /api/v1/feedback/rectifications/:id': {
    right: 'reviewer01',
    request: async (w) =>
      get(`/api/v1/feedback/rectifications/${(await w.newRectification('verifying')).id}`),
    note: 'viewRectification: the handling department’s reviewers and leaders, the region’s supervisors, the evaluator',
  },
  'GET /api/v1/feedback/rectifications/:id/evaluator': {
    right: 'reviewer01',
    request: async (w) =>
      get(`/api/v1/feedback/rectifications/${(await w.newRectification('verifying')).id}/evaluator`),
    note: 'readContact: the handling department and the region’s supervisors (audited)',
  },
  'POST /api/v1/feedback/rectifications/:id/verify': {
    right: 'reviewer01',
    request: async (w) => {
      const r = await w.newRectification('verifying');
      return post(`/api/v1/feedback/rectifications/${r.id}/verify`, {
        version: r.version,
        verdict: 'valid',
        note: '属实',
      });
    },
  },
  'POST /api/v1/feedback/rectifications/:id/callback': {
    right: 'reviewer01',
    request: async (w) => {
      const r = await w.newRectification('rectifying');
      return post(`/api/v1/feedback/rectifications/${r.id}/callback`, {
        version: r.version,
        calledAt: new Date().toISOString(),
        note: '已回访',
      });
    },
  },
  'POST /api/v1/feedback/rectifications/:id/fix': {
    right: 'reviewer01',
    request: async (w) => {
      const r = await w.newRectification('rectifying');
      return post(`/api/v1/feedback/rectifications/${r.id}/fix`, {
        version: r.version,
        mode: 'immediate',
        note: '已整改',
      });
    },
  },
  'POST /api/v1/feedback/rectifications/:id/complete': {
    right: 'reviewer01',
    request: async (w) => {
      const r = await w.newRectification('on_ledger');
      return post(`/api/v1/feedback/rectifications/${r.id}/complete`, {
        version: r.version,
        note: '台账整改完成',
      });
    },
  },
  'POST /api/v1/feedback/rectifications/:id/feedback': {
    right: 'reviewer01',
    request: async (w) => {
      const r = await w.newRectification('fixed');
      return post(`/api/v1/feedback/rectifications/${r.id}/feedback`, {
        version: r.version,
        message: '已整改，请评价',
      });
    },
  },
  'POST /api/v1/feedback/rectifications/:id/rating': {
    right: ZHANGSAN,
    request: async (w) => {
      const r = await w.newRectification('awaiting_rating');
      return post(`/api/v1/feedback/rectifications/${r.id}/rating`, {
        version: r.version,
        rating: 'satisfied',
      });
    },
    note: 'rateRectification: the evaluator only',
  },
  'POST /api/v1/feedback/rectifications/:id/appeal-decision': {
    right: 'supervisor01',
    request: async (w) => {
      const r = await w.newRectification('appeal_review');
      return post(`/api/v1/feedback/rectifications/${r.id}/appeal-decision`, {
        version: r.version,
        decision: 'uphold',
        note: '申诉成立',
      });
    },
    note: 'actAsSupervisor: supervisors whose region covers the case’s',
  },
  'POST /api/v1/feedback/rectifications/:id/extensions': {
    right: 'reviewer01',
    request: async (w) => {
      const r = await w.newRectification('on_ledger');
      return post(`/api/v1/feedback/rectifications/${r.id}/extensions`, {
        version: r.version,
        workingDays: 5,
        reason: '需协调其他部门',
      });
    },
  },
  'POST /api/v1/feedback/rectifications/:id/extension-decision': {
    right: 'supervisor01',
    request: async (w) => {
      const r = await w.newRectification('extension');
      return post(`/api/v1/feedback/rectifications/${r.id}/extension-decision`, {
        version: r.version,
        approve: true,
      });
    },
    note: 'actAsSupervisor: supervisors whose region covers the case’s',
  },

  // ---- complaints and consultations ----
  'GET /api/v1/feedback/topics': { public: 'inquiry topics', request: () => get('/api/v1/feedback/topics') },
  'POST /api/v1/feedback/inquiries': {
    right: ZHANGSAN,
    expect: { otherCitizen: 'ok' },
    request: (w) =>
      post('/api/v1/feedback/inquiries', {
        kind: 'complaint',
        itemCode: w.ids.manualItem.code,
        subject: '办理时间过长',
        content: '提交后很久没有受理。',
      }),
    note: 'a complaint: any citizen, real-name (consultations may be anonymous)',
  },
  'GET /api/v1/feedback/inquiries': {
    self: ['staff'],
    request: () => get('/api/v1/feedback/inquiries'),
    note: 'any staff member: the list holds their departments’ / supervised regions’ inquiries',
  },
  'GET /api/v1/feedback/my/inquiries': {
    self: ['citizen'],
    request: () => get('/api/v1/feedback/my/inquiries'),
  },
  'GET /api/v1/feedback/inquiries/by-code': {
    public: 'an anonymous consultation read with its number and code',
    request: async (w) => {
      const created = expectStatus(
        await (
          await w.as(null)
        ).post<{ number: string; accessCode: string }>('/api/v1/feedback/inquiries', {
          kind: 'consultation',
          anonymous: true,
          itemCode: w.ids.manualItem.code,
          subject: '匿名咨询',
          content: '请问需要本人到场吗？',
        }),
        201,
      );
      return get(`/api/v1/feedback/inquiries/by-code?number=${created.number}&code=${created.accessCode}`);
    },
  },
  'GET /api/v1/feedback/inquiries/:id': {
    right: ZHANGSAN,
    request: async (w) => get(`/api/v1/feedback/inquiries/${(await w.newInquiry('complaint')).id}`),
    note: 'viewInquiry: the asker, staff of the department it is routed to, the region’s supervisors',
  },
  'GET /api/v1/feedback/inquiries/:id/asker': {
    right: 'reviewer01',
    request: async (w) => get(`/api/v1/feedback/inquiries/${(await w.newInquiry('complaint')).id}/asker`),
    note: 'readContact: the department it is routed to and the region’s supervisors (audited)',
  },
  'POST /api/v1/feedback/inquiries/:id/answer': {
    right: 'reviewer01',
    request: async (w) => {
      const q = await w.newInquiry('complaint');
      return post(`/api/v1/feedback/inquiries/${q.id}/answer`, {
        version: q.version,
        answer: '已核实并加快办理。',
      });
    },
  },
  'POST /api/v1/feedback/inquiries/:id/rating': {
    right: ZHANGSAN,
    request: async (w) =>
      post(`/api/v1/feedback/inquiries/${(await w.newInquiry('complaint', true)).id}/rating`, {
        rating: 'satisfied',
      }),
    note: 'the asker only (or an anonymous asker with the access code)',
  },
  'POST /api/v1/feedback/inquiries/:id/consent': {
    right: ZHANGSAN,
    request: async (w) =>
      post(`/api/v1/feedback/inquiries/${(await w.newInquiry('consultation')).id}/consent`, {
        consent: true,
      }),
    note: 'the asker only',
  },
  'POST /api/v1/feedback/inquiries/:id/publish': {
    right: 'reviewer01',
    request: async (w) => {
      const q = await w.newInquiry('consultation', true);
      return post(`/api/v1/feedback/inquiries/${q.id}/publish`, { version: q.version, publish: true });
    },
  },
  'GET /api/v1/feedback/topic-routes': {
    right: 'admin',
    expect: { otherRegion: 'ok' },
    request: () => get('/api/v1/feedback/topic-routes'),
    note: 'any admin (the list covers every region)',
  },
  'PUT /api/v1/feedback/topic-routes': {
    right: 'admin',
    request: async (w) =>
      put('/api/v1/feedback/topic-routes', {
        topic: expectStatus(
          await (await w.as(null)).get<{ items: Array<{ key: string }> }>('/api/v1/feedback/topics'),
          200,
        ).items[0]!.key,
        regionCode: '330106',
        departmentId: await w.dept(XH_CENTRE),
      }),
    note: 'manageTopicRoutes: an admin whose region covers the route’s',
  },

  // ---- supervision ----
  ...SUPERVISION,
  'GET /api/v1/supervision/reports/monthly.pdf': {
    right: 'supervisor01',
    request: () =>
      get(`/api/v1/supervision/reports/monthly.pdf?month=${beijingToday().slice(0, 7)}&${SUPERVISION_SCOPE}`),
    note: 'as the other supervision views: the province supervisor may, 上城区’s may not',
  },
  'GET /api/v1/supervision/disclosure': {
    public: 'public disclosure (aggregates, small cells withheld)',
    request: () => get('/api/v1/supervision/disclosure?regionCode=330106'),
  },
};
