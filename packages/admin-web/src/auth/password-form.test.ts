import {
  MIN_PASSWORD_LENGTH,
  passwordLength,
  validateChangePassword,
  validateNewPassword,
} from './password-form';

describe('validateNewPassword', () => {
  it('accepts a long enough password typed twice', () => {
    expect(
      validateNewPassword({
        newPassword: 'quiet river lantern',
        confirmPassword: 'quiet river lantern',
      }),
    ).toEqual({});
  });

  it('asks for both fields', () => {
    expect(validateNewPassword({ newPassword: '', confirmPassword: '' })).toEqual({
      newPassword: 'Choose a new password.',
      confirmPassword: 'Type the new password again.',
    });
  });

  it('counts characters as a person does, and says how many so far', () => {
    expect(passwordLength('ñandú🙂')).toBe(6);
    expect(validateNewPassword({ newPassword: 'short', confirmPassword: 'short' })).toEqual({
      newPassword: `Use at least ${MIN_PASSWORD_LENGTH} characters (5 so far).`,
    });
    // Twelve emoji are twelve characters, though 24 UTF-16 units.
    const emoji = '🙂'.repeat(12);
    expect(validateNewPassword({ newPassword: emoji, confirmPassword: emoji })).toEqual({});
  });

  it('refuses what the API would refuse for length', () => {
    const long = 'a'.repeat(129);
    expect(validateNewPassword({ newPassword: long, confirmPassword: long }).newPassword).toBe(
      'Use at most 128 characters.',
    );
  });

  it('wants the confirmation to match exactly, spaces included', () => {
    expect(
      validateNewPassword({
        newPassword: 'quiet river lantern',
        confirmPassword: 'quiet river lantern ',
      }),
    ).toEqual({ confirmPassword: 'The two passwords are not the same.' });
  });
});

describe('validateChangePassword', () => {
  it('needs the current password', () => {
    expect(
      validateChangePassword({
        currentPassword: '',
        newPassword: 'quiet river lantern',
        confirmPassword: 'quiet river lantern',
      }),
    ).toEqual({ currentPassword: 'Enter your current password.' });
  });

  it('wants a new password that differs from the current one', () => {
    expect(
      validateChangePassword({
        currentPassword: 'caseload-demo-2026',
        newPassword: 'caseload-demo-2026',
        confirmPassword: 'caseload-demo-2026',
      }),
    ).toEqual({ newPassword: 'Choose a password different from the current one.' });
  });
});
