import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiRefusal } from './api-refusal';

const refused = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe('apiRefusal', () => {
  it('keeps a domain refusal with the field it names and its details', () => {
    const message = 'ada@example.com is already on the roster as Ada Byron.';
    expect(
      apiRefusal(
        refused(message, { code: 'CONFLICT', field: 'email', existingStaffMemberId: 'm1' }),
      ),
    ).toEqual({
      code: 'CONFLICT',
      field: 'email',
      message,
      extensions: { code: 'CONFLICT', field: 'email', existingStaffMemberId: 'm1' },
    });
  });

  it('names the permission a refusal for lack of one is about', () => {
    const refusal = apiRefusal(
      refused('Not Authorised!', { code: 'FORBIDDEN', permission: 'staff.status' }),
    );
    expect(refusal.code).toBe('FORBIDDEN');
    expect(refusal.message).toBe('This needs the staff.status permission, which you do not hold.');
  });

  it('has no code for a failure that is not one of the API’s refusals', () => {
    const refusal = apiRefusal(new TypeError('Failed to fetch'));
    expect(refusal).toMatchObject({ code: null, field: null });
    expect(refusal.message).toMatch(/Could not reach the server/);
  });
});
