import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { refusalMessage, staleVersionConflict } from './refusals';

const graphQLErrors = (...errors: GraphQLFormattedError[]) => new CombinedGraphQLErrors({ errors });

describe('refusalMessage', () => {
  it('names the keys one cannot grant', () => {
    expect(
      refusalMessage(
        graphQLErrors({
          message: 'You cannot grant permissions you do not hold: notes.view.',
          extensions: { code: 'FORBIDDEN', permissions: ['notes.view', 'notes.write'] },
        }),
      ),
    ).toBe('You cannot grant or take away permissions you do not hold: notes.view, notes.write.');
  });

  it('names the permission an operation needs', () => {
    expect(
      refusalMessage(
        graphQLErrors({
          message: 'Not Authorised!',
          extensions: { code: 'FORBIDDEN', permission: 'roles.manage' },
        }),
      ),
    ).toBe('This needs the roles.manage permission, which you do not hold.');
  });

  it('keeps the API’s message for domain refusals', () => {
    const message = 'The role is assigned to 2 member(s): take it from them first.';
    expect(refusalMessage(graphQLErrors({ message, extensions: { code: 'CONFLICT' } }))).toBe(
      message,
    );
  });
});

describe('staleVersionConflict', () => {
  it('reads the current version of a stale save', () => {
    expect(
      staleVersionConflict(
        graphQLErrors({
          message: 'Someone else changed this role since you opened it.',
          extensions: { code: 'CONFLICT', field: 'expectedVersion', currentVersion: 4 },
        }),
      ),
    ).toBe(4);
  });

  it('ignores other conflicts and other errors', () => {
    expect(
      staleVersionConflict(
        graphQLErrors({
          message: 'A role with this name exists.',
          extensions: { code: 'CONFLICT' },
        }),
      ),
    ).toBeNull();
    expect(staleVersionConflict(null)).toBeNull();
  });
});
