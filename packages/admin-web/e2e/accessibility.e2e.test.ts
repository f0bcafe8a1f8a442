import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import { demoAccounts, queryApi, type RunningApi, startApi } from './harness';
import { signInThroughForm, signInViaPage, waitForSignInPage } from './sign-in-page';

// Starting the API on a fresh database migrates and seeds it, which takes a while.
jest.setTimeout(300_000);

const therapist = 'therapist@riverbend.example';
const supervisor = 'supervisor@riverbend.example';

/** WCAG 2.2 AA, the level the product promises. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The serious and critical violations axe finds on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
      const why = violation.nodes[0]?.failureSummary?.replace(/\s+/g, ' ') ?? '';
      return `${violation.id} (${violation.impact}): ${violation.help} at ${where}. ${why}`;
    });
}

/** The id of the first node of the one connection `query` asks for. */
async function firstNodeId(api: RunningApi, query: string): Promise<string> {
  const data = await queryApi<Record<string, { edges: Array<{ node: { id: string } }> }>>(
    api,
    query,
  );
  const [connection] = Object.values(data);
  const id = connection?.edges[0]?.node.id;
  if (!id) throw new Error(`${query} found nothing`);
  return id;
}

/** Waits until the page has its heading and nothing on it is still loading. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page
    .locator('[role="status"][aria-label^="Loading"], .mantine-Skeleton-root')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

describe('accessibility and home pages in a browser', () => {
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
    });
    page = await context.newPage();
    pageProblems = watchForPageProblems(page, api.baseUrl);
  });

  afterEach(async () => {
    await context?.close();
  });

  it('finds no serious or critical WCAG 2.2 AA violation on any page', async () => {
    const client = await firstNodeId(api, '{ clients(first: 1) { edges { node { id } } } }');
    const member = await firstNodeId(
      api,
      '{ staff(first: 1, filter: { search: "therapist@riverbend" }) { edges { node { id } } } }',
    );
    const publicPages = ['/sign-in', '/forgot-password'];
    const ownerPages = [
      '/staff',
      `/staff/${member}`,
      '/dashboard',
      '/groups',
      '/roles',
      '/clients',
      `/clients/${client}`,
      '/contacts',
      '/activity',
      '/mailbox',
      '/settings',
      '/account',
    ];

    const found: Record<string, string[]> = {};
    for (const path of publicPages) {
      await page.goto(path);
      await settled(page);
      found[path] = await seriousViolations(page);
    }
    await signInViaPage(page, demoAccounts.owner);
    for (const path of ownerPages) {
      await page.goto(path);
      await settled(page);
      found[path] = await seriousViolations(page);
      await page.screenshot({
        path: await screenshotPath(`a11y${path.replace(/\//g, '-').slice(0, 40)}.png`),
        fullPage: true,
      });
    }
    await context.clearCookies();
    await signInViaPage(page, supervisor);
    await page.goto('/supervision');
    await settled(page);
    found['/supervision'] = await seriousViolations(page);

    const withViolations = Object.fromEntries(
      Object.entries(found).filter(([, violations]) => violations.length > 0),
    );
    expect(withViolations).toEqual({});
    expect(pageProblems()).toEqual([]);
  });

  it('takes each member home to the first page they may open', async () => {
    await page.goto('/');
    await waitForSignInPage(page);
    await signInThroughForm(page, demoAccounts.owner);
    await page.waitForURL((url) => url.pathname === '/staff');

    // Without staff.view the roster, dashboard and roles are closed: their clients come first.
    const member = await firstNodeId(
      api,
      '{ staff(first: 1, filter: { search: "therapist@riverbend" }) { edges { node { id } } } }',
    );
    await queryApi(
      api,
      `mutation ($id: ID!) {
        setPermissionOverride(staffMemberId: $id, permission: "staff.view", effect: DENY,
          reason: "Works with clients only") { id }
      }`,
      { id: member },
    );
    await context.clearCookies();
    await page.goto('/');
    await waitForSignInPage(page);
    await signInThroughForm(page, therapist);
    await page.waitForURL((url) => url.pathname === '/clients');
    await page.getByRole('heading', { level: 1, name: /clients/i }).waitFor();
    await page.goto('/settings');
    await page
      .getByText(/practice\.settings/)
      .first()
      .waitFor();
    expect(pageProblems()).toEqual([]);
  });

  it('lets the owner change the practice settings after reading what members will notice', async () => {
    await signInViaPage(page, demoAccounts.owner);
    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const idleMinutes = page.getByLabel('Sign members out after this many idle minutes');
    const invitationHours = page.getByLabel('Invitation links stay valid for this many hours');

    // Beyond the limit, the field comes back to it.
    await invitationHours.fill('1000');
    await invitationHours.press('Tab');
    await expect(invitationHours.inputValue()).resolves.toBe('720');
    await invitationHours.fill('48');

    await idleMinutes.fill('45');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const confirmation = page.getByRole('dialog', { name: 'Save these settings?' });
    await confirmation.getByText(/idle for more than 45 minutes are signed out/).waitFor();
    await page.screenshot({ path: await screenshotPath('settings-confirm.png') });
    await confirmation.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved').waitFor();

    const { practice } = await queryApi<{
      practice: { settings: { idleSignOutMinutes: number; invitationLifetimeHours: number } };
    }>(api, '{ practice { settings { idleSignOutMinutes invitationLifetimeHours } } }');
    expect(practice.settings).toEqual({ idleSignOutMinutes: 45, invitationLifetimeHours: 48 });

    await page.reload();
    await expect(idleMinutes.inputValue()).resolves.toBe('45');
    expect(pageProblems()).toEqual([]);
  });
});
