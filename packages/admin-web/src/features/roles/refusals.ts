import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@caseload/shared';
import { readableErrorMessage } from '../../error-messages';

/**
 * What to tell someone whose change the API refused. Refusals for keys one does not hold name the
 * keys (`extensions.permissions`) or the one permission the operation needs
 * (`extensions.permission`): those are said as such, where the app's generic sentence would hide
 * which. Everything else is the app's usual sentence, which keeps the API's own domain messages.
 */
export function refusalMessage(error: ErrorLike): string {
  if (CombinedGraphQLErrors.is(error)) {
    const forbidden = error.errors.find(
      (graphQLError) => graphQLError.extensions?.code === ErrorCode.FORBIDDEN,
    );
    const permissions = forbidden?.extensions?.permissions;
    if (forbidden && Array.isArray(permissions) && permissions.length > 0) {
      return `You cannot grant or take away permissions you do not hold: ${permissions.join(', ')}.`;
    }
    const permission = forbidden?.extensions?.permission;
    if (forbidden && typeof permission === 'string') {
      return `This needs the ${permission} permission, which you do not hold.`;
    }
  }
  return readableErrorMessage(error);
}

/** The role's current version when a save lost to someone else's (CONFLICT on expectedVersion). */
export function staleVersionConflict(error: ErrorLike | null | undefined): number | null {
  if (!CombinedGraphQLErrors.is(error)) {
    return null;
  }
  const conflict = error.errors.find(
    (graphQLError) =>
      graphQLError.extensions?.code === ErrorCode.CONFLICT &&
      typeof graphQLError.extensions.currentVersion === 'number',
  );
  return conflict ? (conflict.extensions?.currentVersion as number) : null;
}
