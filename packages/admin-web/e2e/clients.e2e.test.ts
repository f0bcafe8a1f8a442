import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import {
  activeTherapists,
  changeClientList,
  chooseOption,
  clientFromApi,
  clientRows,
  clientsFromApi,
  clientsTable,
  demoPersonas,
  memberOf,
} from './clients-page';
import { demoAccounts, queryApi, type RunningApi, startApi } from './harness';
import { signInViaPage } from './sign-in-page';

// Starting the API on a fresh database migrates and seeds it, which takes a while.
jest.setTimeout(180_000);

describe('clients pages in a browser', () => {
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

  it('lets the manager filter by risk CRITICAL, and keeps the filter in the URL across a reload', async () => {
    const critical = await clientsFromApi(api, demoAccounts.manager, {
      filter: { riskLevels: ['CRITICAL'] },
    });
    expect(critical.totalCount).toBeGreaterThan(0);
    await signInViaPage(page, demoAccounts.manager);
    await changeClientList(page, () => page.goto('/clients'));

    const names = await changeClientList(page, () =>
      page.getByRole('group', { name: 'Risk' }).getByText('Critical risk', { exact: true }).click(),
    );
    expect(names.length).toBe(Math.min(25, critical.totalCount));
    expect(new URL(page.url()).searchParams.getAll('risk')).toEqual(['critical']);
    const rows = await clientRows(page);
    expect(rows.length).toBe(names.length);
    for (const row of rows) {
      expect(row.Risk).toBe('Critical risk');
    }
    await page.getByText(`${critical.totalCount} clients`, { exact: true }).waitFor();

    await changeClientList(page, () => page.reload());
    expect(new URL(page.url()).searchParams.getAll('risk')).toEqual(['critical']);
    expect(await page.getByRole('checkbox', { name: 'Critical risk' }).isChecked()).toBe(true);
    for (const row of await clientRows(page)) {
      expect(row.Risk).toBe('Critical risk');
    }
    await page.screenshot({ path: await screenshotPath('clients-critical.png'), fullPage: true });
  });

  it('lets the manager reassign a client, and the history shows the change', async () => {
    const { clients } = await clientsFromApi(api, demoAccounts.manager, {
      filter: { statuses: ['ACTIVE'], unassigned: false, scopes: ['DIRECT'] },
    });
    const client = clients.find((each) => each.therapist);
    const therapists = await activeTherapists(api);
    const target = therapists.find((each) => each.id !== client?.therapist?.id);
    if (!client?.therapist || !target) {
      throw new Error('The demo data has no assigned client and another active therapist.');
    }
    const name = `${client.firstName} ${client.lastName}`;

    await signInViaPage(page, demoAccounts.manager);
    await page.goto(`/clients/${client.id}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(await page.getByTestId('client-therapist').textContent()).toBe(
      client.therapist.displayName,
    );
    await page.getByRole('button', { name: 'Reassign', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Reassign ${name}` });
    await dialog.waitFor();
    await chooseOption(page, 'New therapist', target.displayName);
    await dialog.getByLabel('Reason').fill('Closer to the client’s home');
    expect(await dialog.getByTestId('reassign-consequence').textContent()).toContain(
      `${name} moves from ${client.therapist.displayName} to ${target.displayName}.`,
    );
    await page.screenshot({ path: await screenshotPath('client-reassign-dialog.png') });
    await dialog.getByRole('button', { name: 'Reassign', exact: true }).click();

    await page.getByRole('status').filter({ hasText: 'Client reassigned' }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('client-therapist').filter({ hasText: target.displayName }).waitFor();
    const newest = page.getByTestId('assignment-change').first();
    await newest.getByText(`${client.therapist.displayName} → ${target.displayName}`).waitFor();
    await newest.getByText('Reason: Closer to the client’s home').waitFor();

    const after = await clientFromApi(api, client.id, demoAccounts.manager);
    expect(after.therapist?.id).toBe(target.id);
    expect(after.version).toBe(client.version + 1);
    expect(after.assignmentHistory.at(-1)).toEqual({
      reason: 'Closer to the client’s home',
      fromTherapist: { displayName: client.therapist.displayName },
      toTherapist: { displayName: target.displayName },
    });
    await page.screenshot({ path: await screenshotPath('client-detail.png'), fullPage: true });
  });

  it('lets the owner reassign a client to a ranked suggestion, and the history shows the change', async () => {
    const { clients } = await clientsFromApi(api, demoAccounts.owner, {
      filter: { statuses: ['ACTIVE'], scopes: ['DIRECT'], riskLevels: ['MODERATE'] },
    });
    const client = clients.find((each) => each.therapist);
    if (!client?.therapist) {
      throw new Error('The demo data has no assigned moderate-risk direct client.');
    }
    const { suggestTherapists } = await queryApi<{
      suggestTherapists: Array<{ score: number; staffMember: { displayName: string } }>;
    }>(
      api,
      'query ($id: ID!) { suggestTherapists(clientId: $id, first: 5) { score staffMember { displayName } } }',
      { id: client.id },
    );
    const [best] = suggestTherapists;
    if (!best) {
      throw new Error('No therapist to suggest for the demo client.');
    }
    const name = `${client.firstName} ${client.lastName}`;

    await signInViaPage(page, demoAccounts.owner);
    await page.goto(`/clients/${client.id}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('button', { name: 'Reassign', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Reassign ${name}` });
    const suggestions = dialog.getByTestId('therapist-suggestion');
    await suggestions.first().waitFor();
    expect(await suggestions.count()).toBe(suggestTherapists.length);
    // Each suggestion shows its rank, score and every factor of it.
    const first = suggestions.first();
    expect(await first.textContent()).toContain(`1. ${best.staffMember.displayName}`);
    expect(await first.textContent()).toContain(`${Math.round(best.score)} / 100`);
    for (const factor of ['Specialty', 'Availability', 'Location', 'Capacity']) {
      await first.getByText(new RegExp(`^${factor} \\(weighs \\d+\\): \\d+ of \\d+$`)).waitFor();
    }
    await page.screenshot({ path: await screenshotPath('client-reassign-suggestions.png') });

    await first.click();
    expect(await first.getAttribute('aria-checked')).toBe('true');
    expect(await dialog.getByTestId('reassign-consequence').textContent()).toContain(
      `${name} moves from ${client.therapist.displayName} to ${best.staffMember.displayName}.`,
    );
    await dialog.getByLabel('Reason').fill('Best match for the client’s needs');
    await dialog.getByRole('button', { name: 'Reassign', exact: true }).click();

    await page.getByRole('status').filter({ hasText: 'Client reassigned' }).waitFor();
    const newest = page.getByTestId('assignment-change').first();
    await newest
      .getByText(`${client.therapist.displayName} → ${best.staffMember.displayName}`)
      .waitFor();
    await newest.getByText('Reason: Best match for the client’s needs').waitFor();
    const after = await clientFromApi(api, client.id, demoAccounts.owner);
    expect(after.therapist?.displayName).toBe(best.staffMember.displayName);
    expect(after.assignmentHistory.at(-1)?.reason).toBe('Best match for the client’s needs');
    await page.screenshot({
      path: await screenshotPath('client-reassigned-suggestion.png'),
      fullPage: true,
    });
  });

  it('explains a conflict when someone else reassigned the client first, and reloads it', async () => {
    const { clients } = await clientsFromApi(api, demoAccounts.manager, {
      filter: { statuses: ['ACTIVE'], scopes: ['PRACTICE'], unassigned: false },
    });
    const client = clients.find((each) => each.therapist);
    const therapists = await activeTherapists(api);
    const others = therapists.filter((each) => each.id !== client?.therapist?.id);
    const [elsewhere, target] = others;
    if (!client || !elsewhere || !target) {
      throw new Error('The demo data lacks a practice client and two other therapists.');
    }
    const name = `${client.firstName} ${client.lastName}`;

    await signInViaPage(page, demoAccounts.manager);
    await page.goto(`/clients/${client.id}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    // The owner moves the client while the manager's page still shows the old version.
    await queryApi(
      api,
      `mutation ($id: ID!, $to: ID!, $v: Int!) {
        reassignClient(clientId: $id, toTherapistId: $to, reason: "Owner's call", expectedVersion: $v) { id }
      }`,
      { id: client.id, to: elsewhere.id, v: client.version },
    );

    await page.getByRole('button', { name: 'Reassign', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Reassign ${name}` });
    await chooseOption(page, 'New therapist', target.displayName);
    await dialog.getByLabel('Reason').fill('Caseload balance');
    await dialog.getByRole('button', { name: 'Reassign', exact: true }).click();

    await dialog
      .getByRole('alert')
      .getByText(/Someone else changed this client/)
      .waitFor();
    // Reloaded: the dialog and the page now show the owner's change.
    await dialog.getByText(`Current therapist: ${elsewhere.displayName}`).waitFor();
    await page.getByTestId('assignment-change').first().getByText("Reason: Owner's call").waitFor();
    await page.screenshot({ path: await screenshotPath('client-reassign-conflict.png') });
    expect((await clientFromApi(api, client.id, demoAccounts.manager)).therapist?.id).toBe(
      elsewhere.id,
    );
  });

  it('reassigns two selected clients at once after a confirmation listing them', async () => {
    await signInViaPage(page, demoAccounts.manager);
    const filter = { statuses: ['ACTIVE'], riskLevels: ['LOW'], unassigned: false };
    const { clients } = await clientsFromApi(api, demoAccounts.manager, { filter, first: 2 });
    const [first, second] = clients;
    const therapists = await activeTherapists(api);
    const target = therapists.find(
      (each) => each.id !== first?.therapist?.id && each.id !== second?.therapist?.id,
    );
    if (!first || !second || !target) {
      throw new Error('The demo data lacks two low-risk clients and a third therapist.');
    }
    const names = [first, second].map((client) => `${client.firstName} ${client.lastName}`);

    await changeClientList(page, () => page.goto('/clients?status=active&risk=low'));
    for (const name of names) {
      await page.getByRole('checkbox', { name: `Select ${name}` }).check();
    }
    await page.getByText('2 clients selected').waitFor();
    await page.getByRole('button', { name: 'Reassign selected' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, 'New therapist', target.displayName);
    await dialog.getByLabel('Reason').fill('Therapist leaving the practice');
    await dialog.getByRole('button', { name: 'Review' }).click();

    const list = dialog.getByRole('list', { name: 'Clients to reassign' });
    await list.waitFor();
    const items = await list.getByRole('listitem').allInnerTexts();
    expect(items).toHaveLength(2);
    names.forEach((name, index) => {
      expect(items[index]).toContain(name);
      expect(items[index]).toContain(target.displayName);
    });
    await page.screenshot({ path: await screenshotPath('clients-bulk-confirm.png') });

    await dialog.getByRole('button', { name: 'Reassign 2 clients' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `2 clients now have ${target.displayName} as therapist.` })
      .waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // The list is fetched again: both rows now name the new therapist.
    for (const name of names) {
      await clientsTable(page)
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name, exact: true }) })
        .getByRole('cell', { name: target.displayName, exact: true })
        .waitFor();
    }
    expect(await page.getByText('2 clients selected').count()).toBe(0);
    for (const client of [first, second]) {
      const after = await clientFromApi(api, client.id, demoAccounts.manager);
      expect(after.therapist?.id).toBe(target.id);
      expect(after.assignmentHistory.at(-1)?.reason).toBe('Therapist leaving the practice');
    }
    await page.screenshot({ path: await screenshotPath('clients-bulk-done.png'), fullPage: true });
  });

  it('shows the front desk every client but no reassign action, and says why', async () => {
    const all = await clientsFromApi(api, demoAccounts.manager);
    await signInViaPage(page, demoPersonas.frontDesk);
    await changeClientList(page, () => page.goto('/clients'));
    await page.getByText(`${all.totalCount} clients`, { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Reassign selected' }).count()).toBe(0);
    expect(await clientsTable(page).getByRole('checkbox').count()).toBe(0);
    await page.getByTestId('reassign-unavailable').getByText('clients.reassign').waitFor();

    await clientsTable(page).locator('tbody tr a').first().click();
    await page.getByRole('heading', { level: 2, name: 'Assignment history' }).waitFor();
    expect(await page.getByRole('button', { name: 'Reassign', exact: true }).count()).toBe(0);
    await page.getByTestId('reassign-unavailable').waitFor();
    await page.screenshot({
      path: await screenshotPath('client-detail-front-desk.png'),
      fullPage: true,
    });
  });

  it('shows a therapist only their own caseload and their walk-ins', async () => {
    const therapist = await memberOf(api, demoPersonas.therapist);
    const all = await clientsFromApi(api, demoAccounts.manager);
    const own = await clientsFromApi(api, demoPersonas.therapist);
    expect(own.totalCount).toBeGreaterThan(0);
    expect(own.totalCount).toBeLessThan(all.totalCount);

    await signInViaPage(page, demoPersonas.therapist);
    await changeClientList(page, () => page.goto('/clients'));
    await page.getByText(`${own.totalCount} clients`, { exact: true }).waitFor();
    const rows = await clientRows(page);
    expect(rows.length).toBe(Math.min(25, own.totalCount));
    for (const row of rows) {
      if (row.Therapist !== therapist.displayName) {
        // Not theirs: only a practice client they have seen (a walk-in) may be listed, marked so.
        expect(row.Scope).toBe('Practice');
        expect(row.Therapist).toMatch(/\nWalk-in: you saw this client$/);
      }
    }
    await page.screenshot({ path: await screenshotPath('clients-therapist.png'), fullPage: true });
    // Their own clients are all there, and the rest are walk-ins of practice clients.
    const assigned = await clientsFromApi(api, demoPersonas.therapist, {
      filter: { therapistId: therapist.id },
    });
    const walkIns = own.clients.filter((client) => client.therapist?.id !== therapist.id);
    expect(walkIns.every((client) => client.scope === 'PRACTICE')).toBe(true);
    expect(assigned.totalCount + walkIns.length).toBe(own.totalCount);
    // Someone else's client is not found.
    const stranger = all.clients.find(
      (client) => client.scope === 'DIRECT' && !own.clients.some((mine) => mine.id === client.id),
    );
    if (stranger) {
      await page.goto(`/clients/${stranger.id}`);
      await page.getByRole('heading', { level: 1, name: 'Client not found' }).waitFor();
      await page.screenshot({ path: await screenshotPath('client-not-found.png') });
    }
    expect(await page.getByRole('button', { name: 'Reassign' }).count()).toBe(0);
  });

  it('marks the walk-ins on an intern’s list: clients they saw who are assigned to someone else', async () => {
    const intern = await memberOf(api, demoPersonas.intern);
    const { superviseeCaseload } = await queryApi<{
      superviseeCaseload: { walkIns: Array<{ firstName: string; lastName: string }> };
    }>(
      api,
      'query ($id: ID!) { superviseeCaseload(superviseeId: $id) { walkIns { firstName lastName } } }',
      { id: intern.id },
      { as: demoPersonas.supervisor },
    );
    const own = await clientsFromApi(api, demoPersonas.intern);
    expect(superviseeCaseload.walkIns.length).toBeGreaterThan(0);
    expect(own.totalCount).toBeLessThanOrEqual(25);

    await signInViaPage(page, demoPersonas.intern);
    await changeClientList(page, () => page.goto('/clients'));
    const rows = await clientRows(page);
    const marked = rows.filter((row) => row.Therapist?.endsWith('Walk-in: you saw this client'));
    expect(marked.map((row) => row.Name).sort()).toEqual(
      superviseeCaseload.walkIns.map((client) => `${client.firstName} ${client.lastName}`).sort(),
    );
    for (const row of rows) {
      if (!marked.includes(row)) {
        expect(row.Therapist).toBe(intern.displayName);
      }
    }
    await page.screenshot({
      path: await screenshotPath('clients-intern-walk-ins.png'),
      fullPage: true,
    });
  });
});
