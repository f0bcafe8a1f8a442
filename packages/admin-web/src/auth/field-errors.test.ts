import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@caseload/shared';
import { asError, fieldRefusal, messageForCodes } from './field-errors';

const graphQLErrors = (
  ...errors: Array<{ message: string; extensions?: Record<string, unknown> }>
) => new CombinedGraphQLErrors({ data: null, errors });

describe('fieldRefusal', () => {
  it('names the field and keeps the API’s sentence', () => {
    expect(
      fieldRefusal(
        graphQLErrors({
          message: 'Your current password is not right.',
          extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
        }),
      ),
    ).toEqual({ field: 'currentPassword', message: 'Your current password is not right.' });
  });

  it('has no field when the API names none', () => {
    expect(
      fieldRefusal(graphQLErrors({ message: 'No.', extensions: { code: 'BAD_USER_INPUT' } })),
    ).toEqual({ field: null, message: 'No.' });
  });

  it('is null for other errors', () => {
    expect(
      fieldRefusal(graphQLErrors({ message: 'x', extensions: { code: 'FORBIDDEN' } })),
    ).toBeNull();
    expect(fieldRefusal(new TypeError('Failed to fetch'))).toBeNull();
    expect(fieldRefusal(undefined)).toBeNull();
  });
});

describe('messageForCodes', () => {
  it('finds the message of the first error with one of the codes', () => {
    const error = graphQLErrors(
      { message: 'x', extensions: { code: 'BAD_USER_INPUT' } },
      {
        message: 'This invitation has expired: ask your practice to resend the invitation.',
        extensions: { code: 'INVITATION_EXPIRED' },
      },
    );
    expect(messageForCodes(error, [ErrorCode.INVITATION_EXPIRED, ErrorCode.INVITATION_USED])).toBe(
      'This invitation has expired: ask your practice to resend the invitation.',
    );
    expect(messageForCodes(error, [ErrorCode.NOT_FOUND])).toBeNull();
    expect(messageForCodes(new TypeError('x'), [ErrorCode.NOT_FOUND])).toBeNull();
  });
});

describe('asError', () => {
  it('keeps errors and wraps anything else', () => {
    const error = new TypeError('x');
    expect(asError(error)).toBe(error);
    expect(asError('boom').message).toBe('boom');
  });
});
