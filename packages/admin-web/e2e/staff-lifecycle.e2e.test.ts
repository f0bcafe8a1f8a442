import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import { demoAccounts, queryApi, type RunningApi, startApi } from './harness';
import { changeRoster, rosterRows, rosterTable } from './roster-page';
import { signInThroughForm, signInViaPage, waitForSignInPage } from './sign-in-page';
import {
  acceptInvitation,
  chooseOption,
  heading,
  invitationLinkOf,
  mailboxRow,
  memberByEmail,
  waitForAnimations,
} from './staff-steps';

// Starting the API on a fresh database migrates and seeds it, which takes a while.
jest.setTimeout(240_000);

const therapistAccount = 'therapist@riverbend.example';
const supervisorAccount = 'supervisor@riverbend.example';
const inactiveAccount = 'inactive@riverbend.example';

/** A result toast, by its title. */
const toast = (page: Page, title: string): Locator =>
  page.getByRole('status').filter({ hasText: title });

const section = (page: Page, name: string): Locator => page.getByRole('region', { name });

interface ClientsOf {
  clients: {
    totalCount: number;
    edges: Array<{ node: { id: string; version: number } }>;
  };
}

function activeClientsOf(api: RunningApi, therapistId: string): Promise<ClientsOf> {
  return queryApi<ClientsOf>(
    api,
    'query ($id: ID!) { clients(first: 100, filter: { therapistId: $id, statuses: [ACTIVE] }) { totalCount edges { node { id version } } } }',
    { id: therapistId },
  );
}

interface StaffMemberFromApi {
  staffMember: {
    status: string;
    activeClientCount: number;
    supervisor: { id: string } | null;
    profile: {
      version: number;
      title: string | null;
      bio: string | null;
      primaryPhone: string | null;
      secondaryEmail: string | null;
      weeklyAvailability: Array<{ day: string; startMinute: number; endMinute: number }>;
    };
  };
}

function staffMemberFromApi(api: RunningApi, id: string): Promise<StaffMemberFromApi> {
  return queryApi<StaffMemberFromApi>(
    api,
    'query ($id: ID!) { staffMember(id: $id) { status activeClientCount supervisor { id } profile { version title bio primaryPhone secondaryEmail weeklyAvailability { day startMinute endMinute } } } }',
    { id },
  );
}

/** The invitation, status, removal and profile journeys of the staff pages. */
describe('staff lifecycle in a browser', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problemLists: Array<() => string[]> = [];

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  /** A page in a browser context of its own: one person at one computer. */
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

  async function openProfile(page: Page, member: { id: string; displayName: string }) {
    await page.goto(`/staff/${member.id}`);
    await heading(page, member.displayName).waitFor();
    await section(page, 'Status and access').waitFor();
  }

  it('invites a therapist through the dialog; they accept from the mailbox and show as active', async () => {
    const existing = await memberByEmail(api, therapistAccount);
    const email = 'nadia.okafor@riverbend.example';
    const owner = await newPage();
    await signInViaPage(owner, demoAccounts.owner);
    await changeRoster(owner, () => owner.goto('/staff'));

    await owner.getByRole('button', { name: 'Invite staff' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Invite staff' });
    await dialog.getByRole('checkbox', { name: 'Therapist', exact: true }).waitFor();

    // Nothing filled in: each field says what it needs.
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.getByText('Enter their first name.').waitFor();
    await dialog.getByText('Choose at least one role').waitFor();

    await dialog.getByLabel('First name').fill('Nadia');
    await dialog.getByLabel('Last name').fill('Okafor');
    // An email already on the roster: refused, with the way to the member who has it.
    await dialog.getByLabel('Work email').fill(therapistAccount);
    await chooseOption(owner, dialog, 'Kind', 'Therapist');
    await dialog.getByRole('checkbox', { name: 'Therapist', exact: true }).check();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.getByText(`${therapistAccount} is already on the roster`).waitFor();
    const existingLink = dialog.getByRole('link', {
      name: 'Open the member already on the roster',
    });
    expect(await existingLink.getAttribute('href')).toBe(`/staff/${existing.id}`);
    await owner.screenshot({ path: await screenshotPath('invite-staff-conflict.png') });

    await dialog.getByLabel('Work email').fill(email);
    await changeRoster(owner, () =>
      dialog.getByRole('button', { name: 'Send invitation' }).click(),
    );
    await dialog.waitFor({ state: 'detached' });
    await toast(owner, 'Invitation sent').waitFor();
    const invited = await memberByEmail(api, email);
    expect(invited.status).toBe('INVITED');

    // On the roster's Invited tab, with where the invitation stands.
    await changeRoster(owner, () => owner.getByRole('tab', { name: 'Invited' }).click());
    const invitedRow = rosterTable(owner).locator('tbody tr', { hasText: 'Nadia Okafor' });
    await invitedRow.getByText(/^Invitation sent .+, valid until .+$/).waitFor();
    await owner.screenshot({ path: await screenshotPath('roster-invited.png'), fullPage: true });

    // The mail with the link waits in the mailbox; Nadia follows it in her own browser.
    const href = await invitationLinkOf(owner, await mailboxRow(owner, email));
    const nadia = await newPage();
    await acceptInvitation(nadia, href, {
      displayName: 'Nadia Okafor',
      password: 'lantern orchard meadow 42',
    });
    expect(new URL(nadia.url()).pathname).toBe('/staff');

    expect((await memberByEmail(api, email)).status).toBe('ACTIVE');
    await changeRoster(owner, () => owner.goto('/staff?status=active&q=Okafor'));
    const rows = await rosterRows(owner);
    expect(rows.find((row) => row.Name === 'Nadia Okafor')?.Status).toBe('Active');
    await owner.screenshot({
      path: await screenshotPath('roster-invitee-active.png'),
      fullPage: true,
    });
  });

  it('resends and revokes an invitation from the roster', async () => {
    const owner = await newPage();
    await signInViaPage(owner, demoAccounts.owner);
    await changeRoster(owner, () => owner.goto('/staff?status=invited'));
    // The demo practice has an invitation that ran out unanswered.
    const expiredRow = rosterTable(owner)
      .locator('tbody tr')
      .filter({ hasText: /Invitation expired/ })
      .first();
    const name = ((await expiredRow.getByRole('link').first().textContent()) ?? '').trim();

    await expiredRow.getByRole('button', { name: `Invitation actions for ${name}` }).click();
    await owner.getByRole('menuitem', { name: 'Resend invitation' }).click();
    await toast(owner, 'Invitation sent again').waitFor();
    const row = rosterTable(owner).locator('tbody tr', { hasText: name });
    await row.getByText(/^Invitation sent .+, valid until .+$/).waitFor();

    await row.getByRole('button', { name: `Invitation actions for ${name}` }).click();
    await owner.getByRole('menuitem', { name: 'Revoke invitation' }).click();
    const confirmation = owner.getByRole('dialog', { name: 'Revoke this invitation?' });
    await confirmation.getByText('stops working at once').waitFor();
    await waitForAnimations(owner);
    await owner.screenshot({ path: await screenshotPath('roster-revoke-invitation.png') });
    await confirmation.getByRole('button', { name: 'Revoke invitation' }).click();
    await confirmation.waitFor({ state: 'detached' });
    await toast(owner, 'Invitation revoked').waitFor();
    await row.getByText(/^Invitation revoked/).waitFor();
  });

  it('says which plan refuses another practitioner, beside the kind', async () => {
    const owner = await newPage();
    await signInViaPage(owner, demoAccounts.hollowPineOwner);
    await changeRoster(owner, () => owner.goto('/staff'));
    await owner.getByRole('button', { name: 'Invite staff' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Invite staff' });
    await dialog.getByLabel('First name').fill('Ruth');
    await dialog.getByLabel('Last name').fill('Calloway');
    await dialog.getByLabel('Work email').fill('ruth.calloway@hollowpine.example');
    await chooseOption(owner, dialog, 'Kind', 'Therapist');
    await dialog.getByRole('checkbox', { name: 'Therapist', exact: true }).check();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog
      .getByText(/The Solo plan allows 1 practitioner/)
      .last()
      .waitFor();
    const kindField = dialog.getByRole('combobox', { name: 'Kind' });
    // The refusal belongs to the kind field: it is what the field is described by. The attribute
    // can follow the message by a render (it did once in CI), so wait for it before reading it.
    const errorId = await dialog
      .locator('.mantine-InputWrapper-error', { hasText: 'Solo plan' })
      .getAttribute('id');
    await kindField.and(dialog.locator(`[aria-describedby~="${errorId}"]`)).waitFor();
    const describedBy = (await kindField.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(errorId);
    await owner.screenshot({ path: await screenshotPath('invite-staff-plan-limit.png') });
  });

  it('deactivates a signed-in member, whose next request is refused and who lands on the sign-in page', async () => {
    const therapist = await memberByEmail(api, therapistAccount);
    const member = await newPage();
    await signInViaPage(member, therapistAccount);
    await member.goto('/clients');
    await heading(member, 'Clients').waitFor();

    const owner = await newPage();
    await signInViaPage(owner, demoAccounts.owner);
    await openProfile(owner, therapist);
    await section(owner, 'Status and access').getByRole('button', { name: 'Deactivate' }).click();
    const dialog = owner.getByRole('dialog', { name: `Deactivate ${therapist.displayName}?` });
    await dialog.getByText('every session they have open ends at once').waitFor();
    // A reason is required, and kept in the log.
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await dialog.getByText('Say why: the reason is kept in the activity log.').waitFor();
    await dialog.getByLabel('Reason').fill('Left for another clinic at short notice');
    await waitForAnimations(owner);
    await owner.screenshot({ path: await screenshotPath('staff-deactivate-confirm.png') });
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await dialog.waitFor({ state: 'detached' });
    await toast(owner, 'Status changed').waitFor();
    await owner
      .getByRole('main')
      .getByText('Inactive: they cannot sign in.', { exact: true })
      .waitFor();
    await section(owner, 'Status and access').getByRole('button', { name: 'Reactivate' }).waitFor();
    await owner.screenshot({ path: await screenshotPath('staff-deactivated.png'), fullPage: true });
    expect((await memberByEmail(api, therapistAccount)).status).toBe('INACTIVE');

    // The member's open page asks the API for the next page: refused, and back to sign in.
    await member
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Staff' })
      .click();
    await waitForSignInPage(member);
    await member.getByText('Your session has ended. Sign in again to continue.').waitFor();
    await signInThroughForm(member, therapistAccount);
    await member.getByText('Your access has ended').waitFor();
    await member.screenshot({ path: await screenshotPath('staff-deactivated-sign-in.png') });
  });

  it('removes a member with active clients, handing all of them to another therapist', async () => {
    const { staff } = await queryApi<{
      staff: {
        edges: Array<{
          node: { id: string; displayName: string; email: string; activeClientCount: number };
        }>;
      };
    }>(
      api,
      '{ staff(first: 100, filter: { statuses: [ACTIVE], kinds: [THERAPIST] }, orderBy: { field: ACTIVE_CLIENTS, direction: DESC }) { edges { node { id displayName email activeClientCount } } } }',
    );
    const personas = [demoAccounts.owner, therapistAccount, supervisorAccount];
    const leaving = staff.edges
      .map((edge) => edge.node)
      .find((node) => node.activeClientCount > 0 && !personas.includes(node.email));
    if (!leaving) {
      throw new Error('The demo practice has no therapist with clients to remove.');
    }
    const successor = await memberByEmail(api, supervisorAccount);
    const successorBefore = (await activeClientsOf(api, successor.id)).clients.totalCount;

    const owner = await newPage();
    await signInViaPage(owner, demoAccounts.owner);
    await openProfile(owner, leaving);
    await section(owner, 'Status and access')
      .getByRole('button', { name: 'Remove from practice' })
      .click();
    const dialog = owner.getByRole('dialog', {
      name: `Remove ${leaving.displayName} from the practice?`,
    });
    const clientList = dialog.getByRole('list', { name: 'Their active clients' });
    await clientList.waitFor();
    expect(await clientList.getByRole('listitem').count()).toBe(leaving.activeClientCount);

    // Without someone to take the clients, the form asks for one.
    await dialog.getByLabel('Reason').fill('Moved out of state');
    await dialog.getByRole('button', { name: 'Remove from practice' }).click();
    await dialog.getByText('Choose who takes over their clients.').waitFor();
    await dialog.getByRole('combobox', { name: 'Who takes all of them over' }).fill('Raman');
    await owner.getByRole('option', { name: successor.displayName, exact: true }).click();
    await waitForAnimations(owner);
    await owner.screenshot({ path: await screenshotPath('staff-remove-reassign.png') });
    await dialog.getByRole('button', { name: 'Remove from practice' }).click();
    await dialog.waitFor({ state: 'detached' });
    await toast(owner, 'Removed from the practice')
      .getByText(`now with ${successor.displayName}`)
      .waitFor();
    await owner.getByText('Removed from the practice: their data is kept').waitFor();
    await owner.screenshot({ path: await screenshotPath('staff-removed.png'), fullPage: true });

    const after = await staffMemberFromApi(api, leaving.id);
    expect(after.staffMember).toMatchObject({ status: 'REMOVED', activeClientCount: 0 });
    expect((await activeClientsOf(api, successor.id)).clients.totalCount).toBe(
      successorBefore + leaving.activeClientCount,
    );
  });

  it('shows HAS_ACTIVE_CLIENTS with the count when clients arrive while removing, then asks who takes them', async () => {
    const grant = await memberByEmail(api, inactiveAccount);
    await queryApi(
      api,
      'mutation ($id: ID!) { setStaffStatus(staffMemberId: $id, status: ACTIVE) { id } }',
      { id: grant.id },
    );
    const owner = await newPage();
    await signInViaPage(owner, demoAccounts.owner);
    await openProfile(owner, grant);
    await section(owner, 'Status and access')
      .getByRole('button', { name: 'Remove from practice' })
      .click();
    const dialog = owner.getByRole('dialog', {
      name: `Remove ${grant.displayName} from the practice?`,
    });
    await dialog.getByText(`${grant.displayName} has no active clients.`).waitFor();

    // Meanwhile someone gives Grant a client.
    const supervisor = await memberByEmail(api, supervisorAccount);
    const [moving] = (await activeClientsOf(api, supervisor.id)).clients.edges;
    if (!moving) {
      throw new Error('The supervisor has no client to give away.');
    }
    await queryApi(
      api,
      'mutation ($client: ID!, $to: ID!, $version: Int!) { reassignClient(clientId: $client, toTherapistId: $to, expectedVersion: $version, reason: "Covering a waitlist") { id } }',
      { client: moving.node.id, to: grant.id, version: moving.node.version },
    );

    await dialog.getByLabel('Reason').fill('Not coming back after leave');
    await dialog.getByRole('button', { name: 'Remove from practice' }).click();
    await dialog
      .getByRole('alert')
      .getByText(/still has 1 active client/)
      .waitFor();
    // The form now lists the client and asks who takes them over.
    await dialog.getByRole('list', { name: 'Their active clients' }).waitFor();
    await owner.screenshot({ path: await screenshotPath('staff-remove-has-active-clients.png') });
    await dialog.getByRole('combobox', { name: 'Who takes all of them over' }).fill('Raman');
    await owner.getByRole('option', { name: supervisor.displayName, exact: true }).click();
    await dialog.getByRole('button', { name: 'Remove from practice' }).click();
    await dialog.waitFor({ state: 'detached' });
    await toast(owner, 'Removed from the practice').waitFor();
    expect((await staffMemberFromApi(api, grant.id)).staffMember.status).toBe('REMOVED');
  });

  it('edits profile sections, and keeps the form when someone else saved first', async () => {
    // The records custodian: an admin with no availability yet.
    const member = await memberByEmail(api, 'records@riverbend.example');
    const owner = await newPage();
    await signInViaPage(owner, demoAccounts.owner);
    await openProfile(owner, member);

    // Details, saved as they are.
    const details = section(owner, 'Details');
    await details.getByRole('button', { name: 'Edit details' }).click();
    await details.getByLabel('Title').fill('LCSW, Trauma Lead');
    await details.getByLabel('Bio').fill('Works with adults after trauma.');
    await details.getByRole('button', { name: 'Save details' }).click();
    await toast(owner, 'Profile saved').waitFor();
    await details.getByText('LCSW, Trauma Lead', { exact: true }).waitFor();
    await details.getByText('Works with adults after trauma.').waitFor();

    // Weekly availability: a slot added and read back in words.
    const availability = section(owner, 'Weekly availability');
    await availability.getByRole('button', { name: 'Edit weekly availability' }).click();
    await availability.getByRole('button', { name: 'Add a time slot' }).click();
    await availability.getByRole('button', { name: 'Add a time slot' }).click();
    await availability.getByLabel('Day of slot 2').click();
    await owner.getByRole('option', { name: 'Wednesday', exact: true }).click();
    await availability.getByLabel('Start of slot 2').fill('13:00');
    await availability.getByLabel('End of slot 2').fill('19:30');
    await availability.getByRole('button', { name: 'Save weekly availability' }).click();
    await availability.getByText('Monday:').waitFor();
    await availability.getByText('1:00 PM–7:30 PM').waitFor();

    // Contact: someone else saves while the form is open.
    const contact = section(owner, 'Contact');
    await contact.getByRole('button', { name: 'Edit contact' }).click();
    await contact.getByLabel('Primary phone').fill('(312) 555-0148');
    const { staffMember } = await staffMemberFromApi(api, member.id);
    await queryApi(
      api,
      'mutation ($id: ID!, $version: Int!) { updateStaffProfile(staffMemberId: $id, expectedVersion: $version, input: { secondaryEmail: "home@example.org" }) { id } }',
      { id: member.id, version: staffMember.profile.version },
    );
    await contact.getByRole('button', { name: 'Save contact' }).click();
    const conflict = contact
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this member' });
    await conflict.waitFor();
    // Nothing typed is lost.
    expect(await contact.getByLabel('Primary phone').inputValue()).toBe('(312) 555-0148');
    await owner.screenshot({
      path: await screenshotPath('staff-profile-conflict.png'),
      fullPage: true,
    });
    await conflict.getByRole('button', { name: 'Reload their changes' }).click();
    await contact.getByText('They changed the secondary email').waitFor();
    expect(await contact.getByLabel('Secondary email').inputValue()).toBe('home@example.org');
    expect(await contact.getByLabel('Primary phone').inputValue()).toBe('(312) 555-0148');
    await contact.getByRole('button', { name: 'Save contact' }).click();
    await toast(owner, 'Profile saved').waitFor();
    await contact.getByRole('link', { name: '(312) 555-0148' }).waitFor();

    const saved = (await staffMemberFromApi(api, member.id)).staffMember.profile;
    expect(saved).toMatchObject({
      title: 'LCSW, Trauma Lead',
      bio: 'Works with adults after trauma.',
      primaryPhone: '(312) 555-0148',
      secondaryEmail: 'home@example.org',
    });
    expect(saved.weeklyAvailability).toEqual([
      { day: 'MONDAY', startMinute: 540, endMinute: 1020 },
      { day: 'WEDNESDAY', startMinute: 780, endMinute: 1170 },
    ]);
    await owner.screenshot({
      path: await screenshotPath('staff-profile-edited.png'),
      fullPage: true,
    });
  });

  it('names a supervisor for a member whose role requires one', async () => {
    const { staff } = await queryApi<{
      staff: { edges: Array<{ node: { id: string; displayName: string } }> };
    }>(
      api,
      '{ staff(first: 1, filter: { needsSupervisor: true, statuses: [ACTIVE] }) { edges { node { id displayName } } } }',
    );
    const intern = staff.edges[0]?.node;
    if (!intern) {
      throw new Error('The demo practice has nobody waiting for a supervisor.');
    }
    const supervisor = await memberByEmail(api, supervisorAccount);
    const owner = await newPage();
    await signInViaPage(owner, demoAccounts.owner);
    await openProfile(owner, intern);
    const supervision = section(owner, 'Supervision');
    await supervision
      .getByText(`${intern.displayName} holds a role that requires supervision`)
      .waitFor();
    await supervision.getByRole('button', { name: 'Set supervisor' }).click();
    const dialog = owner.getByRole('dialog', { name: `Supervisor of ${intern.displayName}` });
    await dialog.getByRole('combobox', { name: 'Supervisor' }).fill('Raman');
    await owner.getByRole('option', { name: supervisor.displayName, exact: true }).click();
    await dialog.getByRole('button', { name: 'Save supervisor' }).click();
    await dialog.waitFor({ state: 'detached' });
    await toast(owner, 'Supervision changed').waitFor();
    await supervision.getByRole('link', { name: supervisor.displayName }).waitFor();
    expect(await supervision.getByText('holds a role that requires supervision').count()).toBe(0);
    expect((await staffMemberFromApi(api, intern.id)).staffMember.supervisor?.id).toBe(
      supervisor.id,
    );
    await owner.screenshot({
      path: await screenshotPath('staff-supervisor-set.png'),
      fullPage: true,
    });
  });

  it('shows a therapist no lifecycle actions, and says which permissions they lack', async () => {
    const owner = await memberByEmail(api, demoAccounts.owner);
    const page = await newPage();
    await signInViaPage(page, 'frontdesk@riverbend.example');
    await changeRoster(page, () => page.goto('/staff'));
    expect(await page.getByRole('button', { name: 'Invite staff' }).count()).toBe(0);
    await page.getByText('Inviting staff needs the staff.invite permission').waitFor();
    await openProfile(page, owner);
    const status = section(page, 'Status and access');
    await status.getByText(/changing the status needs staff\.status/i).waitFor();
    expect(await status.getByRole('button').count()).toBe(0);
    expect(
      await section(page, 'Details').getByRole('button', { name: 'Edit details' }).count(),
    ).toBe(0);
    await page.getByText('Editing profiles needs the staff.edit permission').waitFor();
  });
});
