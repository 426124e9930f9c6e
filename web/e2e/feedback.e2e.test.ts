import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { engines } from '../../server/test/harness.ts';
import type { ServerProcess } from '../../server/test/server-process.ts';
import { assertAccessible, assertNoHorizontalScroll, closePage, openPage, screenshot } from './browser.ts';
import { startDemo } from './demo-server.ts';

const PASSWORD = 'Tongban@2026';
const XH_MARKET = '杭州市西湖区市场监督管理局';
const SMALL_RESTAURANT = '小餐饮店登记';

/** The API over HTTP as a browser calls it: session cookie, CSRF token on writes. */
class HttpClient {
  private cookie = '';
  private csrf = '';
  constructor(private readonly base: string) {}

  async login(identifier: string): Promise<this> {
    const response = await fetch(`${this.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier, password: PASSWORD }),
    });
    assert.equal(response.status, 200, `login ${identifier}`);
    this.cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    this.csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
    return this;
  }

  async ok<T>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
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
    assert.ok(response.status < 300, `${method} ${url}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  async uploadPdf(name: string): Promise<string> {
    const response = await fetch(`${this.base}/api/v1/files?visibility=private`, {
      method: 'POST',
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(name),
      },
      body: new Uint8Array(Buffer.from(`%PDF-1.4\n% ${name} ${crypto.randomUUID()}\n%%EOF\n`)),
    });
    assert.equal(response.status, 201);
    return ((await response.json()) as { id: string }).id;
  }
}

/** Claims the case's open task as this member of staff and decides it. */
async function decide(staff: HttpClient, caseNumber: string, body: Record<string, unknown>) {
  const inbox = await staff.ok<{ items: { id: string; version: number }[] }>(
    'GET',
    `/api/v1/tasks?scope=all&q=${encodeURIComponent(caseNumber)}`,
  );
  const task = inbox.items[0]!;
  const claimed = await staff.ok<{ version: number }>('POST', `/api/v1/tasks/${task.id}/claim`, {
    version: task.version,
  });
  await staff.ok('POST', `/api/v1/tasks/${task.id}/decision`, { version: claimed.version, ...body });
}

async function logIn(page: Page, url: string, identifier: string, lands: RegExp) {
  await page.goto(`${url}/login`);
  await page.getByLabel('账号').fill(identifier);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(lands);
}

async function checkBothWidths(page: Page, engine: string, name: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, `${name} at ${width}px`);
    if (width === 375) await assertNoHorizontalScroll(page, name);
    await screenshot(page, `${engine}-feedback-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

for (const engine of engines()) {
  describe(`好差评 in Chromium on ${engine}`, () => {
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;

    before(async () => {
      ({ server, browser, stop } = await startDemo(engine, 'feedback'));
    });
    after(() => stop?.());

    test('a citizen rates a decided case 非常不满意; the department and the supervisor follow it up', async () => {
      // 张三's application for a 西湖区 market item is accepted, reviewed and approved through the API.
      const zhangsan = await new HttpClient(server.url).login('13800000001');
      const search = await zhangsan.ok<{
        hits: { id: string; name: string; departmentName: string | null }[];
      }>(
        'GET',
        `/api/v1/catalog/search?q=${encodeURIComponent(SMALL_RESTAURANT)}&kind=item&regionCode=330106&limit=20&offset=0`,
      );
      const hit = search.hits.find((h) => h.name === SMALL_RESTAURANT && h.departmentName === XH_MARKET)!;
      const item = await zhangsan.ok<{ implementationCode: string }>(
        'GET',
        `/api/v1/catalog/items/${hit.id}`,
      );
      const files = await Promise.all(
        ['M01', 'M02', 'M03', 'M04'].map((k) => zhangsan.uploadPdf(`${k}.pdf`)),
      );
      const filed = await zhangsan.ok<{ id: string; caseNumber: string }>(
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
          materials: ['M01', 'M02', 'M03', 'M04'].map((key, i) => ({
            key,
            source: 'upload',
            fileIds: [files[i]],
          })),
        },
        { 'idempotency-key': `e2e-${crypto.randomUUID()}` },
      );
      await decide(await new HttpClient(server.url).login('window01'), filed.caseNumber, {
        outcome: 'accept',
      });
      await decide(await new HttpClient(server.url).login('reviewer01'), filed.caseNumber, {
        outcome: 'agree',
      });
      await decide(await new HttpClient(server.url).login('leader01'), filed.caseNumber, {
        outcome: 'approve',
      });

      // The invitation arrives (from the event job) with the SMS-style link.
      let link = '';
      for (let i = 0; i < 60 && !link; i++) {
        const inbox = await zhangsan.ok<{ items: { title: string; body: string }[] }>(
          'GET',
          '/api/v1/me/messages?limit=50',
        );
        const invite = inbox.items.find(
          (m) => m.title.includes(filed.caseNumber) && m.title.includes('评价'),
        );
        link = /(\/rate\?token=[\w.-]+)/.exec(invite?.body ?? '')?.[1] ?? '';
        if (!link) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      assert.ok(link, 'the rating invitation was sent');

      // The link page: no login; the options follow the level chosen.
      const page = await openPage(browser, 1280, 900);
      await page.goto(`${server.url}${link}`);
      await page.getByRole('heading', { name: '服务评价' }).waitFor();
      await page.getByText(filed.caseNumber).waitFor();
      await checkBothWidths(page, engine, 'link');
      await page.getByText('非常不满意', { exact: true }).click();
      await page
        .getByText('办事效率低', { exact: false })
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await page.getByText('办理超时或拖延').click();
      await page.getByText('要求重复提交材料或多次跑腿').click();
      await page.getByLabel('意见建议（选填）').fill('补正要求前后不一致，多跑了一趟');
      await checkBothWidths(page, engine, 'link-bad');
      await page.getByRole('button', { name: '提交评价' }).click();
      await page.getByText('感谢您的评价！').waitFor();
      await closePage(page);

      // The handling department finds the rectification and verifies it.
      const dept = await openPage(browser, 1280, 900);
      await logIn(dept, server.url, 'reviewer01', /\/workbench/);
      await dept.goto(`${server.url}/workbench/feedback/rectifications`);
      const row = dept.locator('.ant-table-row').filter({ hasText: filed.caseNumber });
      await row.getByText('待核实').waitFor();
      await checkBothWidths(dept, engine, 'rectifications');
      await row.getByRole('link', { name: filed.caseNumber }).click();
      await dept.getByRole('heading', { level: 1, name: new RegExp(filed.caseNumber) }).waitFor();
      await dept.getByText('办理超时或拖延').waitFor();
      await checkBothWidths(dept, engine, 'rectification');
      await dept.getByRole('button', { name: '核实不属实（申诉）' }).click();
      const dialog = dept.getByRole('dialog');
      await dialog.getByLabel('说明').fill('补正要求一次性告知，申请人未按要求提交');
      await dialog.getByRole('button', { name: '确定' }).click();
      await dept.getByText('申诉复核中').first().waitFor();
      await closePage(dept);

      // The supervisor sees the appeal in the region's list.
      const sup = await openPage(browser, 1280, 900);
      await logIn(sup, server.url, 'supervisor01', /\/dashboard/);
      await sup.goto(`${server.url}/dashboard/feedback/rectifications?view=appeals`);
      await sup.locator('.ant-table-row').filter({ hasText: filed.caseNumber }).waitFor();
      await checkBothWidths(sup, engine, 'supervisor-appeals');
      await closePage(sup);
    });
  });
}
