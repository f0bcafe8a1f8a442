import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ErrorCode, isErrorCode } from '@caseload/shared';
import type { GraphQLFormattedError } from 'graphql';

/**
 * The sentence to show for one GraphQL error.
 *
 * The API's own error codes (NOT_FOUND, CONFLICT, PLAN_LIMIT, HAS_ACTIVE_CLIENTS…) come with
 * messages written for the people using the app, such as how many active clients block a removal,
 * so those are kept. Codes that describe the session or the server rather than the request, and
 * errors with no code of ours (a query the server cannot parse or validate), get a plain sentence.
 */
export function readableGraphQLErrorMessage(error: GraphQLFormattedError): string {
  const code = error.extensions?.code;
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return 'Your session has ended. Sign in again to continue.';
    case ErrorCode.FORBIDDEN:
      return 'You do not have permission to do this.';
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return 'Something went wrong on the server. Try again in a moment.';
    default:
      return isErrorCode(code)
        ? error.message
        : 'The server did not understand this request. Reload the page to get the latest version of the app.';
  }
}

/** The sentence to show for anything an Apollo operation can fail with. */
export function readableErrorMessage(error: ErrorLike): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = new Set(error.errors.map(readableGraphQLErrorMessage));
    return [...messages].join(' ');
  }
  if (ServerError.is(error)) {
    return `The server could not answer (HTTP ${error.statusCode}). Try again in a moment.`;
  }
  if (ServerParseError.is(error)) {
    return 'The server sent an answer the app could not read. Try again in a moment.';
  }
  // fetch() rejects with a TypeError when the request never reached the server.
  if (error.name === 'TypeError') {
    return 'Could not reach the server. Check your connection and try again.';
  }
  return 'Something went wrong. Try again in a moment.';
}
