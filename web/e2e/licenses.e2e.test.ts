import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { engines } from '../../server/test/harness.ts';
import type { ServerProcess } from '../../server/test/server-process.ts';
import { startDemo } from './demo-server.ts';
import {
  assertAccessible,
  assertNoHorizontalScroll,
  closePage,
  loginAs,
  openPage,
  qrText,
  screenshot,
} from './browser.ts';

const WIDTHS = [1280, 375] as const;
const ID_CARD = '中华人民共和国居民身份证';
const ZHANGSAN_ID = '330106198805120111';

/** Accessible, no sideways scroll on phones, and a screenshot to look at. */
async function check(page: Page, engine: string, name: string, width: number) {
  await page.waitForLoadState('networkidle');
  await assertAccessible(page, `${name} at ${width}px`);
  if (width === 375) await assertNoHorizontalScroll(page, name);
  await screenshot(page, `${engine}-licenses-${name}-${width}`);
}

/** A link's target as an absolute URL (downloads are fetched with the page's cookies). */
async function hrefOf(page: Page, link: ReturnType<Page['getByRole']>): Promise<string> {
  return new URL((await link.getAttribute('href'))!, page.url()).href;
}

for (const engine of engines()) {
  describe(`electronic licences in Chromium on ${engine}`, () => {
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;

    before(async () => ({ server, browser, stop } = await startDemo(engine, 'licenses')));
    after(() => stop?.());

    for (const width of WIDTHS) {
      test(`张三 opens his wallet, a licence and its verification page at ${width} px`, async () => {
        const page = await openPage(browser, width, 900);
        await loginAs(page, server.url, '13800000001');
        if (width === 1280) await page.getByRole('link', { name: '我的证照' }).first().click();
        else await page.goto(`${server.url}/portal/licenses`);
        await page.getByRole('heading', { level: 1, name: '我的证照' }).waitFor();
        const cards = page.locator('.tb-lic-card');
        await cards.first().waitFor();
        const names = await page.locator('.tb-lic-card-title').allTextContents();
        assert.deepEqual(
          [...names].sort(),
          ['中华人民共和国居民身份证', '结婚证', '居民户口簿'].sort(),
          'his own three licences, not the company’s business licence',
        );
        await cards.filter({ hasText: ID_CARD }).getByText('有效', { exact: true }).waitFor();
        await check(page, engine, 'wallet', width);

        await page.getByRole('link', { name: ID_CARD, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: ID_CARD }).waitFor();
        // The holder sees the face data whole.
        await page.locator('.tb-lic-face').getByText(ZHANGSAN_ID).waitFor();
        await page.getByRole('heading', { name: '用证记录' }).waitFor();
        await check(page, engine, 'detail', width);

        const verifyLink = page.getByRole('link', { name: /打开核验页面/ });
        const verifyUrl = (await verifyLink.getAttribute('href'))!;
        assert.match(verifyUrl, /\/verify\?id=1\.2\.156\.3005\.2\.[^&]+&c=[\w-]{12}$/);
        assert.equal(await qrText(page, '.tb-lic-qr'), verifyUrl, 'the QR code holds the verification link');

        // Downloads: the PDF and the signed file for `tongban license verify`.
        const pdf = await page.request.get(await hrefOf(page, page.getByRole('link', { name: /下载 PDF/ })));
        assert.equal(pdf.status(), 200);
        assert.equal(pdf.headers()['content-type'], 'application/pdf');
        assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
        const exported = (await (
          await page.request.get(await hrefOf(page, page.getByRole('link', { name: /签名证照文件/ })))
        ).json()) as { format: string; verifyUrl: string; licence: { holder: { code: string } } };
        assert.equal(exported.format, 'tongban-licence/1');
        assert.equal(exported.verifyUrl, verifyUrl);

        if (width === 375) {
          await page.getByRole('button', { name: '全屏亮证' }).click();
          const dialog = page.getByRole('dialog');
          await dialog.waitFor();
          // The full-screen view shows a short-lived presentation link (licence-grants.e2e checks it verifies).
          assert.match((await qrText(page, '.tb-lic-qr-full')) ?? '', /\/verify\?p=[\w-]+\.[0-9a-f]{32}$/);
          await check(page, engine, 'show-qr', width);
          await dialog.getByRole('button', { name: '关闭' }).first().click();
        }

        // The public page, as a counter's scanner opens it (no login needed: a fresh browser context).
        const visitor = await openPage(browser, width, 900);
        await visitor.goto(verifyUrl);
        const verdict = visitor
          .getByRole('status')
          .filter({ has: visitor.getByRole('heading', { level: 2 }) });
        await verdict.getByRole('heading', { name: '有效' }).waitFor();
        await visitor.getByText('张*').first().waitFor();
        assert.equal(
          await visitor.getByText(ZHANGSAN_ID).count(),
          0,
          'the public page shows the ID number whole',
        );
        await visitor.getByText('330106********0111').first().waitFor();
        await check(visitor, engine, 'verify-valid', width);

        if (width === 1280) {
          // A QR link whose code does not match the signed content: tampered, in words and not colour alone.
          const forged = verifyUrl.replace(/c=[\w-]{12}$/, 'c=AAAAAAAAAAAA');
          await visitor.goto(forged);
          await verdict.getByRole('heading', { name: /篡改/ }).waitFor();
          await check(visitor, engine, 'verify-tampered', width);
          // A typed identifier that does not exist.
          await visitor
            .getByLabel('证照标识或核验链接')
            .fill('1.2.156.3005.2.11100000000010014P001.11330106020253259A.20189999999.01.X');
          await visitor.getByRole('button', { name: /核\s*验/ }).click();
          await verdict.getByRole('heading', { name: /未找到/ }).waitFor();
          await check(visitor, engine, 'verify-unknown', width);
        }
        await closePage(visitor);
        await closePage(page);
      });
    }

    test('张三 acting for his company sees the business licence', async () => {
      const page = await openPage(browser, 1280, 900);
      await loginAs(page, server.url, '13800000001');
      const me = (await (await page.request.get(`${server.url}/api/v1/auth/me`)).json()) as {
        organisations: { id: string; name: string }[];
        csrfToken: string;
      };
      const company = me.organisations.find((o) => o.name === '杭州西子湖餐饮管理有限公司')!;
      const switched = await page.request.post(`${server.url}/api/v1/auth/acting-for`, {
        data: { organisationId: company.id },
        headers: { 'x-csrf-token': me.csrfToken },
      });
      assert.equal(switched.status(), 200, await switched.text());
      await page.goto(`${server.url}/portal/licenses`);
      await page.getByText('正在代表“杭州西子湖餐饮管理有限公司”办事').waitFor();
      assert.deepEqual(await page.locator('.tb-lic-card-title').allTextContents(), ['营业执照']);
      await check(page, engine, 'wallet-company', 1280);
      await closePage(page);
    });

    for (const width of WIDTHS) {
      test(`the admin opens licence types, seal keys and the import page at ${width} px`, async () => {
        const page = await openPage(browser, width, 900);
        await loginAs(page, server.url, 'admin');
        await page.goto(`${server.url}/admin`);
        await page
          .getByRole('link', { name: /证照类型/ })
          .first()
          .click();
        await page.getByRole('link', { name: '营业执照', exact: true }).waitFor();
        await check(page, engine, 'admin-types', width);

        await page.getByRole('link', { name: '营业执照', exact: true }).click();
        await page.getByLabel('证照名称').waitFor();
        assert.equal(await page.getByLabel('证照名称').inputValue(), '营业执照');
        assert.ok((await page.getByLabel('第 1 项键名').inputValue()).length > 0, 'face fields are listed');
        await check(page, engine, 'admin-type-edit', width);

        await page.goto(`${server.url}/admin/licenses/seals`);
        await page.getByRole('row').nth(1).waitFor();
        await page.getByLabel('筛选部门').fill('西湖区市场监督管理局');
        const row = page.getByRole('row').filter({ hasText: '西湖区市场监督管理局' });
        await row.first().waitFor();
        await check(page, engine, 'admin-seals', width);

        await page.goto(`${server.url}/admin/licenses/import`);
        const template = page.getByRole('link', { name: /下载导入模板/ });
        await template.waitFor();
        const xlsx = await page.request.get(await hrefOf(page, template));
        assert.equal(xlsx.status(), 200);
        assert.equal((await xlsx.body()).subarray(0, 2).toString(), 'PK', 'the template is an .xlsx');
        await check(page, engine, 'admin-import', width);
        await closePage(page);
      });
    }

    test('the admin switches a department to SM2 after confirming', async () => {
      const page = await openPage(browser, 1280, 900);
      await loginAs(page, server.url, 'admin');
      await page.goto(`${server.url}/admin/licenses/seals`);
      await page.getByLabel('筛选部门').fill('西湖区民政局');
      const row = page.getByRole('row').filter({ hasText: '西湖区民政局' }).first();
      await row.getByRole('button', { name: /切换为 国密 SM2/ }).click();
      const confirm = page.locator('.ant-modal-confirm');
      await confirm
        .locator('.ant-modal-confirm-title')
        .getByText(/切换为 国密 SM2/)
        .waitFor();
      await check(page, engine, 'admin-seals-confirm', 1280);
      await confirm.getByRole('button', { name: '确认切换' }).click();
      await row.getByText('国密 SM2').waitFor();
      await row.getByRole('button', { name: /切换为 Ed25519/ }).waitFor();
      await closePage(page);
    });

    for (const width of WIDTHS) {
      test(`a leader of the issuing department finds and suspends a licence at ${width} px`, async () => {
        const page = await openPage(browser, width, 900);
        await loginAs(page, server.url, 'leader01');
        await page.goto(`${server.url}/workbench`);
        await page.getByRole('link', { name: '证照查询' }).first().click();
        await page.getByRole('heading', { level: 1, name: '证照查询' }).waitFor();
        const result = page.getByRole('link', { name: '营业执照', exact: true });
        await result.waitFor();
        // 西湖区市场监督管理局 issued only the business licence: 张三's ID card is not theirs to see.
        assert.equal(await page.getByText(ID_CARD).count(), 0);
        await page.getByLabel('证照标识、持证人证件号或名称').fill('杭州西子湖餐饮管理有限公司');
        await page.getByRole('button', { name: /查\s*询/ }).click();
        await page.waitForURL(/q=/);
        await result.waitFor();
        await check(page, engine, 'staff-search', width);
        await page.getByLabel('证照标识、持证人证件号或名称').fill('没有这个单位');
        await page.getByRole('button', { name: /查\s*询/ }).click();
        await page.getByText('没有符合条件的证照').waitFor();
        await page.getByRole('button', { name: '清除条件' }).click();
        await result.waitFor();

        await result.click();
        await page.getByRole('heading', { level: 1, name: '营业执照' }).waitFor();
        await check(page, engine, 'staff-detail', width);
        if (width === 375) return closePage(page);

        await page.getByRole('button', { name: '暂停使用' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: '确认暂停' }).click();
        await dialog.getByText('请填写理由').waitFor(); // the reason is required, next to its field
        await dialog.getByLabel('理由').fill('经营场所核查中');
        await check(page, engine, 'staff-suspend', width);
        await dialog.getByRole('button', { name: '确认暂停' }).click();
        await page.locator('.tb-lic-tag').getByText('已暂停使用').first().waitFor();
        await page.getByText('原因：经营场所核查中').waitFor();

        // The public page now says suspended, with the reason.
        const detail = (await (
          await page.request.get(`${server.url}/api/v1/licenses/${page.url().split('/').pop()}`)
        ).json()) as { verifyUrl: string };
        const visitor = await openPage(browser, 1280, 900);
        await visitor.goto(detail.verifyUrl);
        await visitor.getByRole('heading', { level: 2, name: '已暂停使用' }).waitFor();
        await visitor.getByText('原因：经营场所核查中').waitFor();
        await check(visitor, engine, 'verify-suspended', 1280);
        await closePage(visitor);

        await page.getByRole('button', { name: '恢复使用' }).click();
        await page.getByRole('dialog').getByLabel('理由').fill('核查完毕');
        await page.getByRole('dialog').getByRole('button', { name: '确认恢复' }).click();
        await page.locator('.tb-lic-tag').getByText('有效').first().waitFor();
        await closePage(page);
      });
    }
  });
}
