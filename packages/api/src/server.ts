import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { applyAuthorization } from './authorization/shield';
import type { AppConfig } from './config';
import type { RequestConnections } from './database/request-connection';
import { createApolloServer } from './graphql/apollo';
import { buildGraphqlSchema } from './graphql/schema';
import { createHttpApp } from './http/app';
import type { Logger } from './logger';
import { startMailDelivery } from './modules/mail/mail-delivery';
import { isDatabaseEmpty } from './seed/database-empty';

export interface RunningServer {
  url: string;
  /** Stops taking requests and waits for those in flight; the database stays open. */
  close(): Promise<void>;
}

interface ServerDependencies {
  config: AppConfig;
  logger: Logger;
  /** For work that is not a request's: seeding and mail. */
  dataSource: DataSource;
  requestConnections: RequestConnections;
}

/** Seeds demo data into an empty database outside production, then listens. */
export async function startServer({
  config,
  logger,
  dataSource,
  requestConnections,
}: ServerDependencies): Promise<RunningServer> {
  if (config.environment !== 'production' && (await isDatabaseEmpty(dataSource))) {
    // Loaded only to seed: the demo data's generator (faker) weighs about 30 MB of memory.
    const { seedDemoData } = await import('./seed/demo-seed.js');
    await seedDemoData(dataSource);
    logger.info('demo data seeded');
  }
  const httpServer = createServer();
  const apollo = createApolloServer({
    schema: applyAuthorization(await buildGraphqlSchema()),
    httpServer,
    environment: config.environment,
    logger,
  });
  await apollo.start();
  const mailDelivery = startMailDelivery({ config, logger, dataSource });
  httpServer.on(
    'request',
    createHttpApp({ config, logger, dataSource, requestConnections, apollo }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    // Apollo's drain plugin closes the HTTP server and waits for requests in flight.
    close: () => apollo.stop().finally(() => mailDelivery.stop()),
  };
}
