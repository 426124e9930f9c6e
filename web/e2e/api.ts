import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { DEMO_PASSWORD } from './browser.ts';

// The API over HTTP for the steps a browser test does not need to show on screen.

/** A small but real PDF, as a scanned material would be. */
export function pdf(text = ''): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${text} ${crypto.randomUUID()}\n%%EOF\n`);
}

/** The API over HTTP as the web app calls it: the session cookie, and the CSRF token on writes. */
export class Api {
  private cookie = '';
  private csrf = '';

  private constructor(
    private readonly base: string,
    readonly account: string,
  ) {}

  static async login(base: string, account: string): Promise<Api> {
    const api = new Api(base, account);
    const response = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: account, password: DEMO_PASSWORD }),
    });
    assert.equal(response.status, 200, `login ${account}`);
    api.cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    api.csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
    return api;
  }

  async call<T>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.base}${url}`, {
      method,
      headers: {
        cookie: this.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T, text };
  }

  async ok<T>(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
    const response = await this.call<T>(method, url, body, headers);
    assert.ok(
      response.status >= 200 && response.status < 300,
      `${this.account}: ${method} ${url}: ${response.status} ${response.text}`,
    );
    return response.body;
  }

  /** A private PDF upload, as the wizard's uploader sends it. */
  async upload(name: string): Promise<string> {
    const response = await fetch(`${this.base}/api/v1/files?visibility=private`, {
      method: 'POST',
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        'content-type': 'application/pdf',
        'x-file-name': encodeURIComponent(name),
      },
      body: new Uint8Array(pdf(name)),
    });
    assert.equal(response.status, 201, await response.clone().text());
    return ((await response.json()) as { id: string }).id;
  }
}

export interface Task {
  id: string;
  version: number;
  kind: string;
  stepName: string;
  caseId: string;
  caseNumber: string | null;
  status: string;
}

/** The open task of a case in this member of staff's inbox, or null. */
export async function openTaskOf(staff: Api, caseNumber: string): Promise<Task | null> {
  const inbox = await staff.ok<{ items: Task[] }>(
    'GET',
    `/api/v1/tasks?scope=all&limit=20&q=${encodeURIComponent(caseNumber)}`,
  );
  return inbox.items.find((t) => t.caseNumber === caseNumber) ?? null;
}

/** Claims the task and decides it with `outcome` (plus the decision's other fields) through the API. */
export async function decideByApi(
  staff: Api,
  task: Task,
  outcome: string,
  extra: object = {},
): Promise<void> {
  const claimed = await staff.ok<{ version: number }>('POST', `/api/v1/tasks/${task.id}/claim`, {
    version: task.version,
  });
  await staff.ok('POST', `/api/v1/tasks/${task.id}/decision`, {
    version: claimed.version,
    outcome,
    ...extra,
  });
}

export const XH_MARKET = '杭州市西湖区市场监督管理局';
export const SMALL_RESTAURANT = '小餐饮店登记';

/** The published item of that name implemented by that department, as GET /catalog/items/:id gives it. */
export async function findItem(client: Api, name: string, department: string) {
  const search = await client.ok<{ hits: { id: string; name: string; departmentName: string | null }[] }>(
    'GET',
    `/api/v1/catalog/search?q=${encodeURIComponent(name)}&kind=item&regionCode=330106&limit=20&offset=0`,
  );
  const hit = search.hits.find((h) => h.name === name && h.departmentName === department);
  assert.ok(hit, `${name} of ${department} is not in the demo catalogue`);
  return client.ok<{ id: string; implementationCode: string }>('GET', `/api/v1/catalog/items/${hit.id}`);
}

/** 张三's application for 小餐饮店登记 (西湖小面馆) at 西湖区市场监督管理局: every material uploaded, submitted once. */
export async function applyForSmallRestaurant<T>(applicant: Api): Promise<T> {
  const item = await findItem(applicant, SMALL_RESTAURANT, XH_MARKET);
  const keys = ['M01', 'M02', 'M03', 'M04'];
  const files = await Promise.all(keys.map((k) => applicant.upload(`${k}.pdf`)));
  return applicant.ok<T>(
    'POST',
    '/api/v1/cases',
    {
      serviceKind: 'item',
      code: item.implementationCode,
      submit: true,
      form: {
        enterpriseName: '西湖小面馆',
        enterpriseUscc: '91330106MA2B3C4D5E',
        enterpriseAddress: '杭州市西湖区文三路 1 号',
        premisesArea: 45,
        staff: [{ name: '王五', idNumber: '330106198805120111', post: '厨师' }],
        applicantMobile: '13800000001',
      },
      materials: keys.map((key, i) => ({ key, source: 'upload', fileIds: [files[i]] })),
    },
    { 'idempotency-key': `e2e-${crypto.randomUUID()}` },
  );
}
