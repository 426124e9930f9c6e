import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import jsqr from 'jsqr';
import { repoRoot } from '../../server/src/app.ts';

export const screenshotDir = path.join(repoRoot, 'test-artifacts', 'screenshots');

/** Debian's Chromium, with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.TONGBAN_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** No serious or critical axe violations on the page as it stands. */
export async function assertAccessible(page: Page, what: string): Promise<void> {
  // Toasts fade in and out; mid-animation their text is translucent and fails contrast, which no one sees.
  await page.waitForTimeout(400);
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 6000 })
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
    [],
    `accessibility violations on ${what}`,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.waitForTimeout(300); // let antd transitions settle
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** At phone width nothing may scroll sideways. */
export async function assertNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(
    scrollWidth <= clientWidth,
    `${what} scrolls sideways at phone width (${scrollWidth} > ${clientWidth})`,
  );
}

/**
 * The page as it stands at 1280 px and at 375 px: no serious or critical axe violations, no sideways
 * scrolling on the phone, a screenshot of each (test-artifacts/screenshots/<engine>-<area>-<name>-<width>.png).
 */
export function pageChecker(engine: string, area: string) {
  return async (page: Page, name: string, height = 900): Promise<void> => {
    const start = page.viewportSize() ?? { width: 1280, height: 900 };
    // Toasts fade out over the page; half-transparent text is no contrast failure anyone reads.
    await page.waitForFunction(() => !document.querySelector('.ant-message-notice'));
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height });
      await page.waitForLoadState('networkidle');
      await assertAccessible(page, `${area}: ${name} at ${width}px`);
      if (width === 375) await assertNoHorizontalScroll(page, `${area}: ${name}`);
      await screenshot(page, `${engine}-${area}-${name}-${width}`);
    }
    await page.setViewportSize(start);
  };
}

/** A page in a fresh browser context (its own cookies and storage), as a new visitor would have. */
export async function openPage(
  browser: Browser,
  width: number,
  height = 900,
  timezoneId?: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', timezoneId });
  return context.newPage();
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** Every demo account's password. */
export const DEMO_PASSWORD = 'Tongban@2026';

/** Fills the login form on the page it is on (e.g. after a redirect to /login?next=…) and waits to leave it. */
export async function submitLogin(page: Page, account: string): Promise<void> {
  await page.getByLabel('账号').fill(account);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => u.pathname !== '/login');
}

/** Logs a demo account in through the login page; resolves on the page the account lands on. */
export async function loginAs(page: Page, baseUrl: string, account: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await submitLogin(page, account);
}

/**
 * Follows a link of the main navigation, as a person would: in the header on wide screens, behind the
 * menu button on phones.
 */
export async function openMenu(page: Page, link: string | RegExp): Promise<void> {
  // The header shows the navigation from antd's md breakpoint (768 px) up.
  if ((page.viewportSize()?.width ?? 1280) < 768)
    await page.getByRole('button', { name: '打开导航菜单' }).click();
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: link, exact: typeof link === 'string' })
    .click();
}

/** What the QR code drawn on a canvas in `scope` says, decoded from its pixels as a scanner would. */
export async function qrText(page: Page, scope: string): Promise<string | null> {
  const image = await page
    .locator(`${scope} canvas`)
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      // On white with a quiet zone around it, as a scanner sees it on the screen.
      const copy = document.createElement('canvas');
      copy.width = canvas.width + 40;
      copy.height = canvas.height + 40;
      const context = copy.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, copy.width, copy.height);
      context.drawImage(canvas, 20, 20);
      const data = context.getImageData(0, 0, copy.width, copy.height);
      return { data: Array.from(data.data), width: data.width, height: data.height };
    });
  // jsqr is CommonJS; its typings only describe the function as `.default`.
  return jsqr.default(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
