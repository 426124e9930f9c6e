import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { engines } from '../../server/test/harness.ts';
import type { ServerProcess } from '../../server/test/server-process.ts';
import { startDemo } from './demo-server.ts';
import { idNumberCheckChar } from '../../server/src/modules/identity/id-number.ts';
import { assertAccessible, assertNoHorizontalScroll, closePage, openPage, screenshot } from './browser.ts';

const PASSWORD = 'Tongban@2026';
const WIDTHS = [1280, 375] as const;

async function logIn(page: Page, url: string, identifier: string, password = PASSWORD) {
  await page.goto(`${url}/login`);
  await page.getByLabel('账号').fill(identifier);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

for (const engine of engines()) {
  describe(`web shell in Chromium on ${engine}`, () => {
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;

    before(async () => {
      ({ server, browser, stop } = await startDemo(engine, 'shell'));
    });
    after(() => stop?.());

    test('a new citizen registers, lands in the portal and sees a masked ID number', async () => {
      const first17 = '33010619920704025';
      const idNumber = first17 + idNumberCheckChar(first17);
      const page = await openPage(browser, 1280, 900);
      await page.goto(`${server.url}/register`);
      await assertAccessible(page, 'register');
      await screenshot(page, `${engine}-register-1280`);
      await page.setViewportSize({ width: 375, height: 900 });
      await assertNoHorizontalScroll(page, 'register');
      await screenshot(page, `${engine}-register-375`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByLabel('姓名').fill('林晓');
      await page.getByLabel('身份证号').fill(idNumber);
      await page.getByLabel('手机号').fill('13922220001');
      await page.getByLabel('密码', { exact: true }).fill('Secret123');
      await page.getByLabel('确认密码').fill('Secret123');
      await page.getByRole('button', { name: /注\s*册/ }).click();
      await page.waitForURL(/\/portal/);
      await page
        .getByText('330106********' + idNumber.slice(-4))
        .first()
        .waitFor();
      assert.equal(await page.getByText(idNumber).count(), 0, 'the clear ID number is on the page');
      await assertAccessible(page, 'portal');
      await screenshot(page, `${engine}-portal-1280`);
      await closePage(page);
    });

    test('a server-side validation error is shown next to the field it concerns', async () => {
      const page = await openPage(browser, 1280, 900);
      await page.goto(`${server.url}/register`);
      await page.getByLabel('姓名').fill('林晓');
      await page.getByLabel('身份证号').fill('110105194912310021'); // wrong check character
      await page.getByLabel('手机号').fill('13922220002');
      await page.getByLabel('密码', { exact: true }).fill('Secret123');
      await page.getByLabel('确认密码').fill('Secret123');
      await page.getByRole('button', { name: /注\s*册/ }).click();
      const idItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('身份证号') });
      await idItem.getByText(/校验/).waitFor();
      assert.match(page.url(), /\/register/);
      await assertAccessible(page, 'register with errors');
      await screenshot(page, `${engine}-register-errors-1280`);
      await closePage(page);
    });

    const landings = [
      { login: '13800000001', area: /\/portal/, expect: '张三', name: 'portal-citizen' },
      { login: 'reviewer01', area: /\/workbench/, expect: '审批人员', name: 'workbench-reviewer' },
      { login: 'admin', area: /\/admin/, expect: '工作日历', name: 'admin' },
      { login: 'supervisor01', area: /\/dashboard/, expect: '审计日志', name: 'dashboard-supervisor' },
    ];
    for (const landing of landings) {
      test(`${landing.login} logs in and lands in their area, usable at 1280 px and 375 px`, async () => {
        for (const width of WIDTHS) {
          const page = await openPage(browser, width, 900);
          await logIn(page, server.url, landing.login);
          await page.waitForURL(landing.area);
          await page.getByText(landing.expect).first().waitFor();
          await page.waitForLoadState('networkidle');
          await assertAccessible(page, `${landing.name} at ${width}px`);
          if (width === 375) await assertNoHorizontalScroll(page, landing.name);
          await screenshot(page, `${engine}-${landing.name}-${width}`);
          if (landing.name === 'portal-citizen') {
            await page.goto(`${server.url}/portal/profile`);
            await page.getByRole('heading', { level: 1, name: '我的信息' }).waitFor();
            await assertAccessible(page, `profile at ${width}px`);
            if (width === 375) await assertNoHorizontalScroll(page, 'profile');
            await screenshot(page, `${engine}-profile-${width}`);
          }
          await closePage(page);
        }
      });
    }

    test('the supervisor verifies the audit chain from the dashboard', async () => {
      // A device set to New York time still sees Beijing time.
      const page = await openPage(browser, 1280, 900, 'America/New_York');
      await logIn(page, server.url, 'supervisor01');
      await page.waitForURL(/\/dashboard/);
      await page.getByRole('button', { name: /校验/ }).first().click();
      await page
        .getByText(/完整|通过/)
        .first()
        .waitFor();
      await screenshot(page, `${engine}-dashboard-verified-1280`);
      await closePage(page);
    });

    test('a citizen cannot open the admin area', async () => {
      const page = await openPage(browser, 1280, 900);
      await logIn(page, server.url, '13800000002');
      await page.waitForURL(/\/portal/);
      await page.goto(`${server.url}/admin`);
      await page.waitForLoadState('networkidle');
      assert.equal(await page.getByText('工作日历').count(), 0);
      await closePage(page);
    });

    test('the English switch translates the login page', async () => {
      const page = await openPage(browser, 375, 800);
      await page.goto(`${server.url}/login`);
      await page
        .getByRole('button', { name: /English/ })
        .first()
        .click();
      await page
        .getByRole('button', { name: /Log in/i })
        .first()
        .waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      await assertAccessible(page, 'login in English');
      await assertNoHorizontalScroll(page, 'login');
      await screenshot(page, `${engine}-login-en-375`);
      await closePage(page);
    });
  });
}
