import type { Locator, Page } from 'playwright-core';

/** The roles page and the role editor as the browser tests see them. */

export const rolesTable = (page: Page): Locator => page.getByRole('table', { name: 'Roles' });

export const permissionMatrix = (page: Page): Locator =>
  page.getByRole('table', { name: 'Permission matrix' });

export const roleEditor = (page: Page): Locator => page.getByRole('dialog');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A permission's checkbox in the role editor: its label starts with the key. */
export const permissionCheckbox = (page: Page, key: string): Locator =>
  roleEditor(page).getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(key)}\\s`) });

/** "Granted" or "Not granted": what the matrix says for one key and one role. */
export async function matrixCell(page: Page, key: string, roleName: string): Promise<string> {
  const table = permissionMatrix(page);
  const headers = (await table.locator('thead th').allInnerTexts()).map(
    (header) => header.split('\n')[0]?.trim() ?? '',
  );
  const column = headers.indexOf(roleName);
  if (column < 1) {
    throw new Error(`The matrix has no "${roleName}" column, only ${headers.join(', ')}`);
  }
  const row = table.locator('tbody tr').filter({
    has: page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(key)}\\s`) }),
  });
  // The row header is the first cell; role columns follow as td in header order.
  const cell = row.locator('td').nth(column - 1);
  return ((await cell.textContent()) ?? '').trim();
}

/** Waits for the roles page to show its roles and the matrix. */
export async function waitForRolesPage(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Roles' }).waitFor();
  await rolesTable(page).and(page.locator('[aria-busy="false"]')).waitFor();
  await permissionMatrix(page).waitFor();
}
