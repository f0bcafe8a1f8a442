import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import { activeTherapists, chooseOption, demoPersonas, memberOf } from './clients-page';
import { demoAccounts, queryApi, type RunningApi, startApi } from './harness';
import { signInViaPage } from './sign-in-page';

// Starting the API on a fresh database migrates and seeds it, which takes a while.
jest.setTimeout(180_000);

interface ClientFromApi {
  id: string;
  firstName: string;
  lastName: string;
  status: string;
  riskLevel: string;
  version: number;
  dischargeReason: string | null;
  neededSpecialties: string[];
  preferredLocation: { name: string } | null;
  preferredTimes: Array<{ day: string; startMinute: number; endMinute: number }>;
  therapist: { id: string; displayName: string } | null;
  assignmentHistory: Array<{ reason: string }>;
}

async function clientFromApi(api: RunningApi, id: string): Promise<ClientFromApi> {
  const { client } = await queryApi<{ client: ClientFromApi }>(
    api,
    `query ($id: ID!) { client(id: $id) { id firstName lastName status riskLevel version dischargeReason
      neededSpecialties preferredLocation { name } preferredTimes { day startMinute endMinute }
      therapist { id displayName } assignmentHistory { reason } } }`,
    { id },
  );
  return client;
}

interface CaseloadFromApi {
  activeClientCount: number;
  sessionsTotal: number;
  pendingNotes: number;
  direct: Array<{ id: string; firstName: string; lastName: string; status: string }>;
  primary: Array<{ id: string; firstName: string; lastName: string; status: string }>;
}

async function caseloadFromApi(api: RunningApi, therapistId: string): Promise<CaseloadFromApi> {
  const { caseload } = await queryApi<{ caseload: CaseloadFromApi }>(
    api,
    `query ($id: ID!) { caseload(therapistId: $id) { activeClientCount sessionsTotal pendingNotes
      direct { id firstName lastName status } primary { id firstName lastName status } } }`,
    { id: therapistId },
  );
  return caseload;
}

/** Picks an option of a Mantine Select that takes no typing: open it, click the option. */
async function pickOption(page: Page, label: string, option: string): Promise<void> {
  await page
    .getByRole('textbox', { name: label })
    .or(page.getByRole('combobox', { name: label }))
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The figure a metric card shows under its label. */
async function metric(page: Page, label: string): Promise<string> {
  const card = page
    .getByRole('region', { name: 'Figures' })
    .locator('.mantine-Paper-root')
    .filter({ has: page.getByText(label, { exact: true }) });
  return ((await card.locator('p').nth(1).textContent()) ?? '').trim();
}

describe('client lifecycle in a browser', () => {
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

  it('lets the owner add a client with auto-match, edit the client, then discharge them', async () => {
    await signInViaPage(page, demoAccounts.owner);
    await page.goto('/clients');
    await page.getByRole('button', { name: 'New client' }).click();
    const dialog = page.getByRole('dialog', { name: 'New client' });
    await dialog.waitFor();

    await dialog.getByLabel('First name').fill('Imogen');
    await dialog.getByLabel('Last name').fill('Castellano');
    await dialog.getByLabel('Date of birth').fill('1991-07-14');
    await dialog.getByRole('radio', { name: 'Practice', exact: true }).check();
    await dialog.getByRole('radio', { name: /^Auto-match/ }).check();
    await dialog.getByLabel('Specialties needed').fill('Trauma');
    await dialog.getByLabel('Specialties needed').press('Enter');
    await pickOption(page, 'Preferred location', 'Northside Office');
    await dialog.getByRole('checkbox', { name: 'Tuesday evening' }).check();
    // Auto-match names no therapist: the therapist picker is gone.
    expect(await dialog.getByRole('textbox', { name: 'Therapist' }).count()).toBe(0);
    await page.screenshot({ path: await screenshotPath('client-new-auto-match.png') });
    await dialog.getByRole('button', { name: 'Add client' }).click();

    await page.getByRole('heading', { level: 1, name: 'Imogen Castellano' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Client added' }).waitFor();
    const clientId = new URL(page.url()).pathname.split('/').at(-1) as string;
    const created = await clientFromApi(api, clientId);
    expect(created.therapist).not.toBeNull();
    expect(created).toMatchObject({
      status: 'ACTIVE',
      neededSpecialties: ['Trauma'],
      preferredLocation: { name: 'Northside Office' },
      preferredTimes: [{ day: 'TUESDAY', startMinute: 1020, endMinute: 1260 }],
    });
    expect(created.assignmentHistory.map((change) => change.reason)).toEqual([
      expect.stringMatching(/^Auto-matched at intake \(score \d+ of 100\)$/),
    ]);
    await page
      .getByTestId('client-therapist')
      .filter({ hasText: created.therapist?.displayName })
      .waitFor();
    await page
      .getByTestId('assignment-change')
      .getByText(`Reason: ${created.assignmentHistory[0]?.reason}`)
      .waitFor();
    await page.getByText('Tuesday evening', { exact: true }).waitFor();
    await page.screenshot({
      path: await screenshotPath('client-created-auto-matched.png'),
      fullPage: true,
    });

    // Edit: a new surname, a higher risk, one more preferred time.
    await page.getByRole('button', { name: 'Edit details' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Imogen Castellano' });
    await edit.waitFor();
    expect(await edit.getByRole('checkbox', { name: 'Tuesday evening' }).isChecked()).toBe(true);
    await edit.getByLabel('Last name').fill('Castellano-Reyes');
    await pickOption(page, 'Risk level', 'High risk');
    await edit.getByRole('checkbox', { name: 'Thursday morning' }).check();
    await page.screenshot({ path: await screenshotPath('client-edit.png') });
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Client updated' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Imogen Castellano-Reyes' }).waitFor();
    await page.getByText('Tuesday evening, Thursday morning', { exact: true }).waitFor();
    const edited = await clientFromApi(api, clientId);
    expect(edited).toMatchObject({
      lastName: 'Castellano-Reyes',
      riskLevel: 'HIGH',
      version: created.version + 1,
      therapist: created.therapist,
    });

    // Discharge: the dialog says what happens and asks why.
    await page.getByRole('button', { name: 'Discharge', exact: true }).click();
    const discharge = page.getByRole('dialog', { name: 'Discharge Imogen Castellano-Reyes?' });
    await discharge.waitFor();
    expect(await discharge.getByTestId('discharge-consequence').textContent()).toContain(
      `leaves ${created.therapist?.displayName}'s active caseload`,
    );
    await discharge.getByRole('button', { name: 'Discharge client' }).click();
    await discharge.getByText('Say why the client is discharged').waitFor();
    await discharge.getByLabel('Reason').fill('Moved out of state; referred to a local provider');
    await page.screenshot({ path: await screenshotPath('client-discharge-confirm.png') });
    await discharge.getByRole('button', { name: 'Discharge client' }).click();

    await page.getByRole('status').filter({ hasText: 'Client discharged' }).waitFor();
    await page
      .getByTestId('client-discharged')
      .getByText(/Reason: Moved out of state; referred to a local provider/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Discharge', exact: true }).count()).toBe(0);
    const discharged = await clientFromApi(api, clientId);
    expect(discharged).toMatchObject({
      status: 'DISCHARGED',
      dischargeReason: 'Moved out of state; referred to a local provider',
      therapist: created.therapist,
    });
    await page.screenshot({
      path: await screenshotPath('client-discharged.png'),
      fullPage: true,
    });
  });

  it('shows a therapist’s caseload with its figures and hands two clients over in one move', async () => {
    const therapist = await memberOf(api, demoPersonas.therapist);
    const before = await caseloadFromApi(api, therapist.id);
    const [first, second] = [...before.direct, ...before.primary].filter(
      (client) => client.status === 'ACTIVE',
    );
    const target = (await activeTherapists(api)).find((each) => each.id !== therapist.id);
    if (!first || !second || !target) {
      throw new Error('The demo therapist lacks two active clients, or there is no one else.');
    }
    const names = [first, second].map((client) => `${client.firstName} ${client.lastName}`);

    await signInViaPage(page, demoAccounts.owner);
    await page.goto(`/staff/${therapist.id}/caseload`);
    await page
      .getByRole('heading', { level: 1, name: `${therapist.displayName}'s caseload` })
      .waitFor();
    expect(await metric(page, 'Active clients')).toBe(String(before.activeClientCount));
    expect(await metric(page, 'Sessions in total')).toBe(String(before.sessionsTotal));
    expect(await metric(page, 'Pending notes')).toBe(String(before.pendingNotes));
    expect(await page.getByTestId('risk-mix-entry').count()).toBe(4);
    await page.screenshot({ path: await screenshotPath('caseload.png'), fullPage: true });

    for (const name of names) {
      await page.getByRole('checkbox', { name: `Select ${name}` }).check();
    }
    await page.getByText('2 clients selected').waitFor();
    await page.getByRole('button', { name: 'Reassign selected' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, 'New therapist', target.displayName);
    await dialog.getByLabel('Reason').fill('Caseload rebalancing');
    await dialog.getByRole('button', { name: 'Review' }).click();
    const items = await dialog
      .getByRole('list', { name: 'Clients to reassign' })
      .getByRole('listitem')
      .allInnerTexts();
    expect(items).toHaveLength(2);
    await dialog.getByRole('button', { name: 'Reassign 2 clients' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `2 clients now have ${target.displayName} as therapist.` })
      .waitFor();
    // The caseload is read again: both clients have left it.
    for (const name of names) {
      await page.getByRole('link', { name, exact: true }).waitFor({ state: 'detached' });
    }
    const after = await caseloadFromApi(api, therapist.id);
    expect(after.activeClientCount).toBe(before.activeClientCount - 2);
    expect(await metric(page, 'Active clients')).toBe(String(after.activeClientCount));
    await page.screenshot({
      path: await screenshotPath('caseload-handed-over.png'),
      fullPage: true,
    });
  });

  it('answers a caseload the viewer may not see as not found', async () => {
    const intern = await memberOf(api, demoPersonas.intern);
    await signInViaPage(page, demoPersonas.therapist);
    await page.goto(`/staff/${intern.id}/caseload`);
    await page.getByRole('heading', { level: 1, name: 'Caseload not found' }).waitFor();
  });
});
