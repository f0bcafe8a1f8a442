import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode, isErrorCode } from '@caseload/shared';
import { readableErrorMessage, readableGraphQLErrorMessage } from '../../error-messages';
import { refusalMessage } from '../roles/refusals';

/** One refusal of a change by the API, sorted so a form can show it where it belongs. */
export interface ApiRefusal {
  /** The API's error code; null when the request failed without one (network, server). */
  code: ErrorCode | null;
  /** The input the API names as at fault (`extensions.field`), if it names one. */
  field: string | null;
  /** The sentence to show. */
  message: string;
  extensions: Readonly<Record<string, unknown>>;
}

/**
 * The first refusal in whatever a mutation failed with. The API's domain messages (CONFLICT,
 * PLAN_LIMIT, HAS_ACTIVE_CLIENTS…) are written for people and kept; FORBIDDEN says which
 * permission is missing; anything else gets the app's usual sentence.
 */
export function apiRefusal(error: ErrorLike): ApiRefusal {
  if (CombinedGraphQLErrors.is(error)) {
    const [first] = error.errors;
    if (first) {
      const extensions = first.extensions ?? {};
      const code = isErrorCode(extensions.code) ? extensions.code : null;
      return {
        code,
        field: typeof extensions.field === 'string' ? extensions.field : null,
        message:
          code === ErrorCode.FORBIDDEN ? refusalMessage(error) : readableGraphQLErrorMessage(first),
        extensions,
      };
    }
  }
  return { code: null, field: null, message: readableErrorMessage(error), extensions: {} };
}
