import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { PLAYGROUND_CONTENT_SECURITY_POLICY, playgroundRouter } from './playground';

const distDir = path.resolve(__dirname, '../../dist/playground');
/** `/playground/…` or a relative path: no scheme (http:, data:, …), no //host, no other absolute path. */
const ownAssetUrl = /^(?:\/playground\/|(?![a-z][a-z\d+.-]*:|\/))/i;
const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** A bare app with only the playground router: whatever it passes on ends in Express's 404. */
async function listen(router: express.Router): Promise<{ baseUrl: string; server: Server }> {
  const app = express();
  app.use(router);
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

function close(server: Server): Promise<void> {
  // fetch keeps its connections alive, which would hold close() up for seconds.
  server.closeAllConnections();
  return new Promise((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
}

describe('playgroundRouter with the built playground', () => {
  let baseUrl: string;
  let server: Server;

  beforeAll(async () => {
    if (!existsSync(path.join(distDir, 'index.html'))) {
      throw new Error(
        `${distDir}/index.html is missing: run \`pnpm --filter @caseload/api build\` first`,
      );
    }
    ({ baseUrl, server } = await listen(playgroundRouter(distDir)));
  });

  afterAll(() => server && close(server));

  it('answers a browser opening /graphql with the page and a strict CSP', async () => {
    const response = await fetch(`${baseUrl}/graphql`, { headers: { accept: browserAccept } });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(
      PLAYGROUND_CONTENT_SECURITY_POLICY,
    );
    expect(response.headers.get('vary')).toMatch(/accept/i);
    expect(await response.text()).toContain('<title>Caseload API playground</title>');
  });

  it.each([
    ['a JSON GET', '/graphql', 'application/json'],
    ['a GraphQL-over-GET request from a browser', '/graphql?query=%7B__typename%7D', browserAccept],
    ['an empty query parameter', '/graphql?query=', browserAccept],
  ])('passes %s on to the next handler', async (_name, url, accept) => {
    const response = await fetch(`${baseUrl}${url}`, { headers: { accept } });

    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Caseload API playground');
  });

  it('passes POST /graphql on to the next handler', async () => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { accept: browserAccept, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

    expect(response.status).toBe(404);
  });

  it('references only its own assets, which are cached as immutable', async () => {
    const html = await (
      await fetch(`${baseUrl}/graphql`, { headers: { accept: browserAccept } })
    ).text();
    const references = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map(([, url]) => url ?? '');

    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      expect(reference).toMatch(ownAssetUrl);

      const asset = await fetch(new URL(reference, `${baseUrl}/graphql`));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
    }
  });

  it('serves the page under /playground/ with the same CSP', async () => {
    const response = await fetch(`${baseUrl}/playground/`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(
      PLAYGROUND_CONTENT_SECURITY_POLICY,
    );
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });
});

describe('playgroundRouter without a build', () => {
  let emptyDir: string;
  let baseUrl: string;
  let server: Server;

  beforeAll(async () => {
    emptyDir = mkdtempSync(path.join(tmpdir(), 'playground-unbuilt-'));
    ({ baseUrl, server } = await listen(playgroundRouter(emptyDir)));
  });

  afterAll(async () => {
    await close(server);
    rmSync(emptyDir, { recursive: true, force: true });
  });

  it('answers 503 with how to build it', async () => {
    const response = await fetch(`${baseUrl}/graphql`, { headers: { accept: browserAccept } });

    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toContain('pnpm --filter @caseload/api build');
  });

  it('still passes GraphQL requests on', async () => {
    const response = await fetch(`${baseUrl}/graphql`, { headers: { accept: 'application/json' } });

    expect(response.status).toBe(404);
  });
});
