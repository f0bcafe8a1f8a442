import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  contactFormErrors,
  contactInput,
  contactSaveFailure,
  emptyContactForm,
} from './contact-form';

describe('contactFormErrors', () => {
  it('asks for both names and a well-formed email, when one is given', () => {
    expect(contactFormErrors(emptyContactForm)).toEqual({
      firstName: 'Enter a first name.',
      lastName: 'Enter a last name.',
    });
    expect(
      contactFormErrors({ ...emptyContactForm, firstName: 'A', lastName: 'B', email: 'nope' }),
    ).toEqual({ email: 'Enter an email address like name@example.com.' });
  });
});

describe('contactInput', () => {
  it('trims what was typed and leaves blanks out', () => {
    expect(
      contactInput({
        firstName: ' Maria ',
        lastName: 'Lopez',
        phone: ' ',
        email: ' maria@example.com ',
        assignedStaffMemberId: 't1',
      }),
    ).toEqual({
      firstName: 'Maria',
      lastName: 'Lopez',
      phone: null,
      email: 'maria@example.com',
      assignedStaffMemberId: 't1',
    });
  });
});

describe('contactSaveFailure', () => {
  const refused = (field: string) =>
    new CombinedGraphQLErrors({
      errors: [{ message: 'Bad.', extensions: { code: 'BAD_USER_INPUT', field } }],
    });

  it('puts a refusal under its field, also when the contact came with a relationship', () => {
    expect(contactSaveFailure(refused('email'))).toEqual({
      kind: 'field',
      field: 'email',
      message: 'Bad.',
    });
    expect(contactSaveFailure(refused('newContact.assignedStaffMemberId'))).toMatchObject({
      field: 'assignedStaffMemberId',
    });
  });

  it('reports anything else above the buttons', () => {
    expect(contactSaveFailure(refused('clientId'))).toMatchObject({ kind: 'general' });
  });
});
