import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import { demoAccounts, queryApi, type RunningApi, startApi } from './harness';
import { signInViaPage } from './sign-in-page';

// Starting the API on a fresh database migrates and seeds it, which takes a while.
jest.setTimeout(180_000);

const therapist = 'therapist@riverbend.example';
const records = 'records@riverbend.example';

interface DashboardFromApi {
  dashboard: {
    staffByStatus: Array<{ status: string; count: number }>;
    pendingInvitations: number;
    expiredInvitations: number;
    clients: { unassigned: number; highRisk: number; pendingNotes: number } | null;
  };
}

/** A figure on the dashboard: the number next to its name, in the card of that title. */
function figure(page: Page, card: string, name: string | RegExp) {
  return page
    .getByRole('region', { name: card })
    .locator('div')
    .filter({ has: page.getByRole('term').filter({ hasText: name }) })
    .last()
    .getByRole('definition');
}

describe('dashboard and activity log in a browser', () => {
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
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    pageProblems = watchForPageProblems(page, api.baseUrl);
  });

  afterEach(async () => {
    await context?.close();
    expect(pageProblems()).toEqual([]);
  });

  it('shows the owner the practice figures, and "Invited" opens the roster on its tab', async () => {
    const { dashboard } = await queryApi<DashboardFromApi>(
      api,
      `{ dashboard { staffByStatus { status count } pendingInvitations expiredInvitations
         clients { unassigned highRisk pendingNotes } } }`,
    );
    const invited = dashboard.staffByStatus.find((entry) => entry.status === 'INVITED')?.count;
    expect(invited).toBe(3);
    expect(dashboard.expiredInvitations).toBe(1);
    expect(dashboard.clients).not.toBeNull();

    await signInViaPage(page, demoAccounts.owner);
    await page.goto('/dashboard');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    await expect(figure(page, 'Members by status', 'Invited').textContent()).resolves.toContain(
      '3',
    );
    await expect(
      figure(page, 'Invitations', 'Expired invitations').textContent(),
    ).resolves.toContain(String(dashboard.expiredInvitations));
    await expect(
      figure(page, 'Invitations', 'Pending invitations').textContent(),
    ).resolves.toContain(String(dashboard.pendingInvitations));
    await expect(figure(page, 'Clients', 'High-risk clients').textContent()).resolves.toContain(
      String(dashboard.clients?.highRisk),
    );
    await page.screenshot({ path: await screenshotPath('dashboard-owner.png'), fullPage: true });

    await page
      .getByRole('region', { name: 'Members by status' })
      .getByRole('link', { name: 'Invited' })
      .click();
    await page.waitForURL((url) => url.pathname === '/staff');
    expect(new URL(page.url()).searchParams.get('status')).toBe('invited');
    await expect(
      page.getByRole('tab', { name: 'Invited' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await page.getByText('3 members').waitFor();
  });

  it('shows a therapist the staff figures but no client figures', async () => {
    await signInViaPage(page, therapist);
    await page.goto('/dashboard');
    await page.getByRole('region', { name: 'Members by status' }).waitFor();
    await page.getByRole('region', { name: 'Invitations' }).waitFor();
    expect(await page.getByRole('region', { name: 'Clients' }).count()).toBe(0);
    expect(await page.getByText('High-risk clients').count()).toBe(0);
    await page.screenshot({
      path: await screenshotPath('dashboard-therapist.png'),
      fullPage: true,
    });
  });

  it("lets the records custodian filter the log by 'staff.' and export it as CSV", async () => {
    await signInViaPage(page, records);
    await page.goto('/activity');
    await page.getByRole('heading', { level: 1, name: 'Activity log' }).waitFor();
    await page.getByTestId('activity-row').first().waitFor();

    // Picks the 'staff.' family from the action's choices, as a person would.
    const action = page.getByRole('combobox', { name: 'Action' });
    await action.fill('staff');
    await page.getByRole('option', { name: 'Staff (staff.)' }).click();
    await page.waitForURL((url) => url.searchParams.get('action') === 'staff.');
    await page.getByTestId('activity-row').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('table[aria-busy="true"]'));

    const actions = await page.getByTestId('activity-action').allInnerTexts();
    expect(actions.length).toBeGreaterThan(0);
    for (const each of actions) {
      expect(each.startsWith('staff.')).toBe(true);
    }

    // The first row with changes opens to its before/after diff.
    const showChanges = page.getByRole('button', { name: /^Show changes of / }).first();
    if ((await showChanges.count()) > 0) {
      await showChanges.click();
      await page.getByRole('columnheader', { name: 'Before' }).first().waitFor();
    }
    await page.screenshot({ path: await screenshotPath('activity-log.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^activity-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const filePath = await download.path();
    const csv = await readFile(filePath, 'utf8');
    const expected = await queryApi<{ auditEventsCsv: string }>(
      api,
      'query ($filter: AuditEventFilter) { auditEventsCsv(filter: $filter) }',
      { filter: { action: 'staff.' } },
      { as: records },
    );
    const [header] = csv.split(/\r?\n/);
    expect(header).toBe(expected.auditEventsCsv.split(/\r?\n/)[0]);
    expect(header).toMatch(/action/i);
  });

  it('tells a therapist the activity log is not theirs to see', async () => {
    await signInViaPage(page, therapist);
    await page.goto('/activity');
    await page.getByRole('heading', { name: "You don't have access to this page" }).waitFor();
    await page.getByText('audit.view').waitFor();
    await page.screenshot({ path: await screenshotPath('activity-no-access.png') });
  });
});
