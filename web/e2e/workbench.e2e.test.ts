import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { engines } from '../../server/test/harness.ts';
import type { ServerProcess } from '../../server/test/server-process.ts';
import { startDemo } from './demo-server.ts';
import { idNumberCheckChar } from '../../server/src/modules/identity/id-number.ts';
import { Api, applyForSmallRestaurant, findItem, pdf, SMALL_RESTAURANT, XH_MARKET } from './api.ts';
import { closePage, loginAs, openPage, pageChecker } from './browser.ts';
import { claimInBrowser, decideInBrowser, openTaskInBrowser } from './workbench-steps.ts';

const SOLE_TRADER = '个体工商户设立登记';

interface CaseView {
  id: string;
  version: number;
  caseNumber: string | null;
  status: string;
  materials: { key: string; name: string; fileIds: string[] }[];
  notices: { id: string; kind: string }[];
  timeline: { action: string; note: string | null }[];
}

/** Dialogs are fixed to the viewport: a tall one shows them whole in the screenshot. */
const DIALOG_HEIGHT = 1500;

/** Picks an option of the antd Select inside `scope`. */
async function choose(page: Page, scope: Locator, option: string) {
  // A dropdown that is still closing (antd animates it) would offer the same option twice.
  await page
    .locator('.ant-select-dropdown:visible')
    .first()
    .waitFor({ state: 'hidden' })
    .catch(() => undefined);
  await scope.locator('.ant-select-selector').click();
  await page
    .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
    .last()
    .click();
}

for (const engine of engines()) {
  describe(`staff workbench in Chromium on ${engine}`, () => {
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;
    const check = pageChecker(engine, 'workbench');

    before(async () => {
      ({ server, browser, stop } = await startDemo(engine, 'workbench'));
    });
    after(() => stop?.());

    test('an application goes from the inbox through a correction notice, acceptance, review and approval', async () => {
      // 张三 applies online for a 西湖区市场监督管理局 item: accept (window) → review → decide (leader).
      const zhangsan = await Api.login(server.url, '13800000001');
      const filed = await applyForSmallRestaurant<CaseView>(zhangsan);
      const caseNumber = filed.caseNumber!;
      assert.equal(filed.status, 'submitted');

      const page = await openPage(browser, 1280, 900);
      await loginAs(page, server.url, 'window01');
      await page.getByRole('heading', { name: '待办概况' }).waitFor();
      await page
        .locator('.tb-count-available .tb-count-value')
        .filter({ hasText: /^[1-9]/ })
        .waitFor();
      await check(page, 'home');

      // The inbox: the new case is waiting to be claimed, with its deadline in words and colour.
      await page.getByRole('link', { name: '进入待办' }).click();
      await page.getByRole('tab', { name: '待认领' }).click();
      const row = page.locator('.ant-table-row').filter({ hasText: caseNumber });
      await row.waitFor();
      await row.getByText(SMALL_RESTAURANT).waitFor();
      await row.getByText('张三').waitFor();
      await row.getByText(/^(正常|即将到期|已超期)$/).waitFor();
      await check(page, 'inbox');
      await page.getByRole('tab', { name: '我的' }).click();
      await page.getByText('您认领的待办会显示在这里').waitFor();
      await page.getByRole('tab', { name: '待认领' }).click();

      // The task page: form with its labels, materials with file links, history.
      await page.locator('.ant-table-row').filter({ hasText: caseNumber }).getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: new RegExp(caseNumber) }).waitFor();
      await page.getByText('西湖小面馆').waitFor();
      await page.getByText('统一社会信用代码').first().waitFor();
      await check(page, 'task');
      await page.getByRole('tab', { name: /材料/ }).click();
      const fileLinks = page.locator('.tb-wb-material a[target="_blank"]');
      await fileLinks.first().waitFor();
      assert.equal(await fileLinks.count(), 4, 'one file link per uploaded material');
      const href = (await fileLinks.first().getAttribute('href'))!;
      assert.match(href, new RegExp(`^/api/v1/cases/${filed.id}/files/[0-9a-f]{64}$`));
      const file = await page.request.get(`${server.url}${href}`);
      assert.equal(file.status(), 200);
      assert.match((await file.body()).toString('latin1'), /^%PDF/);
      await check(page, 'task-materials');

      // Claim, then one correction notice listing two problems at once.
      await claimInBrowser(page);
      await page.locator('.tb-task-actions').getByRole('button', { name: '一次性告知', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('一次性告知只能发出一次').waitFor();
      const rows = dialog.locator('.tb-correction-row');
      await choose(page, rows.nth(0), '经营场所平面布局图及设备布局、操作流程说明');
      await rows.nth(0).getByLabel('存在的问题及补正要求').fill('平面图未标注操作间面积');
      await dialog.getByRole('button', { name: '添加一项' }).click();
      await choose(page, rows.nth(1), '申请表');
      await rows.nth(1).getByLabel('存在的问题及补正要求').fill('经营场所地址缺少门牌号');
      await check(page, 'correction-dialog', DIALOG_HEIGHT);
      await dialog.getByRole('button', { name: '发出一次性告知' }).click();
      await page.waitForURL(/\/workbench\/tasks(\?|$)/);
      await page.getByText(`已办理办件 ${caseNumber}：一次性告知`).waitFor();

      const corrected = await zhangsan.ok<CaseView>('GET', `/api/v1/cases/${filed.id}`);
      assert.equal(corrected.status, 'correction_requested');
      assert.ok(
        corrected.notices.some((n) => n.kind === 'correction'),
        'a correction notice was issued',
      );
      const note = corrected.timeline.find((e) => e.action === 'request_correction')?.note ?? '';
      assert.match(note, /经营场所平面布局图.*平面图未标注操作间面积/);
      assert.match(note, /申请表：经营场所地址缺少门牌号/);

      // 张三 supplies a new plan and resubmits through the API.
      const newPlan = await zhangsan.upload('平面图.pdf');
      await zhangsan.ok('POST', `/api/v1/cases/${filed.id}/submit`, {
        version: corrected.version,
        form: {
          enterpriseName: '西湖小面馆',
          enterpriseUscc: '91330106MA2B3C4D5E',
          enterpriseAddress: '杭州市西湖区文三路 1 号 101 室',
          premisesArea: 45,
          staff: [{ name: '王五', idNumber: '330106198805120111', post: '厨师' }],
          applicantMobile: '13800000001',
        },
        materials: corrected.materials.map((m) => ({
          key: m.key,
          source: 'upload',
          fileIds: m.key === 'M03' ? [newPlan] : m.fileIds,
        })),
      });

      // The window accepts the corrected application; the correction cannot be sent twice.
      await openTaskInBrowser(page, server.url, caseNumber);
      await page.getByText('申请人已按一次性告知补正后重新提交').waitFor();
      await claimInBrowser(page);
      await decideInBrowser(page, '受理');
      await page.getByText(`已办理办件 ${caseNumber}：受理`).waitFor();
      await closePage(page);

      // reviewer01 agrees, with an opinion that stays internal.
      const reviewer = await openPage(browser, 1280, 900);
      await loginAs(reviewer, server.url, 'reviewer01');
      await openTaskInBrowser(reviewer, server.url, caseNumber);
      await reviewer.getByRole('tab', { name: /文书/ }).click();
      await reviewer.locator('.tb-wb-notices a[href$="/pdf"]').first().waitFor();
      await claimInBrowser(reviewer);
      await decideInBrowser(reviewer, '同意', async (d) => {
        await d.getByLabel('意见（可选）').fill('材料齐全，符合条件');
      });
      await reviewer.getByText(`已办理办件 ${caseNumber}：同意`).waitFor();
      await closePage(reviewer);

      // leader01 sees the review in the history (with the reviewer's name) and approves.
      const leader = await openPage(browser, 1280, 900);
      await loginAs(leader, server.url, 'leader01');
      await openTaskInBrowser(leader, server.url, caseNumber);
      await leader.getByRole('tab', { name: '历史' }).click();
      const agreed = leader.locator('.tb-wb-timeline .ant-timeline-item').filter({ hasText: '审查同意' });
      await agreed.getByText('内部').waitFor();
      await agreed.getByText('材料齐全，符合条件').waitFor();
      assert.match((await agreed.textContent()) ?? '', /· \S+/, 'the reviewer is named');
      await check(leader, 'task-history');
      await claimInBrowser(leader);
      await leader.locator('.tb-task-actions').getByRole('button', { name: '准予', exact: true }).click();
      await leader.getByRole('dialog').getByRole('button', { name: '添加结果数据' }).click();
      await leader.getByRole('dialog').getByLabel('第 1 项名称').fill('enterprise.name');
      await leader.getByRole('dialog').getByLabel('第 1 项内容').fill('西湖小面馆');
      await check(leader, 'approve-dialog', DIALOG_HEIGHT);
      await leader.getByRole('dialog').getByRole('button', { name: '准予', exact: true }).click();
      await leader.waitForURL(/\/workbench\/tasks(\?|$)/);
      await leader.getByText(`已办理办件 ${caseNumber}：准予`).waitFor();
      await closePage(leader);

      const decided = await zhangsan.ok<CaseView>('GET', `/api/v1/cases/${filed.id}`);
      assert.equal(decided.status, 'approved');
    });

    test('a stale task version is reported as handled by someone else and the page reloads', async () => {
      const zhangsan = await Api.login(server.url, '13800000001');
      const item = await findItem(zhangsan, SOLE_TRADER, XH_MARKET);
      const [m1, m2, m3] = await Promise.all(['M01', 'M02', 'M03'].map((k) => zhangsan.upload(`${k}.pdf`)));
      const filed = await zhangsan.ok<CaseView>(
        'POST',
        '/api/v1/cases',
        {
          serviceKind: 'item',
          code: item.implementationCode,
          submit: true,
          form: {
            operatorName: '张三',
            operatorIdNumber: '330106198805120111',
            enterpriseAddress: '杭州市西湖区天目山路 2 号',
            businessScope: '小吃服务',
            formOfOrganisation: '个人经营',
            capital: '5',
            applicantMobile: '13800000001',
          },
          materials: [
            { key: 'M01', source: 'upload', fileIds: [m1] },
            { key: 'M02', source: 'upload', fileIds: [m2] },
            { key: 'M03', source: 'upload', fileIds: [m3] },
          ],
        },
        { 'idempotency-key': `e2e-${crypto.randomUUID()}` },
      );
      const page = await openPage(browser, 1280, 900);
      await loginAs(page, server.url, 'window01');
      await openTaskInBrowser(page, server.url, filed.caseNumber!);

      // A colleague's session claims it first, behind this page's back.
      const colleague = await Api.login(server.url, 'window01');
      const tasks = await colleague.ok<{ items: { id: string; version: number; caseId: string }[] }>(
        'GET',
        `/api/v1/tasks?scope=all&limit=20&q=${encodeURIComponent(filed.caseNumber!)}`,
      );
      const task = tasks.items.find((x) => x.caseId === filed.id)!;
      await colleague.ok('POST', `/api/v1/tasks/${task.id}/claim`, { version: task.version });

      await page.locator('.tb-task-actions').getByRole('button', { name: '认领', exact: true }).click();
      await page.getByText('已被他人处理，已刷新').waitFor();
      // Reloaded: the same account holds the claim now, so the page offers the decisions.
      await page.locator('.tb-task-actions').getByText('我已认领').waitFor();
      await closePage(page);
    });

    test('window staff file an application for a new person at the counter', async () => {
      const first17 = `3301061990031${String(crypto.randomInt(10000)).padStart(4, '0')}`;
      const idNumber = first17 + idNumberCheckChar(first17);
      // Passes the check character but has no 13th month: only the server can say so.
      const badFirst17 = '33010619901315001';
      const badIdNumber = badFirst17 + idNumberCheckChar(badFirst17);

      const page = await openPage(browser, 1280, 900);
      await loginAs(page, server.url, 'window01');
      await page.getByRole('link', { name: '窗口收件' }).first().click();
      await page.waitForURL(/\/workbench\/intake$/);
      await page.getByText('先选择申请人要办理的事项').waitFor();
      await check(page, 'intake-start');

      const picker = page.getByLabel('办理事项');
      await picker.fill('个体工商户设立');
      await page
        .locator(
          `.ant-select-dropdown:visible .ant-select-item-option[title="${SOLE_TRADER}（${XH_MARKET}）"]`,
        )
        .click();
      await page.getByRole('heading', { name: '2. 申请人' }).waitFor();

      const person = page.locator('#tb-intake-person');
      await person.getByLabel('姓名').fill('林小满');
      await person.getByLabel('身份证号').fill(badIdNumber);
      await person.getByLabel('手机号').fill('13922220099');
      // The person's answers fill the form's applicant fields.
      const form = page.locator('#tb-intake-form');
      assert.equal(await form.getByLabel('申请人姓名').inputValue(), '林小满');
      await form.getByLabel('住所（经营场所）').fill('杭州市西湖区文二路 8 号');
      await form.getByLabel('经营范围').fill('日用百货零售');
      await choose(page, form.locator('.ant-form-item').filter({ hasText: '组成形式' }), '个人经营');
      await form.getByLabel('资金数额（万元）').fill('3');

      const materials = page.locator('#tb-intake-materials .tb-wb-material');
      for (const [index, name] of [
        [0, '申请书.pdf'],
        [2, '租赁合同.pdf'],
      ] as const) {
        await materials
          .nth(index)
          .locator('input[type="file"]')
          .setInputFiles({
            name,
            mimeType: 'application/pdf',
            buffer: pdf(name),
          });
        await materials.nth(index).getByText(name).waitFor();
      }
      await materials.nth(1).getByText('免提交').click();
      await materials.nth(1).getByRole('textbox').fill('已通过公安人口库核验身份证');
      await check(page, 'intake-filled');

      // The API's verdict on the ID number appears under the field.
      const submit = page.getByRole('button', { name: '提交申请' });
      await submit.click();
      const idItem = person.locator('.ant-form-item').filter({ has: page.getByLabel('身份证号') });
      await idItem.locator('.ant-form-item-explain-error').waitFor();
      assert.match((await idItem.locator('.ant-form-item-explain-error').textContent()) ?? '', /出生日期/);
      await check(page, 'intake-id-error');

      // Fixed, and submitted with a double click: one case.
      await person.getByLabel('身份证号').fill(idNumber);
      await submit.dblclick();
      await page.getByRole('heading', { name: '已收件' }).waitFor();
      await page.evaluate(() => window.getSelection()?.removeAllRanges()); // the double click selected a word
      const caseNumber = ((await page.locator('.ant-result strong.tb-mono').textContent()) ?? '').trim();
      assert.match(caseNumber, /^330106-\d{8}-\d{6}$/);
      await page.getByText('受理后可在办件的“文书”中打印受理回执').waitFor();
      await check(page, 'intake-done');

      const window01 = await Api.login(server.url, 'window01');
      const found = await window01.ok<{ items: { caseNumber: string; applicantName: string }[] }>(
        'GET',
        `/api/v1/tasks?scope=all&limit=50&q=${encodeURIComponent('林小满')}`,
      );
      assert.deepEqual(
        found.items.map((x) => x.caseNumber),
        [caseNumber],
        'the double click filed one case',
      );

      // Nothing to collect yet: 登记领取结果 appears once the case has a result.
      assert.equal(await page.getByRole('button', { name: '登记领取结果' }).count(), 0);

      // Accepting at once issues the acceptance notice (the receipt).
      await page.getByRole('link', { name: '立即受理' }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(caseNumber) }).waitFor();
      await page.getByRole('tab', { name: /材料/ }).click();
      await page
        .locator('.tb-wb-material')
        .filter({ hasText: '窗口免提交' })
        .getByText('已通过公安人口库核验身份证')
        .waitFor();
      await claimInBrowser(page);
      await decideInBrowser(page, '受理');
      await page.getByText(`已办理办件 ${caseNumber}：受理`).waitFor();
      await closePage(page);
    });
  });
}
