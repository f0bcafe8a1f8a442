import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@caseload/shared';

/** A BAD_USER_INPUT answer: the API's sentence, and the input it is about when it names one. */
export interface FieldRefusal {
  field: string | null;
  message: string;
}

/**
 * The first BAD_USER_INPUT error of `error` (a wrong current password, a password on the common
 * list, a wrong code): forms show its message beside the field it names.
 */
export function fieldRefusal(error: ErrorLike | null | undefined): FieldRefusal | null {
  if (!CombinedGraphQLErrors.is(error)) {
    return null;
  }
  const refusal = error.errors.find(
    (graphQLError) => graphQLError.extensions?.code === ErrorCode.BAD_USER_INPUT,
  );
  if (!refusal) {
    return null;
  }
  const field = refusal.extensions?.field;
  return { field: typeof field === 'string' ? field : null, message: refusal.message };
}

/** The API's message for the first error with one of `codes`, to be shown as it is written. */
export function messageForCodes(
  error: ErrorLike | null | undefined,
  codes: readonly ErrorCode[],
): string | null {
  if (!CombinedGraphQLErrors.is(error)) {
    return null;
  }
  const found = error.errors.find((graphQLError) => {
    const code = graphQLError.extensions?.code;
    return typeof code === 'string' && (codes as readonly string[]).includes(code);
  });
  return found?.message ?? null;
}

/** Turns whatever a mutation rejected with into an Error Apollo's helpers can read. */
export function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}
