import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './harness';

/** The sign-in page and the app shell as the browser tests see them. */

export const emailInput = (page: Page): Locator => page.getByLabel('Email', { exact: true });
export const passwordInput = (page: Page): Locator => page.getByLabel('Password', { exact: true });
export const signInButton = (page: Page): Locator =>
  page.getByRole('button', { name: 'Sign in', exact: true });

/** Waits for the sign-in form to be on screen. */
export async function waitForSignInPage(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Sign in to Caseload' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/sign-in');
}

/**
 * Signs in the way a person does: on the sign-in page (where the page must be), typing into the
 * labelled fields and pressing Enter in the password field.
 */
export async function signInThroughForm(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await emailInput(page).fill(email);
  await passwordInput(page).fill(password);
  await passwordInput(page).press('Enter');
}

/**
 * Signs the page's browser context in without the form, as the app's own request would: the
 * API's Set-Cookie lands in the context's cookie jar, which the page shares.
 */
export async function signInViaPage(page: Page, email: string): Promise<void> {
  const response = await page.request.post('/graphql', {
    data: {
      query:
        'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { expiresAt } }',
      variables: { email, password: DEMO_PASSWORD },
    },
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok() || !body.data || body.errors) {
    throw new Error(`Signing in as ${email} failed: ${JSON.stringify(body.errors)}`);
  }
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === 'caseload_session');
  expect(session?.httpOnly).toBe(true);
}

/** The header's button for the signed-in member's menu. */
export const accountButton = (page: Page, displayName: string): Locator =>
  page.getByRole('banner').getByRole('button', { name: `Account: ${displayName}` });

/** The header's practice switcher (only for members of several practices). */
export const practiceSwitcher = (page: Page, practiceName: string): Locator =>
  page.getByRole('banner').getByRole('button', { name: `Practice: ${practiceName}` });
