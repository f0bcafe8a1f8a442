import type { Locator, Page } from 'playwright-core';
import { chooseUntilShown } from './browser';
import { queryApi, type RunningApi } from './harness';

/** The clients pages as the browser tests see them. */

export const clientsTable = (page: Page): Locator => page.getByRole('table', { name: 'Clients' });

export const demoPersonas = {
  supervisor: 'supervisor@riverbend.example',
  intern: 'intern@riverbend.example',
  therapist: 'therapist@riverbend.example',
  frontDesk: 'frontdesk@riverbend.example',
} as const;

interface ClientListResponse {
  data?: { clients: { edges: Array<{ node: { firstName: string; lastName: string } }> } };
  errors?: unknown[];
}

/** Does something that makes the clients page fetch a page, and waits until the table shows it. */
export async function changeClientList(
  page: Page,
  action: () => Promise<unknown>,
): Promise<string[]> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        response.request().postDataJSON()?.operationName === 'ClientList',
    ),
    action(),
  ]);
  const body = (await response.json()) as ClientListResponse;
  if (!body.data || body.errors) {
    throw new Error(`The clients query failed: ${JSON.stringify(body.errors)}`);
  }
  const names = body.data.clients.edges.map(
    (edge) => `${edge.node.firstName} ${edge.node.lastName}`,
  );
  await waitForClientNames(page, names);
  return names;
}

/** Waits until the table, no longer busy, lists exactly these names. */
export async function waitForClientNames(page: Page, names: string[]): Promise<void> {
  await page.waitForFunction((expected) => {
    const table = document.querySelector('table[aria-busy="false"]');
    const headers = [...(table?.querySelectorAll('thead th') ?? [])];
    const column = headers.findIndex((header) => header.textContent?.trim() === 'Name') + 1;
    if (!table || column === 0) {
      return false;
    }
    const shown = [...table.querySelectorAll(`tbody tr td:nth-child(${column}) a`)].map((cell) =>
      cell.textContent?.trim(),
    );
    return JSON.stringify(shown) === JSON.stringify(expected);
  }, names);
}

/** The rows on screen, each column's text under its header. */
export async function clientRows(page: Page): Promise<Array<Record<string, string>>> {
  const headers = await clientsTable(page).locator('thead th').allInnerTexts();
  const rows = await clientsTable(page).locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => {
      const cells = await row.locator('td').allInnerTexts();
      return Object.fromEntries(
        headers.map((header, column) => [header.trim(), cells[column]?.trim() ?? '']),
      );
    }),
  );
}

/** Picks an option of a Mantine Select by typing part of it and clicking it (`chooseUntilShown`). */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const input = page
    .getByRole('textbox', { name: label })
    .or(page.getByRole('combobox', { name: label }))
    .first();
  // Student therapists carry "(student therapist)" after their name.
  const escaped = option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await chooseUntilShown(
    input,
    (value) => value.startsWith(option),
    async () => {
      await input.click();
      await input.fill(option);
      await page.getByRole('option', { name: new RegExp(`^${escaped}( \\(|$)`) }).click();
    },
  );
}

export interface ApiClient {
  id: string;
  firstName: string;
  lastName: string;
  scope: 'DIRECT' | 'PRACTICE';
  riskLevel: string;
  version: number;
  therapist: { id: string; displayName: string } | null;
}

const clientFields = 'id firstName lastName scope riskLevel version therapist { id displayName }';

/** Clients as the API lists them for `as`. */
export async function clientsFromApi(
  api: RunningApi,
  as: string,
  variables: { filter?: Record<string, unknown>; first?: number } = {},
): Promise<{ totalCount: number; clients: ApiClient[] }> {
  const { clients } = await queryApi<{
    clients: { totalCount: number; edges: Array<{ node: ApiClient }> };
  }>(
    api,
    `query ($filter: ClientFilter, $first: Int!) {
      clients(first: $first, filter: $filter, orderBy: { field: LAST_NAME, direction: ASC }) {
        totalCount edges { node { ${clientFields} } }
      }
    }`,
    { first: variables.first ?? 100, filter: variables.filter ?? {} },
    { as },
  );
  return { totalCount: clients.totalCount, clients: clients.edges.map((edge) => edge.node) };
}

export async function clientFromApi(api: RunningApi, id: string, as: string) {
  const { client } = await queryApi<{
    client: ApiClient & {
      assignmentHistory: Array<{
        reason: string;
        fromTherapist: { displayName: string } | null;
        toTherapist: { displayName: string } | null;
      }>;
    };
  }>(
    api,
    `query ($id: ID!) { client(id: $id) { ${clientFields}
      assignmentHistory { reason fromTherapist { displayName } toTherapist { displayName } } } }`,
    { id },
    { as },
  );
  return client;
}

export interface ApiStaff {
  id: string;
  displayName: string;
  email: string;
}

/** ACTIVE therapists and student therapists: whom clients can go to. */
export async function activeTherapists(api: RunningApi): Promise<ApiStaff[]> {
  const { staff } = await queryApi<{ staff: { edges: Array<{ node: ApiStaff }> } }>(
    api,
    `{ staff(first: 100, filter: { statuses: [ACTIVE], kinds: [THERAPIST, STUDENT_THERAPIST] }) {
        edges { node { id displayName email } } } }`,
  );
  return staff.edges.map((edge) => edge.node);
}

/** The member signed in as `email`. */
export async function memberOf(api: RunningApi, email: string): Promise<ApiStaff> {
  const { me } = await queryApi<{ me: { email: string; member: ApiStaff } }>(
    api,
    '{ me { email member { id displayName email } } }',
    {},
    { as: email },
  );
  return me.member;
}
