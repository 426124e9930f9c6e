import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { engines } from '../../server/test/harness.ts';
import type { ServerProcess } from '../../server/test/server-process.ts';
import { startDemo } from './demo-server.ts';
import { assertAccessible, assertNoHorizontalScroll, closePage, openPage, screenshot } from './browser.ts';

const PASSWORD = 'Tongban@2026';

/** The computed font size (px) of the first element matching the selector. */
/** Waits until the page's CSS transitions have ended (antd animates a button's size when the mode changes). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

async function fontSize(page: Page, selector: string): Promise<number> {
  await settled(page);
  return page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

async function logIn(
  page: Page,
  url: string,
  identifier: string,
  labels = { account: '账号', password: '密码' },
) {
  await page.goto(`${url}/login`);
  await page.getByLabel(labels.account).fill(identifier);
  await page.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
  await page.getByLabel(labels.password, { exact: true }).press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

async function logOut(page: Page, name: string, logoutLabel: RegExp) {
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('menuitem', { name: logoutLabel }).click();
  await page
    .getByRole('link', { name: /^(登录|Log in)$/ })
    .first()
    .waitFor();
}

for (const engine of engines()) {
  describe(`长辈模式 and keyboard use in Chromium on ${engine}`, () => {
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;

    before(async () => ({ server, browser, stop } = await startDemo(engine, 'senior')));
    after(() => stop?.());

    test('the senior-mode switch enlarges the page and is remembered by the browser and by the account', async () => {
      const page = await openPage(browser, 375, 900);
      await page.goto(server.url);
      const senior = page.getByRole('switch', { name: '长辈模式' });
      assert.equal(await senior.getAttribute('aria-checked'), 'false');
      const normalText = await fontSize(page, '.tb-hero-text');
      const searchButton = page.getByRole('button', { name: /搜\s*索/ });
      await senior.click();
      assert.equal(await senior.getAttribute('aria-checked'), 'true');
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('tb-senior')));
      const seniorText = await fontSize(page, '.tb-hero-text');
      assert.ok(seniorText >= 18 && seniorText > normalText, `text ${normalText}px → ${seniorText}px`);
      await settled(page);
      assert.ok((await searchButton.boundingBox())!.height >= 48, 'buttons are at least 48 px tall');
      await assertAccessible(page, 'home in senior mode at 375 px');
      await assertNoHorizontalScroll(page, 'home in senior mode');
      await screenshot(page, `${engine}-senior-home-375`);

      // This browser remembers it for the next visit.
      await page.reload();
      assert.equal(await senior.getAttribute('aria-checked'), 'true');
      assert.equal(await fontSize(page, '.tb-hero-text'), seniorText);

      // 张三 logs in: his account has no preference yet, so it takes what this browser shows …
      await page.setViewportSize({ width: 1280, height: 900 });
      await logIn(page, server.url, '13800000001');
      await page.getByRole('heading', { name: '我的信息' }).waitFor();
      assert.equal(await senior.getAttribute('aria-checked'), 'true');
      // … and he also chooses English while logged in.
      await page.getByRole('button', { name: /English/ }).click();
      const seniorEn = page.getByRole('switch', { name: 'Senior mode' });
      await seniorEn.waitFor();
      await assertAccessible(page, 'portal in senior mode, English, 1280 px');
      await screenshot(page, `${engine}-senior-portal-en-1280`);

      // After logout someone else uses this browser in Chinese without senior mode …
      await logOut(page, '张三', /Log out/);
      await page.getByRole('button', { name: /中文/ }).click();
      await senior.click();
      assert.equal(await senior.getAttribute('aria-checked'), 'false');
      assert.equal(await fontSize(page, '.tb-hero-text'), normalText);

      // … and when 张三 logs in again, his account brings back senior mode and English.
      await logIn(page, server.url, '13800000001');
      await seniorEn.waitFor();
      assert.equal(await seniorEn.getAttribute('aria-checked'), 'true');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await fontSize(page, '.tb-hero-text'), seniorText);
      await closePage(page);
    });

    test('the account keeps 长辈模式 on the server: it follows the person to another browser', async () => {
      const saved = (page: Page) =>
        page.waitForResponse(
          (r) => r.url().endsWith('/api/v1/auth/me/preferences') && r.request().method() === 'PUT' && r.ok(),
        );
      const seniorOn = (page: Page) =>
        page.evaluate(() => document.documentElement.classList.contains('tb-senior'));

      // 李四 turns senior mode on in one browser …
      const first = await openPage(browser, 1280, 900);
      await logIn(first, server.url, '13800000002');
      const switchOn = (page: Page) => page.getByRole('switch', { name: '长辈模式' });
      assert.equal(await switchOn(first).getAttribute('aria-checked'), 'false');
      await Promise.all([saved(first), switchOn(first).click()]);
      await closePage(first);

      // … and a new browser (no cookies, nothing stored) shows it as soon as he logs in there.
      const second = await openPage(browser, 375, 900);
      await second.goto(server.url);
      assert.equal(await switchOn(second).getAttribute('aria-checked'), 'false');
      assert.equal(await seniorOn(second), false);
      await logIn(second, server.url, '13800000002');
      await second.getByRole('heading', { name: '我的信息' }).waitFor();
      assert.equal(await switchOn(second).getAttribute('aria-checked'), 'true');
      assert.ok(await seniorOn(second));
      await assertNoHorizontalScroll(second, 'portal in senior mode after logging in on a new browser');
      await screenshot(second, `${engine}-senior-remembered-375`);

      // Turning it off there is remembered too: a third browser that shows senior mode before login
      // follows the account, not the browser, once he logs in.
      await Promise.all([saved(second), switchOn(second).click()]);
      await closePage(second);
      const third = await openPage(browser, 1280, 900);
      await third.goto(server.url);
      await switchOn(third).click();
      assert.ok(await seniorOn(third));
      await logIn(third, server.url, '13800000002');
      await third.getByRole('heading', { name: '我的信息' }).waitFor();
      await third.waitForFunction(() => !document.documentElement.classList.contains('tb-senior'));
      assert.equal(await switchOn(third).getAttribute('aria-checked'), 'false');
      await closePage(third);
    });

    test('keyboard: skip link first, visible focus ring, and form errors read out next to their fields', async () => {
      const page = await openPage(browser, 1280, 900);
      await page.goto(`${server.url}/login`);
      await page.getByLabel('账号').waitFor();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: '跳到主要内容' });
      assert.ok(await skip.evaluate((el) => el === document.activeElement));
      assert.ok((await skip.boundingBox())!.y >= 0, 'the focused skip link is on screen');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

      // From the top, the next stop is the senior switch: it shows a ring of at least 2 px and Space works it.
      await page.goto(`${server.url}/login`);
      await page.getByLabel('账号').waitFor();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          role: el.getAttribute('role'),
          ring: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
        };
      });
      assert.deepEqual([focused.role, focused.ring], ['switch', 'solid']);
      assert.ok(focused.width >= 2, `focus ring ${focused.width}px`);
      await page.keyboard.press('Space');
      const senior = page.getByRole('switch', { name: '长辈模式' });
      assert.equal(await senior.getAttribute('aria-checked'), 'true');
      await page.keyboard.press('Space');
      assert.equal(await senior.getAttribute('aria-checked'), 'false');

      // Submitting the empty login form: the first field gets the focus, says it is invalid and is
      // described by its message, and the live region reads the messages out.
      await page.getByRole('button', { name: /登\s*录/ }).click();
      const account = page.getByLabel('账号');
      await page.locator('.ant-form-item-explain-error').first().waitFor();
      assert.equal(await account.getAttribute('aria-invalid'), 'true');
      const describedBy = (await account.getAttribute('aria-describedby'))!;
      assert.match(await page.locator(`#${describedBy.split(' ')[0]}`).innerText(), /请输入账号/);
      assert.ok(
        await account.evaluate((el) => el === document.activeElement),
        'the account field has the focus',
      );
      const live = page.locator('[aria-live="assertive"]');
      await page.waitForFunction(() =>
        /请输入账号/.test(document.querySelector('[aria-live="assertive"]')?.textContent ?? ''),
      );
      assert.match(await live.innerText(), /账号: 请输入账号/);
      await closePage(page);
    });
  });
}
