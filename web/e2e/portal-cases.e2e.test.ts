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
  openMenu,
  openPage,
  screenshot,
  submitLogin,
} from './browser.ts';

const PASSWORD = 'Tongban@2026';
const WIDTHS = [1280, 375] as const;
/** A small but real PDF, as a scanned material would be. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** Profile concepts the server fills in when the draft is created. */
const PREFILLED = new Set(['applicant.name', 'applicant.idNumber', 'applicant.mobile', 'applicant.email']);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Field kinds the test can answer in the browser without knowing the item. */
const FILLABLE = new Set(['text', 'textarea', 'select', 'number', 'date', 'mobile', 'address', 'id_number']);

interface Field {
  title: string;
  'x-kind': string;
  'x-concept'?: string;
  enum?: string[];
  minimum?: number;
  minLength?: number;
  maxLength?: number;
}
interface Item {
  id: string;
  implementationCode: string;
  content: {
    name: string;
    serviceObjects: string[];
    materials: { key: string; name: string; necessity: string }[];
    form: { properties: Record<string, Field>; required: string[]; 'x-order': string[] };
    commitment?: unknown;
    gapAcceptance?: unknown;
    autoApproval?: unknown;
  };
}

/**
 * A natural-person item of the demo catalogue that 张三 can complete here: few materials, a form of simple
 * fields (his ID number comes from his profile), preferably one approved automatically (秒批).
 */
async function pickItem(url: string): Promise<Item> {
  const hits: { id: string }[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = (await (
      await fetch(`${url}/api/v1/catalog/search?kind=item&limit=100&offset=${offset}`)
    ).json()) as { total: number; hits: { id: string }[] };
    hits.push(...page.hits);
    if (offset + 100 >= page.total) break;
  }
  const candidates: Item[] = [];
  for (const hit of hits) {
    const item = (await (await fetch(`${url}/api/v1/catalog/items/${hit.id}`)).json()) as Item;
    const c = item.content;
    if (!c.serviceObjects.includes('natural_person') || c.materials.length === 0 || c.materials.length > 3)
      continue;
    if (c.commitment || c.gapAcceptance) continue;
    const fillable = c.form.required.every((key) => {
      const field = c.form.properties[key];
      if (!field || !FILLABLE.has(field['x-kind'])) return false;
      return field['x-kind'] !== 'id_number' || field['x-concept'] === 'applicant.idNumber';
    });
    if (fillable) candidates.push(item);
  }
  assert.ok(candidates.length > 0, 'the demo catalogue has a simple natural-person item');
  return candidates.find((i) => i.content.autoApproval) ?? candidates[0]!;
}

/** The window (窗口) accepts the case through the API, as the workbench would: claim its task, decide "accept". */
async function acceptAtWindow(url: string, caseNumber: string) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: 'window01', password: PASSWORD }),
  });
  assert.equal(login.status, 200);
  const headers = {
    cookie: login.headers.get('set-cookie')!.split(';')[0]!,
    'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken,
    'content-type': 'application/json',
  };
  const tasks = (await (
    await fetch(`${url}/api/v1/tasks?scope=available&limit=100`, { headers })
  ).json()) as {
    items: { id: string; version: number; caseNumber: string | null }[];
  };
  const task = tasks.items.find((t) => t.caseNumber === caseNumber);
  assert.ok(task, `the window has a task for ${caseNumber}`);
  const claim = await fetch(`${url}/api/v1/tasks/${task.id}/claim`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ version: task.version }),
  });
  const { version } = (await claim.json()) as { version: number };
  const decision = await fetch(`${url}/api/v1/tasks/${task.id}/decision`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ version, outcome: 'accept' }),
  });
  assert.equal(decision.status, 200);
}

/** Answers every required field the profile did not fill, by its kind. */
async function fillForm(page: Page, item: Item) {
  const form = item.content.form;
  for (const key of form['x-order']) {
    const field = form.properties[key];
    if (!field || !form.required.includes(key)) continue;
    const control = page.getByLabel(field.title, { exact: true });
    // Filled from a fetched material and bound to it: read-only.
    if (field['x-kind'] !== 'id_number' && (await control.getAttribute('readonly')) !== null) continue;
    switch (field['x-kind']) {
      case 'id_number':
        // Prefilled from the profile and shown masked.
        assert.match(await control.inputValue(), /^\d{6}\*+\d{3}[\dX]$/, `${field.title} shows masked`);
        break;
      case 'select': {
        await control.click();
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
        break;
      }
      case 'date':
        await control.fill('2026-11-02');
        await control.press('Enter');
        break;
      case 'number':
        await control.fill(String(field.minimum ?? 1));
        break;
      case 'mobile':
        if (!(await control.inputValue())) await control.fill('13800000001');
        break;
      default:
        if (!(await control.inputValue()))
          await control.fill('6'.repeat(Math.min(Math.max(field.minLength ?? 0, 8), field.maxLength ?? 20)));
    }
  }
}

/** Accessible, no sideways scrolling on a phone, and a screenshot to look at. */
async function check(page: Page, engine: string, name: string, width: number) {
  await page.waitForLoadState('networkidle');
  await assertAccessible(page, `${name} at ${width}px`);
  if (width === 375) await assertNoHorizontalScroll(page, name);
  await screenshot(page, `${engine}-cases-${name}-${width}`);
}

for (const engine of engines()) {
  describe(`applying online and following the case in Chromium on ${engine}`, () => {
    let server: ServerProcess;
    let browser: Browser;
    let stop: () => Promise<void>;
    let item: Item;

    before(async () => {
      ({ server, browser, stop } = await startDemo(engine, 'cases'));
      item = await pickItem(server.url);
    });
    after(() => stop?.());

    for (const width of WIDTHS) {
      test(`at ${width} px 张三 applies online, gets a case number and follows the case`, async () => {
        const page = await openPage(browser, width, 900);
        const c = item.content;

        // A visitor on the guide is sent to log in and comes back to the application.
        await page.goto(`${server.url}/portal/search?q=${encodeURIComponent(c.name)}`);
        await page.locator(`a[href="/portal/items/${item.id}"]`).first().click();
        await page.getByRole('heading', { level: 1, name: c.name }).waitFor();
        await check(page, engine, 'guide', width);
        await page.getByRole('link', { name: /在线申请/ }).click();
        await page.waitForURL(/\/login\?next=/);
        await submitLogin(page, '13800000001');

        // A draft of the same item left by an earlier run is offered first; this run starts afresh.
        const resume = page.getByRole('heading', { level: 1, name: '继续未完成的申请？' });
        await Promise.race([page.waitForURL(/\/portal\/cases\/[^/]+\/edit/), resume.waitFor()]);
        if (await resume.isVisible()) {
          await check(page, engine, 'apply-resume', width);
          await page.getByRole('button', { name: '重新开始一份新的申请' }).click();
        }

        // The wizard starts with the materials when some can be fetched (their values then fill the
        // form), otherwise with the form.
        await page.waitForURL(/\/portal\/cases\/[^/]+\/edit/);
        const caseId = new URL(page.url()).pathname.split('/')[3]!;
        const formHeading = page.getByRole('heading', { level: 2, name: '填写表单' });
        const materialsHeading = page.getByRole('heading', { level: 2, name: '材料' });
        await Promise.race([formHeading.waitFor(), materialsHeading.waitFor()]);
        const materialsFirst = await materialsHeading.isVisible();

        const formStep = async () => {
          await formHeading.waitFor();
          await check(page, engine, 'wizard-form', width);
          // A required answer left empty is named next to its field.
          let firstEmpty: Field | undefined;
          for (const k of c.form['x-order']) {
            const field = c.form.properties[k];
            if (!field || !c.form.required.includes(k)) continue;
            if (PREFILLED.has(field['x-concept'] ?? '')) continue;
            const control = page.getByLabel(field.title, { exact: true });
            if ((await control.isEnabled()) && !(await control.inputValue().catch(() => 'x'))) {
              firstEmpty = field;
              break;
            }
          }
          await page.getByRole('button', { name: '保存并继续' }).click();
          if (firstEmpty) {
            await page.locator('.ant-form-item-explain-error').first().waitFor();
            assert.ok(
              (await page.locator('.ant-form-item-explain-error').allTextContents()).some((t) =>
                t.includes(firstEmpty.title),
              ),
              'the empty required field is named next to it',
            );
            await check(page, engine, 'wizard-form-errors', width);
          }
          await fillForm(page, item);
          await page.getByRole('button', { name: '保存并继续' }).click();
        };

        // Materials: nothing chosen yet is named; then each is fetched with consent or gets a PDF.
        const materialsStep = async () => {
          await materialsHeading.waitFor();
          await page.getByRole('button', { name: '保存并继续' }).click();
          const required = c.materials.filter((m) => m.necessity === 'required');
          if (required.length > 0) await page.getByText(`还有 ${required.length} 份材料需要处理`).waitFor();
          let firstUpload: number | null = null;
          for (const [i, m] of c.materials.entries()) {
            const card = page.locator('.tb-material-choice').nth(i);
            assert.ok(await card.getByRole('heading', { name: m.name }).isVisible());
            const consent = card.getByRole('radio', { name: /^同意从/ }).first();
            if (await consent.count()) {
              await consent.check();
              continue;
            }
            const upload = card.getByRole('radio', { name: '我自己上传' });
            if (await upload.count()) await upload.check();
            await card.locator('input[type=file]').setInputFiles({
              name: `材料${i + 1}.pdf`,
              mimeType: 'application/pdf',
              buffer: PDF,
            });
            await card.getByRole('link', { name: new RegExp(`材料${i + 1}\\.pdf`) }).waitFor();
            firstUpload ??= i;
          }
          if (firstUpload !== null) {
            // A file can be removed again, and added back.
            const n = firstUpload + 1;
            const card = page.locator('.tb-material-choice').nth(firstUpload);
            await card.getByRole('button', { name: new RegExp(`移除文件 材料${n}\\.pdf`) }).click();
            assert.equal(await card.locator('.tb-upload-item').count(), 0);
            await card
              .locator('input[type=file]')
              .setInputFiles({ name: `材料${n}.pdf`, mimeType: 'application/pdf', buffer: PDF });
            await card.getByRole('link', { name: new RegExp(`材料${n}\\.pdf`) }).waitFor();
          }
          await check(page, engine, 'wizard-materials', width);
          await page.getByRole('button', { name: '保存并继续' }).click();
        };

        if (materialsFirst) {
          await materialsStep();
          await formStep();
        } else {
          await formStep();
          await materialsStep();
        }

        // Step 4: check your answers, change one, come back, submit.
        await page.getByRole('heading', { level: 2, name: '核对并提交' }).waitFor();
        await check(page, engine, 'wizard-review', width);
        await page
          .getByRole('button', { name: new RegExp(`修改\\s*${escapeRegExp(c.materials[0]!.name)}`) })
          .click();
        await page.getByRole('heading', { level: 2, name: '材料' }).waitFor();
        assert.match(page.url(), /from=review/);
        await page.getByRole('button', { name: '保存并继续' }).click();
        await page.getByRole('heading', { level: 2, name: '核对并提交' }).waitFor();
        await page.getByRole('button', { name: /确认并提交/ }).click();

        // Step 5: the confirmation panel with the case number.
        await page.waitForURL(new RegExp(`/portal/cases/${caseId}/submitted`));
        await page.getByRole('heading', { level: 1, name: /申请已提交/ }).waitFor();
        const caseNumber = (await page.locator('.tb-panel-number').textContent())?.trim() ?? '';
        assert.match(caseNumber, /^\d{6}-\d{8}-\d{6}$/, 'a case number is shown');
        await page.getByRole('heading', { name: '接下来会发生什么' }).waitFor();
        // 秒批: an approval at once comes with its decision notice.
        if (await page.getByRole('heading', { level: 1, name: '申请已提交并获准予' }).isVisible())
          await page
            .getByRole('link', { name: /决定书/ })
            .first()
            .waitFor();
        else
          await page
            .getByText(/将在 .* 前决定是否受理|转由工作人员审查/)
            .first()
            .waitFor();
        await check(page, engine, 'submitted', width);
        const approvedAtOnce = await page
          .getByRole('heading', { level: 1, name: '申请已提交并获准予' })
          .isVisible();
        if (!approvedAtOnce) await acceptAtWindow(server.url, caseNumber);

        // My cases (in the main navigation; on phones inside the menu) lists it with its status.
        await openMenu(page, '我的办件');
        await page.waitForURL(/\/portal\/cases$/);
        const row = page.locator('.tb-case-row', { hasText: caseNumber });
        await row.waitFor();
        assert.ok(await row.getByRole('link', { name: c.name }).isVisible());
        await check(page, engine, 'my-cases', width);

        // The case page: status, history, materials and notices.
        await row.getByRole('link', { name: c.name }).click();
        await page.waitForURL(new RegExp(`/portal/cases/${caseId}$`));
        await page.getByRole('heading', { level: 1, name: c.name }).waitFor();
        await page.getByText(`办件编号 ${caseNumber}`).waitFor();
        await page.getByRole('heading', { name: '办理记录' }).waitFor();
        await page.getByText('提交申请').first().waitFor();
        await page
          .getByText(approvedAtOnce ? '秒批：系统自动准予' : '已受理')
          .first()
          .waitFor();
        await page.getByText('已上传（1 个文件）').first().waitFor();
        const pdfLink = page.getByRole('link', { name: /下载 PDF/ }).first();
        await pdfLink.waitFor();
        const pdf = await page.request.get(
          new URL((await pdfLink.getAttribute('href'))!, server.url).toString(),
        );
        assert.equal(pdf.status(), 200);
        assert.equal(pdf.headers()['content-type'], 'application/pdf');
        assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
        await check(page, engine, 'case-detail', width);
        const checkHref = await page.getByRole('link', { name: /打开公开查询页/ }).getAttribute('href');
        assert.match(checkHref ?? '', new RegExp(`^/check/${caseNumber}\\?code=`));

        // The inbox: the submission's messages, opened and marked read.
        await page.goto(`${server.url}/portal/messages`);
        const message = page.locator('.tb-message', { hasText: caseNumber }).first();
        for (let i = 0; i < 20 && !(await message.isVisible()); i++) {
          await page.waitForTimeout(500);
          await page.reload();
        }
        await message.waitFor();
        await check(page, engine, 'messages', width);
        const unreadBefore = await page.locator('.tb-message-unread').count();
        await message.locator('.tb-message-head').click();
        await message.getByRole('link', { name: '查看办件' }).waitFor();
        await page.waitForFunction(
          (before) => document.querySelectorAll('.tb-message-unread').length < before,
          unreadBefore,
        );

        // The public check page, as someone without an account sees it.
        const visitor = await openPage(browser, width, 900);
        await visitor.goto(`${server.url}${checkHref}`);
        await visitor.getByRole('heading', { level: 1, name: c.name }).waitFor();
        await visitor.getByText(caseNumber).waitFor();
        assert.equal(await visitor.getByText('张三').count(), 0, 'no personal data on the public page');
        await check(visitor, engine, 'check', width);
        await visitor.goto(`${server.url}/check/${caseNumber}?code=000000000000`);
        await visitor.getByRole('heading', { name: '未找到该办件' }).waitFor();
        await check(visitor, engine, 'check-not-found', width);
        await closePage(visitor);

        // Withdrawn before any decision: the case says so and cannot be withdrawn twice.
        await page.goto(`${server.url}/portal/cases/${caseId}`);
        await page.getByRole('button', { name: '撤回申请' }).click();
        const dialog = page.getByRole('dialog', { name: '确定撤回这份申请吗？' });
        await dialog.getByRole('button', { name: '撤回申请' }).click();
        await page.locator('.tb-case-head .tb-status-tag', { hasText: '已撤回' }).waitFor();
        assert.equal(await page.getByRole('button', { name: '撤回申请' }).count(), 0);
        await check(page, engine, 'case-withdrawn', width);
        await closePage(page);
      });
    }
  });
}
