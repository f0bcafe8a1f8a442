import type { Locator, Page } from 'playwright-core';

/** How the staff roster page looks to someone reading it: what the browser tests look at. */

export const rosterTable = (page: Page): Locator =>
  page.getByRole('table', { name: 'Staff members' });

interface RosterResponse {
  data?: { staff: { edges: Array<{ node: { staffId: string } }> } };
  errors?: unknown[];
}

/** Does something that makes the roster fetch a page, and waits until the table shows that page. */
export async function changeRoster(page: Page, action: () => Promise<unknown>): Promise<void> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        response.request().postDataJSON()?.operationName === 'StaffRoster',
    ),
    action(),
  ]);
  const body = (await response.json()) as RosterResponse;
  if (!body.data || body.errors) {
    throw new Error(`The roster query failed: ${JSON.stringify(body.errors)}`);
  }
  const staffIds = body.data.staff.edges.map((edge) => edge.node.staffId);
  // The answer can arrive before React has even rendered the loading state (navigation renders
  // in a transition), so wait for the answer's rows rather than for the table to stop being busy.
  await page.waitForFunction((expectedStaffIds) => {
    const table = document.querySelector('table[aria-busy="false"]');
    const headers = [...(table?.querySelectorAll('thead th') ?? [])];
    const column = headers.findIndex((header) => header.textContent?.trim() === 'Staff ID') + 1;
    if (!table || column === 0) {
      return false;
    }
    const cells = [...table.querySelectorAll(`tbody tr td:nth-child(${column})`)];
    const shownStaffIds = cells.map((cell) => cell.textContent?.trim());
    return JSON.stringify(shownStaffIds) === JSON.stringify(expectedStaffIds);
  }, staffIds);
}

/** One row of the roster as shown: each column's text under its header, e.g. `row['Staff ID']`. */
export type RosterRow = Record<string, string>;

/** The rows on screen, top to bottom. A cell's first line only: the Name cell's is the name. */
export async function rosterRows(page: Page): Promise<RosterRow[]> {
  const headers = await rosterTable(page).locator('thead th').allInnerTexts();
  const rows = await rosterTable(page).locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => {
      const cells = await row.locator('td').allInnerTexts();
      return Object.fromEntries(
        headers.map((header, column) => [
          header.trim(),
          cells[column]?.split('\n')[0]?.trim() ?? '',
        ]),
      );
    }),
  );
}

/** The text of one column, top to bottom. */
export async function columnTexts(page: Page, header: string): Promise<string[]> {
  const rows = await rosterRows(page);
  return rows.map((row) => {
    const text = row[header];
    if (text === undefined) {
      throw new Error(`The roster has no "${header}" column, only ${Object.keys(row).join(', ')}`);
    }
    return text;
  });
}

export const searchParams = (page: Page): URLSearchParams => new URL(page.url()).searchParams;
