import { ErrorCode } from '@caseload/shared';
import { GraphQLError } from 'graphql';

export interface AppErrorDetails {
  /** The input field at fault, for BAD_USER_INPUT and CONFLICT. */
  field?: string;
  [detail: string]: unknown;
}

/** The only errors whose message and extensions reach a client; everything else is masked. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: AppErrorDetails = {},
  ) {
    super(message, { extensions: { code, ...details } });
  }
}

export function badUserInput(field: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
}

/** Used alike for a record that does not exist and one of another practice. */
export function notFound(what: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${what} not found.`);
}
