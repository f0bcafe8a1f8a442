import type { ErrorLike } from '@apollo/client';
import { ErrorCode, requiresSupervision, type StaffKind } from '@caseload/shared';
import type { InviteStaffInput } from '../../gql/graphql';
import { apiRefusal } from './api-refusal';

export interface InviteFormValues {
  firstName: string;
  lastName: string;
  email: string;
  kind: StaffKind | null;
  roleIds: readonly string[];
  supervisorId: string | null;
}

export type InviteField = keyof InviteFormValues;

export const emptyInviteForm: InviteFormValues = {
  firstName: '',
  lastName: '',
  email: '',
  kind: null,
  roleIds: [],
  supervisorId: null,
};

/** Something before the at sign, a domain with a dot after it: the API checks the rest. */
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function looksLikeEmail(value: string): boolean {
  return emailShape.test(value.trim());
}

/**
 * Whether the invitation must name a supervisor: one of the chosen roles requires supervision
 * (e.g. Intern) and the practice has supervision turned on, as the API decides.
 */
export function inviteNeedsSupervisor(
  chosenRoles: ReadonlyArray<{ requiresSupervision: boolean }>,
  supervisionEnabled: boolean,
): boolean {
  return supervisionEnabled && requiresSupervision(chosenRoles);
}

/** What is missing or malformed before anything is sent, by field. */
export function inviteFieldErrors(
  values: InviteFormValues,
  supervisorRequired: boolean,
): Partial<Record<InviteField, string>> {
  const errors: Partial<Record<InviteField, string>> = {};
  if (values.firstName.trim() === '') {
    errors.firstName = 'Enter their first name.';
  }
  if (values.lastName.trim() === '') {
    errors.lastName = 'Enter their last name.';
  }
  if (!looksLikeEmail(values.email)) {
    errors.email = 'Enter their work email, e.g. name@practice.example.';
  }
  if (!values.kind) {
    errors.kind = 'Choose what kind of member they are.';
  }
  if (values.roleIds.length === 0) {
    errors.roleIds = 'Choose at least one role: a member without one cannot sign in.';
  }
  if (supervisorRequired && !values.supervisorId) {
    errors.supervisorId = 'A chosen role requires supervision: choose a supervisor.';
  }
  return errors;
}

export function inviteInput(values: InviteFormValues, supervisorShown: boolean): InviteStaffInput {
  if (!values.kind) {
    throw new Error('inviteInput() needs a kind: check inviteFieldErrors() first.');
  }
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: values.email.trim(),
    kind: values.kind,
    roleIds: [...values.roleIds],
    // A supervisor picked before the role that needed one was unticked is not sent.
    supervisorId: supervisorShown ? values.supervisorId : null,
  };
}

/** Why an invitation was refused, sorted by where the dialog shows it. */
export type InviteFailure =
  | {
      kind: 'field';
      field: InviteField;
      message: string;
      /** The member already on the roster with this email (CONFLICT), to link to. */
      existingStaffMemberId?: string;
    }
  | { kind: 'general'; message: string };

const formFields: readonly InviteField[] = [
  'firstName',
  'lastName',
  'email',
  'kind',
  'roleIds',
  'supervisorId',
];

/**
 * Puts a refusal beside the field at fault: the API names it in `extensions.field`, except for
 * PLAN_LIMIT, which is about the kind of member (students are free on every plan).
 */
export function inviteFailure(error: ErrorLike): InviteFailure {
  const refusal = apiRefusal(error);
  if (refusal.code === ErrorCode.PLAN_LIMIT) {
    return { kind: 'field', field: 'kind', message: refusal.message };
  }
  const field = formFields.find((known) => known === refusal.field);
  if (field) {
    const existing = refusal.extensions.existingStaffMemberId;
    return {
      kind: 'field',
      field,
      message: refusal.message,
      ...(refusal.code === ErrorCode.CONFLICT && typeof existing === 'string'
        ? { existingStaffMemberId: existing }
        : {}),
    };
  }
  return { kind: 'general', message: refusal.message };
}
