import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { Environment } from '../config';
import type { RequestContext } from '../context/request-context';
import { createErrorFormatter } from '../errors/format-error';
import type { Logger } from '../logger';

interface ApolloDependencies {
  schema: GraphQLSchema;
  httpServer: Server;
  environment: Environment;
  logger: Logger;
}

export function createApolloServer({
  schema,
  httpServer,
  environment,
  logger,
}: ApolloDependencies): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    logger,
    formatError: createErrorFormatter(logger, environment === 'development'),
    includeStacktraceInErrorResponses: false,
    // "Did you mean ...?" hints would describe the schema to a caller who may not see it.
    hideSchemaDetailsFromClientErrors: true,
    // The schema documents itself for API developers; access to data is what is guarded.
    introspection: true,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT: it stops Apollo, then closes the database, then exits.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing pages load from a CDN; the bundled playground replaces them.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used, and computing them costs throughput (NOTES.md).
      ApolloServerPluginCacheControlDisabled(),
      {
        // The request's connection goes back to the pool, out of its tenant, before the answer
        // leaves; the context's 'close' handler covers requests that never get this far.
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              await contextValue.connection.release();
            },
          };
        },
      },
    ],
  });
}
