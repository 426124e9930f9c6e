import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { systemContext } from '../../src/platform/audit/audit.ts';
import { inTransaction } from '../../src/platform/db/database.ts';
import { idNumberCheckChar } from '../../src/modules/identity/id-number.ts';
import { makeUscc } from '../../src/modules/identity/uscc.ts';
import type { ItemContent } from '../../src/modules/catalog/content.ts';
import { sampleItemContent } from '../../src/modules/catalog/content.fixture.ts';
import { sheetNameOf } from '../../src/modules/licenses/workbook.ts';
import {
  departmentId,
  drainJobs,
  expectStatus,
  openTask,
  personItem,
  publishItem,
  upload,
  type CaseBody,
} from '../../src/modules/cases/cases.fixture.ts';
import { DEMO_PASSWORD, startTestApp, type EngineName, type TestApp, type TestClient } from '../harness.ts';
import { collectRoutes, type RouteKey } from './route-table.ts';

// The demo province plus what the security tests need around it: staff of another county (上城区), and
// one record of each kind owned by 张三 or handled by 西湖区 departments, so every `:id` route has a real
// target. Fresh records for routes that change their target are made on demand.

export const ZHANGSAN = '13800000001';
export const LISI = '13800000002';
export const ZHANGSAN_ID = '330106198805120111';
export const XH_MARKET = '杭州市西湖区市场监督管理局';
export const XH_CENTRE = '杭州市西湖区政务服务中心';
export const XIZIHU_USCC = '91330106600000004G';

/** Accounts of 上城区 (330102) made by the test through the admin API: the "another region" actors. */
export const OTHER_REGION = {
  /** 综合窗口 of 上城区政务服务中心. */
  window: 'sc-window',
  /** Reviewer, leader and data steward of 上城区市场监督管理局. */
  market: 'sc-market',
  supervisor: 'sc-supervisor',
  admin: 'sc-admin',
} as const;
/** A second reviewer of 西湖区市场监管局 (a colleague to transfer a task to). */
export const XH_REVIEWER_2 = 'xh-reviewer2';

/** A valid 18-digit ID number born on the given day, with a sequence number. */
export function idNumber(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

let serial = 0;
/** A unique suffix for names and codes made during a run. */
export const unique = () => `${Date.now().toString(36)}${(++serial).toString(36)}`;

let people = 0;
/** A new person's ID number and mobile, distinct within the run (random ones collided about 1 run in 50). */
export function freshPerson(region = '330106'): { idNumber: string; mobile: string } {
  const n = ++people;
  const birth = new Date(Date.UTC(1960, 0, 1 + n)).toISOString().slice(0, 10).replaceAll('-', '');
  return { idNumber: idNumber(region, birth, 900 + (n % 90)), mobile: `1397${String(n).padStart(7, '0')}` };
}

export const beijingToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface Task {
  id: string;
  version: number;
  caseId: string;
}
export interface Rectification {
  id: string;
  version: number;
  status: string;
}
export interface Inquiry {
  id: string;
  version: number;
  number: string;
  status: string;
  accessCode: string | null;
}

export interface World {
  app: TestApp;
  engine: EngineName;
  /** Every route the server registered (HEAD twins of GET routes left out). */
  routes: Set<RouteKey>;
  /** A logged-in client per login (one session each, reused), or a fresh anonymous client for null. */
  as(login: string | null): Promise<TestClient>;
  /** A new session of the login (for routes that change or end the session). */
  freshLogin(login: string): Promise<TestClient>;
  dept(name: string): Promise<string>;
  ids: {
    manualItem: { id: string; code: string };
    autoItem: { id: string; code: string };
    bundleId: string;
    zhangsanPersonId: string;
    wangwuIdNumber: string;
    xizihuOrgId: string;
    idCardLicence: { id: string; identifier: string };
    publicFileId: string;
    zhangsanFileId: string;
    /** A submitted case of 张三 (awaiting acceptance) and its uploaded material file. */
    submitted: CaseBody;
    submittedFileId: string;
    /** An approved (秒批) case of 张三, with notices and a rating invitation. */
    approved: CaseBody;
    approvedCheckCode: string;
    zhangsanMessageId: string;
    ratingToken: string;
    /** A pending data-sharing request: 西湖区教育局 asks 杭州市公安局 for household data (demo). */
    pendingDataGrantId: string;
    synonymId: string;
    sealDepartmentId: string;
  };
  /** A draft of 张三 (not submitted). */
  newDraft(): Promise<CaseBody>;
  /** A submitted case of 张三 for the manual item. */
  newSubmitted(): Promise<CaseBody>;
  newApproved(): Promise<CaseBody>;
  /** A submitted case of 张三 with material M02 pledged (容缺). */
  newPledged(): Promise<CaseBody>;
  /** An open task of the kind on a fresh case: accept (window01), review (reviewer01), decide (leader01). */
  newTask(kind: 'accept' | 'review' | 'suspended-review' | 'decide'): Promise<Task>;
  /** Content of a publishable item of 西湖区市场监管局 with a fresh base code. */
  itemContent(): ItemContent;
  /** A rectification (张三 rated a fresh case 1 star) driven to the state asked for. */
  newRectification(
    state:
      'verifying' | 'appeal_review' | 'rectifying' | 'on_ledger' | 'extension' | 'fixed' | 'awaiting_rating',
  ): Promise<Rectification>;
  /** A complaint or consultation of 张三 about the manual item (routed to 西湖区市场监管局). */
  newInquiry(kind: 'complaint' | 'consultation', answered?: boolean): Promise<Inquiry>;
  /** A licence of 张三 (a marriage certificate of 西湖区民政局), issued for the test. */
  newLicence(): Promise<{ id: string; identifier: string }>;
  newLicenceGrant(): Promise<{ licenceId: string; grantId: string; code: string | null }>;
  /** A draft catalogue item of 西湖区市场监管局 (created by the province admin). */
  newDraftItem(): Promise<{ id: string; code: string; versionNo: number; content: ItemContent }>;
  newDraftBundle(): Promise<{ id: string; versionNo: number }>;
  /** A data resource (draft) of 杭州市不动产登记服务中心. */
  newResource(): Promise<{ code: string; version: number }>;
  resourceBody(code: string): Record<string, unknown>;
  newCatalogImport(): Promise<string>;
  newLicenceImport(): Promise<string>;
  catalogWorkbook(): Promise<Buffer>;
  licenceTemplate(): Promise<Buffer>;
  licenceWorkbook(): Promise<Buffer>;
  close(): Promise<void>;
}

/** Starts the app of one engine on the demo province and builds the shared records. */
export async function buildWorld(engine: EngineName): Promise<World> {
  const table = collectRoutes();
  let app: TestApp;
  try {
    app = await startTestApp(engine, {
      // Dozens of sessions are opened from one address; the login rate limit is not under test here.
      env: { TONGBAN_LOGIN_RATE_PER_MINUTE: '100000' },
    });
  } finally {
    table.stop();
  }
  const { db } = app.tongban.platform;
  const sessions = new Map<string, TestClient>();
  let ipCounter = 0;

  async function freshLogin(login: string): Promise<TestClient> {
    const client = app.client();
    client.ip = `10.1.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
    const response = await client.post('/api/v1/auth/login', { identifier: login, password: DEMO_PASSWORD });
    assert.equal(response.status, 200, `login ${login}: ${response.raw}`);
    return client;
  }
  async function as(login: string | null): Promise<TestClient> {
    if (login === null) return app.client();
    let client = sessions.get(login);
    if (!client) {
      client = await freshLogin(login);
      sessions.set(login, client);
    }
    return client;
  }
  const dept = (name: string) => departmentId(app, name);

  const admin = await as('admin');
  const zhangsan = await as(ZHANGSAN);

  // ---- another region: 上城区, through the admin API ----
  const otherRegionDepartments = {
    market: await createDepartment('杭州市上城区市场监督管理局', 'market_regulation', 1),
    centre: await createDepartment('杭州市上城区政务服务中心', 'service_center', 2),
  };
  async function createDepartment(name: string, kind: string, sequence: number) {
    const created = await admin.post<{ id: string }>('/api/v1/departments', {
      name,
      kind,
      regionCode: '330102',
      uscc: makeUscc({
        registrationAuthority: '1',
        category: '1',
        regionCode: '330102',
        sequence: 9000 + sequence,
      }),
    });
    return expectStatus(created, 201).id;
  }
  const staff: Array<[string, string, Array<[string, string]>]> = [
    [OTHER_REGION.window, '钱窗口', [['window', otherRegionDepartments.centre]]],
    [
      OTHER_REGION.market,
      '孙审查',
      [
        ['reviewer', otherRegionDepartments.market],
        ['leader', otherRegionDepartments.market],
        ['data_steward', otherRegionDepartments.market],
      ],
    ],
    [OTHER_REGION.supervisor, '李监督', [['supervisor', otherRegionDepartments.centre]]],
    [OTHER_REGION.admin, '周管理', [['admin', otherRegionDepartments.centre]]],
    [XH_REVIEWER_2, '吴审查', [['reviewer', await dept(XH_MARKET)]]],
  ];
  for (const [i, [loginName, name, roles]] of staff.entries()) {
    const created = await admin.post('/api/v1/staff', {
      loginName,
      password: DEMO_PASSWORD,
      name,
      idNumber: idNumber('330102', '19850101', 500 + i),
      roles: roles.map(([role, departmentId]) => ({ role, departmentId })),
    });
    expectStatus(created, 201);
  }

  // ---- catalogue: a manual item (受理 → 审查 → 决定, not handled across regions), a 秒批 item and a
  // 容缺 item of 西湖区市场监管局, and a bundle ----
  const manualItem = await publishItem(app, admin, personItem({ crossRegionScope: 'none' }));
  const gapItem = await publishItem(
    app,
    admin,
    personItem({ gapAcceptance: { materialKeys: ['M02'] }, promisedDays: 10 }),
  );
  const autoItem = await publishItem(
    app,
    admin,
    personItem({
      autoApproval: {
        rules: [
          { key: 'adult', description: '申请人年满18周岁', fact: 'applicant.age', op: 'gte', value: 18 },
        ],
      },
    }),
  );
  const manualItemId = manualItem.id;
  const autoItemId = autoItem.id;
  const bundle = expectStatus(
    await admin.post<{ id: string }>('/api/v1/catalog/admin/bundles', {
      code: `SEC-${unique()}`,
      content: bundleContent(manualItem.code, autoItem.code),
    }),
    201,
  );
  expectStatus(await admin.post(`/api/v1/catalog/admin/bundles/${bundle.id}/publish`), 200);

  // ---- 张三's records ----
  const person = await db
    .selectFrom('people')
    .select('id')
    .where('id_number_hash', '=', app.tongban.platform.cipher.lookupHash(ZHANGSAN_ID))
    .executeTakeFirstOrThrow();
  const xizihu = await db
    .selectFrom('organisations')
    .select('id')
    .where('uscc', '=', XIZIHU_USCC)
    .executeTakeFirstOrThrow();

  async function fileCase(code: string, submit: boolean): Promise<CaseBody> {
    const files = [await upload(app, zhangsan), await upload(app, zhangsan)];
    const created = await zhangsan.post<CaseBody>('/api/v1/cases', {
      serviceKind: 'item',
      code,
      submit,
      form: { reason: '安全测试' },
      materials: [
        { key: 'M01', source: 'upload', fileIds: [files[0]] },
        { key: 'M02', source: 'upload', fileIds: [files[1]] },
      ],
    });
    const body = expectStatus(created, 201);
    await drainJobs(app);
    return body;
  }
  async function newPledged(): Promise<CaseBody> {
    const file = await upload(app, zhangsan);
    return expectStatus(
      await zhangsan.post<CaseBody>('/api/v1/cases', {
        serviceKind: 'item',
        code: gapItem.code,
        submit: true,
        form: { reason: '容缺' },
        materials: [
          { key: 'M01', source: 'upload', fileIds: [file] },
          { key: 'M02', source: 'pledge', pledgeDueDate: addDays(beijingToday(), 5) },
        ],
      }),
      201,
    );
  }
  const newDraft = () => fileCase(manualItem.code, false);
  const newSubmitted = () => fileCase(manualItem.code, true);
  const newApproved = async () => {
    const c = await fileCase(autoItem.code, true);
    assert.equal(c.status, 'approved', '秒批 approves at once');
    return c;
  };

  const submitted = await newSubmitted();
  const submittedFile = await db
    .selectFrom('case_materials')
    .select('file_ids')
    .where('case_id', '=', submitted.id)
    .where('material_key', '=', 'M01')
    .executeTakeFirstOrThrow();
  const approved = await newApproved();
  assert.ok(approved.checkUrl, 'an approved case has a public check link');
  const approvedCheckCode = new URL(approved.checkUrl, 'http://x').searchParams.get('code') ?? '';

  const messages = expectStatus(
    await zhangsan.get<{ items: Array<{ id: string; body: string }> }>('/api/v1/me/messages?limit=100'),
    200,
  ).items;
  const invitation = messages.find((m) => /token=/.test(m.body));
  assert.ok(invitation, 'the approved case sent a rating link');
  const ratingToken = /token=([\w.-]+)/.exec(invitation.body)![1]!;

  const wallet = expectStatus(
    await zhangsan.get<{ items: Array<{ id: string; identifier: string; name: string }> }>(
      '/api/v1/me/licenses?limit=50',
    ),
    200,
  ).items;
  const idCard = wallet.find((l) => l.name === '中华人民共和国居民身份证');
  assert.ok(idCard, '张三 holds his ID card');

  const publicFile = await uploadAs(admin, 'public', '空白申请表.pdf');
  const zhangsanFile = await uploadAs(zhangsan, 'private', '身份证复印件.pdf');
  async function uploadAs(client: TestClient, visibility: 'public' | 'private', name: string) {
    const response = await app.tongban.server.inject({
      method: 'POST',
      url: `/api/v1/files?visibility=${visibility}`,
      headers: {
        cookie: client.cookie!,
        'x-csrf-token': client.csrfToken!,
        'content-type': 'application/pdf',
        'x-file-name': encodeURIComponent(name),
      },
      payload: Buffer.from(`%PDF-1.4\n% ${crypto.randomUUID()}\n%%EOF\n`),
    });
    assert.equal(response.statusCode, 201, response.body);
    return (JSON.parse(response.body) as { id: string }).id;
  }

  const pendingGrant = await db
    .selectFrom('exchange_grants')
    .select('id')
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  const synonym = expectStatus(
    await admin.post<{ id: string }>('/api/v1/catalog/admin/synonyms', {
      phrase: `测试短语${unique()}`,
      expansions: ['营业执照'],
    }),
    201,
  );
  const seals = expectStatus(
    await admin.get<Array<{ departmentId: string }>>('/api/v1/licenses/admin/seals'),
    200,
  );
  // A 西湖区 department: the other region's admin (上城区) may not rotate its seal.
  const xhMarketId = await dept(XH_MARKET);
  const sealDepartment = seals.find((s) => s.departmentId === xhMarketId) ?? seals[0]!;

  async function task(staffLogin: string, caseId: string, kind: string): Promise<Task> {
    const found = await openTask(await as(staffLogin), caseId, kind);
    return { id: found.id, version: found.version, caseId };
  }
  async function decide(staffLogin: string, t: Task, body: Record<string, unknown>) {
    expectStatus(
      await (await as(staffLogin)).post(`/api/v1/tasks/${t.id}/decision`, { version: t.version, ...body }),
      200,
    );
  }
  async function newTask(kind: 'accept' | 'review' | 'suspended-review' | 'decide'): Promise<Task> {
    const c = await newSubmitted();
    const accept = await task('window01', c.id, 'accept');
    if (kind === 'accept') return accept;
    await decide('window01', accept, { outcome: 'accept' });
    const review = await task('reviewer01', c.id, 'review');
    if (kind === 'review') return review;
    if (kind === 'decide') {
      await decide('reviewer01', review, { outcome: 'agree', opinion: '同意' });
      return task('leader01', c.id, 'decide');
    }
    const reviewer = await as('reviewer01');
    expectStatus(
      await reviewer.post(`/api/v1/tasks/${review.id}/suspend`, {
        version: review.version,
        procedure: 'expert_review',
        reason: '需组织专家评审',
      }),
      200,
    );
    return task('reviewer01', c.id, 'review');
  }

  async function rectificationOf(id: string): Promise<Rectification> {
    return expectStatus(
      await (await as('reviewer01')).get<Rectification>(`/api/v1/feedback/rectifications/${id}`),
      200,
    );
  }
  async function rectStep(login: string, r: Rectification, path: string, body: Record<string, unknown>) {
    return expectStatus(
      await (
        await as(login)
      ).post<Rectification>(`/api/v1/feedback/rectifications/${r.id}/${path}`, {
        version: r.version,
        ...body,
      }),
      200,
    );
  }
  async function newRectification(
    state:
      'verifying' | 'appeal_review' | 'rectifying' | 'on_ledger' | 'extension' | 'fixed' | 'awaiting_rating',
  ): Promise<Rectification> {
    const c = await newApproved();
    const card = expectStatus(
      await zhangsan.get<{ optionSet: { version: number } }>(`/api/v1/feedback/cases/${c.id}`),
      200,
    );
    expectStatus(
      await zhangsan.post(`/api/v1/feedback/cases/${c.id}/evaluations`, {
        stage: 'result',
        level: 1,
        options: ['efficiency_bad'],
        channel: 'web',
        optionSetVersion: card.optionSet.version,
      }),
      201,
    );
    const row = await db
      .selectFrom('feedback_rectifications')
      .select('id')
      .where('case_id', '=', c.id)
      .executeTakeFirstOrThrow();
    let r = await rectificationOf(row.id);
    if (state === 'verifying') return r;
    if (state === 'appeal_review') {
      r = await rectStep('reviewer01', r, 'verify', { verdict: 'invalid', note: '评价针对的是其他部门' });
      return rectStep('reviewer01', r, 'callback', {
        calledAt: new Date().toISOString(),
        note: '已电话联系评价人',
      });
    }
    r = await rectStep('reviewer01', r, 'verify', { verdict: 'valid', note: '情况属实' });
    if (state === 'rectifying') return r;
    r = await rectStep('reviewer01', r, 'callback', {
      calledAt: new Date().toISOString(),
      note: '已电话联系评价人',
    });
    if (state === 'on_ledger' || state === 'extension') {
      r = await rectStep('reviewer01', r, 'fix', { mode: 'ledger', note: '列入台账限期整改' });
      if (state === 'on_ledger') return r;
      return rectStep('reviewer01', r, 'extensions', { workingDays: 5, reason: '需协调其他部门' });
    }
    r = await rectStep('reviewer01', r, 'fix', { mode: 'immediate', note: '已当场整改' });
    if (state === 'fixed') return r;
    return rectStep('reviewer01', r, 'feedback', { message: '已整改，请评价' });
  }

  async function newInquiry(kind: 'complaint' | 'consultation', answered = false): Promise<Inquiry> {
    const created = expectStatus(
      await zhangsan.post<Inquiry>('/api/v1/feedback/inquiries', {
        kind,
        itemCode: manualItem.code,
        subject: kind === 'complaint' ? '办理时间过长' : '需要带什么材料',
        content: '请问这个事项需要多长时间办理完毕？',
        publishConsent: kind === 'consultation',
      }),
      201,
    );
    if (!answered) return created;
    return expectStatus(
      await (
        await as('reviewer01')
      ).post<Inquiry>(`/api/v1/feedback/inquiries/${created.id}/answer`, {
        version: created.version,
        answer: '一般五个工作日内办结。',
      }),
      200,
    );
  }

  async function newLicence() {
    const row = await inTransaction(db, (tx) =>
      app.tongban.licenses.issueImported(
        tx,
        systemContext('test'),
        {
          type: 'marriage_certificate',
          issuerCode: '11330106020293779P',
          issuedOn: '2020-05-20',
          validUntil: null,
          holderName: '张三',
          holderCode: ZHANGSAN_ID,
          face: {
            name: '张三',
            idNumber: ZHANGSAN_ID,
            spouseName: '陈静',
            spouseIdNumber: '330106199202143060',
            registrationDate: '2020-05-20',
          },
        },
        { notify: false },
      ),
    );
    return { id: row.id, identifier: row.identifier };
  }
  async function newLicenceGrant() {
    const licence = await newLicence();
    const created = expectStatus(
      await zhangsan.post<{ grant: { id: string }; code: string | null }>(
        `/api/v1/licenses/${licence.id}/grants`,
        {
          granteeKind: 'code',
          purpose: '入职资格核验',
          validFrom: beijingToday(),
          validUntil: addDays(beijingToday(), 30),
        },
      ),
      201,
    );
    return { licenceId: licence.id, grantId: created.grant.id, code: created.code };
  }

  const itemContent = () =>
    sampleItemContent({
      ...personItem(),
      baseCode: `${String(Date.now() % 1e7).padStart(7, '0')}${String(10000 + ++serial).slice(-5)}`,
    });
  async function newDraftItem() {
    const content = itemContent();
    const created = expectStatus(
      await admin.post<{ id: string; implementationCode: string; draft: { versionNo: number } }>(
        '/api/v1/catalog/admin/items',
        { departmentId: await dept(XH_MARKET), regionCode: '330106', content },
      ),
      201,
    );
    return { id: created.id, code: created.implementationCode, versionNo: created.draft.versionNo, content };
  }
  async function newDraftBundle() {
    const created = expectStatus(
      await admin.post<{ id: string; draftVersionNo: number }>('/api/v1/catalog/admin/bundles', {
        code: `SEC-${unique()}`,
        content: bundleContent(manualItem.code, autoItem.code),
      }),
      201,
    );
    return { id: created.id, versionNo: created.draftVersionNo };
  }

  const realEstate = await dept('杭州市不动产登记服务中心');
  function resourceBody(code: string) {
    return {
      code,
      catalogueCode: `103001${String(Date.now()).slice(-4)}${String(1000 + (++serial % 9000))}`,
      name: '房屋测绘成果',
      abstract: '',
      items: [{ key: 'area', name: '建筑面积', type: 'string' }],
      shareType: 'unconditional',
      updateCycle: '实时',
      standsFor: [],
      connector: { kind: 'dataset' },
    };
  }
  async function newResource() {
    const code = `sec_${unique()}`;
    const created = expectStatus(
      await (
        await as('hz-real-estate')
      ).post<{ code: string; version: number }>('/api/v1/exchange/resources', {
        ...resourceBody(code),
        providerDepartmentId: realEstate,
      }),
      201,
    );
    return { code: created.code, version: created.version };
  }

  async function catalogWorkbook(): Promise<Buffer> {
    const data = await app.tongban.catalogImports.exportWorkbook(
      await app.tongban.identity.actorForLogin('admin'),
    );
    return Buffer.from(data);
  }
  /** The licence import template, as an administrator downloads it. */
  async function licenceTemplate(): Promise<Buffer> {
    const response = await app.tongban.server.inject({
      method: 'GET',
      url: '/api/v1/licenses/admin/import-template.xlsx',
      headers: { cookie: admin.cookie! },
    });
    assert.equal(response.statusCode, 200, response.body);
    return response.rawPayload;
  }
  /** The template with one good row: a marriage certificate of 张三 issued by 西湖区民政局 in 2020. */
  async function licenceWorkbook(): Promise<Buffer> {
    const types = expectStatus(
      await admin.get<Array<{ code: string; name: string; faceFields: Array<{ key: string }> }>>(
        '/api/v1/licenses/admin/types',
      ),
      200,
    );
    const marriage = types.find((t) => t.code === 'marriage_certificate')!;
    const face: Record<string, string> = {
      name: '张三',
      idNumber: ZHANGSAN_ID,
      spouseName: '陈静',
      spouseIdNumber: '330106199202143060',
      registrationDate: '2020-05-20',
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await licenceTemplate()) as unknown as ArrayBuffer);
    book
      .getWorksheet(sheetNameOf(marriage.name))!
      .addRow([
        '张三',
        ZHANGSAN_ID,
        '11330106020293779P',
        '2020-05-20',
        '',
        ...marriage.faceFields.map((f) => face[f.key] ?? ''),
      ]);
    return Buffer.from(await book.xlsx.writeBuffer());
  }
  async function startImport(url: string, data: Buffer): Promise<string> {
    const response = await app.tongban.server.inject({
      method: 'POST',
      url,
      headers: {
        cookie: admin.cookie!,
        'x-csrf-token': admin.csrfToken!,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: data,
    });
    assert.equal(response.statusCode, 202, response.body);
    return (JSON.parse(response.body) as { importId: string }).importId;
  }
  const newCatalogImport = async () => startImport('/api/v1/catalog/admin/imports', await catalogWorkbook());
  const newLicenceImport = async () => startImport('/api/v1/licenses/admin/imports', await licenceWorkbook());

  const submittedFileIds = JSON.parse(String(submittedFile.file_ids)) as string[];

  return {
    app,
    engine,
    routes: table.routes,
    as,
    freshLogin,
    dept,
    ids: {
      manualItem: { id: manualItemId, code: manualItem.code },
      autoItem: { id: autoItemId, code: autoItem.code },
      bundleId: bundle.id,
      zhangsanPersonId: person.id,
      wangwuIdNumber: '330108198503071599',
      xizihuOrgId: xizihu.id,
      idCardLicence: idCard,
      publicFileId: publicFile,
      zhangsanFileId: zhangsanFile,
      submitted,
      submittedFileId: submittedFileIds[0] ?? '',
      approved,
      approvedCheckCode,
      zhangsanMessageId: messages[0]!.id,
      ratingToken,
      pendingDataGrantId: pendingGrant.id,
      synonymId: synonym.id,
      sealDepartmentId: sealDepartment.departmentId,
    },
    newDraft,
    newSubmitted,
    newApproved,
    newPledged,
    newTask,
    itemContent,
    newRectification,
    newInquiry,
    newLicence,
    newLicenceGrant,
    newDraftItem,
    newDraftBundle,
    newResource,
    resourceBody,
    newCatalogImport,
    newLicenceImport,
    catalogWorkbook,
    licenceTemplate,
    licenceWorkbook,
    close: () => app.close(),
  };
}

export function bundleContent(first: string, second: string) {
  return {
    name: '安全测试一件事',
    aliases: [],
    audience: 'person',
    topic: 'newborn',
    description: '两个事项一次办',
    promisedDays: 5,
    items: [
      { itemCode: first, dependsOn: [], optional: false },
      { itemCode: second, dependsOn: [], optional: false },
    ],
  };
}
