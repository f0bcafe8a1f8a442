import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source';
import { openDatabase } from '../database/open-database';
import { RequestConnections } from '../database/request-connection';
import { databaseUrlFor, TEMPLATE_DATABASE_ENV, withServerConnection } from './template-database';

export interface TestDatabase {
  /** The owner's connections, which row-level security does not apply to: for set-up and checks. */
  dataSource: DataSource;
  requestConnections: RequestConnections;
  /** The connection string, for code under test that opens its own connections. */
  url: string;
  destroy(): Promise<void>;
}

/** Whether test databases are on a PostgreSQL server (DATABASE_URL) rather than embedded. */
export function testsOnPostgresServer(): boolean {
  return Boolean(process.env.DATABASE_URL && process.env[TEMPLATE_DATABASE_ENV]);
}

/**
 * A fresh, migrated database for one test file, so files run in parallel without seeing each
 * other's rows: a clone of the run's template on the DATABASE_URL server, or else a new
 * in-memory embedded PostgreSQL.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  const template = process.env[TEMPLATE_DATABASE_ENV];
  if (!serverUrl || !template) {
    const database = await openDatabase({ embeddedDataDir: null });
    return {
      dataSource: database.dataSource,
      requestConnections: database.requestConnections,
      url: database.url,
      destroy: () => database.close(),
    };
  }
  const name = `caseload_test_${randomBytes(6).toString('hex')}`;
  await withServerConnection(serverUrl, (client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`),
  );
  const url = databaseUrlFor(serverUrl, name);
  const dataSource = createDataSource({ url, poolSize: 4, prepareStatements: true });
  const requestConnections = new RequestConnections(
    dataSource,
    createDataSource({ url, poolSize: 4, prepareStatements: true }),
  );
  await dataSource.initialize();
  await requestConnections.initialize();
  return {
    dataSource,
    requestConnections,
    url,
    async destroy() {
      await requestConnections.destroy();
      await dataSource.destroy();
      await withServerConnection(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}
