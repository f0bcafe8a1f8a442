import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import { demoAccounts, queryApi, type RunningApi, startApi } from './harness';
import {
  matrixCell,
  permissionCheckbox,
  permissionMatrix,
  roleEditor,
  rolesTable,
  waitForRolesPage,
} from './roles-page';
import { signInViaPage } from './sign-in-page';

jest.setTimeout(180_000);

const therapistAccount = 'therapist@riverbend.example';

interface RoleFromApi {
  id: string;
  name: string;
  permissions: string[];
  version: number;
  memberCount: number;
}

async function rolesFromApi(api: RunningApi): Promise<RoleFromApi[]> {
  const { roles } = await queryApi<{ roles: RoleFromApi[] }>(
    api,
    '{ roles { id name permissions version memberCount } }',
  );
  return roles;
}

async function roleNamed(api: RunningApi, name: string): Promise<RoleFromApi> {
  const role = (await rolesFromApi(api)).find((candidate) => candidate.name === name);
  if (!role) {
    throw new Error(`The demo practice has no ${name} role.`);
  }
  return role;
}

/** The roles page: the matrix, the editor with its who-gains-who-loses preview, and who may edit. */
describe('roles page in a browser', () => {
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

  async function openRolesPageAs(email: string): Promise<void> {
    await signInViaPage(page, email);
    await page.goto('/roles');
    await waitForRolesPage(page);
  }

  it('lists the roles with member counts and shows the permission matrix', async () => {
    const roles = await rolesFromApi(api);
    await openRolesPageAs(demoAccounts.owner);

    expect(await page.title()).toBe('Roles · Caseload');
    for (const role of roles) {
      const row = rolesTable(page)
        .getByRole('row')
        .filter({ has: page.getByText(role.name, { exact: true }) });
      await row
        .getByText(role.memberCount === 1 ? '1 member' : `${role.memberCount} members`, {
          exact: true,
        })
        .waitFor();
    }
    const therapist = roles.find((role) => role.name === 'Therapist') as RoleFromApi;
    expect(await matrixCell(page, therapist.permissions[0] as string, 'Therapist')).toBe('Granted');
    expect(await matrixCell(page, 'practice.settings', 'Therapist')).toBe('Not granted');
    expect(await matrixCell(page, 'practice.settings', 'Owner')).toBe('Granted');
    await permissionMatrix(page).getByText('write').first().waitFor();
    await page.screenshot({ path: await screenshotPath('roles-matrix.png'), fullPage: true });
  });

  it('previews who loses a permission, names them, and changes nothing on cancel', async () => {
    const before = await roleNamed(api, 'Therapist');
    const removedKey = before.permissions.includes('clients.view.own')
      ? 'clients.view.own'
      : (before.permissions[0] as string);
    const { previewRoleChange } = await queryApi<{
      previewRoleChange: Array<{ staffMember: { displayName: string }; lost: string[] }>;
    }>(
      api,
      'query ($roleId: ID!, $permissions: [String!]!) { previewRoleChange(roleId: $roleId, permissions: $permissions) { staffMember { displayName } lost } }',
      {
        roleId: before.id,
        permissions: before.permissions.filter((key) => key !== removedKey),
      },
    );
    const losers = previewRoleChange
      .filter((change) => change.lost.includes(removedKey))
      .map((change) => change.staffMember.displayName);
    expect(losers.length).toBeGreaterThan(0);

    await openRolesPageAs(demoAccounts.owner);
    await page.getByRole('button', { name: 'Edit Therapist' }).click();
    await roleEditor(page).getByRole('heading', { name: 'Edit role: Therapist' }).waitFor();
    const checkbox = permissionCheckbox(page, removedKey);
    expect(await checkbox.isChecked()).toBe(true);
    await checkbox.uncheck();
    await roleEditor(page).getByRole('button', { name: 'Review changes' }).click();

    const impact = roleEditor(page).getByRole('table', { name: 'Who gains and who loses' });
    await impact.waitFor();
    for (const name of losers) {
      const row = impact.getByRole('row').filter({ hasText: name });
      await row.getByText(removedKey).waitFor();
    }
    await roleEditor(page).getByText('Permissions removed').waitFor();
    await page.screenshot({ path: await screenshotPath('roles-preview.png') });

    await roleEditor(page).getByRole('button', { name: 'Cancel' }).click();
    await roleEditor(page).waitFor({ state: 'detached' });
    const after = await roleNamed(api, 'Therapist');
    expect(after.permissions).toEqual(before.permissions);
    expect(after.version).toBe(before.version);
    expect(await matrixCell(page, removedKey, 'Therapist')).toBe('Granted');
  });

  it('saves a change after the review, and the matrix shows it', async () => {
    const before = await roleNamed(api, 'Therapist');
    const addedKey = 'audit.view';
    expect(before.permissions).not.toContain(addedKey);

    await openRolesPageAs(demoAccounts.owner);
    expect(await matrixCell(page, addedKey, 'Therapist')).toBe('Not granted');
    await page.getByRole('button', { name: 'Edit Therapist' }).click();
    await permissionCheckbox(page, addedKey).check();
    await roleEditor(page).getByRole('button', { name: 'Review changes' }).click();
    await roleEditor(page).getByText('Permissions added').waitFor();
    await roleEditor(page).getByRole('table', { name: 'Who gains and who loses' }).waitFor();
    await roleEditor(page).getByRole('button', { name: 'Save changes' }).click();
    await roleEditor(page).waitFor({ state: 'detached' });
    await page.getByText('Saved the Therapist role.').waitFor();

    expect(await matrixCell(page, addedKey, 'Therapist')).toBe('Granted');
    const after = await roleNamed(api, 'Therapist');
    expect(after.permissions).toContain(addedKey);
    expect(after.version).toBe(before.version + 1);
  });

  it('tells the editor when someone else saved first, and reloads the latest version', async () => {
    const role = await roleNamed(api, 'Front Office');
    await openRolesPageAs(demoAccounts.owner);
    await page.getByRole('button', { name: 'Edit Front Office' }).click();
    await roleEditor(page).getByLabel('Description').fill('Edited in the browser');

    // Someone else saves the role meanwhile.
    await queryApi(
      api,
      'mutation ($id: ID!, $input: RoleInput!, $v: Int!) { updateRole(id: $id, input: $input, expectedVersion: $v) { version } }',
      {
        id: role.id,
        v: role.version,
        input: { name: role.name, description: 'Saved elsewhere', permissions: role.permissions },
      },
    );

    await roleEditor(page).getByRole('button', { name: 'Review changes' }).click();
    await roleEditor(page).getByRole('button', { name: 'Save changes' }).click();
    await roleEditor(page).getByText('Someone else saved this role').waitFor();
    await page.screenshot({ path: await screenshotPath('roles-conflict.png') });
    await roleEditor(page).getByRole('button', { name: 'Reload the latest version' }).click();
    expect(await roleEditor(page).getByLabel('Description').inputValue()).toBe('Saved elsewhere');
  });

  it('locks the Owner role’s permissions and explains why', async () => {
    await openRolesPageAs(demoAccounts.owner);
    await page.getByRole('button', { name: 'Edit Owner' }).click();
    await roleEditor(page).getByText('Permissions locked').waitFor();
    expect(await permissionCheckbox(page, 'staff.view').isDisabled()).toBe(true);
    await expect(page.getByRole('button', { name: 'Archive Owner' }).isDisabled()).resolves.toBe(
      true,
    );
  });

  it('creates a role and archives it after a confirmation that spells out the consequence', async () => {
    await openRolesPageAs(demoAccounts.owner);
    await page.getByRole('button', { name: 'New role' }).click();
    await roleEditor(page).getByLabel('Name').fill('Billing helper');
    await permissionCheckbox(page, 'billing.view').check();
    await roleEditor(page).getByRole('button', { name: 'Review changes' }).click();
    await roleEditor(page).getByRole('button', { name: 'Create role' }).click();
    await page.getByText('Created the Billing helper role.').waitFor();
    expect(await matrixCell(page, 'billing.view', 'Billing helper')).toBe('Granted');

    await page.getByRole('button', { name: 'Archive Billing helper' }).click();
    const confirmation = page.getByRole('dialog', { name: 'Archive Billing helper?' });
    await confirmation.getByText('will no longer be offered when assigning roles').waitFor();
    await confirmation.getByRole('button', { name: 'Archive role' }).click();
    await page.getByText('Archived the Billing helper role.').waitFor();
    await rolesTable(page).getByText('Billing helper').waitFor({ state: 'detached' });
    expect((await rolesFromApi(api)).map((role) => role.name)).not.toContain('Billing helper');
  });

  it('shows a manager the keys they do not hold as disabled, with the reason', async () => {
    await openRolesPageAs(demoAccounts.manager);
    await page.getByRole('button', { name: 'Edit Therapist' }).click();
    const settings = permissionCheckbox(page, 'practice.settings');
    expect(await settings.isDisabled()).toBe(true);
    const reasonId = await settings.getAttribute('aria-describedby');
    expect(reasonId).toBeTruthy();
    expect(await page.locator(`[id="${reasonId?.split(' ')[0]}"]`).textContent()).toBe(
      "You don't hold this permission",
    );
    expect(await permissionCheckbox(page, 'notes.view').isDisabled()).toBe(true);
    expect(await permissionCheckbox(page, 'staff.view').isDisabled()).toBe(false);
    await settings.scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshotPath('roles-manager-editor.png') });
  });

  it('shows a therapist the roles read-only, with no edit actions', async () => {
    await openRolesPageAs(therapistAccount);
    await page.getByText('Changing them needs the roles.manage permission').waitFor();
    expect(await page.getByRole('button', { name: 'New role' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Archive / }).count()).toBe(0);
    await page.screenshot({ path: await screenshotPath('roles-read-only.png') });
  });
});
