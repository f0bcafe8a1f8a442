import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

const screenshotDir = join(__dirname, 'screenshots');

/**
 * Debian's Chromium, headless, kept from calling out to Google's services. Playwright gives every
 * launch a new, empty `--user-data-dir` of its own and deletes it on close.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Where a test saves a screenshot (the folder is git-ignored). */
export async function screenshotPath(fileName: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  return join(screenshotDir, fileName);
}

/**
 * Records what goes wrong on a page besides its content: console errors, uncaught exceptions, and
 * requests to anywhere but the app's own origin (a CDN font or script would break offline use).
 * Returns a function that lists them so far.
 */
export function watchForPageProblems(page: Page, appOrigin: string): () => string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    // Inline data never leaves the browser.
    const isInline = url.protocol === 'data:' || url.protocol === 'blob:';
    if (!isInline && url.origin !== appOrigin) {
      problems.push(`request outside the app: ${request.method()} ${request.url()}`);
    }
  });
  return () => [...problems];
}

/**
 * Makes a choice in a Mantine Select until the Select shows it, three tries at most: a click that
 * lands while the dropdown still opens can leave the Select empty (seen once in CI).
 */
export async function chooseUntilShown(
  select: Locator,
  shown: (value: string) => boolean,
  choose: () => Promise<void>,
): Promise<void> {
  for (let attempt = 1; !shown(await select.inputValue()); attempt++) {
    if (attempt > 3) throw new Error(`the choice never showed in ${select}`);
    await choose();
  }
}
