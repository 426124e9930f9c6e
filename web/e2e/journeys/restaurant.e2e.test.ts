import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { engines } from '../../../server/test/harness.ts';
import type { ServerProcess } from '../../../server/test/server-process.ts';
import { startDemo } from '../demo-server.ts';
import { closePage, loginAs, openMenu, openPage, pageChecker } from '../browser.ts';
import { openTaskInBrowser } from '../workbench-steps.ts';
import { answerEmptyFields, type CaseView, eventually, getAsPage, uploadInCard } from './support.ts';

// An entrepreneur opens a restaurant: 张三, acting for 杭州西子湖餐饮管理有限公司 (which already holds its
// business licence), finds 开办餐饮店 in his own words, applies for its food-business permit under 告知承诺
// (国办发〔2020〕42号), is approved on the spot, and 西湖区市场监督管理局 gets the task to verify the
// commitment afterwards (事中事后核查).

const COMPANY = '杭州西子湖餐饮管理有限公司';
const PERMIT = '食品经营许可证核发（新设）';
const ZHANGSAN_ID = '330106198805120111';

for (const engine of engines()) {
  describe(`journey: opening a restaurant with a commitment on ${engine}`, () => {
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;
    const check = pageChecker(engine, 'restaurant');

    before(async () => ({ server, browser, stop } = await startDemo(engine, 'restaurant')));
    after(() => stop?.());

    test('the company’s agent gets the food-business permit at once; the department is to verify it', async () => {
      const url = server.url;
      const page = await openPage(browser, 1280);
      await loginAs(page, url, '13800000001');

      // He switches to acting for the company in his profile.
      await page.getByRole('button', { name: /用户菜单：张三/ }).click();
      await page.getByRole('menuitem', { name: '我的信息' }).click();
      await page.getByRole('heading', { level: 1, name: '我的信息' }).waitFor();
      // The choice is the server's: the radio turns once the switch is saved.
      await page.getByRole('radio', { name: new RegExp(COMPANY) }).click();
      await page.getByText(`已切换为代表“${COMPANY}”办事`).waitFor();
      await check(page, 'acting-for');

      // "开饭店" on the portal's home page finds 开办餐饮店一件事; its steps lead to the food-business permit.
      await openMenu(page, '门户');
      const box = page.getByRole('combobox', { name: '搜索政务服务' });
      await box.fill('开饭店');
      await box.press('Enter');
      const hit = page.locator('.tb-hit-list > li').filter({ hasText: '开办餐饮店一件事' });
      await hit.first().waitFor();
      await check(page, 'search');
      await hit.first().getByRole('link').first().click();
      await page.getByRole('heading', { level: 1, name: '开办餐饮店一件事' }).waitFor();
      await check(page, 'bundle-guide');
      await page
        .locator('.tb-bundle-steps')
        .getByRole('link', { name: /食品经营许可/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: /食品经营许可证核发/ }).waitFor();
      await check(page, 'permit-guide');
      await page.getByRole('link', { name: /在线申请/ }).click();

      // Materials: the business licence is fetched on consent, the commitment stands in for the layout
      // plan and the safety rules, the rest is uploaded.
      await page.waitForURL(/\/portal\/cases\/[^/]+\/edit/);
      const caseId = new URL(page.url()).pathname.split('/')[3]!;
      await page.getByRole('heading', { level: 2, name: '材料' }).waitFor();
      const draft = await getAsPage<CaseView>(page, `/api/v1/cases/${caseId}`);
      assert.equal(draft.serviceName, PERMIT);
      const cards = page.locator('.tb-material-choice');
      for (const [i, m] of draft.materials.entries()) {
        const card = cards.nth(i);
        await card.getByRole('heading', { name: m.name }).waitFor();
        if (m.offers.length > 0) {
          await card
            .getByRole('radio', { name: /^同意从/ })
            .first()
            .check();
        } else if (m.commitmentCovers) {
          await card.getByRole('radio', { name: '以告知承诺代替' }).check();
        } else if (m.necessity === 'required') {
          const upload = card.getByRole('radio', { name: '我自己上传' });
          if (await upload.count()) await upload.check();
          await uploadInCard(card, m);
        }
      }
      await check(page, 'materials');
      await page.getByRole('button', { name: '保存并继续' }).click();

      // The form: the company's name and address come from its business licence; he answers the rest.
      await page.getByRole('heading', { level: 2, name: '填写表单' }).waitFor();
      assert.equal(await page.getByLabel('单位名称', { exact: true }).inputValue(), COMPANY);
      const fetched = await getAsPage<CaseView>(page, `/api/v1/cases/${caseId}`);
      await answerEmptyFields(page, fetched, {
        '法定代表人（负责人）身份证号码': ZHANGSAN_ID,
        食品安全管理人员姓名: '王五',
        '建筑面积（平方米）': '45',
      });
      await page.getByRole('button', { name: '添加一行（从业人员）' }).click();
      await page.getByLabel('姓名（第 1 行）').fill('王五');
      await page.getByLabel('身份证号码（第 1 行）').fill(ZHANGSAN_ID);
      await page.getByLabel('岗位（第 1 行）').fill('厨师');
      await check(page, 'form', 1600);
      await page.getByRole('button', { name: '保存并继续' }).click();

      // 告知承诺: he reads it and signs.
      await page.getByRole('heading', { level: 2, name: '告知承诺' }).waitFor();
      await page.getByRole('checkbox', { name: /本人已阅读并承诺/ }).check();
      await check(page, 'commitment');
      await page.getByRole('button', { name: '保存并继续' }).click();
      await page.getByRole('heading', { level: 2, name: '核对并提交' }).waitFor();
      await check(page, 'review');
      await page.getByRole('button', { name: /确认并提交/ }).click();

      // Approved on the spot, with the decision notice.
      await page.getByRole('heading', { level: 1, name: '申请已提交并获准予' }).waitFor();
      await page.getByText('您已签署告知承诺，申请已当场准予').waitFor();
      await page
        .getByRole('link', { name: /决定书/ })
        .first()
        .waitFor();
      const caseNumber = ((await page.locator('.tb-panel-number').textContent()) ?? '').trim();
      assert.match(caseNumber, /^330106-\d{8}-\d{6}$/);
      await check(page, 'approved');

      // The permit is in the company's wallet.
      await eventually('the food-business permit is issued', async () => {
        const wallet = await getAsPage<{ items: { name: string }[] }>(page, '/api/v1/me/licenses?limit=50');
        return wallet.items.some((l) => l.name === '食品经营许可证');
      });
      await openMenu(page, '我的证照');
      await page.getByText(`正在代表“${COMPANY}”办事`).waitFor();
      await page.locator('.tb-lic-card-title').filter({ hasText: '食品经营许可证' }).waitFor();
      await check(page, 'wallet');
      await closePage(page);

      // reviewer01's inbox has the verification of the commitment, due within 20 working days.
      const reviewer = await openPage(browser, 1280);
      await loginAs(reviewer, url, 'reviewer01');
      await reviewer.getByRole('link', { name: '进入待办' }).click();
      const row = reviewer.locator('.ant-table-row').filter({ hasText: caseNumber });
      await row.getByText('事中事后核查').waitFor();
      await row.getByText(COMPANY).waitFor();
      await check(reviewer, 'reviewer-inbox');
      await openTaskInBrowser(reviewer, url, caseNumber);
      // What was promised, to check on site.
      await reviewer.getByRole('tab', { name: /材料/ }).click();
      await reviewer.getByText('申请人已签署告知承诺书').waitFor();
      await check(reviewer, 'verification-task');
      await closePage(reviewer);
    });
  });
}
