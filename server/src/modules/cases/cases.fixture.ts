import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { systemContext } from '../../platform/audit/audit.ts';
import { inTransaction } from '../../platform/db/database.ts';
import type { TestApp, TestClient, TestResponse } from '../../../test/harness.ts';
import type { ItemContent } from '../catalog/content.ts';
import { sampleItemContent } from '../catalog/content.fixture.ts';
import type { StaffRole } from '../identity/tables.ts';

// Test helpers for applications: items published through the API, staff accounts, uploads.

export interface CaseBody {
  id: string;
  version: number;
  caseNumber: string | null;
  status: string;
  serviceName: string;
  promisedDueDate: string | null;
  acceptedAt: string | null;
  deemedAccepted: boolean;
  decision: string | null;
  trips: number;
  channel: string;
  form: Record<string, unknown>;
  materials: Array<{ key: string; status: string; source: string | null; pledgeDueDate: string | null }>;
  timeline: Array<{
    action: string;
    note: string | null;
    actorName: string | null;
    internal: boolean;
    stepName: string | null;
  }>;
  notices: Array<{ id: string; kind: string; number: string }>;
  children: Array<{ id: string; serviceName: string; status: string }>;
  tasks: Array<{
    id: string;
    kind: string;
    status: string;
    stepName: string;
    dueDate: string | null;
    level: string;
  }>;
  result: { name: string; documentNumber: string | null; values: Record<string, string> } | null;
  autoTrace: {
    passed: boolean;
    results: Array<{ key: string; passed: boolean; reason: { zh: string } | null }>;
  } | null;
  suspension: { procedure: string; reason: string } | null;
  suspendedWorkingDays: number;
  checkUrl: string | null;
  expected: { zh: string } | null;
}

export interface Problem {
  code: string;
  errors?: Array<{ field: string; message: { zh: string; en: string } }>;
}

export async function departmentId(app: TestApp, name: string): Promise<string> {
  const row = await app.tongban.platform.db
    .selectFrom('departments')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

export const XH_MARKET = '杭州市西湖区市场监督管理局';
export const XH_FIRE = '杭州市西湖区消防救援大队';
export const XH_HEALTH = '杭州市西湖区卫生健康局';

let counter = 0;

/** Publishes an item (at 西湖区市场监管局 unless told otherwise) with a fresh implementation code. */
export async function publishItem(
  app: TestApp,
  admin: TestClient,
  overrides: Partial<ItemContent>,
  department = XH_MARKET,
): Promise<{ id: string; code: string }> {
  counter++;
  const content = sampleItemContent({
    baseCode: `${String(Date.now() % 1e7).padStart(7, '0')}${String(10000 + counter).slice(-5)}`,
    ...overrides,
  });
  const created = await admin.post<{ id: string; implementationCode: string }>(
    '/api/v1/catalog/admin/items',
    {
      departmentId: await departmentId(app, department),
      regionCode: '330106',
      content,
    },
  );
  assert.equal(created.status, 201, created.raw);
  const published = await admin.post(`/api/v1/catalog/admin/items/${created.body.id}/publish`);
  assert.equal(published.status, 200, published.raw);
  return { id: created.body.id, code: created.body.implementationCode };
}

/** A person's item: no legal-person-only materials, one upload, a form with the applicant's name. */
export function personItem(overrides: Partial<ItemContent> = {}): Partial<ItemContent> {
  return {
    name: '测试个人事项',
    serviceObjects: ['natural_person'],
    result: { type: 'certificate', name: '测试证', licenceType: 'test_certificate' },
    materials: [
      {
        key: 'M01',
        name: '申请书',
        necessity: 'required',
        materialType: 'original',
        form: 'electronic',
        copies: 0,
        sourceChannel: 'applicant',
      },
      {
        key: 'M02',
        name: '照片',
        necessity: 'required',
        materialType: 'original',
        form: 'electronic',
        copies: 0,
        sourceChannel: 'applicant',
      },
    ],
    form: {
      type: 'object',
      properties: {
        name: {
          type: 'string',
          'x-kind': 'text',
          title: '姓名',
          'x-concept': 'applicant.name',
          maxLength: 50,
        },
        idNumber: {
          type: 'string',
          'x-kind': 'id_number',
          title: '身份证号',
          'x-concept': 'applicant.idNumber',
        },
        reason: { type: 'string', 'x-kind': 'text', title: '申请事由', maxLength: 100 },
      },
      required: ['name', 'idNumber', 'reason'],
      'x-order': ['name', 'idNumber', 'reason'],
    },
    ...overrides,
  };
}

export async function addStaff(app: TestApp, role: StaffRole, department: string): Promise<TestClient> {
  counter++;
  const loginName = `staff${counter}${crypto.randomBytes(2).toString('hex')}`;
  const idBody = `33010619900101${String(100 + counter).slice(-3)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...idBody].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  const idNumber = idBody + '10X98765432'[sum % 11];
  const id = await departmentId(app, department);
  await inTransaction(app.tongban.platform.db, (tx) =>
    app.tongban.identity.createStaffAccount(tx, systemContext('test'), {
      loginName,
      password: 'Tongban@2026',
      person: { name: `工作人员${'甲乙丙丁戊己庚辛壬癸'[counter % 10]}`, idNumber },
      roles: [{ role, departmentId: id }],
    }),
  );
  return app.login(loginName);
}

/** Uploads a small PDF as the client; returns its file id. */
export async function upload(
  app: Pick<TestApp, 'tongban'>,
  client: TestClient,
  text: string = crypto.randomUUID(),
): Promise<string> {
  const response = await app.tongban.server.inject({
    method: 'POST',
    url: '/api/v1/files?visibility=private',
    headers: {
      cookie: client.cookie!,
      'x-csrf-token': client.csrfToken!,
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent('材料.pdf'),
    },
    payload: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`),
  });
  assert.equal(response.statusCode, 201, response.body);
  return (JSON.parse(response.body) as { id: string }).id;
}

/** Runs every due background job (events, notifications, pushes) until none is left. */
export async function drainJobs(app: TestApp): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const report = await app.tongban.platform.jobs.runDue(50);
    if (report.claimed === 0) return;
  }
}

/** The open task of a kind on the case, as this member of staff finds it in their inbox. */
export async function openTask(staff: TestClient, caseId: string, kind: string) {
  const view = await staff.get<CaseBody>(`/api/v1/cases/${caseId}`);
  assert.equal(view.status, 200, view.raw);
  const inbox = await staff.get<{
    items: Array<{
      id: string;
      caseId: string;
      kind: string;
      version: number;
      dueDate: string | null;
      level: string;
    }>;
  }>(`/api/v1/tasks?limit=100&kind=${kind}&q=${encodeURIComponent(view.body.caseNumber ?? '')}`);
  assert.equal(inbox.status, 200, inbox.raw);
  const task = inbox.body.items.find((t) => t.caseId === caseId);
  assert.ok(task, `no open ${kind} task for this member of staff in ${JSON.stringify(view.body.tasks)}`);
  return task;
}

/** The member of staff decides their open task of a kind on the case, as the workbench does (the raw response). */
export async function decideTask(
  staff: TestClient,
  caseId: string,
  kind: string,
  body: Record<string, unknown>,
) {
  const task = await openTask(staff, caseId, kind);
  return staff.post<CaseBody>(`/api/v1/tasks/${task.id}/decision`, { version: task.version, ...body });
}

export function expectStatus<T>(response: TestResponse<T>, status: number): T {
  assert.equal(response.status, status, response.raw);
  return response.body;
}
