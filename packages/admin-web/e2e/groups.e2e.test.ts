import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import { demoAccounts, queryApi, type RunningApi, startApi } from './harness';
import { changeRoster, columnTexts, searchParams } from './roster-page';
import { signInViaPage } from './sign-in-page';
import { heading, memberByEmail, waitForAnimations } from './staff-steps';

jest.setTimeout(240_000);

interface GroupFromApi {
  id: string;
  name: string;
  kind: string;
  memberCount: number;
  archivedAt: string | null;
}

async function groupsFromApi(api: RunningApi): Promise<GroupFromApi[]> {
  const { groups } = await queryApi<{ groups: GroupFromApi[] }>(
    api,
    '{ groups(includeArchived: true) { id name kind memberCount archivedAt } }',
  );
  return groups;
}

async function groupNamed(api: RunningApi, name: string): Promise<GroupFromApi> {
  const group = (await groupsFromApi(api)).find((each) => each.name === name);
  if (!group) {
    throw new Error(`No group called ${name}.`);
  }
  return group;
}

/** The names the API lists for a roster filter, in the roster's default order. */
async function rosterNamesFromApi(
  api: RunningApi,
  filter: Record<string, unknown>,
): Promise<string[]> {
  const { staff } = await queryApi<{ staff: { edges: Array<{ node: { displayName: string } }> } }>(
    api,
    'query ($filter: StaffFilter) { staff(first: 25, filter: $filter) { edges { node { displayName } } } }',
    { filter: { statuses: ['ACTIVE', 'INVITED', 'ON_HOLD', 'INACTIVE'], ...filter } },
  );
  return staff.edges.map((edge) => edge.node.displayName);
}

const toast = (page: Page, title: string): Locator =>
  page.getByRole('status').filter({ hasText: title });

const kindSection = (page: Page, heading: string): Locator =>
  page.getByRole('region', { name: heading });

/** Groups, and the roster's filters that use them, kept in the URL. */
describe('groups and roster filters in a browser', () => {
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

  it('creates, renames and archives a team, and changes who is in it', async () => {
    const therapist = await memberByEmail(api, 'therapist@riverbend.example');
    const intern = await memberByEmail(api, 'intern@riverbend.example');
    await signInViaPage(page, demoAccounts.owner);
    await page.goto('/staff');
    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Groups' })
      .click();
    await heading(page, 'Groups').waitFor();
    const teams = kindSection(page, 'Teams');
    await teams.getByRole('rowheader', { name: 'Trauma Team' }).waitFor();
    await kindSection(page, 'Locations')
      .getByRole('rowheader', { name: 'Downtown Clinic' })
      .waitFor();
    await kindSection(page, 'Departments').getByRole('rowheader', { name: 'Intake' }).waitFor();
    await page.screenshot({ path: await screenshotPath('groups.png'), fullPage: true });

    // A name already taken is refused beside the name.
    await page.getByRole('button', { name: 'New group' }).click();
    const create = page.getByRole('dialog', { name: 'New group' });
    await create.getByLabel('Name').fill('trauma team');
    await create.getByRole('button', { name: 'Create group' }).click();
    await create.getByText('A group called “trauma team” exists.').waitFor();
    await create.getByLabel('Name').fill('Eating Disorders Team');
    await create.getByRole('button', { name: 'Create group' }).click();
    await create.waitFor({ state: 'detached' });
    await toast(page, 'Group saved').waitFor();
    const row = teams.getByRole('row', { name: /Eating Disorders Team/ });
    await row.getByText('0 members').waitFor();

    await row.getByRole('button', { name: 'Rename Eating Disorders Team' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename Eating Disorders Team' });
    await rename.getByLabel('Name').fill('Eating Disorders Program');
    await rename.getByRole('button', { name: 'Rename group' }).click();
    await rename.waitFor({ state: 'detached' });
    const renamed = teams.getByRole('row', { name: /Eating Disorders Program/ });
    await renamed.waitFor();

    // Members: two added through the search, one taken out again.
    await renamed.getByRole('button', { name: 'Members of Eating Disorders Program' }).click();
    const drawer = page.getByRole('dialog', { name: 'Members of Eating Disorders Program' });
    await drawer.getByText('Nobody is in this group yet.').waitFor();
    const picker = drawer.getByRole('combobox', { name: 'Add members' });
    for (const member of [therapist, intern]) {
      await picker.fill(member.displayName.split(' ')[1] ?? member.displayName);
      await page.getByRole('option', { name: new RegExp(`^${member.displayName} \\(`) }).click();
    }
    await drawer.getByRole('button', { name: 'Add' }).click();
    await toast(page, 'Members added').waitFor();
    const members = drawer.getByRole('table', { name: 'Members of Eating Disorders Program' });
    await members.getByRole('link', { name: therapist.displayName }).waitFor();
    await members.getByRole('link', { name: intern.displayName }).waitFor();
    await renamed.getByText('2 members').waitFor();
    await waitForAnimations(page);
    await page.screenshot({ path: await screenshotPath('group-members.png') });

    await drawer
      .getByRole('button', {
        name: `Take ${intern.displayName} out of Eating Disorders Program`,
      })
      .click();
    await toast(page, 'Member taken out').waitFor();
    await members.getByRole('link', { name: intern.displayName }).waitFor({ state: 'detached' });
    await renamed.getByText('1 member', { exact: true }).waitFor();
    const group = await groupNamed(api, 'Eating Disorders Program');
    expect(group).toMatchObject({ kind: 'TEAM', memberCount: 1, archivedAt: null });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // The member count leads to the roster, filtered to the group.
    await changeRoster(page, () =>
      renamed
        .getByRole('link', { name: '1 member of Eating Disorders Program on the roster' })
        .click(),
    );
    expect(searchParams(page).get('group')).toBe(group.id);
    expect(await columnTexts(page, 'Name')).toEqual([therapist.displayName]);
    await page.goBack();
    await heading(page, 'Groups').waitFor();

    // Archiving asks first, says what it does, and the group leaves the list.
    const again = kindSection(page, 'Teams').getByRole('row', { name: /Eating Disorders Program/ });
    await again.getByRole('button', { name: 'Archive Eating Disorders Program' }).click();
    const confirmation = page.getByRole('dialog', { name: 'Archive Eating Disorders Program?' });
    await confirmation.getByText('keep their membership on record').waitFor();
    await waitForAnimations(page);
    await page.screenshot({ path: await screenshotPath('group-archive.png') });
    await confirmation.getByRole('button', { name: 'Archive group' }).click();
    await confirmation.waitFor({ state: 'detached' });
    await toast(page, 'Group archived').waitFor();
    await again.waitFor({ state: 'detached' });
    expect((await groupNamed(api, 'Eating Disorders Program')).archivedAt).not.toBeNull();

    await page.getByRole('switch', { name: 'Show archived groups' }).click();
    await kindSection(page, 'Teams')
      .getByRole('row', { name: /Eating Disorders Program/ })
      .getByText('Archived')
      .waitFor();
  });

  it('shows a therapist the groups read-only, and no sidebar entry', async () => {
    await signInViaPage(page, 'therapist@riverbend.example');
    await page.goto('/groups');
    await heading(page, 'Groups').waitFor();
    await page.getByText('Changing groups needs the staff.edit permission').waitFor();
    await kindSection(page, 'Teams').getByRole('rowheader', { name: 'Trauma Team' }).waitFor();
    expect(await page.getByRole('button', { name: 'New group' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Rename / }).count()).toBe(0);
    expect(
      await page
        .getByRole('navigation', { name: 'Pages' })
        .getByRole('link', { name: 'Groups' })
        .count(),
    ).toBe(0);
  });

  it('keeps the role, group and supervision filters in the URL, so a link or Back restores the view', async () => {
    const { roles } = await queryApi<{ roles: Array<{ id: string; name: string }> }>(
      api,
      '{ roles { id name } }',
    );
    const intern = roles.find((role) => role.name === 'Intern');
    const trauma = await groupNamed(api, 'Trauma Team');
    if (!intern) {
      throw new Error('The demo practice has no Intern role.');
    }
    await signInViaPage(page, demoAccounts.owner);
    await changeRoster(page, () => page.goto('/staff'));

    // Interns waiting for a supervisor, chosen on the page. The controls follow the URL, so the
    // checkbox shows its new state once the address has changed: clicked, not checked.
    await changeRoster(page, async () => {
      await page.getByRole('combobox', { name: 'Role' }).click();
      await page.getByRole('option', { name: 'Intern', exact: true }).click();
    });
    expect(searchParams(page).get('role')).toBe(intern.id);
    await changeRoster(page, () => page.getByLabel('Needs a supervisor').click());
    expect(searchParams(page).get('needs-supervisor')).toBe('1');
    const waiting = await rosterNamesFromApi(api, { roleIds: [intern.id], needsSupervisor: true });
    expect(waiting.length).toBeGreaterThan(0);
    expect(await columnTexts(page, 'Name')).toEqual(waiting);
    expect(new Set(await columnTexts(page, 'Supervisor'))).toEqual(new Set(['Needs a supervisor']));
    await page.screenshot({
      path: await screenshotPath('roster-filter-needs-supervisor.png'),
      fullPage: true,
    });

    // A reload brings back the same view, and Back the one before.
    const filteredAddress = page.url();
    await changeRoster(page, () => page.reload());
    expect(page.url()).toBe(filteredAddress);
    expect(await page.getByRole('combobox', { name: 'Role' }).inputValue()).toBe('Intern');
    expect(await page.getByLabel('Needs a supervisor').isChecked()).toBe(true);
    expect(await columnTexts(page, 'Name')).toEqual(waiting);
    await changeRoster(page, () => page.goBack());
    expect(searchParams(page).has('needs-supervisor')).toBe(false);
    expect(await page.getByLabel('Needs a supervisor').isChecked()).toBe(false);
    expect(await columnTexts(page, 'Name')).toEqual(
      await rosterNamesFromApi(api, { roleIds: [intern.id] }),
    );

    // A link made elsewhere opens on its view: active therapists of the trauma team.
    await changeRoster(page, () =>
      page.goto(`/staff?status=active&group=${trauma.id}&kind=therapist`),
    );
    expect(await page.getByRole('combobox', { name: 'Group' }).inputValue()).toBe('Trauma Team');
    expect(await page.getByRole('combobox', { name: 'Kind' }).inputValue()).toBe('Therapist');
    await page.getByRole('tab', { name: 'Active', selected: true }).waitFor();
    const traumaTherapists = await rosterNamesFromApi(api, {
      statuses: ['ACTIVE'],
      groupIds: [trauma.id],
      kinds: ['THERAPIST'],
    });
    expect(traumaTherapists.length).toBeGreaterThan(0);
    expect(await columnTexts(page, 'Name')).toEqual(traumaTherapists);
    for (const groups of await columnTexts(page, 'Groups')) {
      expect(groups).toContain('Trauma Team');
    }
    await page.screenshot({
      path: await screenshotPath('roster-filter-group.png'),
      fullPage: true,
    });

    // Clearing keeps the tab and drops the rest; the group filter leads to the groups page.
    await changeRoster(page, () => page.getByRole('button', { name: 'Clear filters' }).click());
    expect(searchParams(page).toString()).toBe('status=active');
    await page.getByRole('link', { name: 'Manage groups' }).click();
    await heading(page, 'Groups').waitFor();
  });
});
