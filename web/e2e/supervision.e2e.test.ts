import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { engines } from '../../server/test/harness.ts';
import type { ServerProcess } from '../../server/test/server-process.ts';
import { sampleItemContent } from '../../server/src/modules/catalog/content.fixture.ts';
import { personItem } from '../../server/src/modules/cases/cases.fixture.ts';
import { startDemo } from './demo-server.ts';
import { assertAccessible, assertNoHorizontalScroll, closePage, openPage, screenshot } from './browser.ts';

const PASSWORD = 'Tongban@2026';
const XH_MARKET = '杭州市西湖区市场监督管理局';

/** A logged-in API caller against the real server process (cookie + CSRF token). */
async function apiSession(url: string, identifier: string) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier, password: PASSWORD }),
  });
  assert.equal(login.status, 200, await login.clone().text());
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async <T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body !== undefined && !(body instanceof Uint8Array)
          ? { 'content-type': 'application/json' }
          : {}),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { body: body instanceof Uint8Array ? Buffer.from(body) : JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as T;
  };
  return call;
}

/** Two 秒批 cases of a fresh 西湖区市场监管局 item, so the dashboard has something to drill into. */
async function seedCases(url: string) {
  const admin = await apiSession(url, 'admin');
  const departments = await admin<{ items: Array<{ id: string; name: string }> }>(
    'GET',
    '/api/v1/departments?limit=200',
  );
  const department = departments.items.find((d) => d.name === XH_MARKET)!;
  const content = sampleItemContent({
    baseCode: `${String(Date.now() % 1e7).padStart(7, '0')}77001`,
    ...personItem({
      name: '监督演示事项',
      autoApproval: {
        rules: [
          { key: 'adult', description: '申请人年满18周岁', fact: 'applicant.age', op: 'gte', value: 18 },
        ],
      },
    }),
  });
  const item = await admin<{ id: string; implementationCode: string }>(
    'POST',
    '/api/v1/catalog/admin/items',
    {
      departmentId: department.id,
      regionCode: '330106',
      content,
    },
  );
  await admin('POST', `/api/v1/catalog/admin/items/${item.id}/publish`, {});
  const citizen = await apiSession(url, '13800000001');
  for (let i = 0; i < 2; i++) {
    const files: string[] = [];
    for (let f = 0; f < 2; f++) {
      const file = await citizen<{ id: string }>(
        'POST',
        '/api/v1/files?visibility=private',
        new TextEncoder().encode(`%PDF-1.4\n% ${crypto.randomUUID()}\n%%EOF\n`),
        { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent('材料.pdf') },
      );
      files.push(file.id);
    }
    await citizen('POST', '/api/v1/cases', {
      serviceKind: 'item',
      code: item.implementationCode,
      submit: true,
      form: { reason: '监督演示' },
      materials: [
        { key: 'M01', source: 'upload', fileIds: [files[0]] },
        { key: 'M02', source: 'upload', fileIds: [files[1]] },
      ],
    });
  }
}

async function logIn(page: Page, url: string, identifier: string) {
  await page.goto(`${url}/login`);
  await page.getByLabel('账号').fill(identifier);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

for (const engine of engines()) {
  describe(`supervision dashboard and public disclosure in Chromium on ${engine}`, () => {
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;

    before(async () => {
      ({ server, browser, stop } = await startDemo(engine, 'supervision'));
      await seedCases(server.url);
    });
    after(() => stop?.());

    for (const width of [1280, 375] as const) {
      test(`supervisor01 opens the dashboard and drills down region → department → item → cases at ${width} px`, async () => {
        const page = await openPage(browser, width, 900);
        await logIn(page, server.url, 'supervisor01');
        await page.waitForURL(/\/dashboard/);
        await page.getByRole('link', { name: '效能监督' }).click();
        await page.waitForURL(/\/dashboard\/supervision/);
        await page.getByText('办件量').first().waitFor();
        await page.getByRole('button', { name: '好评率的定义' }).waitFor();
        await page.waitForLoadState('networkidle');
        // The chart's numbers are in a table for screen readers.
        await page.locator('table.tb-visually-hidden caption').nth(1).waitFor({ state: 'attached' });
        // 四减: the catalogue's figures, item by item versus with Tongban, with this period's real cases.
        const burden = page.locator('.tb-card', { has: page.getByRole('heading', { name: '“四减”成效' }) });
        await burden
          .getByText(/逐项办理 \d+ → 通办 \d+/)
          .first()
          .waitFor();
        await burden
          .getByText(/\d+ 件：/)
          .first()
          .waitFor();
        await assertAccessible(page, `supervision dashboard at ${width}px`);
        if (width === 375) await assertNoHorizontalScroll(page, 'supervision dashboard');
        await screenshot(page, `${engine}-supervision-${width}`);
        if (width === 1280) {
          // 月报: last month's PDF of the supervisor's region, fetched with the session.
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name: '下载月报 (PDF)' }).click(),
          ]);
          assert.match(download.suggestedFilename(), /政务服务监管月报_\d{4}-\d{2}\.pdf$/);
          assert.equal(
            readFileSync((await download.path())!)
              .subarray(0, 5)
              .toString(),
            '%PDF-',
          );
        }

        await page.getByRole('button', { name: '西湖区' }).first().click();
        await page.getByRole('button', { name: XH_MARKET }).first().click();
        await page.getByRole('button', { name: '监督演示事项' }).first().click();
        await page.getByText('张＊').first().waitFor();
        assert.equal(await page.getByText('张三').count(), 0, 'the applicant name is masked');
        await page.waitForLoadState('networkidle');
        await assertAccessible(page, `supervision case list at ${width}px`);
        if (width === 375) await assertNoHorizontalScroll(page, 'supervision case list');
        await screenshot(page, `${engine}-supervision-cases-${width}`);
        await closePage(page);
      });
    }

    test('the public disclosure page loads without login and is linked from the footer', async () => {
      for (const width of [1280, 375] as const) {
        const page = await openPage(browser, width, 900);
        await page.goto(server.url);
        await page.getByRole('link', { name: '政务服务评价与整改公开' }).click();
        await page.waitForURL(/\/disclosure/);
        await page.getByRole('heading', { name: '政务服务公开' }).waitFor();
        await page.getByText(XH_MARKET).first().waitFor();
        await page.waitForLoadState('networkidle');
        await assertAccessible(page, `public disclosure at ${width}px`);
        if (width === 375) await assertNoHorizontalScroll(page, 'public disclosure');
        await screenshot(page, `${engine}-disclosure-${width}`);
        await closePage(page);
      }
    });
  });
}
