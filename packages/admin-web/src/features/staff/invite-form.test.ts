import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  emptyInviteForm,
  type InviteFormValues,
  inviteFailure,
  inviteFieldErrors,
  inviteInput,
  inviteNeedsSupervisor,
  looksLikeEmail,
} from './invite-form';

const refused = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

const filled: InviteFormValues = {
  firstName: ' Nadia ',
  lastName: 'Okafor ',
  email: ' nadia@riverbend.example ',
  kind: 'THERAPIST',
  roleIds: ['r1'],
  supervisorId: 's1',
};

describe('inviteFieldErrors', () => {
  it('asks for every field of an empty form', () => {
    expect(Object.keys(inviteFieldErrors(emptyInviteForm, true)).sort()).toEqual([
      'email',
      'firstName',
      'kind',
      'lastName',
      'roleIds',
      'supervisorId',
    ]);
  });

  it('asks for a supervisor only when a role requires one', () => {
    const values = { ...filled, supervisorId: null };
    expect(inviteFieldErrors(values, false)).toEqual({});
    expect(inviteFieldErrors(values, true)).toHaveProperty('supervisorId');
  });

  it('checks the shape of the email', () => {
    expect(looksLikeEmail('nadia@riverbend.example')).toBe(true);
    expect(looksLikeEmail('nadia@riverbend')).toBe(false);
    expect(looksLikeEmail('nadia riverbend.example')).toBe(false);
  });
});

describe('inviteNeedsSupervisor', () => {
  it('follows the roles and the practice setting', () => {
    const intern = { requiresSupervision: true };
    const therapist = { requiresSupervision: false };
    expect(inviteNeedsSupervisor([therapist, intern], true)).toBe(true);
    expect(inviteNeedsSupervisor([therapist], true)).toBe(false);
    expect(inviteNeedsSupervisor([intern], false)).toBe(false);
  });
});

describe('inviteInput', () => {
  it('trims what was typed and leaves out a supervisor no longer asked for', () => {
    expect(inviteInput(filled, true)).toEqual({
      firstName: 'Nadia',
      lastName: 'Okafor',
      email: 'nadia@riverbend.example',
      kind: 'THERAPIST',
      roleIds: ['r1'],
      supervisorId: 's1',
    });
    expect(inviteInput(filled, false).supervisorId).toBeNull();
  });
});

describe('inviteFailure', () => {
  it('puts an email already on the roster under the email, with the member to link to', () => {
    const message = 'nadia@riverbend.example is already on the roster as Nadia Okafor.';
    expect(
      inviteFailure(
        refused(message, { code: 'CONFLICT', field: 'email', existingStaffMemberId: 'm7' }),
      ),
    ).toEqual({ kind: 'field', field: 'email', message, existingStaffMemberId: 'm7' });
  });

  it('puts a plan limit under the kind, in the API’s words that name the plan', () => {
    const message = 'The Solo plan allows 1 practitioner besides student practitioners.';
    expect(inviteFailure(refused(message, { code: 'PLAN_LIMIT', plan: 'SOLO' }))).toEqual({
      kind: 'field',
      field: 'kind',
      message,
    });
  });

  it('puts other refusals of a field under it, and the rest above the buttons', () => {
    expect(
      inviteFailure(
        refused('Choose a supervisor.', { code: 'BAD_USER_INPUT', field: 'supervisorId' }),
      ),
    ).toEqual({ kind: 'field', field: 'supervisorId', message: 'Choose a supervisor.' });
    expect(
      inviteFailure(refused('Something odd.', { code: 'BAD_USER_INPUT', field: 'input' })),
    ).toEqual({ kind: 'general', message: 'Something odd.' });
  });
});
