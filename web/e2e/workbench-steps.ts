import type { Locator, Page } from 'playwright-core';

// The workbench's task steps as a member of staff does them in the browser.

/** Opens the case's task from the workbench inbox, searched by case number. */
export async function openTaskInBrowser(page: Page, baseUrl: string, caseNumber: string): Promise<void> {
  await page.goto(`${baseUrl}/workbench/tasks?scope=all&q=${encodeURIComponent(caseNumber)}`);
  await page.getByRole('link', { name: caseNumber }).first().click();
  await page.waitForURL(/\/workbench\/tasks\/[^/?]+$/);
  await page.getByRole('heading', { level: 1, name: new RegExp(caseNumber) }).waitFor();
}

export async function claimInBrowser(page: Page): Promise<void> {
  await page.locator('.tb-task-actions').getByRole('button', { name: '认领', exact: true }).click();
  await page.locator('.tb-task-actions').getByText('我已认领').waitFor();
}

/** Decides the claimed task with the outcome's button and its dialog; back in the inbox afterwards. */
export async function decideInBrowser(
  page: Page,
  outcome: string,
  fill?: (dialog: Locator) => Promise<void>,
  okText = outcome,
): Promise<void> {
  await page.locator('.tb-task-actions').getByRole('button', { name: outcome, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: okText, exact: true }).click();
  await page.waitForURL(/\/workbench\/tasks(\?|$)/);
}
