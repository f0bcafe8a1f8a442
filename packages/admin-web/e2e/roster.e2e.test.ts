import type { StaffKind, StaffStatus } from '@caseload/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROSTER_PAGE_SIZE } from '../src/features/staff/roster-view';
import { staffKindLabels, staffStatusLabels } from '../src/features/staff/staff-labels';
import { launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import { demoAccounts, queryApi, type RunningApi, startApi } from './harness';
import {
  changeRoster,
  columnTexts,
  type RosterRow,
  rosterRows,
  rosterTable,
  searchParams,
} from './roster-page';
import { accountButton, signInThroughForm, signInViaPage, waitForSignInPage } from './sign-in-page';

// Starting the API on a fresh database migrates and seeds it, which takes a while. Set here, not
// in jest.config.cjs: Jest reads testTimeout from the config a run starts with, not a project's.
jest.setTimeout(180_000);

/** Everyone still on the roster: what the "All" tab lists. */
const onRosterStatuses: StaffStatus[] = ['ACTIVE', 'INVITED', 'ON_HOLD', 'INACTIVE'];

interface RosterMemberFromApi {
  displayName: string;
  lastName: string;
  staffId: string;
  kind: StaffKind;
  status: StaffStatus;
  roles: Array<{ name: string }>;
}

interface RosterFromApi {
  staff: {
    totalCount: number;
    pageInfo: { endCursor: string | null };
    edges: Array<{ node: RosterMemberFromApi }>;
  };
}

/** What the API itself lists for a roster view: the page is expected to show exactly this. */
function rosterFromApi(
  api: RunningApi,
  variables: { filter: Record<string, unknown>; orderBy?: Record<string, string>; after?: string },
): Promise<RosterFromApi> {
  return queryApi<RosterFromApi>(
    api,
    `query ($filter: StaffFilter, $orderBy: StaffOrder, $after: String) {
      staff(first: ${ROSTER_PAGE_SIZE}, after: $after, filter: $filter, orderBy: $orderBy) {
        totalCount
        pageInfo { endCursor }
        edges { node { displayName lastName staffId kind status roles { name } } }
      }
    }`,
    variables,
  );
}

const displayNames = (roster: RosterFromApi) =>
  roster.staff.edges.map((edge) => edge.node.displayName);

/** The columns an admin should see for a member (the roster shows more). */
const expectedRow = (member: RosterMemberFromApi): RosterRow => ({
  Name: member.displayName,
  'Staff ID': member.staffId,
  Kind: staffKindLabels[member.kind],
  Status: staffStatusLabels[member.status],
  // A dash stands for no roles.
  Roles: member.roles.map((role) => role.name).join(', ') || '—',
});

const memberCount = (count: number) => (count === 1 ? '1 member' : `${count} members`);

/** The roster, seen by the owner of the demo practice, who may see everything. */
describe('admin app in a browser', () => {
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

  // The first test signs in as a person does; the others sign in through the page's own request.
  it('signs in, then opens on the roster of the demo practice: name, staff ID, kind, status and roles', async () => {
    const { me } = await queryApi<{ me: { member: { displayName: string } } }>(
      api,
      '{ me { member { displayName } } }',
    );
    const { practice } = await queryApi<{ practice: { name: string } }>(
      api,
      '{ practice { name } }',
    );
    expect(practice.name).toMatch(/Riverbend/);
    const roster = await rosterFromApi(api, { filter: { statuses: onRosterStatuses } });
    // The demo practice has about thirty members: enough for a second page.
    expect(roster.staff.totalCount).toBeGreaterThan(ROSTER_PAGE_SIZE);

    await page.goto('/');
    await waitForSignInPage(page);
    await changeRoster(page, () => signInThroughForm(page, demoAccounts.owner));

    expect(new URL(page.url()).pathname).toBe('/staff');
    expect(await page.title()).toBe('Staff · Caseload');
    await page.getByRole('banner').getByText(practice.name).waitFor();
    await accountButton(page, me.member.displayName).waitFor();
    await page.getByText(memberCount(roster.staff.totalCount), { exact: true }).waitFor();
    const rows = await rosterRows(page);
    expect(rows).toEqual(
      roster.staff.edges.map((edge) => expect.objectContaining(expectedRow(edge.node))),
    );
    // Every status is a badge, not bare text.
    expect(await rosterTable(page).locator('tbody .mantine-Badge-root').count()).toBe(rows.length);
    expect(await page.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(
      await page
        .getByRole('navigation', { name: 'Pages' })
        .locator('[aria-current="page"]')
        .textContent(),
    ).toBe('Staff');
    await page.screenshot({ path: await screenshotPath('roster-all.png'), fullPage: true });
  });

  describe('signed in as the owner', () => {
    beforeEach(async () => {
      await signInViaPage(page, demoAccounts.owner);
    });

    it('lists only the members of a status under its tab, and Back returns to All', async () => {
      await changeRoster(page, () => page.goto('/staff'));

      for (const status of onRosterStatuses) {
        const withStatus = await rosterFromApi(api, { filter: { statuses: [status] } });
        // The demo roster has members in every status still on the roster.
        expect(withStatus.staff.totalCount).toBeGreaterThan(0);

        const tabName = staffStatusLabels[status];
        await changeRoster(page, () =>
          page.getByRole('tab', { name: tabName, exact: true }).click(),
        );

        expect(searchParams(page).get('status')).toBe(status.toLowerCase().replace('_', '-'));
        await page.getByText(memberCount(withStatus.staff.totalCount), { exact: true }).waitFor();
        const statuses = await columnTexts(page, 'Status');
        expect(new Set(statuses)).toEqual(new Set([tabName]));
        expect(await columnTexts(page, 'Name')).toEqual(displayNames(withStatus));
      }
      await page.screenshot({ path: await screenshotPath('roster-inactive.png'), fullPage: true });

      await page.goBack();
      await page.getByRole('tab', { name: staffStatusLabels.ON_HOLD, selected: true }).waitFor();
      expect(searchParams(page).get('status')).toBe('on-hold');
    });

    it('keeps removed members off the roster except under their own tab', async () => {
      const removed = await rosterFromApi(api, { filter: { statuses: ['REMOVED'] } });

      await changeRoster(page, () => page.goto('/staff'));
      expect(await columnTexts(page, 'Status')).not.toContain(staffStatusLabels.REMOVED);

      await changeRoster(page, () => page.getByRole('tab', { name: 'Removed' }).click());
      if (removed.staff.totalCount === 0) {
        await rosterTable(page).getByText('No staff members match').waitFor();
      } else {
        expect(await columnTexts(page, 'Name')).toEqual(displayNames(removed));
      }
    });

    it('narrows the roster to the members a search for a surname matches', async () => {
      const everyone = await rosterFromApi(api, { filter: { statuses: onRosterStatuses } });
      const someone = everyone.staff.edges[0]?.node;
      if (!someone) {
        throw new Error('The demo roster is empty.');
      }
      const matches = await rosterFromApi(api, {
        filter: { statuses: onRosterStatuses, search: someone.lastName },
      });
      expect(matches.staff.totalCount).toBeLessThan(everyone.staff.totalCount);

      await changeRoster(page, () => page.goto('/staff'));
      await changeRoster(page, () => page.getByLabel('Search staff').fill(someone.lastName));

      expect(searchParams(page).get('q')).toBe(someone.lastName);
      await page.getByText(memberCount(matches.staff.totalCount), { exact: true }).waitFor();
      const names = await columnTexts(page, 'Name');
      expect(names).toEqual(displayNames(matches));
      expect(names).toContain(someone.displayName);
      await page.screenshot({ path: await screenshotPath('roster-search.png'), fullPage: true });

      await changeRoster(page, () => page.getByLabel('Search staff').fill('no-such-person-xyz'));
      await rosterTable(page).getByText('No staff members match').waitFor();
      await page.getByText(memberCount(0), { exact: true }).waitFor();
    });

    it('pages forward and back, and a reload keeps the page, sort and cursors', async () => {
      const byStaffIdDescending = {
        filter: { statuses: onRosterStatuses },
        orderBy: { field: 'STAFF_ID', direction: 'DESC' },
      };
      const firstPage = await rosterFromApi(api, byStaffIdDescending);
      const endCursor = firstPage.staff.pageInfo.endCursor;
      if (!endCursor) {
        throw new Error('The API gave no cursor for the first page.');
      }
      const secondPage = await rosterFromApi(api, { ...byStaffIdDescending, after: endCursor });
      const pageCount = Math.ceil(firstPage.staff.totalCount / ROSTER_PAGE_SIZE);
      expect(pageCount).toBeGreaterThan(1);

      await changeRoster(page, () => page.goto('/staff'));
      const staffIdHeader = page.getByRole('columnheader', { name: 'Staff ID' });
      await changeRoster(page, () => staffIdHeader.getByRole('button').click());
      expect(await staffIdHeader.getAttribute('aria-sort')).toBe('ascending');
      await changeRoster(page, () => staffIdHeader.getByRole('button').click());
      expect(await staffIdHeader.getAttribute('aria-sort')).toBe('descending');
      expect(await columnTexts(page, 'Staff ID')).toEqual(
        firstPage.staff.edges.map((edge) => edge.node.staffId),
      );

      await changeRoster(page, () => page.getByRole('button', { name: 'Next' }).click());
      expect(searchParams(page).getAll('after')).toHaveLength(1);
      await page.getByText(`Page 2 of ${pageCount}`).waitFor();
      expect(await columnTexts(page, 'Name')).toEqual(displayNames(secondPage));
      await page.screenshot({ path: await screenshotPath('roster-page-2.png'), fullPage: true });

      const addressBeforeReload = page.url();
      await changeRoster(page, () => page.reload());
      expect(page.url()).toBe(addressBeforeReload);
      await page.getByText(`Page 2 of ${pageCount}`).waitFor();
      expect(await staffIdHeader.getAttribute('aria-sort')).toBe('descending');
      expect(await columnTexts(page, 'Name')).toEqual(displayNames(secondPage));

      // The cursor stack came back with the URL, so Previous still leads to the first page.
      await changeRoster(page, () => page.getByRole('button', { name: 'Previous' }).click());
      await page.getByText(`Page 1 of ${pageCount}`).waitFor();
      expect(searchParams(page).has('after')).toBe(false);
      expect(await columnTexts(page, 'Name')).toEqual(displayNames(firstPage));
    });

    it('shows a not-found page, inside the app, for an address that is no page', async () => {
      const response = await page.goto('/no-such-page');
      // The API answers unknown paths with the app, which then says what happened.
      expect(response?.status()).toBe(200);

      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      expect(await page.title()).toBe('Page not found · Caseload');
      await page.getByRole('navigation', { name: 'Pages' }).waitFor();
      await page.screenshot({ path: await screenshotPath('not-found.png'), fullPage: true });

      await changeRoster(page, () =>
        page.getByRole('link', { name: 'Go to the staff roster' }).click(),
      );
      expect(new URL(page.url()).pathname).toBe('/staff');
    });
  });
});
