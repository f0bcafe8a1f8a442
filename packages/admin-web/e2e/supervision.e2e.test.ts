import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshotPath, watchForPageProblems } from './browser';
import { demoPersonas, memberOf } from './clients-page';
import { queryApi, type RunningApi, startApi } from './harness';
import { signInViaPage } from './sign-in-page';

jest.setTimeout(180_000);

interface CaseloadFromApi {
  superviseeCaseload: Record<
    'direct' | 'primary' | 'walkIns',
    Array<{ firstName: string; lastName: string }>
  >;
}

describe('supervision page in a browser', () => {
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
      viewport: { width: 1440, height: 900 },
    });
    page = await context.newPage();
    pageProblems = watchForPageProblems(page, api.baseUrl);
  });

  afterEach(async () => {
    await context?.close();
    expect(pageProblems()).toEqual([]);
  });

  it('lets the supervisor pick the intern and see the three parts of their caseload', async () => {
    const intern = await memberOf(api, demoPersonas.intern);
    const { superviseeCaseload } = await queryApi<CaseloadFromApi>(
      api,
      `query ($id: ID!) { superviseeCaseload(superviseeId: $id) {
        direct { firstName lastName } primary { firstName lastName } walkIns { firstName lastName } } }`,
      { id: intern.id },
      { as: demoPersonas.supervisor },
    );

    await signInViaPage(page, demoPersonas.supervisor);
    await page.goto('/supervision');
    await page.getByRole('heading', { level: 2, name: 'My supervisees' }).waitFor();
    const internButton = page.getByRole('button', { name: new RegExp(intern.displayName) });
    await internButton.click();
    await page.getByRole('heading', { name: `${intern.displayName}'s caseload` }).waitFor();
    expect(await internButton.getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('supervisee')).toBe(intern.id);

    const parts = [
      ['Direct clients', superviseeCaseload.direct],
      ['Practice clients as primary', superviseeCaseload.primary],
      ['Walk-ins', superviseeCaseload.walkIns],
    ] as const;
    for (const [title, clients] of parts) {
      const section = page.getByRole('region', { name: title });
      await section.waitFor();
      if (clients.length === 0) {
        await section.getByText(/^No /).waitFor();
      } else {
        const table = section.getByRole('table');
        await table.waitFor();
        const names = await table.locator('tbody tr td:first-child').allInnerTexts();
        expect(names.map((name) => name.trim())).toEqual(
          clients.map((client) => `${client.firstName} ${client.lastName}`),
        );
        // Every client's risk is spelled out in a badge.
        expect(await table.locator('tbody .mantine-Badge-root', { hasText: /risk$/ }).count()).toBe(
          clients.length,
        );
      }
    }
    await page.screenshot({ path: await screenshotPath('supervision.png'), fullPage: true });

    // The choice is in the URL: a reload brings the same supervisee back.
    await page.reload();
    await page.getByRole('heading', { name: `${intern.displayName}'s caseload` }).waitFor();
  });

  it('tells a member without caseload.supervise that the page is not theirs', async () => {
    await signInViaPage(page, demoPersonas.frontDesk);
    await page.goto('/supervision');
    await page.getByRole('heading', { name: "You don't have access to this page" }).waitFor();
    await page.getByText('caseload.supervise').waitFor();
  });
});
