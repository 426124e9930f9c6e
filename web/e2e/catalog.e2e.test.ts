import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { engines } from '../../server/test/harness.ts';
import type { ServerProcess } from '../../server/test/server-process.ts';
import { startDemo } from './demo-server.ts';
import { assertAccessible, assertNoHorizontalScroll, closePage, openPage, screenshot } from './browser.ts';

const PASSWORD = 'Tongban@2026';
const WIDTHS = [1280, 375] as const;
const BIRTH_QUERY = '生孩子要办什么';

async function logIn(page: Page, url: string, identifier: string, password = PASSWORD) {
  await page.goto(`${url}/login`);
  await page.getByLabel('账号').fill(identifier);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** Accessible, no sideways scrolling on a phone, and a screenshot to look at. */
async function check(page: Page, engine: string, name: string, width: number) {
  await page.waitForLoadState('networkidle');
  await assertAccessible(page, `${name} at ${width}px`);
  if (width === 375) await assertNoHorizontalScroll(page, name);
  await screenshot(page, `${engine}-catalog-${name}-${width}`);
}

for (const engine of engines()) {
  describe(`service catalogue in Chromium on ${engine}`, () => {
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;

    before(async () => {
      ({ server, browser, stop } = await startDemo(engine, 'catalog'));
    });
    after(() => stop?.());

    for (const width of WIDTHS) {
      test(`at ${width} px a visitor asks "${BIRTH_QUERY}", finds the 新生儿出生 bundle and reads a guide`, async () => {
        const page = await openPage(browser, width, 900);
        await page.goto(server.url);
        await page.getByRole('heading', { name: /热门服务/ }).waitFor();
        await page.locator('.tb-topic-tile').first().waitFor();
        await check(page, engine, 'home', width);

        // The search box on the home page, with type-ahead suggestions.
        const box = page.getByRole('combobox', { name: '搜索政务服务' });
        await box.fill(BIRTH_QUERY);
        await box.press('Enter');
        await page.waitForURL(/\/portal\/search\?q=/);
        assert.equal(new URL(page.url()).searchParams.get('q'), BIRTH_QUERY);
        const hits = page.locator('.tb-hit-list > li');
        await hits.first().waitFor();
        const top3 = await hits.evaluateAll((items) => items.slice(0, 3).map((li) => li.textContent ?? ''));
        const bundleIndex = top3.findIndex((text) => text.includes('新生儿出生') && text.includes('一件事'));
        assert.ok(bundleIndex >= 0, `the 新生儿出生 bundle is not in the top 3: ${JSON.stringify(top3)}`);
        await check(page, engine, 'results', width);

        // The bundle: its items in order, one set of materials, one form.
        await hits.nth(bundleIndex).getByRole('link').first().click();
        await page.waitForURL(/\/portal\/bundles\//);
        await page.getByRole('heading', { level: 1, name: /新生儿出生/ }).waitFor();
        await page.getByRole('heading', { name: '办理顺序' }).waitFor();
        await page.getByText('第 1 步').first().waitFor();
        assert.ok((await page.locator('.tb-step-item').count()) >= 2, 'the bundle lists its items');
        await check(page, engine, 'bundle', width);

        // A component item's guide, tab by tab.
        await page.locator('.tb-bundle-steps a').first().click();
        await page.waitForURL(/\/portal\/items\//);
        await page.getByRole('tab', { name: '基本信息' }).waitFor();
        await page.getByText('承诺办结时限').first().waitFor();
        await check(page, engine, 'guide', width);
        for (const tab of [/申请材料/, /办理流程/, /收费标准/, /常见问题/]) {
          await page.getByRole('tab', { name: tab }).click();
          await page.locator('.ant-tabs-tabpane-active').waitFor();
          assert.equal(await page.getByRole('tab', { name: tab }).getAttribute('aria-selected'), 'true');
        }
        await page.getByRole('tab', { name: /申请材料/ }).click();
        await page.locator('.ant-tabs-tabpane-active').first().waitFor();
        await check(page, engine, 'guide-materials', width);
        await closePage(page);
      });
    }

    for (const width of WIDTHS) {
      test(`at ${width} px the administrator opens the item list and an item editor`, async () => {
        const page = await openPage(browser, width, 900);
        await logIn(page, server.url, 'admin');
        await page.waitForURL(/\/admin/);
        await page.getByRole('heading', { name: '服务目录' }).first().waitFor();
        await page.locator('a[href="/admin/catalog"]').first().click();
        await page.waitForURL(/\/admin\/catalog$/);
        const firstItem = page.locator('.ant-table-tbody a[href^="/admin/catalog/items/"]').first();
        await firstItem.waitFor();
        await check(page, engine, 'admin-list', width);

        await firstItem.click();
        await page.waitForURL(/\/admin\/catalog\/items\/[^/]+$/);
        await page.getByRole('tab', { name: /基本信息/ }).waitFor();
        await page.getByLabel('事项名称').first().waitFor();
        // Live publication-rule feedback has answered (either issues or "meets the rules").
        await page.locator('.tb-issues-panel .ant-alert').first().waitFor();
        await check(page, engine, 'admin-editor', width);

        await page.getByRole('tab', { name: /申请表单/ }).click();
        await page.getByRole('heading', { name: '预览' }).waitFor();
        await check(page, engine, 'admin-form-editor', width);
        await closePage(page);
      });
    }
  });
}
