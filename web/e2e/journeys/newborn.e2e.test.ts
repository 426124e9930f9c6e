import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { engines } from '../../../server/test/harness.ts';
import type { ServerProcess } from '../../../server/test/server-process.ts';
import { startDemo } from '../demo-server.ts';
import { closePage, loginAs, openMenu, openPage, pageChecker, qrText, submitLogin } from '../browser.ts';
import { Api, decideByApi, openTaskOf } from '../api.ts';
import { claimInBrowser, decideInBrowser, openTaskInBrowser } from '../workbench-steps.ts';
import { answerEmptyFields, type CaseView, eventually, resultIssuer, uploadInCard } from './support.ts';

// The golden path (DESIGN.md §1): 张三 searches in his own words, applies once for 新生儿出生一件事 with the
// materials the government already holds fetched on his consent; the departments accept and approve
// (the birth certificate in the browser, the items that follow it in parallel through the API); the
// licences land in his wallet and verify by their QR code; he rates the service; the supervisor's
// dashboard counts the cases.

const BUNDLE = 'YJS330106002';
const BIRTH_CERTIFICATE = '出生医学证明首次签发';
/** Who handles each item of the bundle besides the comprehensive window (window01 accepts them all). */
const DEPARTMENT_ACCOUNTS: Record<string, string> = {
  [BIRTH_CERTIFICATE]: 'xh-health',
  预防接种证办理: 'xh-health',
  '出生登记（户口）': 'xh-public-security',
  城乡居民基本医疗保险参保登记: 'xh-medical-security',
  社会保障卡申领: 'xh-hrss',
  生育津贴申领: 'xh-medical-security',
};
/** Answers 张三 gives to what the fetched materials did not fill, by field title. */
const ANSWERS: Record<string, string> = {
  民族: '汉族',
  工作单位: '杭州西子湖餐饮管理有限公司',
  开户银行: '中国工商银行杭州文三路支行',
  银行账号: '6222020200001234',
};

/**
 * Runs one item of the bundle to its end through the API, as its department and the window would: every
 * open task of the case is claimed and decided favourably until the case is approved and closed.
 */
async function handleByApi(
  citizen: Api,
  window01: Api,
  department: Api,
  child: CaseView['children'][number],
) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const view = await citizen.ok<CaseView>('GET', `/api/v1/cases/${child.id}`);
    if (view.status === 'approved' && view.closedAt) return;
    assert.ok(Date.now() < deadline, `${child.serviceName} is still ${view.status} after a minute`);
    assert.ok(
      ['waiting', 'submitted', 'in_review', 'approved'].includes(view.status),
      `${child.serviceName} went ${view.status}`,
    );
    if (view.status === 'approved') {
      const { staff, task } = await resultIssuer(child.caseNumber, window01, department);
      await decideByApi(staff, task, 'issued');
      continue;
    }
    const holder = view.status === 'submitted' ? window01 : department;
    const task = await openTaskOf(holder, child.caseNumber);
    if (!task) {
      await new Promise((resolve) => setTimeout(resolve, 300)); // the next step opens from an event
      continue;
    }
    const outcome = { accept: 'accept', review: 'agree', decide: 'approve' }[task.kind];
    assert.ok(outcome, `${child.serviceName}: unexpected ${task.kind} task ${task.stepName}`);
    await decideByApi(holder, task, outcome);
  }
}

for (const engine of engines()) {
  describe(`journey: 新生儿出生一件事 from search to the supervisor's dashboard on ${engine}`, () => {
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;
    const check = pageChecker(engine, 'newborn');

    before(async () => ({ server, browser, stop } = await startDemo(engine, 'newborn')));
    after(() => stop?.());

    test('张三 applies once; the departments approve; licences verify; he rates; the supervisor sees it', async () => {
      const url = server.url;
      const supervisorApi = await Api.login(url, 'supervisor01');
      const casesBefore = (
        await supervisorApi.ok<{ indicators: { key: string; value: number | null }[] }>(
          'GET',
          '/api/v1/supervision/indicators',
        )
      ).indicators.find((i) => i.key === 'casesHandled')!.value!;

      // A visitor asks in everyday words and finds the bundle.
      const citizen = await openPage(browser, 1280);
      await citizen.goto(url);
      const box = citizen.getByRole('combobox', { name: '搜索政务服务' });
      await box.fill('生孩子');
      await box.press('Enter');
      await citizen.waitForURL(/\/portal\/search\?q=/);
      const hit = citizen.locator('.tb-hit-list > li').filter({ hasText: '新生儿出生一件事' });
      await hit.first().waitFor();
      await check(citizen, 'search');
      await hit.first().getByRole('link').first().click();
      await citizen.getByRole('heading', { level: 1, name: /新生儿出生/ }).waitFor();
      await citizen.getByRole('heading', { name: '办理顺序' }).waitFor();
      await check(citizen, 'bundle-guide');

      // 在线申请 asks him to log in, then brings him back to start the application.
      await citizen.getByRole('link', { name: /在线申请/ }).click();
      await citizen.waitForURL(/\/login\?next=/);
      await check(citizen, 'login');
      await submitLogin(citizen, '13800000001');
      await citizen.waitForURL(/\/portal\/cases\/[^/]+\/edit/);
      const caseId = new URL(citizen.url()).pathname.split('/')[3]!;
      const zhangsan = await Api.login(url, '13800000001');

      // Materials first: he consents to every fetch offered and uploads what no department holds.
      await citizen.getByRole('heading', { level: 2, name: '材料' }).waitFor();
      const draft = await zhangsan.ok<CaseView>('GET', `/api/v1/cases/${caseId}`);
      assert.equal(draft.serviceCode, BUNDLE, 'the application is for 新生儿出生一件事');
      assert.equal(
        draft.materials.filter((m) => m.offers.length > 0).length,
        6,
        'six materials can be fetched',
      );
      const cards = citizen.locator('.tb-material-choice');
      for (const [i, m] of draft.materials.entries()) {
        const card = cards.nth(i);
        await card.getByRole('heading', { name: m.name }).waitFor();
        if (m.offers.length > 0) {
          await card
            .getByRole('radio', { name: /^同意从/ })
            .first()
            .check();
        } else if (m.necessity === 'required') {
          await uploadInCard(card, m);
        }
      }
      await check(citizen, 'materials');
      await citizen.getByRole('button', { name: '保存并继续' }).click();

      // The form: what the birth record and his profile hold is filled in; he answers the rest.
      await citizen.getByRole('heading', { level: 2, name: '填写表单' }).waitFor();
      const consented = await zhangsan.ok<CaseView>('GET', `/api/v1/cases/${caseId}`);
      assert.equal(consented.form.newborn_name, '张小满', 'the newborn’s name came from the birth record');
      assert.equal(await citizen.getByLabel('新生儿姓名', { exact: true }).inputValue(), '张小满');
      await answerEmptyFields(citizen, consented, ANSWERS);
      await check(citizen, 'form', 2400);
      await citizen.getByRole('button', { name: '保存并继续' }).click();

      // Check the answers, submit once, and keep the case number.
      await citizen.getByRole('heading', { level: 2, name: '核对并提交' }).waitFor();
      await check(citizen, 'review');
      await citizen.getByRole('button', { name: /确认并提交/ }).click();
      await citizen.waitForURL(new RegExp(`/portal/cases/${caseId}/submitted`));
      const caseNumber = ((await citizen.locator('.tb-panel-number').textContent()) ?? '').trim();
      assert.match(caseNumber, /^330106-\d{8}-\d{6}$/);
      await check(citizen, 'submitted');
      const submitted = await zhangsan.ok<CaseView>('GET', `/api/v1/cases/${caseId}`);
      assert.equal(submitted.children.length, 6, 'one case per item of the bundle');
      const childNamed = (name: string) => submitted.children.find((c) => c.serviceName === name)!;
      const certificate = childNamed(BIRTH_CERTIFICATE);

      // The birth certificate in the workbenches: window01 accepts it, 卫生健康局 signs it.
      const window01Page = await openPage(browser, 1280);
      await loginAs(window01Page, url, 'window01');
      await openTaskInBrowser(window01Page, url, certificate.caseNumber);
      await window01Page.getByText('张小满').first().waitFor();
      await check(window01Page, 'window-task');
      await claimInBrowser(window01Page);
      await decideInBrowser(window01Page, '受理');
      await window01Page.getByText(`已办理办件 ${certificate.caseNumber}：受理`).waitFor();

      const healthPage = await openPage(browser, 1280);
      await loginAs(healthPage, url, 'xh-health');
      await openTaskInBrowser(healthPage, url, certificate.caseNumber);
      await claimInBrowser(healthPage);
      await check(healthPage, 'health-task');
      await decideInBrowser(healthPage, '准予');
      await healthPage.getByText(`已办理办件 ${certificate.caseNumber}：准予`).waitFor();
      await closePage(healthPage);

      // The certificate is handed out (发证) by whoever holds that step, in the browser.
      const window01 = await Api.login(url, 'window01');
      const health = await Api.login(url, 'xh-health');
      const issuer = await resultIssuer(certificate.caseNumber, window01, health);
      const issuerPage = issuer.staff === window01 ? window01Page : await openPage(browser, 1280);
      if (issuerPage !== window01Page) await loginAs(issuerPage, url, issuer.staff.account);
      await openTaskInBrowser(issuerPage, url, certificate.caseNumber);
      await claimInBrowser(issuerPage);
      await decideInBrowser(issuerPage, '已制证送达');
      await closePage(issuerPage);
      if (issuerPage !== window01Page) await closePage(window01Page);

      // What the certificate opened runs in parallel in three departments, then 医保 and 社保卡 in turn.
      const staff: Record<string, Api> = { 'xh-health': health };
      for (const account of new Set(Object.values(DEPARTMENT_ACCOUNTS)))
        staff[account] ??= await Api.login(url, account);
      const handle = (name: string) =>
        handleByApi(zhangsan, window01, staff[DEPARTMENT_ACCOUNTS[name]!]!, childNamed(name));
      await Promise.all(['预防接种证办理', '出生登记（户口）', '生育津贴申领'].map(handle));
      await handle('城乡居民基本医疗保险参保登记');
      await handle('社会保障卡申领');
      await eventually('the bundle is completed', async () => {
        const parent = await zhangsan.ok<CaseView>('GET', `/api/v1/cases/${caseId}`);
        return parent.status === 'completed';
      });

      // The licences are in his wallet; the birth certificate's QR code verifies on the public page.
      await openMenu(citizen, '我的证照');
      await citizen.getByRole('heading', { level: 1, name: '我的证照' }).waitFor();
      const titles = citizen.locator('.tb-lic-card-title');
      await titles.filter({ hasText: '社会保障卡' }).waitFor();
      for (const name of ['出生医学证明', '社会保障卡'])
        assert.equal(await titles.filter({ hasText: name }).count(), 1, `${name} is in the wallet`);
      assert.equal(
        await titles.filter({ hasText: '居民户口簿' }).count(),
        2,
        'the new 户口簿 beside the old one',
      );
      await check(citizen, 'wallet');
      await citizen.getByRole('link', { name: '出生医学证明', exact: true }).click();
      await citizen.getByRole('heading', { level: 1, name: '出生医学证明' }).waitFor();
      await check(citizen, 'licence');
      const verifyUrl = await qrText(citizen, '.tb-lic-qr');
      assert.match(
        verifyUrl ?? '',
        /\/verify\?id=[^&]+&c=[\w-]{12}$/,
        'the QR code holds the verification link',
      );
      const scanner = await openPage(browser, 375);
      await scanner.goto(verifyUrl!);
      await scanner.getByRole('heading', { level: 2, name: '有效' }).waitFor();
      await scanner.getByText('出生医学证明').first().waitFor();
      await check(scanner, 'verify');
      await closePage(scanner);

      // He rates the birth certificate from his case page (a bundle is rated item by item).
      await openMenu(citizen, '我的办件');
      await citizen.locator('.tb-case-row', { hasText: caseNumber }).getByRole('link').first().click();
      await citizen.getByRole('heading', { level: 1, name: /新生儿出生/ }).waitFor();
      await citizen.getByText('已办结 6 项，共 6 项').waitFor();
      await check(citizen, 'bundle-case');
      await citizen.locator('.tb-case-children').getByRole('link', { name: BIRTH_CERTIFICATE }).click();
      await citizen.getByRole('heading', { level: 1, name: BIRTH_CERTIFICATE }).waitFor();
      const rate = citizen.locator('.tb-feedback-card');
      await rate.getByText('非常满意', { exact: true }).click();
      await rate.getByText('办理速度快').click();
      await rate.getByLabel('意见建议（选填）').fill('一次申请全办好了，不用跑腿');
      await rate.getByRole('button', { name: '提交评价' }).click();
      await rate.getByText('您的评价').waitFor();
      await check(citizen, 'rated');
      await closePage(citizen);

      // The supervisor's dashboard counts the six item cases and the rating.
      const supervisor = await openPage(browser, 1280);
      await loginAs(supervisor, url, 'supervisor01');
      await supervisor.getByRole('link', { name: '效能监督' }).click();
      const indicators = supervisor.getByRole('list', { name: '指标' }).getByRole('listitem');
      const card = (name: string) => indicators.filter({ has: supervisor.getByText(name, { exact: true }) });
      await card('办件量')
        .getByText(String(casesBefore + 6), { exact: true })
        .waitFor();
      await card('好评率').getByText('100.0%', { exact: true }).waitFor();
      await check(supervisor, 'dashboard');
      await closePage(supervisor);
    });
  });
}
