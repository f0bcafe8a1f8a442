import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { DEMO_PASSWORD } from '../seed/demo-sign-ins';
import { startTestServer, type TestServer } from '../test/test-server';

const distDir = path.resolve(__dirname, '../../dist/playground');
const chromiumPath = '/usr/bin/chromium';

/** Chrome's own report of anything a Content-Security-Policy blocked. */
const blockedResourceMessage = /Content Security Policy|Refused to|ERR_BLOCKED/i;

describe('the playground in a real browser', () => {
  let browser: Browser;
  let server: TestServer;
  let origin: string;

  beforeAll(async () => {
    if (!existsSync(path.join(distDir, 'index.html'))) {
      throw new Error(
        `${distDir}/index.html is missing: run \`pnpm --filter @caseload/api build\` first`,
      );
    }
    if (!existsSync(chromiumPath)) {
      throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
    }
    server = await startTestServer('development');
    origin = server.url;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('runs the default query against the API, loading nothing from another host', async () => {
    const context = await browser.newContext();
    const requestedUrls: string[] = [];
    const failedRequests: string[] = [];
    const consoleErrors: string[] = [];
    const uncaughtErrors: string[] = [];
    // The context, not the page, also sees what the editor's web workers request.
    context.on('request', (request) => requestedUrls.push(request.url()));
    context.on('requestfailed', (request) =>
      failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`),
    );
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => uncaughtErrors.push(error.message));

    // monaco falls back to running the language service on the page when it cannot start a worker.
    const graphqlWorkerStarted = page.waitForEvent('worker', {
      predicate: (worker) => worker.url().includes('/playground/assets/graphql.worker-'),
    });

    await page.goto(`${origin}/graphql`);
    await page.waitForSelector('.graphiql-container');
    await page
      .locator('.graphiql-query-editor .view-lines')
      .filter({ hasText: 'PracticeAndStaff' })
      .waitFor();
    await graphqlWorkerStarted;
    // A developer signed in on this origin (the admin app, or SignIn in the playground itself).
    const signIn = await context.request.post(`${origin}/graphql`, {
      data: {
        query: `mutation { signIn(email: "owner@riverbend.example", password: "${DEMO_PASSWORD}") { token } }`,
      },
    });
    expect(signIn.ok()).toBe(true);
    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: 'PracticeAndStaff' }).click();
    await page
      .locator('.graphiql-response')
      .filter({ hasText: 'Riverbend Counseling Collective' })
      .waitFor();
    await page.waitForLoadState('networkidle');

    expect(await page.title()).toBe('Caseload API playground');
    // data: and blob: URLs never leave the browser.
    const elsewhere = requestedUrls.filter(
      (url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url),
    );
    expect(elsewhere).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(consoleErrors.filter((text) => blockedResourceMessage.test(text))).toEqual([]);
    expect(uncaughtErrors).toEqual([]);

    await context.close();
  }, 60_000);
});
