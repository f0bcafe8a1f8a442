import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { readableErrorMessage, readableGraphQLErrorMessage } from './error-messages';

describe('readableGraphQLErrorMessage', () => {
  it("keeps the API's own message for its domain error codes", () => {
    const message = 'Dr Ada Byron still has 3 active clients. Name who takes them over.';
    expect(
      readableGraphQLErrorMessage({ message, extensions: { code: 'HAS_ACTIVE_CLIENTS' } }),
    ).toBe(message);
  });

  it('replaces messages about the session, permissions and server faults', () => {
    expect(
      readableGraphQLErrorMessage({
        message: 'no session',
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ).toBe('Your session has ended. Sign in again to continue.');
    expect(
      readableGraphQLErrorMessage({
        message: 'Not Authorised!',
        extensions: { code: 'FORBIDDEN' },
      }),
    ).toBe('You do not have permission to do this.');
    expect(
      readableGraphQLErrorMessage({
        message: 'Unexpected error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ).toBe('Something went wrong on the server. Try again in a moment.');
  });

  it('does not show errors meant for developers, such as a failed validation', () => {
    const message = readableGraphQLErrorMessage({
      message: 'Cannot query field "staf" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(message).not.toContain('Cannot query field');
    expect(message).toMatch(/Reload the page/);
  });
});

describe('readableErrorMessage', () => {
  it('joins the distinct messages of several GraphQL errors', () => {
    const internal = { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    const error = new CombinedGraphQLErrors({ data: null, errors: [internal, internal] });
    expect(readableErrorMessage(error)).toBe(
      'Something went wrong on the server. Try again in a moment.',
    );
  });

  it('names the HTTP status of a failed response', () => {
    const error = new ServerError('Bad gateway', {
      response: new Response('', { status: 502 }),
      bodyText: '',
    });
    expect(readableErrorMessage(error)).toBe(
      'The server could not answer (HTTP 502). Try again in a moment.',
    );
  });

  it('tells a connection failure apart from other errors', () => {
    expect(readableErrorMessage(new TypeError('Failed to fetch'))).toBe(
      'Could not reach the server. Check your connection and try again.',
    );
    expect(readableErrorMessage(new Error('unexpected'))).toBe(
      'Something went wrong. Try again in a moment.',
    );
  });
});
