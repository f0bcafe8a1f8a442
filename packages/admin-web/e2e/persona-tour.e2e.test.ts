import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import { type RunningApi, startApi } from './harness';
import { practiceSwitcher, signInThroughForm, waitForSignInPage } from './sign-in-page';

/**
 * Every demo persona of README.md signs in and opens every page its sidebar offers, plus one
 * client, one colleague and a caseload reached from them: each page must load without an error,
 * ask the API nothing it refuses (FORBIDDEN), and offer only the actions the persona may take.
 */

// Starting the API on a fresh database migrates and seeds it, which takes a while.
jest.setTimeout(300_000);

/** Pages reached from a sidebar page rather than from the sidebar. */
type DetailStop = 'client' | 'caseload' | 'profile';

/** Action buttons whose permission rule is plain, with the page that shows them. */
const actionButtons = {
  newClient: { on: '/clients', button: 'New client' },
  bulkReassign: { on: '/clients', button: 'Reassign selected' },
  reassign: { on: 'client', button: 'Reassign' },
  editClient: { on: 'client', button: 'Edit details' },
  invite: { on: '/staff', button: 'Invite staff' },
  editProfile: { on: 'profile', button: 'Edit details' },
  editRoles: { on: 'profile', button: 'Edit roles' },
  addOverride: { on: 'profile', button: 'Add override' },
  removeMember: { on: 'profile', button: 'Remove from practice' },
  newGroup: { on: '/groups', button: 'New group' },
  newRole: { on: '/roles', button: 'New role' },
  addContact: { on: '/contacts', button: 'Add contact' },
} as const satisfies Record<string, { on: string; button: string }>;

type Action = keyof typeof actionButtons;

const everyAction = Object.keys(actionButtons) as Action[];

/** What a page says instead of an action it does not offer, where it says something. */
const reasonsNotOffered: Partial<Record<Action, RegExp>> = {
  bulkReassign: /Reassigning clients needs the clients\.reassign permission/,
  reassign: /Reassigning clients needs the clients\.reassign permission/,
  invite: /Inviting staff needs the staff\.invite permission/,
  editProfile: /Editing profiles needs the staff\.edit permission/,
  addOverride: /Changing overrides needs the permissions\.override permission/,
  removeMember: /removing them from the practice needs staff\.remove/i,
  newRole: /Changing them needs the roles\.manage permission/,
};

const riverbend = 'Riverbend Counseling Collective';
const hollowPine = 'Hollow Pine Therapy';

interface Persona {
  name: string;
  email: string;
  practice: string;
  /** Where signing in and `/` lead: the roster for members who see staff, else their clients. */
  home: string;
  /** The actions of `actionButtons` the persona's roles grant; no other one may be offered. */
  offered: readonly Action[];
  /** Further practices to tour after switching to them. */
  alsoActsFor?: readonly string[];
}

/** Front Office's role template: clients and contacts, no staff, roles or reassignment. */
const frontOfficeActions: readonly Action[] = ['newClient', 'editClient', 'addContact'];

/** README.md's demo sign-ins that open the app, with what their roles and status allow. */
const personas: readonly Persona[] = [
  { name: 'owner', email: 'owner@riverbend.example', offered: everyAction },
  { name: 'manager', email: 'manager@riverbend.example', offered: everyAction },
  { name: 'supervisor', email: 'supervisor@riverbend.example', offered: [] },
  { name: 'intern', email: 'intern@riverbend.example', offered: [] },
  { name: 'therapist', email: 'therapist@riverbend.example', offered: [] },
  { name: 'front office', email: 'frontdesk@riverbend.example', offered: frontOfficeActions },
  { name: 'records custodian', email: 'records@riverbend.example', offered: [] },
  // On hold: read-only access to their own caseload, so no roster and nothing to change.
  { name: 'on-hold therapist', email: 'onhold@riverbend.example', home: '/clients', offered: [] },
  {
    name: 'Hollow Pine owner',
    email: 'owner@hollowpine.example',
    practice: hollowPine,
    offered: everyAction,
  },
  {
    name: 'external agent',
    email: 'agent@agentdesk.example',
    offered: frontOfficeActions,
    alsoActsFor: [hollowPine],
  },
].map((persona) => ({ practice: riverbend, home: '/staff', ...persona }));

/** The titles of the app's error alerts: a page, or a part of it, that failed. */
const errorAlertText = /could not be (loaded|shown)|could not load|went wrong/i;

/** The app's deliberate answer on a page the member's permissions do not open. */
const noAccessHeading = "You don't have access to this page";

interface GraphQLWatch {
  /** Every FORBIDDEN answer so far: where, which operation and field, which permission. */
  refusals(): string[];
  /** Resolves once no GraphQL request is in flight and every answer has been read. */
  quiet(): Promise<void>;
}

function watchGraphQL(page: Page): GraphQLWatch {
  const refusals: string[] = [];
  const reading = new Set<Promise<void>>();
  let inFlight = 0;
  const isGraphQL = (url: string) => new URL(url).pathname === '/graphql';

  page.on('request', (request) => {
    if (isGraphQL(request.url())) inFlight += 1;
  });
  page.on('requestfailed', (request) => {
    if (isGraphQL(request.url())) inFlight -= 1;
  });
  page.on('response', (response) => {
    if (!isGraphQL(response.url())) return;
    const where = new URL(page.url()).pathname;
    const operation = response.request().postDataJSON()?.operationName ?? 'an operation';
    const read: Promise<void> = response
      .json()
      .then(
        (body: { errors?: Array<{ path?: string[]; extensions?: Record<string, unknown> }> }) => {
          for (const error of body.errors ?? []) {
            if (error.extensions?.code === 'FORBIDDEN') {
              refusals.push(
                `${where}: ${operation} ${error.path?.join('.') ?? ''} needs ${String(error.extensions.permission)}`,
              );
            }
          }
        },
      )
      // A body that is not JSON, or one the closing page took along, holds no refusal.
      .catch(() => undefined)
      .finally(() => {
        inFlight -= 1;
        reading.delete(read);
      });
    reading.add(read);
  });

  return {
    refusals: () => [...refusals],
    async quiet() {
      // A page may start its requests just after it renders.
      await page.waitForTimeout(150);
      const deadline = Date.now() + 15_000;
      while ((inFlight > 0 || reading.size > 0) && Date.now() < deadline) {
        await Promise.all(reading);
        await page.waitForTimeout(100);
      }
    },
  };
}

/** One persona's tour: where it is, and what it found so far. */
interface Tour {
  page: Page;
  persona: Persona;
  graphQL: GraphQLWatch;
  findings: string[];
  checkedActions: Set<Action>;
}

/** Waits until the page has its h1 and nothing on it loads, then notes any error state. */
async function inspect(tour: Tour, where: string): Promise<void> {
  const { page, findings } = tour;
  const heading = page.getByRole('heading', { level: 1 }).first();
  const headed = await heading
    .waitFor({ timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  if (!headed) {
    findings.push(`${where}: no h1`);
  } else if (/not found/i.test((await heading.textContent()) ?? '')) {
    // Reached through the app's own links, so whatever it names should be there.
    findings.push(`${where}: "${await heading.textContent()}"`);
  }
  const settled = await page
    .waitForFunction(
      () =>
        !document.querySelector(
          '[aria-busy="true"], [role="status"][aria-label^="Loading"], .mantine-Skeleton-root[data-visible="true"]',
        ),
      undefined,
      { timeout: 15_000 },
    )
    .then(() => true)
    .catch(() => false);
  await tour.graphQL.quiet();
  if (!settled) {
    findings.push(`${where}: still loading after 15 s`);
  }
  for (const alert of await page.getByRole('alert').filter({ hasText: errorAlertText }).all()) {
    findings.push(`${where}: "${((await alert.textContent()) ?? '').replace(/\s+/g, ' ')}"`);
  }
  if (await page.getByText('This page is not available in this build').count()) {
    findings.push(`${where}: not built yet`);
  }
}

/** Checks the action buttons of `stop`: shown to a persona who may use them, else not enabled. */
async function checkActions(tour: Tour, stop: string): Promise<void> {
  const { page, persona, findings } = tour;
  // A page that is closed to the persona says why as a whole; it has no actions to check.
  if (await page.getByText(noAccessHeading).count()) return;
  for (const action of everyAction) {
    const { on, button } = actionButtons[action];
    if (on !== stop) continue;
    tour.checkedActions.add(action);
    const buttons = page.getByRole('button', { name: button, exact: true });
    const enabled = await buttons.evaluateAll(
      (elements) => elements.filter((element) => !(element as HTMLButtonElement).disabled).length,
    );
    if (persona.offered.includes(action)) {
      if ((await buttons.count()) === 0) {
        findings.push(`${stop}: no "${button}", which the ${persona.name} may use`);
      }
      continue;
    }
    if (enabled > 0) {
      findings.push(`${stop}: "${button}" offered, but the ${persona.name} may not use it`);
    }
    const reason = reasonsNotOffered[action];
    if (reason && (await page.getByText(reason).count()) === 0) {
      findings.push(`${stop}: no reason given for not offering "${button}"`);
    }
  }
}

/**
 * Clicks the first link of the main content that `links` selects (other than `skip`), then
 * inspects the page it leads to and its actions. False when the page has no such link.
 */
async function follow(
  tour: Tour,
  stop: DetailStop,
  links: string,
  skip?: string,
): Promise<boolean> {
  const { page } = tour;
  const main = page.locator('main');
  const hrefs = await main
    .locator(links)
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  const href = hrefs.find((each) => each && each !== skip);
  if (!href) return false;
  const headingBefore = await page.getByRole('heading', { level: 1 }).first().textContent();
  await main.locator(`a[href="${href}"]`).first().click();
  await page.waitForURL((url) => url.pathname === href);
  // The page being left stays on screen until the next one has loaded.
  await page
    .waitForFunction(
      (before) => document.querySelector('main h1')?.textContent !== before,
      headingBefore,
      { timeout: 15_000 },
    )
    .catch(() => tour.findings.push(`${href}: never replaced the page before it`));
  await inspect(tour, `${href} (${stop})`);
  await checkActions(tour, stop);
  return true;
}

/** Opens every page of the sidebar as it is on screen, and what the tour reaches from them. */
async function visitSidebar(tour: Tour, practice: string): Promise<void> {
  const { page } = tour;
  const sidebar = page.getByRole('navigation', { name: 'Pages', exact: true });
  await sidebar.waitFor();
  const sidebarPages = await sidebar.getByRole('link').evaluateAll((links) =>
    links.map((link) => ({
      path: new URL((link as HTMLAnchorElement).href).pathname,
      label: link.textContent?.trim() ?? '',
    })),
  );
  expect(sidebarPages.length).toBeGreaterThan(0);
  // Their own profile lets members edit parts of it: the profile checked is a colleague's.
  const { me } = await page.request
    .post('/graphql', { data: { query: '{ me { member { id } } }' } })
    .then((response) => response.json())
    .then((body: { data: { me: { member: { id: string } } } }) => body.data);

  for (const { path, label } of sidebarPages) {
    await sidebar.locator(`a[href="${path}"]`).click();
    await page.waitForURL((url) => url.pathname === path);
    // Every page, closed ones included, is titled after its sidebar label once it is shown.
    await page
      .waitForFunction((title) => document.title === title, `${label} · Caseload`, {
        timeout: 15_000,
      })
      .catch(() => tour.findings.push(`${practice} ${path}: never titled "${label}"`));
    await inspect(tour, `${practice} ${path}`);
    await checkActions(tour, path);
    if (path === '/clients' && (await follow(tour, 'client', 'table a[href^="/clients/"]'))) {
      await follow(tour, 'caseload', 'a[href$="/caseload"]');
    }
    if (path === '/staff') {
      await follow(
        tour,
        'profile',
        'table a[href^="/staff/"]:not([href$="/caseload"])',
        `/staff/${me.member.id}`,
      );
    }
  }
}

describe('every demo persona touring the admin app', () => {
  let api: RunningApi;
  let browser: Browser;

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function newPersonaPage() {
    const context = await browser.newContext({
      baseURL: api.baseUrl,
      viewport: { width: 1400, height: 900 },
    });
    const page = await context.newPage();
    return {
      context,
      page,
      problems: watchForPageProblems(page, api.baseUrl),
      graphQL: watchGraphQL(page),
    };
  }

  it.each(personas)('shows the $name working pages and only what it may do', async (persona) => {
    const { context, page, problems, graphQL } = await newPersonaPage();
    const tour: Tour = { page, persona, graphQL, findings: [], checkedActions: new Set() };

    await page.goto('/');
    await waitForSignInPage(page);
    await signInThroughForm(page, persona.email);
    await page.waitForURL((url) => url.pathname === persona.home);
    await inspect(tour, `${persona.practice} home after signing in`);
    await page.screenshot({
      path: await screenshotPath(`persona-${persona.name.replace(/\W+/g, '-').toLowerCase()}.png`),
      fullPage: true,
    });

    await visitSidebar(tour, persona.practice);
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === persona.home);
    await inspect(tour, `${persona.practice} /`);

    let actingFor = persona.practice;
    for (const practice of persona.alsoActsFor ?? []) {
      await practiceSwitcher(page, actingFor).click();
      await page.getByRole('menuitemradio', { name: practice }).click();
      await practiceSwitcher(page, practice).waitFor();
      actingFor = practice;
      await visitSidebar(tour, practice);
    }
    await context.close();

    // An action the persona may take must have been seen, not just never looked for.
    const neverChecked = persona.offered.filter((action) => !tour.checkedActions.has(action));
    expect({ findings: tour.findings, neverChecked }).toEqual({ findings: [], neverChecked: [] });
    expect(graphQL.refusals()).toEqual([]);
    expect(problems()).toEqual([]);
  });

  it('refuses the inactive therapist at sign-in', async () => {
    const { context, page, problems, graphQL } = await newPersonaPage();
    await page.goto('/');
    await waitForSignInPage(page);
    await signInThroughForm(page, 'inactive@riverbend.example');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Your access has ended. Ask your practice administrator to restore it.' })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    const cookies = await context.cookies();
    expect(cookies.some((cookie) => cookie.name === 'caseload_session')).toBe(false);
    await context.close();
    expect(graphQL.refusals()).toEqual([]);
    expect(problems()).toEqual([]);
  });
});
