import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  bulkReassignPlan,
  bulkReassignResult,
  reassignConsequence,
  reassignFailure,
  validateReason,
} from './reassignment';

const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

const ann = {
  id: 'c1',
  firstName: 'Ann',
  lastName: 'Lee',
  therapist: { id: 't1', displayName: 'Dana Cole' },
};
const bo = { id: 'c2', firstName: 'Bo', lastName: 'Ng', therapist: null };

describe('reassignFailure', () => {
  it('recognises a stale version', () => {
    expect(
      reassignFailure(graphQLError('stale', { code: 'CONFLICT', field: 'expectedVersion' })).kind,
    ).toBe('conflict');
  });

  it('puts a refused target under the therapist field, single or bulk', () => {
    for (const field of ['toTherapistId', 'assignments[1].toTherapistId']) {
      expect(
        reassignFailure(
          graphQLError('Reassign only to an active therapist.', { code: 'BAD_USER_INPUT', field }),
        ),
      ).toEqual({
        kind: 'field',
        field: 'toTherapistId',
        message: 'Reassign only to an active therapist.',
      });
    }
  });

  it('puts a missing reason under the reason field', () => {
    expect(
      reassignFailure(graphQLError('Say why.', { code: 'BAD_USER_INPUT', field: 'reason' })),
    ).toEqual({
      kind: 'field',
      field: 'reason',
      message: 'Say why.',
    });
  });

  it('reads anything else as a general failure', () => {
    expect(reassignFailure(graphQLError('No', { code: 'FORBIDDEN' }))).toEqual({
      kind: 'general',
      message: 'You do not have permission to do this.',
    });
  });
});

describe('reassignment wording', () => {
  it('wants a reason', () => {
    expect(validateReason('  ')).not.toBeNull();
    expect(validateReason('Leaving the practice')).toBeNull();
  });

  it('spells out the consequence', () => {
    expect(reassignConsequence(ann, null)).toBe('Choose who takes Ann Lee on.');
    expect(reassignConsequence(ann, { displayName: 'Eli Park' })).toMatch(
      /^Ann Lee moves from Dana Cole to Eli Park\. Past sessions/,
    );
    expect(reassignConsequence(bo, { displayName: 'Eli Park' })).toMatch(
      /^Bo Ng moves to Eli Park\./,
    );
  });
});

describe('bulkReassignPlan', () => {
  it('leaves out clients who already have the target', () => {
    const plan = bulkReassignPlan([ann, bo], 't1');
    expect(plan.moving).toEqual([bo]);
    expect(plan.staying).toEqual([ann]);
    expect(plan.assignments).toEqual([{ clientId: 'c2', toTherapistId: 't1' }]);
  });

  it('reports the result', () => {
    expect(bulkReassignResult(1, 'Eli Park')).toBe('1 client now has Eli Park as therapist.');
    expect(bulkReassignResult(2, 'Eli Park')).toBe('2 clients now have Eli Park as therapist.');
  });
});
