import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { engines } from '../../server/test/harness.ts';
import type { ServerProcess } from '../../server/test/server-process.ts';
import { startDemo } from './demo-server.ts';
import {
  assertAccessible,
  assertNoHorizontalScroll,
  closePage,
  openPage,
  qrText,
  screenshot,
} from './browser.ts';

const PASSWORD = 'Tongban@2026';
const WIDTHS = [1280, 375] as const;
const ID_CARD = '中华人民共和国居民身份证';
const ZHANGSAN_ID = '330106198805120111';
const MARKET = '杭州市西湖区市场监督管理局';

async function logIn(page: Page, url: string, identifier: string) {
  await page.goto(`${url}/login`);
  await page.getByLabel('账号').fill(identifier);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

async function check(page: Page, engine: string, name: string, width: number) {
  await page.waitForLoadState('networkidle');
  await assertAccessible(page, `${name} at ${width}px`);
  if (width === 375) await assertNoHorizontalScroll(page, name);
  await screenshot(page, `${engine}-licence-grants-${name}-${width}`);
}

async function openIdCard(page: Page, url: string) {
  await page.goto(`${url}/portal/licenses`);
  await page.getByRole('link', { name: ID_CARD, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: ID_CARD }).waitFor();
}

for (const engine of engines()) {
  describe(`亮证 and 用证授权 in Chromium on ${engine}`, () => {
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;

    before(async () => ({ server, browser, stop } = await startDemo(engine, 'licence-grants')));
    after(() => stop?.());

    for (const width of WIDTHS) {
      test(`亮证: the full-screen QR is a short-lived link that verifies as valid, at ${width} px`, async () => {
        const page = await openPage(browser, width, 900);
        await logIn(page, server.url, '13800000001');
        await openIdCard(page, server.url);
        await page.getByRole('button', { name: '全屏亮证' }).click();
        const dialog = page.getByRole('dialog');
        await dialog
          .getByRole('timer')
          .getByText(/\d:\d\d/)
          .waitFor();
        const link = await qrText(page, '.tb-lic-qr-full');
        assert.match(link ?? '', /\/verify\?p=[\w-]+\.[0-9a-f]{32}$/, 'the QR holds a presentation link');
        assert.match(await dialog.getByRole('timer').innerText(), /二维码将在\s*[45]:\d\d\s*后失效/);
        await check(page, engine, 'show-qr', width);
        await dialog.getByRole('button', { name: '关闭' }).first().click();

        const counter = await openPage(browser, width, 900);
        await counter.goto(link!);
        const verdict = counter
          .getByRole('status')
          .filter({ has: counter.getByRole('heading', { level: 2 }) });
        await verdict.getByRole('heading', { name: '有效' }).waitFor();
        await verdict.getByText(/亮证二维码，.* 前有效/).waitFor();
        await counter.getByText('330106********0111').first().waitFor();
        assert.equal(
          await counter.getByText(ZHANGSAN_ID).count(),
          0,
          'no more than the permanent link shows',
        );
        await check(counter, engine, 'verify-presented', width);
        await closePage(counter);
        await closePage(page);
      });

      test(`用证授权: a one-time code works once for a stranger, a department opens its grant, the holder sees both, at ${width} px`, async () => {
        // Each width adds grants to the same wallet: a purpose of its own keeps the lookups unambiguous.
        const purpose = `经营许可身份核验（${width}）`;
        const page = await openPage(browser, width, 900);
        await logIn(page, server.url, '13800000001');
        await openIdCard(page, server.url);
        const grants = page
          .locator('.tb-card')
          .filter({ has: page.getByRole('heading', { name: '授权使用' }) });
        await grants.getByRole('button', { name: '新建授权' }).click();
        await grants.getByLabel('一次性授权码').check();
        await grants.getByLabel('授权用途').fill('租房身份核验');
        await check(page, engine, 'grant-form', width);
        await grants.getByRole('button', { name: /确认授权/ }).click();
        const code = (await grants.getByTestId('grant-code').innerText()).trim();
        assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
        await grants.getByRole('button', { name: '复制授权码' }).waitFor();
        await check(page, engine, 'grant-code', width);
        await grants.getByRole('button', { name: '我已保存' }).click();
        assert.equal(await grants.getByTestId('grant-code').count(), 0, 'the code is shown once');

        // A stranger (no login) uses the code: once.
        const stranger = await openPage(browser, width, 900);
        await stranger.goto(`${server.url}/licence-code`);
        await stranger.getByRole('heading', { level: 1, name: '凭授权码查看证照' }).waitFor();
        await check(stranger, engine, 'code-page', width);
        await stranger.getByLabel('授权码').fill(code.toLowerCase());
        await stranger.getByRole('button', { name: /查看证照/ }).click();
        await stranger.getByText('授权用途：租房身份核验').waitFor();
        await stranger.getByText('330106********0111').first().waitFor();
        assert.equal(await stranger.getByText(ZHANGSAN_ID).count(), 0, 'ID numbers masked for a code holder');
        await check(stranger, engine, 'code-used', width);
        await stranger.getByLabel('授权码').fill(code);
        await stranger.getByRole('button', { name: /查看证照/ }).click();
        await stranger
          .getByRole('alert')
          .getByText(/已使用/)
          .waitFor();
        await check(stranger, engine, 'code-spent', width);
        await closePage(stranger);

        // A grant to 西湖区市场监督管理局; its reviewer opens the licence from the staff search page.
        await grants.getByRole('button', { name: '新建授权' }).click();
        await grants.getByLabel('政府部门').check();
        await grants.getByLabel('被授权部门').fill(MARKET);
        await page.locator('.ant-select-item-option').filter({ hasText: MARKET }).first().click();
        await grants.getByLabel('授权用途').fill(purpose);
        await grants.getByRole('button', { name: /确认授权/ }).click();
        await grants.getByText(purpose).waitFor();
        const identifier = (await page.locator('.tb-lic-facts .tb-mono').first().innerText()).trim();
        const staff = await openPage(browser, width, 900);
        await logIn(staff, server.url, 'reviewer01');
        await staff.goto(`${server.url}/workbench/licenses`);
        await staff.getByLabel('证照标识', { exact: true }).fill(identifier);
        await staff.getByRole('button', { name: /查看证照/ }).click();
        await staff.getByText(`授权用途：${purpose}`).waitFor();
        await staff.locator('.tb-granted-face').getByText(ZHANGSAN_ID).waitFor();
        await check(staff, engine, 'staff-granted', width);
        await closePage(staff);

        // The holder sees both uses, the spent code and "who used my data".
        await page.reload();
        const uses = page.locator('.tb-lic-uses');
        await uses.getByText(`一次性授权码持有人（尾号 ${code.slice(-4)}）`).waitFor();
        await uses.getByText(MARKET).first().waitFor();
        await grants.getByText('已用完').first().waitFor();
        await check(page, engine, 'detail-with-grants', width);
        await page.goto(`${server.url}/portal/data-access`);
        await page.getByText('租房身份核验').first().waitFor();
        await page.getByText(purpose).first().waitFor();
        await check(page, engine, 'data-access', width);

        // Revoking the department's grant: the reviewer is refused.
        await openIdCard(page, server.url);
        await grants
          .getByRole('button', { name: `撤销对“${MARKET}”的授权` })
          .first()
          .click();
        await page
          .getByRole('button', { name: '撤 销' })
          .or(page.getByRole('button', { name: '撤销', exact: true }))
          .last()
          .click();
        await grants.getByText('已撤销').first().waitFor();
        const again = await openPage(browser, width, 900);
        await logIn(again, server.url, 'reviewer01');
        await again.goto(`${server.url}/workbench/licenses`);
        await again.getByLabel('证照标识', { exact: true }).fill(identifier);
        await again.getByRole('button', { name: /查看证照/ }).click();
        await again.getByRole('alert').getByText(/撤销/).waitFor();
        await closePage(again);
        await closePage(page);
      });
    }
  });
}
