import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Browser tests run the real thing: the built API, serving the built admin app, on a database of
 * its own that it migrates and fills with demo data at start-up.
 */

const adminWebDir = resolve(__dirname, '..');
const apiDir = resolve(adminWebDir, '../api');
const apiMain = join(apiDir, 'dist/main.js');
const adminWebDist = join(adminWebDir, 'dist');

const startTimeoutMs = 60_000;
// The test's database is thrown away afterwards, so an API slow to stop loses nothing to SIGKILL.
const stopTimeoutMs = 5_000;

export interface RunningApi {
  /** Where the API and the admin app answer, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the built API on a free port with a database nobody else uses: a fresh database on the
 * PostgreSQL server of DATABASE_URL when that is set, otherwise embedded PostgreSQL in a fresh
 * folder. Resolves once GET /healthz answers 200.
 */
export async function startApi(): Promise<RunningApi> {
  for (const [built, command] of [
    [apiMain, 'pnpm --filter @caseload/api build'],
    [join(adminWebDist, 'index.html'), 'pnpm --filter @caseload/admin-web build'],
  ] as const) {
    if (!existsSync(built)) {
      throw new Error(`${built} is missing: run \`${command}\` first.`);
    }
  }

  const port = await findFreePort();
  const database = await createTestDatabase();
  const apiProcess = spawn(process.execPath, ['--enable-source-maps', apiMain], {
    cwd: apiDir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      SERVE_ADMIN_WEB_DIR: adminWebDist,
      ...database.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(apiProcess);
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    await stopProcess(apiProcess);
    await database.drop();
  };

  try {
    await waitUntilHealthy(baseUrl, apiProcess, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

/** Asks the operating system for a free port, then lets it go for the API to take. */
function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') {
          resolvePort(address.port);
        } else {
          reject(new Error('The operating system gave no port.'));
        }
      });
    });
  });
}

interface TestDatabase {
  /** What tells the API where its database is. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // The data folder goes inside a folder of its own: PGlite leaves a lock file beside it.
    const tempDir = await mkdtemp(join(tmpdir(), 'caseload-e2e-'));
    return {
      env: { PGLITE_DATA_DIR: join(tempDir, 'pglite') },
      drop: () => rm(tempDir, { recursive: true, force: true }),
    };
  }

  const name = `caseload_e2e_${randomBytes(6).toString('hex')}`;
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: databaseUrl.toString() },
    drop: () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** The part of `pg` the harness uses. */
interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}

/** `pg` is a dependency of the API, not of the admin app: load it from the API package. */
function loadPg(): { Client: new (config: { connectionString: string }) => PgClient } {
  return createRequire(join(apiDir, 'package.json'))('pg');
}

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const { Client } = loadPg();
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Keeps the API's recent output, to explain a failed start. */
function captureOutput(child: ChildProcess): () => string {
  const maxLength = 20_000;
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-maxLength);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => output;
}

async function waitUntilHealthy(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The API exited (${child.exitCode ?? child.signalCode}) while starting:\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.status === 200) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(
    `The API did not answer GET /healthz within ${startTimeoutMs / 1000} s:\n${output()}`,
  );
}

/** SIGTERM, as a process manager would send, then SIGKILL if it does not stop in time. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
  await exited;
  clearTimeout(timer);
}

/** Every demo account signs in with this password (see the API's demo seed). */
export const DEMO_PASSWORD = 'caseload-demo-2026';

/** The demo sign-ins the browser tests use. */
export const demoAccounts = {
  owner: 'owner@riverbend.example',
  manager: 'manager@riverbend.example',
  onHold: 'onhold@riverbend.example',
  hollowPineOwner: 'owner@hollowpine.example',
  agent: 'agent@agentdesk.example',
} as const;

interface GraphQLBody<TData> {
  data?: TData | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Session tokens of the API's own sessions, one per running API and account. */
const apiTokens = new WeakMap<RunningApi, Map<string, Promise<string>>>();

/**
 * A session of `email` for asking the API directly, separate from any browser's: the token
 * goes in `Authorization: Bearer`, as API clients send it.
 */
function apiToken(api: RunningApi, email: string): Promise<string> {
  let tokens = apiTokens.get(api);
  if (!tokens) {
    tokens = new Map();
    apiTokens.set(api, tokens);
  }
  let token = tokens.get(email);
  if (!token) {
    token = postGraphQL<{ signIn: { token: string } }>(
      api,
      'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
      { email, password: DEMO_PASSWORD },
    ).then((data) => data.signIn.token);
    // A failed sign-in is not remembered: the next call tries again.
    token.catch(() => tokens.delete(email));
    tokens.set(email, token);
  }
  return token;
}

async function postGraphQL<TData>(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<TData> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLBody<TData>;
  if (!body.data || body.errors) {
    throw new Error(`The API refused ${query}: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

/**
 * Asks the API directly, for what the page under test should show: signed in as `as`
 * (the Riverbend owner unless told), in the practice that account signs in to first.
 */
export async function queryApi<TData>(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown> = {},
  { as = demoAccounts.owner }: { as?: string } = {},
): Promise<TData> {
  return postGraphQL<TData>(api, query, variables, await apiToken(api, as));
}
