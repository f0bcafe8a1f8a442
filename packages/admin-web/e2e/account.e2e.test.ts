import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import { demoAccounts, queryApi, type RunningApi, startApi } from './harness';
import { rosterRows, rosterTable } from './roster-page';
import {
  accountButton,
  passwordInput,
  signInThroughForm,
  signInViaPage,
  waitForSignInPage,
} from './sign-in-page';
import { heading, invitationLinkOf, mailboxRow, memberByEmail } from './staff-steps';

// Starting the API on a fresh database migrates and seeds it; TOTP steps are 30 seconds long.
jest.setTimeout(240_000);

/** The part of `otpauth` the test uses: it is a dependency of the API, loaded from there. */
interface Totp {
  generate(options?: { timestamp?: number }): string;
}
interface OtpAuth {
  TOTP: new (options: {
    secret: unknown;
    digits: number;
    period: number;
    algorithm: string;
  }) => Totp;
  Secret: { fromBase32(secret: string): unknown };
}
const OTPAuth: OtpAuth = createRequire(join(resolve(__dirname, '../../api'), 'package.json'))(
  'otpauth',
);

const TOTP_PERIOD_MS = 30_000;
const totpStep = (timestamp = Date.now()) => Math.floor(timestamp / TOTP_PERIOD_MS);

/**
 * An authenticator app's code, from a step after `afterStep`: the API accepts each step's code
 * once, so a second sign-in within the same 30 seconds waits for the next code, as a person would.
 */
async function codeAfter(totp: Totp, afterStep: number): Promise<{ code: string; step: number }> {
  while (totpStep() <= afterStep) {
    await new Promise((wait) => setTimeout(wait, 500));
  }
  const now = Date.now();
  return { code: totp.generate({ timestamp: now }), step: totpStep(now) };
}

async function openAccountMenu(page: Page, displayName: string) {
  await accountButton(page, displayName).click();
}

async function signOutThroughMenu(page: Page, displayName: string) {
  await openAccountMenu(page, displayName);
  await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  await waitForSignInPage(page);
}

describe('accounts: invitations, temporary passwords and two-step sign-in', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problemLists: Array<() => string[]> = [];

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
    // The owner's API session, made before the owner turns on MFA (an API sign-in then needs a code).
    await memberByEmail(api, demoAccounts.owner);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      baseURL: api.baseUrl,
      viewport: { width: 1400, height: 900 },
    });
    contexts.push(context);
    const page = await context.newPage();
    problemLists.push(watchForPageProblems(page, api.baseUrl));
    return page;
  }

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    const problems = problemLists.splice(0).flatMap((problems) => problems());
    expect(problems).toEqual([]);
  });

  it('invites a therapist, who follows the link from the mailbox and joins', async () => {
    const { roles } = await queryApi<{ roles: Array<{ id: string; name: string }> }>(
      api,
      '{ roles { id name } }',
    );
    const therapistRole = roles.find((role) => role.name === 'Therapist');
    expect(therapistRole).toBeDefined();
    const email = 'nadia.okafor@riverbend.example';
    await queryApi(
      api,
      'mutation ($input: InviteStaffInput!) { inviteStaff(input: $input) { id status } }',
      {
        input: {
          email,
          firstName: 'Nadia',
          lastName: 'Okafor',
          kind: 'THERAPIST',
          roleIds: [therapistRole?.id],
        },
      },
    );
    const invited = await memberByEmail(api, email);
    expect(invited.status).toBe('INVITED');

    // The owner reads the demo mailbox.
    const page = await newPage();
    await signInViaPage(page, demoAccounts.owner);
    const row = await mailboxRow(page, email);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toBe(email);
    // Times in the practice's timezone (Riverbend: America/Chicago).
    expect(cells[4]).toMatch(/C[DS]T$/);
    await page.getByRole('link', { name: 'Mailbox' }).waitFor();
    await page.screenshot({ path: await screenshotPath('mailbox.png'), fullPage: true });

    // The drawer slides in: its picture is taken once it is still.
    const href = await invitationLinkOf(page, row);
    await page.screenshot({ path: await screenshotPath('mailbox-mail.png') });

    // The invitee follows the link: in its own browser, as they would from their email.
    const invitee = await newPage();
    await invitee.goto(href);
    await heading(invitee, 'Join Riverbend Counseling Collective').waitFor();
    await invitee.getByText('invites Nadia Okafor to Caseload').waitFor();
    expect(await invitee.getByLabel('Email', { exact: true }).inputValue()).toBe(email);
    // Checked before it is sent: too short, and two passwords that differ.
    await invitee.getByLabel('Choose a password').fill('short');
    await invitee.getByLabel('Confirm password').fill('other');
    await invitee.getByRole('button', { name: 'Accept and sign in' }).click();
    await invitee.getByText('Use at least 12 characters (5 so far).').waitFor();
    await invitee.getByText('The two passwords are not the same.').waitFor();
    await invitee.screenshot({
      path: await screenshotPath('accept-invitation.png'),
      fullPage: true,
    });

    const newPassword = 'lantern orchard meadow 42';
    await invitee.getByLabel('Choose a password').fill(newPassword);
    await invitee.getByLabel('Confirm password').fill(newPassword);
    await invitee.getByRole('button', { name: 'Accept and sign in' }).click();
    await accountButton(invitee, 'Nadia Okafor').waitFor();
    expect(new URL(invitee.url()).pathname).toBe('/staff');

    // The link was used: opening it again says so, and how to get a new one.
    await invitee.goto(href);
    await heading(invitee, 'Invitation already accepted').waitFor();
    await invitee.getByText('ask your practice to resend the invitation').waitFor();

    // The owner's roster shows them active.
    expect((await memberByEmail(api, email)).status).toBe('ACTIVE');
    await page.goto(`/staff?status=active&q=${encodeURIComponent('Okafor')}`);
    await rosterTable(page).locator('tbody tr', { hasText: 'Nadia Okafor' }).waitFor();
    const rosterRow = (await rosterRows(page)).find((shown) => shown.Name === 'Nadia Okafor');
    expect(rosterRow?.Status).toBe('Active');
  });

  it('shows an expired or unknown invitation link for what it is', async () => {
    const page = await newPage();
    await page.goto('/accept-invitation?token=not-a-real-token');
    await heading(page, 'This invitation link is not valid').waitFor();
    await page.getByText('ask your practice to resend the invitation').waitFor();
    await page.goto('/accept-invitation');
    await heading(page, 'This invitation link is incomplete').waitFor();
  });

  it('makes a member with a temporary password choose a new one before anything else', async () => {
    const email = 'therapist@riverbend.example';
    const member = await memberByEmail(api, email);
    const temporaryPassword = 'temporary-Riverbend-77';
    await queryApi(
      api,
      'mutation ($id: ID!, $password: String!) { setTemporaryPassword(staffMemberId: $id, temporaryPassword: $password) }',
      { id: member.id, password: temporaryPassword },
    );

    const page = await newPage();
    await page.goto('/clients');
    await waitForSignInPage(page);
    await signInThroughForm(page, email, temporaryPassword);
    await heading(page, 'Choose a new password').waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    await page.screenshot({
      path: await screenshotPath('forced-password-change.png'),
      fullPage: true,
    });

    // Nowhere else until it is changed: any address shows the same step.
    await page.goto('/staff');
    await heading(page, 'Choose a new password').waitFor();
    expect(await page.getByRole('banner').count()).toBe(0);

    // A wrong temporary password is the API's to refuse, beside the field.
    await page.getByLabel('Temporary password').fill('not-the-temporary-one');
    await page.getByLabel('New password', { exact: true }).fill('harbour willow tangent 9');
    await page.getByLabel('Confirm new password').fill('harbour willow tangent 9');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByText('Your current password is not right.').waitFor();

    await page.getByLabel('Temporary password').fill(temporaryPassword);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    // Then the page first asked for.
    await accountButton(page, member.displayName).waitFor();
    expect(new URL(page.url()).pathname).toBe('/staff');

    // The new password is the one that signs in now.
    await signOutThroughMenu(page, member.displayName);
    await signInThroughForm(page, email, 'harbour willow tangent 9');
    await accountButton(page, member.displayName).waitFor();
  });

  it('makes a member whose practice requires two-step sign-in set it up before anything else', async () => {
    // The API has no way yet to turn on the practice's "MFA required" setting, so the browser is
    // told so: `me` answers mfaEnrollmentRequired while the member has no MFA, as the API does
    // for such a practice. Enrolment itself is the API's.
    const manager = await memberByEmail(api, demoAccounts.manager);
    const page = await newPage();
    await page.route('**/graphql', async (route: Route) => {
      if (route.request().postDataJSON()?.operationName !== 'Viewer') {
        await route.continue();
        return;
      }
      const response = await route.fetch();
      const body = await response.json();
      if (body.data?.me) {
        body.data.me.mfaEnrollmentRequired = !body.data.me.mfaEnabled;
      }
      await route.fulfill({ response, json: body });
    });

    await page.goto('/clients');
    await waitForSignInPage(page);
    await signInThroughForm(page, demoAccounts.manager);
    await heading(page, 'Set up two-step sign-in').waitFor();
    expect(await page.getByRole('banner').count()).toBe(0);
    await page.getByText('requires two-step sign-in for everyone').waitFor();
    await page.getByRole('button', { name: 'Start' }).click();
    const secret = await page.getByLabel('Setup key').inputValue();
    const totp = new OTPAuth.TOTP({
      secret: OTPAuth.Secret.fromBase32(secret),
      digits: 6,
      period: 30,
      algorithm: 'SHA1',
    });
    await page.screenshot({ path: await screenshotPath('mfa-required.png'), fullPage: true });
    await page.getByLabel('Authentication code').fill((await codeAfter(totp, 0)).code);
    await page.getByRole('button', { name: 'Turn on' }).click();
    const codeList = page.getByRole('list', { name: 'Recovery codes' });
    await codeList.waitFor();
    expect(await codeList.getByRole('listitem').count()).toBe(10);
    await page.screenshot({ path: await screenshotPath('mfa-required-codes.png'), fullPage: true });
    await page.getByRole('button', { name: 'Continue to Caseload' }).click();
    await accountButton(page, manager.displayName).waitFor();
    expect(new URL(page.url()).pathname).toBe('/clients');
  });

  it('turns on two-step sign-in for the owner, who then signs in with a code or a recovery code', async () => {
    const owner = await memberByEmail(api, demoAccounts.owner);
    const page = await newPage();
    await page.goto('/sign-in');
    await waitForSignInPage(page);
    await signInThroughForm(page, demoAccounts.owner);
    await accountButton(page, owner.displayName).waitFor();

    // From the user menu to the account page.
    await openAccountMenu(page, owner.displayName);
    await page.getByRole('menuitem', { name: 'Your account' }).click();
    await heading(page, 'Your account').waitFor();
    const twoStep = page.getByRole('region', { name: 'Two-step sign-in' });
    await twoStep.getByText('Off', { exact: true }).waitFor();
    await twoStep.getByRole('button', { name: 'Set up two-step sign-in' }).click();

    await page.getByRole('img', { name: 'QR code to scan with your authenticator app' }).waitFor();
    const secret = await page.getByLabel('Setup key').inputValue();
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    await page.screenshot({ path: await screenshotPath('mfa-enrolment.png'), fullPage: true });
    const totp = new OTPAuth.TOTP({
      secret: OTPAuth.Secret.fromBase32(secret),
      digits: 6,
      period: 30,
      algorithm: 'SHA1',
    });

    // A wrong code is refused beside the field.
    await page.getByLabel('Authentication code').fill('000000');
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByText('That code is not right.', { exact: false }).waitFor();

    let used = await codeAfter(totp, 0);
    await page.getByLabel('Authentication code').fill(used.code);
    await page.getByRole('button', { name: 'Turn on' }).click();
    const codeList = page.getByRole('list', { name: 'Recovery codes' });
    await codeList.waitFor();
    const recoveryCodes = (await codeList.getByRole('listitem').allInnerTexts()).map((code) =>
      code.trim(),
    );
    expect(recoveryCodes).toHaveLength(10);
    for (const code of recoveryCodes) {
      expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    }
    await page.getByRole('button', { name: 'Done' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshotPath('mfa-recovery-codes.png') });
    await page.getByRole('button', { name: 'Done' }).click();
    await twoStep.getByText('On', { exact: true }).waitFor();
    expect(await codeList.count()).toBe(0);

    // Signing in now takes the password, then a code.
    await signOutThroughMenu(page, owner.displayName);
    await page.goto('/roles');
    await waitForSignInPage(page);
    await signInThroughForm(page, demoAccounts.owner);
    await heading(page, 'Two-step sign-in').waitFor();
    const codeInput = page.getByLabel('Authentication code');
    expect(await codeInput.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeInput.getAttribute('inputmode')).toBe('numeric');
    await page.screenshot({
      path: await screenshotPath('sign-in-second-factor.png'),
      fullPage: true,
    });
    used = await codeAfter(totp, used.step);
    await codeInput.fill(used.code);
    await codeInput.press('Enter');
    await accountButton(page, owner.displayName).waitFor();
    expect(new URL(page.url()).pathname).toBe('/roles');

    // A recovery code instead of the app works, once.
    await signOutThroughMenu(page, owner.displayName);
    await signInThroughForm(page, demoAccounts.owner);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0] ?? '');
    await page.getByRole('button', { name: 'Verify' }).click();
    await accountButton(page, owner.displayName).waitFor();

    await signOutThroughMenu(page, owner.displayName);
    await signInThroughForm(page, demoAccounts.owner);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill((recoveryCodes[0] ?? '').toUpperCase());
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('That recovery code is not right, or it was already used.').waitFor();
    await page.screenshot({
      path: await screenshotPath('sign-in-recovery-code-used.png'),
      fullPage: true,
    });
    await page.getByLabel('Recovery code').fill(recoveryCodes[1] ?? '');
    await page.getByRole('button', { name: 'Verify' }).click();
    await accountButton(page, owner.displayName).waitFor();
    expect(await passwordInput(page).count()).toBe(0);
  });
});
