import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { engines } from '../../../server/test/harness.ts';
import type { ServerProcess } from '../../../server/test/server-process.ts';
import { startDemo } from '../demo-server.ts';
import { closePage, loginAs, openPage, pageChecker } from '../browser.ts';
import { Api, pdf } from '../api.ts';
import { type CaseView } from './support.ts';

// 最多跑一次 at the counter: 孙建华 (68, no account, not online) comes to 西湖区政务服务中心 to claim his
// resident pension. window01 files it for him (窗口收件): his ID card and payment record are checked at
// the window, his bank card is scanned. The claim is approved by rule on the spot (秒批: age, residence,
// no other pension, 15 years paid — from the social-insurance register), he takes the result home in the
// same visit, and the case counts one trip.

const ITEM = '城乡居民基本养老保险待遇申领';
const HRSS = '杭州市西湖区人力资源和社会保障局';
const SUN_JIANHUA_ID = '330106195812037515';

interface StaffCaseView extends CaseView {
  visits: { kind: string }[];
}

for (const engine of engines()) {
  describe(`journey: an elderly person served at the window in one visit on ${engine}`, () => {
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;
    const check = pageChecker(engine, 'window-elderly');

    before(async () => ({ server, browser, stop } = await startDemo(engine, 'window-elderly')));
    after(() => stop?.());

    test('window01 files 孙建华’s pension claim; it is approved and collected in the same visit', async () => {
      const url = server.url;
      const page = await openPage(browser, 1280);
      await loginAs(page, url, 'window01');
      await page.getByRole('link', { name: '窗口收件' }).first().click();
      await page.getByText('先选择申请人要办理的事项').waitFor();

      const picker = page.getByLabel('办理事项');
      await picker.fill('养老保险待遇');
      await page
        .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${ITEM}（${HRSS}）"]`)
        .click();
      await page.getByRole('heading', { name: '2. 申请人' }).waitFor();

      const person = page.locator('#tb-intake-person');
      await person.getByLabel('姓名').fill('孙建华');
      await person.getByLabel('身份证号').fill(SUN_JIANHUA_ID);
      await person.getByLabel('手机号').fill('13800000011');
      const form = page.locator('#tb-intake-form');
      assert.equal(await form.getByLabel('申请人姓名').inputValue(), '孙建华', 'the person fills the form');
      await form.getByLabel('申请待遇起始月份').fill('2026-12-01');
      await form.getByLabel('申请待遇起始月份').press('Enter');
      await form.getByLabel('已领取其他养老保障待遇（元/月）').fill('0');
      await form.getByLabel('开户银行').fill('中国农业银行杭州西湖支行');
      await form.getByLabel('银行账号').fill('6228480000001234');

      // The originals are checked at the counter; the bank card is scanned.
      const materials = page.locator('#tb-intake-materials .tb-wb-material');
      for (const [index, reason] of [
        [0, '已当场核验居民身份证原件'],
        [1, '已通过社保系统查询缴费记录'],
      ] as const) {
        await materials.nth(index).getByText('免提交').click();
        await materials.nth(index).getByRole('textbox').fill(reason);
      }
      await materials
        .nth(2)
        .locator('input[type="file"]')
        .setInputFiles({ name: '银行卡.pdf', mimeType: 'application/pdf', buffer: pdf('银行卡') });
      await materials.nth(2).getByText('银行卡.pdf').waitFor();
      await check(page, 'intake', 1800);

      // Filed, and approved by rule at once.
      const filed = page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/window/cases',
      );
      await page.getByRole('button', { name: '提交申请' }).click();
      const caseId = ((await (await filed).json()) as { id: string }).id;
      await page.getByRole('heading', { name: '已收件' }).waitFor();
      const caseNumber = ((await page.locator('.ant-result strong.tb-mono').textContent()) ?? '').trim();
      assert.match(caseNumber, /^330106-\d{8}-\d{6}$/);
      await page.locator('.ant-result').getByText('准予').waitFor();
      await check(page, 'filed-approved');

      // He takes the result with him: the collection is recorded.
      await page.getByRole('button', { name: '登记领取结果' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: '登记领取结果' }).click();
      await page.getByText(`已登记办件 ${caseNumber} 的结果领取`).waitFor();
      await check(page, 'collected');
      await closePage(page);

      const window01 = await Api.login(url, 'window01');
      const view = await window01.ok<StaffCaseView>('GET', `/api/v1/cases/${caseId}`);
      assert.equal(view.status, 'approved');
      assert.deepEqual(
        view.visits.map((v) => v.kind),
        ['submission', 'collection'],
        'the intake and the collection are recorded',
      );
      assert.equal(
        view.trips,
        1,
        `PRODUCT BUG: the result collected in the same visit as the intake counts a second trip (trips = ${view.trips}): ` +
          'POST /cases/:id/visits adds one to cases.trips even when the person is still at the window that filed the case',
      );
    });
  });
}
