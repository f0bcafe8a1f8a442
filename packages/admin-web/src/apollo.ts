import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@caseload/shared';
import { hasErrorCode } from './auth/auth-errors';
import { viewerQuery } from './auth/viewer.operations';

/**
 * A session that has ended (idle time-out, the 12-hour limit, signed out on another device,
 * deactivated) shows up as UNAUTHENTICATED on whatever the app asks next. Recording that nobody
 * is signed in sends the member to the sign-in page, which brings them back here afterwards.
 * Signing in itself answers UNAUTHENTICATED for a wrong password: the form shows that one.
 */
const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (operation.operationName !== 'SignIn' && hasErrorCode(error, ErrorCode.UNAUTHENTICATED)) {
    operation.client.cache.writeQuery({ query: viewerQuery, data: { me: null } });
  }
});

/**
 * Errors are turned into sentences where they are shown, by `readableErrorMessage`.
 *
 * The session is an HttpOnly cookie the API sets on sign-in: the app never sees the token, and
 * keeps nothing about the session in localStorage. The API serves the built app and Vite's dev
 * server proxies /graphql, so the cookie is always same-origin.
 */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([
    sessionEndedLink,
    new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  ]),
  cache: new InMemoryCache(),
});
