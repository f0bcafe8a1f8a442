import pino from 'pino';
import { type Environment, loadConfig } from '../config';
import { DEMO_PASSWORD } from '../seed/demo-sign-ins';
import { startServer } from '../server';
import { createTestDatabase, type TestDatabase } from './test-database';

export type GraphqlCall = <Data = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<GraphqlResponse<Data>>;

/** A signed-in caller: every request carries their session token. */
export interface TestCaller {
  email: string;
  token: string;
  graphql: GraphqlCall;
}

export interface TestServer {
  url: string;
  db: TestDatabase;
  /** Anonymous unless the headers say otherwise. */
  graphql: GraphqlCall;
  /** Signs in with the demo password (once per email and server) and calls as that member. */
  as(email: string): Promise<TestCaller>;
  stop(): Promise<void>;
}

export interface GraphqlResponse<Data> {
  status: number;
  data?: Data | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

/** The real HTTP server on a fresh database (demo data seeded), on a free loopback port. */
export async function startTestServer(
  environment: Environment = 'test',
  db?: TestDatabase,
): Promise<TestServer> {
  const database = db ?? (await createTestDatabase());
  const config = { ...loadConfig({ NODE_ENV: environment }), port: 0 };
  const server = await startServer({
    config,
    logger: pino({ level: 'silent' }),
    dataSource: database.dataSource,
    requestConnections: database.requestConnections,
  });
  const graphql: GraphqlCall = async (query, variables, headers) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  const callers = new Map<string, Promise<TestCaller>>();
  const signIn = async (email: string): Promise<TestCaller> => {
    const { data, errors } = await graphql<{ signIn: { token: string } }>(
      'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
      { email, password: DEMO_PASSWORD },
    );
    if (!data?.signIn) throw new Error(`${email} could not sign in: ${JSON.stringify(errors)}`);
    const token = data.signIn.token;
    return {
      email,
      token,
      graphql: (query, variables, headers) =>
        graphql(query, variables, { authorization: `Bearer ${token}`, ...headers }),
    };
  };
  return {
    url: server.url,
    db: database,
    graphql,
    as(email) {
      let caller = callers.get(email);
      if (!caller) {
        caller = signIn(email);
        callers.set(email, caller);
      }
      return caller;
    },
    async stop() {
      await server.close();
      if (!db) await database.destroy();
    },
  };
}
