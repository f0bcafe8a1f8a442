import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import { clientsFromApi, demoPersonas, memberOf } from './clients-page';
import { demoAccounts, queryApi, type RunningApi, startApi } from './harness';
import { signInViaPage } from './sign-in-page';

// Starting the API on a fresh database migrates and seeds it, which takes a while.
jest.setTimeout(180_000);

interface ContactsFromApi {
  totalCount: number;
  edges: Array<{ node: { lastName: string; assignedTo: { displayName: string } | null } }>;
}

async function contactsFromApi(api: RunningApi, as: string, search?: string) {
  const { contacts } = await queryApi<{ contacts: ContactsFromApi }>(
    api,
    `query ($search: String) { contacts(first: 100, search: $search) {
       totalCount edges { node { lastName assignedTo { displayName } } } } }`,
    { search },
    { as },
  );
  return contacts;
}

/** The rows of the contacts table, each column's text under its header. */
async function contactRows(page: Page): Promise<Array<Record<string, string>>> {
  await page.waitForSelector('table[aria-busy="false"]');
  const table = page.getByRole('table', { name: 'Contacts' });
  const headers = await table.locator('thead th').allTextContents();
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => {
      const cells = await row.locator('td').allTextContents();
      return Object.fromEntries(headers.map((header, column) => [header, cells[column] ?? '']));
    }),
  );
}

/** Picks an option of a Mantine Select in `scope`, typing `typed` first when it is searchable. */
async function choose(
  page: Page,
  scope: Locator,
  label: string,
  option: string,
  typed?: string,
): Promise<void> {
  const input = scope
    .getByRole('textbox', { name: label, exact: true })
    .or(scope.getByRole('combobox', { name: label, exact: true }))
    .first();
  await input.click();
  if (typed) {
    await input.fill(typed);
  }
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('contacts and relationships in a browser', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageProblems: () => string[] = () => [];

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({
      baseURL: api.baseUrl,
      viewport: { width: 1440, height: 900 },
    });
    page = await context.newPage();
    pageProblems = watchForPageProblems(page, api.baseUrl);
  });

  afterEach(async () => {
    await context?.close();
    expect(pageProblems()).toEqual([]);
  });

  it('shows the owner every contact and a therapist only those assigned to them', async () => {
    const therapist = await memberOf(api, demoPersonas.therapist);
    await signInViaPage(page, demoAccounts.owner);
    await page.goto('/contacts');
    const all = await contactsFromApi(api, demoAccounts.owner);
    await page.getByText(`${all.totalCount} contacts`, { exact: true }).waitFor();
    expect(await contactRows(page)).toHaveLength(Math.min(25, all.totalCount));

    // The owner adds a contact for the therapist to look after.
    await page.getByRole('button', { name: 'Add contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await dialog.getByLabel('First name').fill('Rosalind');
    await dialog.getByLabel('Last name').fill('Quartermaine');
    await dialog.getByLabel('Phone').fill('(312) 555-0142');
    await dialog.getByLabel('Email').fill('rosalind@example.com');
    await choose(
      page,
      dialog,
      'Assigned practitioner',
      therapist.displayName,
      therapist.displayName,
    );
    await page.screenshot({ path: await screenshotPath('contacts-new.png') });
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('status').filter({ hasText: 'Contact added' }).waitFor();
    await page.getByText(`${all.totalCount + 1} contacts`, { exact: true }).waitFor();

    await page.getByLabel('Search contacts').fill('Quartermaine');
    await page.waitForURL(/q=Quartermaine/);
    await page.getByText('1 contact', { exact: true }).waitFor();
    expect(await contactRows(page)).toEqual([
      {
        Name: 'Rosalind Quartermaine',
        Phone: '(312) 555-0142',
        Email: 'rosalind@example.com',
        'Assigned practitioner': therapist.displayName,
      },
    ]);
    await page.screenshot({ path: await screenshotPath('contacts-owner.png'), fullPage: true });

    // The therapist sees only the contacts assigned to them, the new one among them.
    const own = await contactsFromApi(api, demoPersonas.therapist);
    const everyone = all.totalCount + 1;
    expect(own.totalCount).toBeLessThan(everyone);
    expect(own.edges.map((edge) => edge.node.lastName)).toContain('Quartermaine');
    const therapistContext = await browser.newContext({
      baseURL: api.baseUrl,
      viewport: { width: 1440, height: 900 },
    });
    const therapistPage = await therapistContext.newPage();
    const therapistProblems = watchForPageProblems(therapistPage, api.baseUrl);
    try {
      await signInViaPage(therapistPage, demoPersonas.therapist);
      await therapistPage.goto('/contacts');
      await therapistPage.getByText('The contacts assigned to you.', { exact: false }).waitFor();
      await therapistPage
        .getByText(own.totalCount === 1 ? '1 contact' : `${own.totalCount} contacts`, {
          exact: true,
        })
        .waitFor();
      const rows = await contactRows(therapistPage);
      expect(rows).toHaveLength(Math.min(25, own.totalCount));
      for (const row of rows) {
        expect(row['Assigned practitioner']).toBe(therapist.displayName);
      }
      expect(await therapistPage.getByRole('button', { name: 'Add contact' }).count()).toBe(0);
      await therapistPage.screenshot({
        path: await screenshotPath('contacts-therapist.png'),
        fullPage: true,
      });
      expect(therapistProblems()).toEqual([]);
    } finally {
      await therapistContext.close();
    }
  });

  it('links two clients, each seeing the other from their side, and adds a new emergency contact', async () => {
    const { clients } = await clientsFromApi(api, demoAccounts.owner, {
      filter: { statuses: ['ACTIVE'], scopes: ['PRACTICE'], unassigned: false },
    });
    const [child, parent] = clients.filter(
      (client, index, all) =>
        all.findIndex((other) => other.lastName === client.lastName) === index,
    );
    if (!child || !parent) {
      throw new Error('The demo data lacks two active practice clients.');
    }
    const childName = `${child.firstName} ${child.lastName}`;
    const parentName = `${parent.firstName} ${parent.lastName}`;

    await signInViaPage(page, demoAccounts.owner);
    await page.goto(`/clients/${child.id}`);
    await page.getByRole('heading', { level: 1, name: childName }).waitFor();
    await page.getByRole('button', { name: 'Add relationship' }).click();
    const dialog = page.getByRole('dialog', { name: `Add a relationship for ${childName}` });
    await dialog.getByText('Another client', { exact: true }).click();
    await choose(page, dialog, 'Client', parentName, parent.lastName);
    await choose(page, dialog, `Relationship to ${child.firstName}`, 'Parent');
    await dialog
      .getByRole('checkbox', { name: `Emergency contact for ${child.firstName}` })
      .check();
    await page.screenshot({ path: await screenshotPath('relationship-add-client.png') });
    await dialog.getByRole('button', { name: 'Add relationship' }).click();
    await page.getByRole('status').filter({ hasText: 'Relationship added' }).waitFor();

    const fromChild = page.getByTestId('relationship').filter({ hasText: parentName });
    await fromChild.getByRole('cell', { name: 'Parent', exact: true }).waitFor();
    await fromChild.getByText('Emergency contact').waitFor();
    await fromChild.getByText('Client', { exact: true }).waitFor();
    await page.screenshot({ path: await screenshotPath('relationship-child.png'), fullPage: true });

    // The parent's page shows the same link from the other side.
    await fromChild.getByRole('link', { name: parentName }).click();
    await page.getByRole('heading', { level: 1, name: parentName }).waitFor();
    const fromParent = page.getByTestId('relationship').filter({ hasText: childName });
    await fromParent.getByRole('cell', { name: 'Child', exact: true }).waitFor();
    expect(await fromParent.getByText('Emergency contact').count()).toBe(0);
    await page.screenshot({
      path: await screenshotPath('relationship-parent.png'),
      fullPage: true,
    });

    // A new contact, made with the relationship.
    await page.getByRole('button', { name: 'Add relationship' }).click();
    const contactDialog = page.getByRole('dialog', {
      name: `Add a relationship for ${parentName}`,
    });
    await contactDialog.getByLabel('First name').fill('Dolores');
    await contactDialog.getByLabel('Last name').fill('Vantongeren');
    await contactDialog.getByLabel('Phone').fill('(312) 555-0177');
    await choose(page, contactDialog, `Relationship to ${parent.firstName}`, 'Sibling');
    await contactDialog
      .getByRole('checkbox', { name: `Emergency contact for ${parent.firstName}` })
      .check();
    await contactDialog.getByRole('button', { name: 'Add relationship' }).click();
    await page.getByRole('status').filter({ hasText: 'Relationship added' }).waitFor();
    const contactRow = page.getByTestId('relationship').filter({ hasText: 'Dolores Vantongeren' });
    await contactRow.getByRole('cell', { name: 'Sibling', exact: true }).waitFor();
    await contactRow.getByText('(312) 555-0177').waitFor();
    await contactRow.getByText('Emergency contact').waitFor();

    const { client } = await queryApi<{
      client: { relationships: Array<{ type: string; relatedClient: { id: string } | null }> };
    }>(
      api,
      'query ($id: ID!) { client(id: $id) { relationships { type relatedClient { id } } } }',
      {
        id: parent.id,
      },
    );
    expect(client.relationships).toEqual(
      expect.arrayContaining([{ type: 'CHILD', relatedClient: { id: child.id } }]),
    );
    await page.screenshot({
      path: await screenshotPath('relationship-contact.png'),
      fullPage: true,
    });
  });
});
