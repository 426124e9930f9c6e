import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { engines } from '../../server/test/harness.ts';
import type { ServerProcess } from '../../server/test/server-process.ts';
import { startDemo } from './demo-server.ts';
import { closePage, openPage, pageChecker } from './browser.ts';

const PASSWORD = 'Tongban@2026';
const BIRTH_REGISTRATION = '11330106020253259A3071020001000';

async function logIn(page: Page, url: string, identifier: string, landing: RegExp) {
  await page.goto(`${url}/login`);
  await page.getByLabel('账号').fill(identifier);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(landing);
}

/** 张三 consents to shared data in a draft of 出生登记, so that a department really fetches his records. */
async function consentToSharedData(base: string) {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: '13800000001', password: PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const call = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrf,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const draft = await call('POST', '/api/v1/cases', { serviceKind: 'item', code: BIRTH_REGISTRATION });
  assert.equal(draft.status, 201, JSON.stringify(draft.body));
  const materials = draft.body.materials as Array<{ key: string; offers: Array<{ kind: string }> }>;
  const shared = materials.filter((m) => m.offers.some((o) => o.kind === 'shared_data'));
  assert.ok(shared.length > 0, 'the department is offered shared data for 张三');
  const saved = await call('PUT', `/api/v1/cases/${draft.body.id as string}`, {
    version: draft.body.version,
    materials: shared.map((m) => ({ key: m.key, source: 'shared_data' })),
  });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
}

for (const engine of engines()) {
  describe(`data sharing pages in Chromium on ${engine}`, () => {
    const check = pageChecker(engine, 'exchange');
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;

    before(async () => {
      ({ server, browser, stop } = await startDemo(engine, 'exchange'));
    });
    after(() => stop?.());

    test('a provider’s data steward sees the catalogue, edits a resource and answers a request', async () => {
      const page = await openPage(browser, 1280, 900);
      await logIn(page, server.url, 'hz-public-security', /\/workbench/);
      await page.getByRole('link', { name: '数据共享' }).first().click();
      await page.getByRole('heading', { name: '政务信息资源目录' }).waitFor();
      await page.getByText('常住人口户籍登记信息').first().waitFor();
      await check(page, 'resources');

      await page.getByRole('link', { name: '常住人口户籍登记信息' }).click();
      await page.getByLabel('资源名称').waitFor();
      assert.equal(await page.getByLabel('资源名称').inputValue(), '常住人口户籍登记信息');
      await check(page, 'resource-edit');

      await page.goto(`${server.url}/workbench/exchange/grants`);
      const pending = page.locator('.tb-access-item').filter({ hasText: '杭州市西湖区教育局' });
      await pending.waitFor();
      await pending.getByText('待答复').waitFor();
      await check(page, 'grants');
      await pending.getByRole('button', { name: '不予共享' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '不予共享' }).click();
      await page.getByText('不予共享须说明理由').waitFor();
      await page.getByLabel('理由').fill('入学登记只需核验户籍地址和与户主关系，请缩减信息项后重新申请。');
      await page.getByRole('dialog').getByRole('button', { name: '不予共享' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await pending.getByText('入学登记只需核验户籍地址').waitFor();
      await closePage(page);
    });

    test('张三 sees which department used his data, for what and in which case', async () => {
      await consentToSharedData(server.url);
      const page = await openPage(browser, 1280, 900);
      await logIn(page, server.url, '13800000001', /\/portal/);
      await page.getByRole('button', { name: /张三/ }).click();
      await page.getByRole('menuitem', { name: '谁用了我的数据' }).click();
      await page.getByRole('heading', { name: '谁用了我的数据' }).waitFor();
      const entry = page
        .locator('.tb-access-item')
        .filter({ hasText: '杭州市公安局西湖区分局' })
        .filter({ hasText: '出生医学证明信息' })
        .first();
      await entry.waitFor();
      await entry.getByText('出生日期').waitFor();
      await check(page, 'my-data-access');
      await closePage(page);
    });
  });
}
