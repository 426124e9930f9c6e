import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { openTaskOf, pdf, type Api, type Task } from '../api.ts';

// What the journeys share beyond web/e2e/api.ts, browser.ts and workbench-steps.ts: the case as they
// read it, polling, the wizard's empty fields and who hands out a result.

/** A GET of the API with the page's own session (e.g. acting for an organisation as the page is). */
export async function getAsPage<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(new URL(url, page.url()).href);
  assert.equal(response.status(), 200, `GET ${url}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A case as GET /cases/:id shows it, as far as the journeys read it. */
export interface CaseView {
  id: string;
  version: number;
  caseNumber: string | null;
  serviceCode: string;
  serviceName: string;
  status: string;
  closedAt: string | null;
  trips: number;
  children: { id: string; caseNumber: string; serviceName: string; status: string; departmentName: string }[];
  materials: {
    key: string;
    name: string;
    necessity: string;
    status: string;
    offers: { kind: string }[];
    commitmentCovers: boolean;
  }[];
  form: Record<string, unknown>;
  formSchema: {
    properties: Record<string, { title: string; 'x-kind': string; enum?: string[]; minLength?: number }>;
    required: string[];
    'x-order'?: string[];
  };
  commitment: { text: string; materialKeys: string[] } | null;
  timeline: { action: string }[];
}

/** Polls `probe` until it returns something truthy; fails with `what` after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    assert.ok(Date.now() < deadline, `timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/**
 * Answers the required fields of the wizard's form step that the profile and the fetched materials left
 * empty: regions in the cascader, selects with their first option, the rest from `answers` by field title.
 */
export async function answerEmptyFields(page: Page, c: CaseView, answers: Record<string, string>) {
  const schema = c.formSchema;
  for (const key of schema['x-order'] ?? Object.keys(schema.properties)) {
    const field = schema.properties[key];
    if (!field || !schema.required.includes(key)) continue;
    const value = c.form[key];
    if (value !== undefined && value !== '') continue;
    const control = page.getByLabel(field.title, { exact: true });
    switch (field['x-kind']) {
      case 'region':
        await control.click();
        for (const name of ['浙江省', '杭州市', '西湖区'])
          await page.locator(`.ant-cascader-menu-item[title="${name}"]`).click();
        break;
      case 'select':
        await control.click();
        await page
          .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${field.enum![0]}"]`)
          .click();
        break;
      case 'rows':
        // Rows need their own answers, cell by cell; the journey fills them itself.
        break;
      default:
        assert.ok(answers[field.title], `the journey has an answer for ${field.title}`);
        await control.fill(answers[field.title]!);
    }
  }
}

/**
 * Who hands out the result (发证/送达, an `issue` step of role `window` at the item's department): the
 * comprehensive window (window01, 一窗出件) or the department's own account. Fails, naming the gap, when
 * neither has the task in their inbox.
 */
export async function resultIssuer(
  caseNumber: string,
  window01: Api,
  department: Api,
): Promise<{ staff: Api; task: Task }> {
  const candidates = [window01, department];
  const found = await eventually(
    `the 发证 step of ${caseNumber} is in someone's inbox`,
    async () => {
      for (const staff of candidates) {
        const task = await openTaskOf(staff, caseNumber);
        if (task) return { staff, task };
      }
      return null;
    },
    10_000,
  ).catch(() => null);
  assert.ok(
    found && found.task.kind === 'issue',
    `PRODUCT BUG: nobody can hand out the result of ${caseNumber}: its 发证 task (kind issue, role window at the ` +
      `item's department) is in neither window01's (综合窗口) nor ${department.account}'s inbox, so the case stays ` +
      `approved but not closed and the bundle's next items never start`,
  );
  return found;
}

/** Uploads a PDF named after the material in its card of the wizard's materials step; waits until it is listed. */
export async function uploadInCard(card: Locator, material: { key: string; name: string }): Promise<void> {
  await card.locator('input[type=file]').setInputFiles({
    name: `${material.name}.pdf`,
    mimeType: 'application/pdf',
    buffer: pdf(material.key),
  });
  await card.getByRole('link', { name: new RegExp(`${material.name}\\.pdf`) }).waitFor();
}
