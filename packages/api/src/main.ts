import 'reflect-metadata';
import { loadConfig } from './config';
import { DataFolderInUseError } from './database/embedded-postgres';
import { type Database, DatabaseUnreachableError, openDatabase } from './database/open-database';
import { turnOffPretenuring } from './heap-tuning';
import { createLogger } from './logger';
import { startServer } from './server';
import { startupBanner } from './startup-banner';

/** Start-up failures a person can act on: one clear line, no stack trace. */
const explainedFailures = [DatabaseUnreachableError, DataFolderInUseError];

async function openOrExplain(open: () => Promise<Database>): Promise<Database> {
  try {
    return await open();
  } catch (error) {
    if (!explainedFailures.some((failure) => error instanceof failure)) throw error;
    process.stderr.write(`caseload-api: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  turnOffPretenuring();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openOrExplain(() =>
    openDatabase({ databaseUrl: config.databaseUrl, embeddedDataDir: config.embeddedDataDir }),
  );
  logger.info({ database: database.description }, 'database ready');
  const server = await startServer({
    config,
    logger,
    dataSource: database.dataSource,
    requestConnections: database.requestConnections,
  });
  logger.info(
    { url: server.url, graphql: `${server.url}/graphql`, environment: config.environment },
    `Caseload API listening on ${server.url}`,
  );
  if (config.environment !== 'production') {
    // The admin app is the API's own origin when it serves it, else the Vite dev server.
    const adminUrl = config.adminWebDir ? server.url : (process.env.PUBLIC_URL ?? server.url);
    process.stdout.write(`${startupBanner(server.url, adminUrl)}\n`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.close();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void main();
