#!/usr/bin/env node
// The browser half of scripts/newcomer-check.sh: against a server started by `npm start`, walks the opening
// of the golden path as a newcomer would — search "生孩子", open 新生儿出生一件事, log in as 张三, start
// applying, reach the materials step. Prints each step; exits non-zero naming the step that failed.
//
//   node scripts/newcomer-check.mjs http://127.0.0.1:3000
import { chromium } from 'playwright-core';

const base = process.argv[2];
if (!base) {
  console.error('usage: node scripts/newcomer-check.mjs <server url>');
  process.exit(2);
}

let browser;
let step = 'start Chromium';
try {
  browser = await chromium.launch({
    executablePath: process.env.TONGBAN_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(60_000);
  const walk = (name) => {
    step = name;
    console.log(`newcomer check: ${name}`);
  };

  walk('open the portal');
  await page.goto(base);
  const box = page.getByRole('combobox', { name: '搜索政务服务' });

  walk('search "生孩子"');
  await box.fill('生孩子');
  await box.press('Enter');
  await page.waitForURL(/\/portal\/search\?q=/);
  const hit = page.locator('.tb-hit-list > li').filter({ hasText: '新生儿出生一件事' }).first();

  walk('open the 新生儿出生一件事 guide');
  await hit.getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: /新生儿出生/ }).waitFor();

  walk('apply online, which asks to log in');
  await page.getByRole('link', { name: /在线申请/ }).click();
  await page.waitForURL(/\/login\?next=/);

  walk('log in as 张三 (13800000001)');
  await page.getByLabel('账号').fill('13800000001');
  await page.getByLabel('密码', { exact: true }).fill('Tongban@2026');
  await page.getByRole('button', { name: /登\s*录/ }).click();

  walk('start the application and see its materials step');
  await page.waitForURL(/\/portal\/cases\/[^/]+\/edit/);
  await page.getByRole('heading', { level: 2, name: '材料' }).waitFor();
  await page
    .getByRole('radio', { name: /^同意从/ })
    .first()
    .waitFor();
  console.log('newcomer check: passed');
} catch (error) {
  console.error(`newcomer check FAILED at "${step}": ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
}
