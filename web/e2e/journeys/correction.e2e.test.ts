import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { engines } from '../../../server/test/harness.ts';
import type { ServerProcess } from '../../../server/test/server-process.ts';
import { startDemo } from '../demo-server.ts';
import { closePage, loginAs, openMenu, openPage, pageChecker } from '../browser.ts';
import { Api, applyForSmallRestaurant, decideByApi, openTaskOf, pdf, SMALL_RESTAURANT } from '../api.ts';
import { claimInBrowser, decideInBrowser, openTaskInBrowser } from '../workbench-steps.ts';
import { type CaseView } from './support.ts';

// 一次性告知 from the applicant's side. The window's half (choosing the materials and writing the notice in
// the workbench) is walked in workbench.e2e.test.ts; here the notice is sent through the API and the browser
// follows 张三: he reads what to correct, replaces the one named material, resubmits once, and the window
// accepts the corrected application, which can no longer be sent back for correction.

const PROBLEM = '平面图未标注操作间面积';
const PLAN = '经营场所平面布局图及设备布局、操作流程说明';

for (const engine of engines()) {
  describe(`journey: a one-time correction notice, corrected once, on ${engine}`, () => {
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;
    const check = pageChecker(engine, 'correction');

    before(async () => ({ server, browser, stop } = await startDemo(engine, 'correction')));
    after(() => stop?.());

    test('张三 corrects the one material named in the notice; the window accepts the corrected application', async () => {
      const url = server.url;
      // 张三 has applied for 小餐饮店登记 with four uploaded materials.
      const zhangsan = await Api.login(url, '13800000001');
      const filed = await applyForSmallRestaurant<CaseView>(zhangsan);
      const caseNumber = filed.caseNumber!;

      // The window sends one notice naming the floor plan.
      const window01 = await Api.login(url, 'window01');
      const task = await openTaskOf(window01, caseNumber);
      assert.ok(task, 'the window has the acceptance task');
      await decideByApi(window01, task, 'request_correction', {
        corrections: [{ materialKey: 'M03', problem: PROBLEM }],
      });

      // 张三 finds the case waiting for him, with the notice and what it asks.
      const page = await openPage(browser, 1280);
      await loginAs(page, url, '13800000001');
      await openMenu(page, '我的办件');
      const row = page.locator('.tb-case-row', { hasText: caseNumber });
      await row.getByText('待补正').waitFor();
      await row.getByRole('link', { name: SMALL_RESTAURANT }).click();
      await page.getByRole('heading', { level: 1, name: SMALL_RESTAURANT }).waitFor();
      await page.getByText('请按《补正材料一次性告知书》一次补正全部内容后重新提交').first().waitFor();
      await page.getByText(PROBLEM).first().waitFor();
      const notice = page.locator('.tb-expected').getByRole('link', { name: /一次性告知书/ });
      const noticePdf = await page.request.get(new URL((await notice.getAttribute('href'))!, url).href);
      assert.equal((await noticePdf.body()).subarray(0, 5).toString(), '%PDF-', 'the notice opens as a PDF');
      await check(page, 'case-to-correct');

      // The wizard, in correction mode: he replaces the floor plan and resubmits.
      await page.getByRole('link', { name: '补正并重新提交' }).click();
      await page.getByText('补正后重新提交').first().waitFor();
      const materialsStep = page.getByRole('heading', { level: 2, name: '材料' });
      const formStep = page.getByRole('heading', { level: 2, name: '填写表单' });
      await Promise.race([materialsStep.waitFor(), formStep.waitFor()]);
      if (await formStep.isVisible()) await page.getByRole('button', { name: '保存并继续' }).click();
      await materialsStep.waitFor();
      const card = page
        .locator('.tb-material-choice')
        .filter({ has: page.getByRole('heading', { name: PLAN }) });
      await card.getByRole('button', { name: /^移除文件/ }).click();
      await card
        .locator('input[type=file]')
        .setInputFiles({ name: '平面图（标注操作间面积）.pdf', mimeType: 'application/pdf', buffer: pdf() });
      await card.getByRole('link', { name: /平面图（标注操作间面积）\.pdf/ }).waitFor();
      await check(page, 'correct-materials');
      await page.getByRole('button', { name: '保存并继续' }).click();
      const review = page.getByRole('heading', { level: 2, name: '核对并提交' });
      await Promise.race([review.waitFor(), formStep.waitFor()]);
      if (await formStep.isVisible()) await page.getByRole('button', { name: '保存并继续' }).click();
      await review.waitFor();
      await check(page, 'correct-review');
      await page.getByRole('button', { name: '确认并重新提交' }).click();
      await page.waitForURL(/\/portal\/cases\/[^/]+(\/submitted)?$/);
      const resubmitted = await zhangsan.ok<CaseView>('GET', `/api/v1/cases/${filed.id}`);
      assert.equal(resubmitted.status, 'submitted', 'back with the window for acceptance');
      assert.equal(
        resubmitted.timeline.filter((e) => e.action === 'resubmit').length,
        1,
        'resubmitted exactly once',
      );
      await check(page, 'resubmitted');

      // The window sees the correction and accepts; a second notice is no longer offered.
      const staff = await openPage(browser, 1280);
      await loginAs(staff, url, 'window01');
      await openTaskInBrowser(staff, url, caseNumber);
      await staff.getByText('申请人已按一次性告知补正后重新提交').waitFor();
      await claimInBrowser(staff);
      assert.equal(
        await staff
          .locator('.tb-task-actions')
          .getByRole('button', { name: '一次性告知', exact: true })
          .count(),
        0,
        'the one-time notice cannot be sent twice',
      );
      await check(staff, 'accept-corrected');
      await decideInBrowser(staff, '受理');
      await staff.getByText(`已办理办件 ${caseNumber}：受理`).waitFor();
      await closePage(staff);

      // The case proceeds: 张三's page says it was accepted and is under review.
      await page.goto(`${url}/portal/cases/${filed.id}`);
      await page.locator('.tb-case-head .tb-status-tag', { hasText: '审查中' }).waitFor();
      await page.getByText('已受理').first().waitFor();
      assert.equal(await page.getByRole('link', { name: '补正并重新提交' }).count(), 0);
      await check(page, 'accepted');
      await closePage(page);
    });
  });
}
