import { TEMPLATE_DATABASE_ENV, withServerConnection } from './template-database';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  const template = process.env[TEMPLATE_DATABASE_ENV];
  if (!serverUrl || !template) return;
  await withServerConnection(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`),
  );
}
