import type { Locator, Page } from 'playwright-core';
import { chooseUntilShown } from './browser';
import { queryApi, type RunningApi } from './harness';
import { accountButton } from './sign-in-page';

/** Steps of the staff journeys that several browser tests share. */

interface StaffSearch {
  staff: {
    totalCount: number;
    edges: Array<{ node: { id: string; displayName: string; status: string } }>;
  };
}

/** The one Riverbend member with `email` still on the roster, as the owner sees them through the API. */
export async function memberByEmail(api: RunningApi, email: string) {
  const { staff } = await queryApi<StaffSearch>(
    api,
    'query ($search: String) { staff(first: 2, filter: { search: $search, statuses: [INVITED, ACTIVE, ON_HOLD, INACTIVE] }) { totalCount edges { node { id displayName status } } } }',
    { search: email },
  );
  const member = staff.edges[0]?.node;
  if (staff.totalCount !== 1 || !member) {
    throw new Error(`Expected one member with the email ${email}, found ${staff.totalCount}.`);
  }
  return member;
}

/** The page's main heading. */
export const heading = (page: Page, name: string): Locator =>
  page.getByRole('heading', { level: 1, name, exact: true });

/** Waits until nothing on the page moves (a drawer or dialog sliding in), for a still picture. */
export async function waitForAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}

/** Opens the demo mailbox (the page must be signed in with staff.invite); the newest mail to `email`. */
export async function mailboxRow(page: Page, email: string): Promise<Locator> {
  await page.goto('/mailbox');
  await heading(page, 'Mailbox').waitFor();
  const row = page
    .getByRole('table', { name: 'Outgoing mail' })
    .locator('tbody tr', { hasText: email })
    .first();
  await row.waitFor();
  return row;
}

/** Opens a mail of the mailbox and reads its invitation link: the path, with its token. */
export async function invitationLinkOf(page: Page, mailRow: Locator): Promise<string> {
  await mailRow.getByRole('button').click();
  const drawer = page.getByRole('dialog');
  await drawer.waitFor();
  const href = await drawer
    .getByRole('link', { name: /accept-invitation\?token=/ })
    .getAttribute('href');
  if (!href?.match(/^\/accept-invitation\?token=[\w-]+$/)) {
    throw new Error(`The mail holds no invitation link: ${href}`);
  }
  await waitForAnimations(page);
  return href;
}

/**
 * Follows an invitation link in the invitee's own browser, as from their email: chooses a
 * password, accepts, and waits until they are signed in.
 */
export async function acceptInvitation(
  invitee: Page,
  href: string,
  { displayName, password }: { displayName: string; password: string },
): Promise<void> {
  await invitee.goto(href);
  await invitee.getByLabel('Choose a password').waitFor();
  await invitee.getByLabel('Choose a password').fill(password);
  await invitee.getByLabel('Confirm password').fill(password);
  await invitee.getByRole('button', { name: 'Accept and sign in' }).click();
  await accountButton(invitee, displayName).waitFor();
}

/** Picks `option` in the select (or searchable select) labelled `label` inside `scope`. */
export async function chooseOption(
  page: Page,
  scope: Locator | Page,
  label: string,
  option: string,
): Promise<void> {
  const select = scope.getByRole('combobox', { name: label, exact: true });
  await chooseUntilShown(
    select,
    (value) => value === option,
    async () => {
      await select.click();
      await page.getByRole('option', { name: option, exact: true }).click();
    },
  );
}
