import { Client } from 'pg';

/**
 * With DATABASE_URL set, tests share one migrated template database per Jest run and each test
 * file clones it (CREATE DATABASE ... TEMPLATE), which is much faster than migrating per file.
 */
export const TEMPLATE_DATABASE_ENV = 'CASELOAD_TEST_TEMPLATE_DATABASE';

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withServerConnection<T>(
  serverUrl: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
