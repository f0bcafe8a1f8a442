import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_PASSWORD } from './seed/demo-sign-ins';

/** The compiled entry point, run as a person or CI would run it. */
const MAIN = resolve(__dirname, '../dist/main.js');

interface Started {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>): Started {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', PORT: '0', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  return {
    process: child,
    output: () => output,
    exited: new Promise((done) => child.on('exit', (code) => done(code))),
  };
}

async function listeningUrl(started: Started): Promise<string> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const match = /Caseload API listening on (http:\/\/[\d.:]+)/.exec(started.output());
    if (match?.[1]) return match[1];
    if (started.process.exitCode !== null) break;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`the API did not start:\n${started.output()}`);
}

async function practiceName(url: string): Promise<string> {
  const call = async <Data>(query: string, token?: string): Promise<Data> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return ((await response.json()) as { data: Data }).data;
  };
  const { signIn } = await call<{ signIn: { token: string } }>(
    `mutation { signIn(email: "owner@riverbend.example", password: "${DEMO_PASSWORD}") { token } }`,
  );
  const { practice } = await call<{ practice: { name: string } }>(
    '{ practice { name } }',
    signIn.token,
  );
  return practice.name;
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`pnpm build\` first`);
});

describe('starting the API', () => {
  it('exits with one clear line naming the host when DATABASE_URL points nowhere', async () => {
    const started = run({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/caseload' });
    expect(await started.exited).toBe(1);
    const lines = started.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^caseload-api: Cannot reach PostgreSQL at 127\.0\.0\.1:1/);
  });

  it('keeps embedded data across restarts, refuses a second start on the same folder, and stops cleanly on SIGTERM', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'caseload-main-'));
    const env = { PGLITE_DATA_DIR: join(parent, 'pglite') };
    try {
      const first = run(env);
      const url = await listeningUrl(first);
      expect(first.output()).toContain('demo data seeded');
      // The start command tells a developer where things are and how to sign in.
      expect(first.output()).toContain(`GraphQL API  ${url}/graphql`);
      expect(first.output()).toMatch(/Owner \(Riverbend\)\s+owner@riverbend\.example/);
      expect(await practiceName(url)).toBe('Riverbend Counseling Collective');

      const second = run(env);
      expect(await second.exited).toBe(1);
      expect(second.output().trim()).toMatch(
        /^caseload-api: The embedded database folder .* is in use/,
      );
      expect(second.output().trim().split('\n')).toHaveLength(1);

      first.process.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.output()).toContain('"msg":"stopped"');

      const restarted = run(env);
      const restartedUrl = await listeningUrl(restarted);
      expect(restarted.output()).not.toContain('demo data seeded');
      expect(await practiceName(restartedUrl)).toBe('Riverbend Counseling Collective');
      restarted.process.kill('SIGTERM');
      expect(await restarted.exited).toBe(0);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
