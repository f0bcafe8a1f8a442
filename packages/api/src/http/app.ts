import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { createContextFactory } from '../context/create-context';
import type { RequestContext } from '../context/request-context';
import type { RequestConnections } from '../database/request-connection';
import type { Logger } from '../logger';
import { adminWebRouter } from './admin-web';
import { healthHandler } from './health';
import { playgroundRouter } from './playground';

interface HttpAppDependencies {
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
  requestConnections: RequestConnections;
  apollo: ApolloServer<RequestContext>;
}

export function createHttpApp({
  config,
  logger,
  dataSource,
  requestConnections,
  apollo,
}: HttpAppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTed and differ per caller: hashing each body for an ETag buys no
  // conditional request. Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  app.use(
    pinoHttp({
      logger,
      // Honour a load balancer's request id so one id follows the request across services.
      genReqId: (req, res) => {
        const id = req.headers['x-request-id']?.toString() || randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // An access log line, not the request's headers: they carry session tokens and cookies,
      // and serialising them all on every request costs more than the line is worth.
      serializers: {
        req: ({ id, method, url, remoteAddress }) => ({ id, method, url, remoteAddress }),
        res: ({ statusCode }) => ({ statusCode }),
      },
    }),
  );
  app.get('/healthz', healthHandler(dataSource));
  app.use(playgroundRouter(config.playgroundDir));
  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: createContextFactory({
        requestConnections,
        environment: config.environment,
        logger,
      }),
    }),
  );
  if (config.adminWebDir) app.use(adminWebRouter(config.adminWebDir));
  return app;
}
