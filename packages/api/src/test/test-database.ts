import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source';
import { openDatabase } from '../database/open-database';
import { databaseUrlFor, TEMPLATE_DATABASE_ENV, withServerConnection } from './template-database';

export interface TestDatabase {
  dataSource: DataSource;
  /** The connection string, for code under test that opens its own connections. */
  url: string;
  destroy(): Promise<void>;
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
  await dataSource.initialize();
  return {
    dataSource,
    url,
    async destroy() {
      await dataSource.destroy();
      await withServerConnection(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}
