import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { EditableClientFragment } from '../../gql/graphql';
import {
  clientChanges,
  clientFormErrors,
  clientFormValues,
  clientSaveFailure,
  describePreferredTimes,
  emptyClientForm,
  newClientInput,
  slotsFromTimeBlocks,
  timeBlocksFromSlots,
} from './client-form';

const client: EditableClientFragment = {
  id: 'c1',
  firstName: 'Ada',
  lastName: 'Lovelace',
  dateOfBirth: '1990-04-12',
  status: 'ACTIVE',
  scope: 'DIRECT',
  riskLevel: 'LOW',
  version: 3,
  neededSpecialties: ['Anxiety'],
  preferredLocation: { id: 'loc1', name: 'Downtown Clinic' },
  preferredTimes: [
    { day: 'MONDAY', startMinute: 480, endMinute: 720 },
    { day: 'FRIDAY', startMinute: 600, endMinute: 660 },
  ],
};

const filled = {
  ...emptyClientForm,
  firstName: ' Grace ',
  lastName: 'Hopper',
  dateOfBirth: '1985-12-09',
};

function graphQLError(extensions: Record<string, unknown>, message = 'Refused.') {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
}

describe('preferred times', () => {
  it('turns parts of the week into slots, in week order, and back', () => {
    const slots = slotsFromTimeBlocks(['TUESDAY:EVENING', 'MONDAY:MORNING']);
    expect(slots).toEqual([
      { day: 'MONDAY', startMinute: 480, endMinute: 720 },
      { day: 'TUESDAY', startMinute: 1020, endMinute: 1260 },
    ]);
    expect(timeBlocksFromSlots(slots)).toEqual({
      keys: ['MONDAY:MORNING', 'TUESDAY:EVENING'],
      exact: true,
    });
  });

  it('says when stored slots are not parts of the week the form offers', () => {
    expect(timeBlocksFromSlots(client.preferredTimes)).toEqual({
      keys: ['MONDAY:MORNING'],
      exact: false,
    });
  });
});

describe('describePreferredTimes', () => {
  it('names parts of the day, and clock times for anything else', () => {
    expect(describePreferredTimes(client.preferredTimes)).toBe(
      'Monday morning, Friday 10:00–11:00',
    );
    expect(describePreferredTimes([])).toBe('No preference');
  });
});

describe('clientFormErrors', () => {
  it('asks for names, a date of birth in the past, and a therapist when one is to be chosen', () => {
    expect(clientFormErrors(emptyClientForm, 'create', '2026-01-01')).toEqual({
      firstName: 'Enter a first name.',
      lastName: 'Enter a last name.',
      dateOfBirth: 'Enter the date of birth.',
      therapistId: 'Choose who takes this client on.',
    });
    expect(
      clientFormErrors({ ...filled, dateOfBirth: '2026-02-01' }, 'edit', '2026-01-01'),
    ).toEqual({ dateOfBirth: 'The date of birth cannot be in the future.' });
  });

  it('refuses leaving a direct client unassigned, and lets auto-match choose', () => {
    expect(
      clientFormErrors({ ...filled, assignment: 'UNASSIGNED' }, 'create', '2026-01-01'),
    ).toEqual({
      assignment: 'A direct client belongs to one therapist: choose one or auto-match.',
    });
    expect(
      clientFormErrors({ ...filled, assignment: 'AUTO_MATCH' }, 'create', '2026-01-01'),
    ).toEqual({});
  });
});

describe('newClientInput', () => {
  it('sends auto-match without a therapist, and trims what was typed', () => {
    expect(
      newClientInput({
        ...filled,
        scope: 'PRACTICE',
        assignment: 'AUTO_MATCH',
        therapistId: 't1',
        neededSpecialties: [' Trauma ', ''],
        preferredTimes: ['WEDNESDAY:AFTERNOON'],
      }),
    ).toEqual({
      firstName: 'Grace',
      lastName: 'Hopper',
      dateOfBirth: '1985-12-09',
      riskLevel: 'LOW',
      scope: 'PRACTICE',
      therapistId: null,
      autoMatch: true,
      neededSpecialties: ['Trauma'],
      preferredLocationId: null,
      preferredTimes: [{ day: 'WEDNESDAY', startMinute: 720, endMinute: 1020 }],
    });
  });
});

describe('clientChanges', () => {
  it('sends nothing when nothing changed, keeping times the form cannot show', () => {
    expect(clientChanges(client, clientFormValues(client))).toEqual({});
  });

  it('sends only the fields changed', () => {
    const values = {
      ...clientFormValues(client),
      lastName: 'King',
      riskLevel: 'HIGH' as const,
      preferredLocationId: null,
      preferredTimes: ['MONDAY:MORNING', 'MONDAY:AFTERNOON'],
    };
    expect(clientChanges(client, values)).toEqual({
      lastName: 'King',
      riskLevel: 'HIGH',
      preferredLocationId: null,
      preferredTimes: [
        { day: 'MONDAY', startMinute: 480, endMinute: 720 },
        { day: 'MONDAY', startMinute: 720, endMinute: 1020 },
      ],
    });
  });
});

describe('clientSaveFailure', () => {
  it('puts a field refusal under its field, auto-match under the assignment choice', () => {
    expect(
      clientSaveFailure(
        graphQLError({ code: 'BAD_USER_INPUT', field: 'dateOfBirth' }, 'Bad date.'),
      ),
    ).toEqual({ kind: 'field', field: 'dateOfBirth', message: 'Bad date.' });
    expect(
      clientSaveFailure(
        graphQLError({ code: 'FORBIDDEN', field: 'autoMatch', permission: 'clients.view.all' }),
      ),
    ).toMatchObject({ kind: 'field', field: 'assignment' });
  });

  it('reports a stale version as a conflict, and anything else above the buttons', () => {
    expect(
      clientSaveFailure(graphQLError({ code: 'CONFLICT', field: 'expectedVersion' })),
    ).toMatchObject({ kind: 'conflict' });
    expect(clientSaveFailure(graphQLError({ code: 'NOT_FOUND' }, 'Client not found.'))).toEqual({
      kind: 'general',
      message: 'Client not found.',
    });
  });
});
