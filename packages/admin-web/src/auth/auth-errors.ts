import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode, isPermission, type Permission } from '@caseload/shared';
import { readableErrorMessage } from '../error-messages';

/** Whether any GraphQL error of `error` carries `code` in its extensions. */
export function hasErrorCode(error: ErrorLike | null | undefined, code: ErrorCode): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((graphQLError) => graphQLError.extensions?.code === code)
  );
}

/** A refusal for lack of a permission: the key the API names, when it names one it knows. */
export interface AccessRefusal {
  permission: Permission | null;
}

/** The FORBIDDEN answer in `error`, if the API refused for lack of a permission. */
export function accessRefusal(error: ErrorLike | null | undefined): AccessRefusal | null {
  if (!CombinedGraphQLErrors.is(error)) {
    return null;
  }
  const forbidden = error.errors.find(
    (graphQLError) => graphQLError.extensions?.code === ErrorCode.FORBIDDEN,
  );
  if (!forbidden) {
    return null;
  }
  const permission = forbidden.extensions?.permission;
  return {
    permission: typeof permission === 'string' && isPermission(permission) ? permission : null,
  };
}

/**
 * What the sign-in form says when signing in fails. The API writes its sign-in refusals for the
 * person signing in ("The email or password is incorrect.", too many attempts, access ended), so
 * those are shown as they are; anything else gets the app's usual sentence.
 */
export function signInErrorMessage(error: ErrorLike): string {
  if (CombinedGraphQLErrors.is(error)) {
    const refusal = error.errors.find((graphQLError) => {
      const code = graphQLError.extensions?.code;
      return code === ErrorCode.UNAUTHENTICATED || code === ErrorCode.TOO_MANY_ATTEMPTS;
    });
    if (refusal) {
      return refusal.message;
    }
  }
  return readableErrorMessage(error);
}
