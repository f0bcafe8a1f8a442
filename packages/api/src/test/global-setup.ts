import { randomBytes } from 'node:crypto';
import { createDataSource } from '../database/data-source';
import { databaseUrlFor, TEMPLATE_DATABASE_ENV, withServerConnection } from './template-database';

export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return;
  const template = `caseload_template_${randomBytes(4).toString('hex')}`;
  await withServerConnection(serverUrl, (client) => client.query(`CREATE DATABASE "${template}"`));
  const dataSource = createDataSource({
    url: databaseUrlFor(serverUrl, template),
    poolSize: 1,
    prepareStatements: false,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  process.env[TEMPLATE_DATABASE_ENV] = template;
}
