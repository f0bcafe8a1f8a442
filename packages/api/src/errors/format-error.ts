import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '@caseload/shared';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger';
import { AppError } from './app-error';

/** Apollo's and GraphQL's own codes for a request the client got wrong. */
const malformedRequestCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
]);

/**
 * Every error leaves with a code from the shared catalogue. Our own AppErrors pass as they are;
 * a malformed request becomes BAD_USER_INPUT; anything else (an SQL error, a bug) is logged and
 * reaches the client as INTERNAL_SERVER_ERROR without its message, outside development.
 */
export function createErrorFormatter(logger: Logger, exposeInternalMessages: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return { message: formatted.message, path: formatted.path, extensions: original.extensions };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && malformedRequestCodes.has(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, ...fieldOf(formatted) },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: exposeInternalMessages ? formatted.message : 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** Variable coercion errors name the variable; keep that as the field at fault. */
function fieldOf(formatted: GraphQLFormattedError): { field?: string } {
  const match = /Variable "\$(\w+)"/.exec(formatted.message);
  return match?.[1] ? { field: match[1] } : {};
}
