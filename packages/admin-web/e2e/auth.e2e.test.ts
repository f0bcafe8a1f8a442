import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { ROSTER_PAGE_SIZE } from '../src/features/staff/roster-view';
import { launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import { demoAccounts, queryApi, type RunningApi, startApi } from './harness';
import { changeRoster, columnTexts, rosterTable, searchParams } from './roster-page';
import {
  accountButton,
  emailInput,
  passwordInput,
  practiceSwitcher,
  signInButton,
  signInThroughForm,
  signInViaPage,
  waitForSignInPage,
} from './sign-in-page';

// Starting the API on a fresh database migrates and seeds it, which takes a while.
jest.setTimeout(180_000);

const riverbend = 'Riverbend Counseling Collective';
const hollowPine = 'Hollow Pine Therapy';

interface StaffNamesFromApi {
  staff: { totalCount: number; edges: Array<{ node: { displayName: string } }> };
}

/** Everyone on the roster's first page, as `as` sees it through the API. */
async function rosterNamesFromApi(api: RunningApi, as: string): Promise<StaffNamesFromApi> {
  return queryApi<StaffNamesFromApi>(
    api,
    `{ staff(first: ${ROSTER_PAGE_SIZE}, orderBy: { field: LAST_NAME, direction: ASC }) {
        totalCount
        edges { node { displayName } }
      } }`,
    {},
    { as },
  );
}

/** The display name of a Riverbend member, found by email through the owner's roster. */
async function displayNameOf(api: RunningApi, email: string): Promise<string> {
  const { staff } = await queryApi<StaffNamesFromApi>(
    api,
    'query ($search: String) { staff(first: 1, filter: { search: $search }) { totalCount edges { node { displayName } } } }',
    { search: email },
  );
  const name = staff.edges[0]?.node.displayName;
  if (staff.totalCount !== 1 || !name) {
    throw new Error(`Expected one member with the email ${email}, found ${staff.totalCount}.`);
  }
  return name;
}

const memberCount = (count: number) => (count === 1 ? '1 member' : `${count} members`);
const pathAndSearch = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

describe('signing in and out of the admin app', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageProblems: () => string[] = () => [];
  const otherContexts: BrowserContext[] = [];

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function newPage(): Promise<{
    context: BrowserContext;
    page: Page;
    problems: () => string[];
  }> {
    const newContext = await browser.newContext({
      baseURL: api.baseUrl,
      viewport: { width: 1400, height: 900 },
    });
    const newContextPage = await newContext.newPage();
    return {
      context: newContext,
      page: newContextPage,
      problems: watchForPageProblems(newContextPage, api.baseUrl),
    };
  }

  beforeEach(async () => {
    ({ context, page, problems: pageProblems } = await newPage());
  });

  afterEach(async () => {
    await Promise.all(otherContexts.splice(0).map((other) => other.close()));
    await context?.close();
    expect(pageProblems()).toEqual([]);
  });

  it('sends an anonymous visitor to sign in, then on to the page they asked for', async () => {
    const ownerName = await displayNameOf(api, demoAccounts.owner);

    await page.goto('/staff?status=active');
    await waitForSignInPage(page);
    expect(searchParams(page).get('next')).toBe('/staff?status=active');
    expect(await page.title()).toBe('Sign in · Caseload');
    await page.screenshot({ path: await screenshotPath('sign-in.png'), fullPage: true });

    // Keyboard only: the email field comes first, then the password, and Enter signs in.
    await page.keyboard.press('Tab');
    expect(await emailInput(page).evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type(demoAccounts.owner);
    await page.keyboard.press('Tab');
    expect(await passwordInput(page).evaluate((input) => input === document.activeElement)).toBe(
      true,
    );
    await page.keyboard.type('caseload-demo-2026');
    await changeRoster(page, () => page.keyboard.press('Enter'));

    expect(pathAndSearch(page)).toBe('/staff?status=active');
    await page.getByRole('tab', { name: 'Active', selected: true }).waitFor();
    await accountButton(page, ownerName).waitFor();
    await page.getByRole('banner').getByText(riverbend).waitFor();
    // The session is an HttpOnly cookie; nothing about it is kept where scripts can read it.
    const storage = await page.evaluate(() => ({
      local: Object.keys(window.localStorage),
      session: Object.keys(window.sessionStorage),
      cookie: document.cookie,
    }));
    expect(storage).toEqual({ local: [], session: [], cookie: '' });
  });

  it("shows the server's message for a wrong password, disabling the form while it asks", async () => {
    await page.goto('/sign-in');
    await waitForSignInPage(page);

    // Hold the sign-in request until the form has been seen waiting for it.
    let releaseSignIn = () => {};
    const signInHeld = new Promise<void>((release) => {
      releaseSignIn = release;
    });
    await page.route('**/graphql', async (route: Route) => {
      if (route.request().postDataJSON()?.operationName === 'SignIn') {
        await signInHeld;
      }
      await route.continue();
    });

    await signInThroughForm(page, demoAccounts.owner, 'not-the-password');
    await page.waitForFunction(() =>
      document.querySelector('form[aria-label="Sign in"] fieldset')?.hasAttribute('disabled'),
    );
    expect(await emailInput(page).isDisabled()).toBe(true);
    expect(await passwordInput(page).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Sign in', exact: true }).isDisabled()).toBe(
      true,
    );
    releaseSignIn();

    const alert = page.getByRole('alert').filter({ hasText: 'Could not sign in' });
    await alert.getByText('The email or password is incorrect.', { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await signInButton(page).isEnabled()).toBe(true);
    // The password is selected, ready to be typed again.
    expect(await passwordInput(page).evaluate((input) => input === document.activeElement)).toBe(
      true,
    );
    await page.screenshot({ path: await screenshotPath('sign-in-error.png'), fullPage: true });

    // Empty fields are caught before asking the server, next to the field at fault.
    await emailInput(page).fill('');
    await signInButton(page).click();
    await page.getByText('Enter your email address.', { exact: true }).waitFor();
    expect(await emailInput(page).getAttribute('aria-invalid')).toBe('true');
    expect(await emailInput(page).evaluate((input) => input === document.activeElement)).toBe(true);
  });

  it('shows the owner the roster of their practice, and their name and practice in the shell', async () => {
    const ownerName = await displayNameOf(api, demoAccounts.owner);
    const roster = await rosterNamesFromApi(api, demoAccounts.owner);

    await signInViaPage(page, demoAccounts.owner);
    await changeRoster(page, () => page.goto('/staff'));

    await page.getByText(memberCount(roster.staff.totalCount), { exact: true }).waitFor();
    expect(await columnTexts(page, 'Name')).toEqual(
      roster.staff.edges.map((edge) => edge.node.displayName),
    );
    // A member of one practice sees its name, with nothing to switch to.
    await page.getByRole('banner').getByText(riverbend).waitFor();
    expect(
      await page
        .getByRole('banner')
        .getByRole('button', { name: /^Practice:/ })
        .count(),
    ).toBe(0);

    await accountButton(page, ownerName).click();
    const menu = page.getByRole('menu');
    await menu.getByText(demoAccounts.owner, { exact: true }).waitFor();
    await menu.getByText(riverbend, { exact: true }).waitFor();
    await menu.getByRole('menuitem', { name: 'Sign out', exact: true }).waitFor();
    await menu.getByRole('menuitem', { name: 'Sign out everywhere' }).waitFor();
    await page.screenshot({
      path: await screenshotPath('shell-account-menu.png'),
      animations: 'disabled',
    });
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
  });

  it('tells an on-hold member they have no access to the roster, naming the permission', async () => {
    const rosterRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) {
        const operationName = request.postDataJSON()?.operationName;
        if (operationName === 'StaffRoster') {
          rosterRequests.push(operationName);
        }
      }
    });

    await signInViaPage(page, demoAccounts.onHold);
    await page.goto('/staff');

    await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: "You don't have access to this page" })
      .waitFor();
    await page.getByText('staff.view', { exact: true }).waitFor();
    await page.getByText(/Your account is on hold/).waitFor();
    expect(await rosterTable(page).count()).toBe(0);
    expect(await page.title()).toBe('Staff · Caseload');
    // The app knew from `me` not to ask for the roster at all; the API would refuse it.
    expect(rosterRequests).toEqual([]);
    const answer = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ staff(first: 1) { totalCount } }' }),
      });
      return (await response.json()) as { errors?: Array<{ extensions?: unknown }> };
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      permission: 'staff.view',
    });
    await page.screenshot({ path: await screenshotPath('no-access.png'), fullPage: true });
  });

  it("shows the API's FORBIDDEN answer as no access, not as a failure, when permissions change", async () => {
    await signInViaPage(page, demoAccounts.owner);
    // As if the owner's staff.view had been taken away after the app loaded `me`.
    await page.route('**/graphql', async (route: Route) => {
      if (route.request().postDataJSON()?.operationName === 'StaffRoster') {
        await route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            errors: [
              {
                message: 'You need the staff.view permission.',
                path: ['staff'],
                extensions: { code: 'FORBIDDEN', permission: 'staff.view' },
              },
            ],
          }),
        });
        return;
      }
      await route.continue();
    });
    await page.goto('/staff');

    await page
      .getByRole('heading', { level: 2, name: "You don't have access to this page" })
      .waitFor();
    await page.getByText('staff.view', { exact: true }).waitFor();
    expect(await page.getByText('The roster could not be loaded').count()).toBe(0);
  });

  it('lets an external agent switch from one practice to another; shell and roster follow', async () => {
    const hollowPineRoster = await rosterNamesFromApi(api, demoAccounts.hollowPineOwner);
    const riverbendRoster = await rosterNamesFromApi(api, demoAccounts.owner);
    expect(hollowPineRoster.staff.totalCount).toBeLessThan(riverbendRoster.staff.totalCount);

    await signInViaPage(page, demoAccounts.agent);
    await changeRoster(page, () => page.goto('/staff'));
    await practiceSwitcher(page, riverbend).waitFor();
    await page.getByText(memberCount(riverbendRoster.staff.totalCount), { exact: true }).waitFor();

    await practiceSwitcher(page, riverbend).click();
    const current = page.getByRole('menuitemradio', { name: riverbend });
    expect(await current.getAttribute('aria-checked')).toBe('true');
    expect(
      await page.getByRole('menuitemradio', { name: hollowPine }).getAttribute('aria-checked'),
    ).toBe('false');
    await page.screenshot({
      path: await screenshotPath('practice-switcher.png'),
      animations: 'disabled',
    });

    await changeRoster(page, () => page.getByRole('menuitemradio', { name: hollowPine }).click());
    await practiceSwitcher(page, hollowPine).waitFor();
    // Screen readers hear the switch; the switcher is ready again once it is announced.
    await page
      .getByRole('banner')
      .getByText(`Now acting for ${hollowPine}.`, { exact: true })
      .waitFor({ state: 'attached' });
    expect(await practiceSwitcher(page, hollowPine).isEnabled()).toBe(true);
    await page.getByText(memberCount(hollowPineRoster.staff.totalCount), { exact: true }).waitFor();
    expect(await columnTexts(page, 'Name')).toEqual(
      hollowPineRoster.staff.edges.map((edge) => edge.node.displayName),
    );
    await page.screenshot({
      path: await screenshotPath('roster-hollow-pine.png'),
      fullPage: true,
      animations: 'disabled',
    });

    // The session acts for Hollow Pine now, so a reload stays there.
    await changeRoster(page, () => page.reload());
    await practiceSwitcher(page, hollowPine).waitFor();
    expect(await columnTexts(page, 'Name')).toEqual(
      hollowPineRoster.staff.edges.map((edge) => edge.node.displayName),
    );
  });

  it('signs out from the account menu; the roster is then out of reach', async () => {
    const ownerName = await displayNameOf(api, demoAccounts.owner);
    await signInViaPage(page, demoAccounts.owner);
    await changeRoster(page, () => page.goto('/staff?status=active'));

    await accountButton(page, ownerName).click();
    await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();

    await waitForSignInPage(page);
    await page.getByText('You have signed out.', { exact: true }).waitFor();
    expect(searchParams(page).has('next')).toBe(false);
    const cookies = await context.cookies();
    expect(cookies.map((cookie) => cookie.name)).not.toContain('caseload_session');

    await page.goto('/staff?status=active');
    await waitForSignInPage(page);
    expect(searchParams(page).get('next')).toBe('/staff?status=active');
    expect(await rosterTable(page).count()).toBe(0);
  });

  it("signs out everywhere: another browser's session ends, and its next request leads to sign-in", async () => {
    const managerName = await displayNameOf(api, demoAccounts.manager);
    const other = await newPage();
    otherContexts.push(other.context);

    await signInViaPage(other.page, demoAccounts.manager);
    await changeRoster(other.page, () => other.page.goto('/staff'));
    await signInViaPage(page, demoAccounts.manager);
    await changeRoster(page, () => page.goto('/staff'));

    await accountButton(page, managerName).click();
    await page.getByRole('menuitem', { name: 'Sign out everywhere' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign out everywhere?' });
    await dialog.waitFor();
    await page.screenshot({
      path: await screenshotPath('sign-out-everywhere.png'),
      animations: 'disabled',
    });
    await dialog.getByRole('button', { name: 'Sign out everywhere' }).click();

    await waitForSignInPage(page);
    await page
      .getByText('You have signed out everywhere. 2 sessions were ended.', { exact: true })
      .waitFor();

    // The other browser still shows the roster; the next thing it asks for finds the session over.
    await other.page.getByRole('tab', { name: 'Active', exact: true }).click();
    await waitForSignInPage(other.page);
    await other.page
      .getByText('Your session has ended. Sign in again to continue.', { exact: true })
      .waitFor();
    expect(searchParams(other.page).get('next')).toBe('/staff?status=active');

    await changeRoster(other.page, () => signInThroughForm(other.page, demoAccounts.manager));
    expect(pathAndSearch(other.page)).toBe('/staff?status=active');
    expect(other.problems()).toEqual([]);
  });

  it('shows not-found for an unknown address once signed in', async () => {
    await page.goto('/no-such-page');
    await waitForSignInPage(page);
    expect(searchParams(page).get('next')).toBe('/no-such-page');

    await signInThroughForm(page, demoAccounts.owner);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/no-such-page');
    await page.getByRole('navigation', { name: 'Pages' }).waitFor();
  });

  it('fits a phone: sign-in without the brand panel, the shell behind a menu button', async () => {
    const ownerName = await displayNameOf(api, demoAccounts.owner);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/sign-in');
    await waitForSignInPage(page);
    expect(await page.getByRole('complementary', { name: 'About Caseload' }).isVisible()).toBe(
      false,
    );
    await page.screenshot({ path: await screenshotPath('sign-in-phone.png'), fullPage: true });

    await changeRoster(page, () => signInThroughForm(page, demoAccounts.owner));
    await accountButton(page, ownerName).waitFor();
    await page.getByRole('button', { name: 'Open navigation' }).waitFor();
    await page.screenshot({
      path: await screenshotPath('shell-phone.png'),
      animations: 'disabled',
    });
  });

  it('never leads off the app after signing in, whatever the link says', async () => {
    await page.goto(`/sign-in?next=${encodeURIComponent('//evil.example/staff')}`);
    await waitForSignInPage(page);
    await changeRoster(page, () => signInThroughForm(page, demoAccounts.owner));
    expect(page.url()).toBe(`${api.baseUrl}/staff`);

    // Signed in already, the sign-in page goes straight on.
    await changeRoster(page, () => page.goto('/sign-in?next=%2Fstaff%3Fstatus%3Dinvited'));
    expect(pathAndSearch(page)).toBe('/staff?status=invited');
  });
});
