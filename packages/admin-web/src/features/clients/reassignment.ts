import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@caseload/shared';
import { readableErrorMessage } from '../../error-messages';

/** A client as the reassign dialogs need it. */
export interface ReassignableClient {
  id: string;
  firstName: string;
  lastName: string;
  therapist: { id: string; displayName: string } | null | undefined;
}

/** What went wrong with a reassignment, sorted by where the dialog shows it. */
export type ReassignFailure =
  /** Someone else changed the client since it was loaded: reload, then decide again. */
  | { kind: 'conflict'; message: string }
  /** A field of the form is at fault: shown under it. */
  | { kind: 'field'; field: 'toTherapistId' | 'reason'; message: string }
  /** Anything else: shown above the buttons. */
  | { kind: 'general'; message: string };

const conflictMessage =
  'Someone else changed this client while you were deciding. The page now shows the latest details: check them and choose again.';

/**
 * Sorts a failed reassignment (single or bulk). The API names the input at fault in
 * `extensions.field`: `toTherapistId`, `reason`, or in a bulk move `assignments[2].toTherapistId`.
 */
export function reassignFailure(error: ErrorLike): ReassignFailure {
  if (CombinedGraphQLErrors.is(error)) {
    for (const graphQLError of error.errors) {
      const code = graphQLError.extensions?.code;
      const field = graphQLError.extensions?.field;
      if (code === ErrorCode.CONFLICT) {
        return { kind: 'conflict', message: conflictMessage };
      }
      if (code === ErrorCode.BAD_USER_INPUT && typeof field === 'string') {
        if (/(^|\.)toTherapistId$/.test(field)) {
          return { kind: 'field', field: 'toTherapistId', message: graphQLError.message };
        }
        if (field === 'reason') {
          return { kind: 'field', field: 'reason', message: graphQLError.message };
        }
      }
    }
  }
  return { kind: 'general', message: readableErrorMessage(error) };
}

/** The reason as the API wants it, or what to say when there is none. */
export function validateReason(reason: string): string | null {
  return reason.trim() === ''
    ? 'Say why the client changes therapist: it is kept in the history.'
    : null;
}

/** One sentence on what a reassignment does, for the dialog to show before it is confirmed. */
export function reassignConsequence(
  client: ReassignableClient,
  target: { displayName: string } | null,
): string {
  const name = `${client.firstName} ${client.lastName}`;
  const from = client.therapist ? `from ${client.therapist.displayName} ` : '';
  if (!target) {
    return `Choose who takes ${name} on.`;
  }
  return `${name} moves ${from}to ${target.displayName}. Past sessions and notes stay as they are; the change, your name and the reason are added to the assignment history.`;
}

/** The bulk plan: who moves, and who already has the chosen therapist and stays. */
export interface BulkReassignPlan {
  moving: ReassignableClient[];
  staying: ReassignableClient[];
  assignments: Array<{ clientId: string; toTherapistId: string }>;
}

export function bulkReassignPlan(
  clients: readonly ReassignableClient[],
  toTherapistId: string,
): BulkReassignPlan {
  const moving = clients.filter((client) => client.therapist?.id !== toTherapistId);
  const staying = clients.filter((client) => client.therapist?.id === toTherapistId);
  return {
    moving,
    staying,
    assignments: moving.map((client) => ({ clientId: client.id, toTherapistId })),
  };
}

/** The toast after a bulk move. */
export function bulkReassignResult(moved: number, targetName: string): string {
  return moved === 1
    ? `1 client now has ${targetName} as therapist.`
    : `${moved} clients now have ${targetName} as therapist.`;
}
