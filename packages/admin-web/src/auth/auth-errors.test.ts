import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { accessRefusal, hasErrorCode, signInErrorMessage } from './auth-errors';

const graphQLErrors = (
  ...errors: Array<{ message: string; extensions?: Record<string, unknown> }>
) => new CombinedGraphQLErrors({ data: null, errors });

describe('hasErrorCode', () => {
  it('finds a code among several errors', () => {
    const error = graphQLErrors(
      { message: 'x', extensions: { code: 'NOT_FOUND' } },
      { message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } },
    );
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(error, 'FORBIDDEN')).toBe(false);
  });

  it('is false for errors that are not GraphQL errors, and for none', () => {
    expect(hasErrorCode(new TypeError('Failed to fetch'), 'UNAUTHENTICATED')).toBe(false);
    expect(hasErrorCode(undefined, 'UNAUTHENTICATED')).toBe(false);
  });
});

describe('accessRefusal', () => {
  it('names the permission the API says is missing', () => {
    const error = graphQLErrors({
      message: 'You need the staff.view permission.',
      extensions: { code: 'FORBIDDEN', permission: 'staff.view' },
    });
    expect(accessRefusal(error)).toEqual({ permission: 'staff.view' });
  });

  it('still refuses, naming nothing, when the permission is missing or unknown', () => {
    expect(
      accessRefusal(graphQLErrors({ message: 'No.', extensions: { code: 'FORBIDDEN' } })),
    ).toEqual({ permission: null });
    expect(
      accessRefusal(
        graphQLErrors({
          message: 'No.',
          extensions: { code: 'FORBIDDEN', permission: 'staff.view<script>' },
        }),
      ),
    ).toEqual({ permission: null });
  });

  it('is null for every other failure', () => {
    expect(
      accessRefusal(graphQLErrors({ message: 'x', extensions: { code: 'UNAUTHENTICATED' } })),
    ).toBeNull();
    expect(accessRefusal(new TypeError('Failed to fetch'))).toBeNull();
    expect(accessRefusal(undefined)).toBeNull();
  });
});

describe('signInErrorMessage', () => {
  it("shows the API's own words for wrong credentials and throttling", () => {
    expect(
      signInErrorMessage(
        graphQLErrors({
          message: 'The email or password is incorrect.',
          extensions: { code: 'UNAUTHENTICATED' },
        }),
      ),
    ).toBe('The email or password is incorrect.');
    expect(
      signInErrorMessage(
        graphQLErrors({
          message: 'Too many failed sign-ins. Wait 15 minutes.',
          extensions: { code: 'TOO_MANY_ATTEMPTS' },
        }),
      ),
    ).toBe('Too many failed sign-ins. Wait 15 minutes.');
  });

  it('says something plain for server and connection failures', () => {
    expect(
      signInErrorMessage(
        graphQLErrors({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ),
    ).toBe('Something went wrong on the server. Try again in a moment.');
    expect(
      signInErrorMessage(
        new ServerError('Bad gateway', {
          response: new Response('', { status: 502 }),
          bodyText: '',
        }),
      ),
    ).toBe('The server could not answer (HTTP 502). Try again in a moment.');
    expect(signInErrorMessage(new TypeError('Failed to fetch'))).toBe(
      'Could not reach the server. Check your connection and try again.',
    );
  });
});
