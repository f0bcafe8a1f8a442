import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@caseload/shared';
import { readableErrorMessage } from '../../error-messages';
import type { ContactInput } from '../../gql/graphql';

export interface ContactFormValues {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  /** The practitioner who looks after the contact: who sees it with limited permissions. */
  assignedStaffMemberId: string | null;
}

export type ContactField = keyof ContactFormValues;

export const emptyContactForm: ContactFormValues = {
  firstName: '',
  lastName: '',
  phone: '',
  email: '',
  assignedStaffMemberId: null,
};

/** What is missing or wrong before anything is sent. */
export function contactFormErrors(
  values: ContactFormValues,
): Partial<Record<ContactField, string>> {
  const errors: Partial<Record<ContactField, string>> = {};
  if (!values.firstName.trim()) errors.firstName = 'Enter a first name.';
  if (!values.lastName.trim()) errors.lastName = 'Enter a last name.';
  const email = values.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.email = 'Enter an email address like name@example.com.';
  }
  return errors;
}

/** The API's contact input: trimmed, blanks left out. */
export function contactInput(values: ContactFormValues): ContactInput {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    phone: values.phone.trim() || null,
    email: values.email.trim() || null,
    assignedStaffMemberId: values.assignedStaffMemberId,
  };
}

export type ContactSaveFailure =
  | { kind: 'field'; field: ContactField; message: string }
  | { kind: 'general'; message: string };

const contactFields: readonly ContactField[] = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'assignedStaffMemberId',
];

/**
 * Sorts a failed save of a contact. The API names the field at fault, under `newContact.` when
 * the contact was created with a relationship.
 */
export function contactSaveFailure(error: ErrorLike): ContactSaveFailure {
  if (CombinedGraphQLErrors.is(error)) {
    for (const graphQLError of error.errors) {
      const { code, field } = graphQLError.extensions ?? {};
      const name = typeof field === 'string' ? field.replace(/^newContact\./, '') : '';
      const contactField = contactFields.find((each) => each === name);
      if (code === ErrorCode.BAD_USER_INPUT && contactField) {
        return { kind: 'field', field: contactField, message: graphQLError.message };
      }
    }
  }
  return { kind: 'general', message: readableErrorMessage(error) };
}
