import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { chooseUntilShown, launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import { demoAccounts, queryApi, type RunningApi, startApi } from './harness';
import { signInViaPage } from './sign-in-page';

jest.setTimeout(180_000);

const therapistAccount = 'therapist@riverbend.example';

interface MemberFromApi {
  id: string;
  displayName: string;
  staffId: string;
  email: string;
  status: string;
  roles: Array<{ id: string; name: string }>;
}

async function memberByEmail(api: RunningApi, email: string): Promise<MemberFromApi> {
  const { staff } = await queryApi<{ staff: { edges: Array<{ node: MemberFromApi }> } }>(
    api,
    'query ($search: String!) { staff(first: 5, filter: { search: $search }) { edges { node { id displayName staffId email status roles { id name } } } } }',
    { search: email },
  );
  const member = staff.edges.map((edge) => edge.node).find((node) => node.email === email);
  if (!member) {
    throw new Error(`No member with the email ${email}.`);
  }
  return member;
}

/** One row of the effective-permission explainer. */
const explainerRow = (page: Page, permission: string): Locator =>
  page
    .getByRole('table', { name: 'Effective permissions' })
    .locator(`tr[data-permission="${permission}"]`);

/** The staff profile: header, roles with a preview, overrides, and the permission explainer. */
describe('staff profile in a browser', () => {
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
    expect(pageProblems()).toEqual([]);
  });

  async function openProfile(member: MemberFromApi): Promise<void> {
    await page.goto(`/staff/${member.id}`);
    await page.getByRole('heading', { level: 1, name: member.displayName }).waitFor();
    await explainerRow(page, 'staff.view').waitFor();
  }

  it('opens a profile from the roster: name, staff ID, kind, status, email, roles', async () => {
    const therapist = await memberByEmail(api, therapistAccount);
    await signInViaPage(page, demoAccounts.owner);
    await page.goto(`/staff?q=${encodeURIComponent(therapist.email)}`);
    await page.getByRole('link', { name: therapist.displayName }).click();
    await page.getByRole('heading', { level: 1, name: therapist.displayName }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/staff/${therapist.id}`);
    expect(await page.title()).toBe(`${therapist.displayName} · Caseload`);

    await page.getByText(therapist.staffId, { exact: true }).waitFor();
    await page.getByRole('link', { name: therapist.email }).waitFor();
    const rolesSection = page.getByRole('region', { name: 'Roles' });
    for (const role of therapist.roles) {
      await rolesSection.getByText(role.name, { exact: true }).waitFor();
    }
    await explainerRow(page, 'staff.view').getByText('Granted', { exact: true }).waitFor();
    await page.screenshot({ path: await screenshotPath('staff-profile.png'), fullPage: true });
  });

  it('adds a DENY override: the explainer flips to not granted with its reason; then removes it', async () => {
    const therapist = await memberByEmail(api, therapistAccount);
    const permission = 'clients.view.own';
    const reason = 'Caseload under audit review';
    await signInViaPage(page, demoAccounts.owner);
    await openProfile(therapist);
    await explainerRow(page, permission).getByText('Granted', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Add override' }).click();
    const form = page.getByRole('dialog', { name: `Add an override for ${therapist.displayName}` });
    await form.getByRole('radio', { name: 'DENY — withhold' }).check({ force: true });
    await form.getByLabel('Reason').fill(reason);
    await form.getByLabel('Expires (optional)').fill('2030-01-01T09:00');
    // The permission last, so that no other field's focus follows its choice.
    const permissionInput = form.getByRole('combobox', { name: 'Permission' });
    await chooseUntilShown(
      permissionInput,
      (value) => value.startsWith(permission),
      async () => {
        await permissionInput.fill(permission);
        await page
          .getByRole('option', { name: new RegExp(`^${permission.replaceAll('.', '\\.')} `) })
          .click();
      },
    );
    await page.screenshot({ path: await screenshotPath('staff-profile-add-override.png') });
    await form.getByRole('button', { name: 'Add override' }).click();
    await form.waitFor({ state: 'detached' });

    const overrides = page.getByRole('table', { name: 'Permission overrides' });
    const overrideRow = overrides.getByRole('row').filter({ hasText: permission });
    await overrideRow.getByText('DENY', { exact: true }).waitFor();
    await overrideRow.getByText(reason).waitFor();
    // Shown in the practice's time: what was typed comes back.
    await overrideRow.getByText(/Jan 1, 2030, 9:00 AM/).waitFor();
    const row = explainerRow(page, permission);
    await row.getByText('Not granted', { exact: true }).waitFor();
    // The reason, who set it and until when, in the practice's time.
    await row
      .getByText(new RegExp(`^DENY override by .+ until Jan 1, 2030, 9:00 AM \\w+: “${reason}”$`))
      .waitFor();
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshotPath('staff-profile-explainer-deny.png') });

    await overrideRow
      .getByRole('button', { name: `Remove the DENY override of ${permission}` })
      .click();
    const confirmation = page.getByRole('dialog', { name: 'Remove this override?' });
    await confirmation.getByText('if a role grants it, they get it back at once').waitFor();
    await confirmation.getByRole('button', { name: 'Remove override' }).click();
    await confirmation.waitFor({ state: 'detached' });
    await row.getByText('Granted', { exact: true }).waitFor();
    await page.getByText(`Removed the DENY override of ${permission}.`).waitFor();
    await overrideRow.waitFor({ state: 'detached' });
  });

  it('previews removing the last role of a member: they will become INACTIVE', async () => {
    const therapist = await memberByEmail(api, therapistAccount);
    await signInViaPage(page, demoAccounts.owner);
    await openProfile(therapist);

    await page.getByRole('button', { name: 'Edit roles' }).click();
    const dialog = page.getByRole('dialog', { name: `Roles of ${therapist.displayName}` });
    for (const role of therapist.roles) {
      await dialog.getByRole('checkbox', { name: role.name, exact: true }).uncheck();
    }
    await dialog.getByRole('button', { name: 'Preview changes' }).click();
    await dialog.getByText(`${therapist.displayName} will become INACTIVE`).waitFor();
    await dialog.getByText('Loses').waitFor();
    await page.screenshot({ path: await screenshotPath('staff-profile-last-role.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    const after = await memberByEmail(api, therapistAccount);
    expect(after.status).toBe(therapist.status);
    expect(after.roles).toEqual(therapist.roles);
  });

  it('shows a member without permissions.override the overrides read-only, saying why', async () => {
    const owner = await memberByEmail(api, demoAccounts.owner);
    await signInViaPage(page, demoAccounts.manager);
    const { me } = await queryApi<{ me: { permissions: string[] } }>(
      api,
      '{ me { permissions } }',
      {},
      { as: demoAccounts.manager },
    );
    await openProfile(owner);
    if (me.permissions.includes('permissions.override')) {
      await page.getByRole('button', { name: 'Add override' }).waitFor();
    } else {
      await page
        .getByText('Changing overrides needs the permissions.override permission')
        .waitFor();
      expect(await page.getByRole('button', { name: 'Add override' }).count()).toBe(0);
    }
  });

  it('shows a therapist a profile with no edit actions', async () => {
    const owner = await memberByEmail(api, demoAccounts.owner);
    await signInViaPage(page, therapistAccount);
    await openProfile(owner);
    await page.getByText('Changing roles needs the roles.manage permission').waitFor();
    expect(await page.getByRole('button', { name: 'Edit roles' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add override' }).count()).toBe(0);
    // Another therapist's caseload is not theirs to read: no link to it.
    expect(
      await page.getByRole('link', { name: 'Open their caseload and its figures' }).count(),
    ).toBe(0);
  });

  it('leads from a therapist’s profile to their caseload and its figures', async () => {
    const therapist = await memberByEmail(api, therapistAccount);
    await signInViaPage(page, demoAccounts.owner);
    await openProfile(therapist);
    await page.getByRole('link', { name: 'Open their caseload and its figures' }).click();
    await page
      .getByRole('heading', { level: 1, name: `${therapist.displayName}'s caseload` })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe(`/staff/${therapist.id}/caseload`);
  });

  it('says so for a member that does not exist', async () => {
    await signInViaPage(page, demoAccounts.owner);
    await page.goto('/staff/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'Staff member not found' }).waitFor();
  });
});
