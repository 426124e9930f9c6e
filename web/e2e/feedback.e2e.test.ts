import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { engines } from '../../server/test/harness.ts';
import type { ServerProcess } from '../../server/test/server-process.ts';
import { Api, applyForSmallRestaurant, decideByApi, openTaskOf, XH_MARKET } from './api.ts';
import { closePage, loginAs, openPage, pageChecker } from './browser.ts';
import { startDemo } from './demo-server.ts';

for (const engine of engines()) {
  describe(`好差评 in Chromium on ${engine}`, () => {
    const check = pageChecker(engine, 'feedback');
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;

    before(async () => {
      // Rates are published from one rating up, so this one case shows on the disclosure page.
      ({ server, browser, stop } = await startDemo(engine, 'feedback', {
        TONGBAN_DISCLOSURE_MIN_RATINGS: '1',
      }));
    });
    after(() => stop?.());

    test('a citizen rates a decided case 非常不满意; the department and the supervisor follow it up', async () => {
      // 张三's application for a 西湖区 market item is accepted, reviewed and approved through the API.
      const zhangsan = await Api.login(server.url, '13800000001');
      const filed = await applyForSmallRestaurant<{ id: string; caseNumber: string }>(zhangsan);
      for (const [account, outcome] of [
        ['window01', 'accept'],
        ['reviewer01', 'agree'],
        ['leader01', 'approve'],
      ] as const) {
        const staff = await Api.login(server.url, account);
        const task = await openTaskOf(staff, filed.caseNumber);
        assert.ok(task, `${account} has the case's task`);
        await decideByApi(staff, task, outcome);
      }

      // The invitation arrives (from the event job) with the SMS-style link.
      let link = '';
      for (let i = 0; i < 60 && !link; i++) {
        const inbox = await zhangsan.ok<{ items: { title: string; body: string }[] }>(
          'GET',
          '/api/v1/me/messages?limit=50',
        );
        const invite = inbox.items.find(
          (m) => m.title.includes(filed.caseNumber) && m.title.includes('评价'),
        );
        link = /(\/rate\?token=[\w.-]+)/.exec(invite?.body ?? '')?.[1] ?? '';
        if (!link) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      assert.ok(link, 'the rating invitation was sent');

      // The link page: no login; the options follow the level chosen.
      const page = await openPage(browser, 1280, 900);
      await page.goto(`${server.url}${link}`);
      await page.getByRole('heading', { name: '服务评价' }).waitFor();
      await page.getByText(filed.caseNumber).waitFor();
      await check(page, 'link');
      await page.getByText('非常不满意', { exact: true }).click();
      await page
        .getByText('办事效率低', { exact: false })
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await page.getByText('办理超时或拖延').click();
      await page.getByText('要求重复提交材料或多次跑腿').click();
      await page.getByLabel('意见建议（选填）').fill('补正要求前后不一致，多跑了一趟');
      await check(page, 'link-bad');
      await page.getByRole('button', { name: '提交评价' }).click();
      await page.getByText('感谢您的评价！').waitFor();
      await closePage(page);

      // The handling department finds the rectification and verifies it.
      const dept = await openPage(browser, 1280, 900);
      await loginAs(dept, server.url, 'reviewer01');
      await dept.goto(`${server.url}/workbench/feedback/rectifications`);
      const row = dept.locator('.ant-table-row').filter({ hasText: filed.caseNumber });
      await row.getByText('待核实').waitFor();
      await check(dept, 'rectifications');
      await row.getByRole('link', { name: filed.caseNumber }).click();
      await dept.getByRole('heading', { level: 1, name: new RegExp(filed.caseNumber) }).waitFor();
      await dept.getByText('办理超时或拖延').waitFor();
      await check(dept, 'rectification');
      await dept.getByRole('button', { name: '核实不属实（申诉）' }).click();
      const dialog = dept.getByRole('dialog');
      await dialog.getByLabel('说明').fill('补正要求一次性告知，申请人未按要求提交');
      await dialog.getByRole('button', { name: '确定' }).click();
      await dept.getByText('申诉复核中').first().waitFor();
      await closePage(dept);

      // The supervisor sees the appeal in the region's list.
      const sup = await openPage(browser, 1280, 900);
      await loginAs(sup, server.url, 'supervisor01');
      await sup.goto(`${server.url}/dashboard/feedback/rectifications?view=appeals`);
      const appeal = sup.locator('.ant-table-row').filter({ hasText: filed.caseNumber });
      await appeal.waitFor();
      await check(sup, 'supervisor-appeals');

      // The appeal fails: back to the department, which rectifies at once and reports to the evaluator.
      await appeal.getByRole('link', { name: filed.caseNumber }).click();
      await sup.getByRole('button', { name: '申诉不成立（退回整改）' }).click();
      await sup.getByRole('dialog').getByLabel('说明').fill('告知书未列明操作间面积要求，补正要求确有不一致');
      await sup.getByRole('dialog').getByRole('button', { name: '确定' }).click();
      await sup.getByText('待整改').first().waitFor();
      await closePage(sup);
      const reviewer = await Api.login(server.url, 'reviewer01');
      const { items } = await reviewer.ok<{ items: { id: string; caseNumber: string }[] }>(
        'GET',
        '/api/v1/feedback/rectifications?limit=20',
      );
      const id = items.find((r) => r.caseNumber === filed.caseNumber)!.id;
      const step = async (action: string, body: Record<string, unknown>) => {
        const { version } = await reviewer.ok<{ version: number }>(
          'GET',
          `/api/v1/feedback/rectifications/${id}`,
        );
        await reviewer.ok('POST', `/api/v1/feedback/rectifications/${id}/${action}`, { version, ...body });
      };
      await step('callback', { calledAt: new Date().toISOString(), note: '电话回访，说明补正要求' });
      await step('fix', { mode: 'immediate', note: '统一补正告知模板，列明平面图标注要求' });
      await step('feedback', { message: '已修订一次性告知书模板，感谢您的意见' });

      // The public disclosure page, from the footer, counts the fixed rectification.
      const visitor = await openPage(browser, 1280, 900);
      await visitor.goto(server.url);
      await visitor.getByRole('link', { name: '政务服务评价与整改公开' }).click();
      await visitor.getByRole('heading', { level: 1, name: '政务服务公开' }).waitFor();
      const market = visitor.locator('.ant-table-row').filter({ hasText: XH_MARKET });
      await market.getByText('1 / 1', { exact: true }).waitFor();
      await check(visitor, 'disclosure');
      await closePage(visitor);
    });
  });
}
