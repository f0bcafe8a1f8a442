import { isCommonPassword, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long passphrase in any script', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('кофе утром без сахара')).toBeNull();
  });

  it('refuses passwords shorter than 12 characters, counting characters not bytes', () => {
    expect(passwordProblem('short-pass1')).toMatch(/at least 12 characters/);
    // Twelve characters, more than twelve bytes in UTF-8.
    expect(passwordProblem('ééééééééééé')).toMatch(/at least 12/);
    expect(passwordProblem('éééééééééééé')).toBeNull();
  });

  it('refuses passwords longer than 128 characters', () => {
    expect(passwordProblem('a b c d '.repeat(17))).toMatch(/at most 128/);
  });

  it('refuses passwords from the shipped list of common passwords, whatever their case', () => {
    expect(isCommonPassword('qwertyuiopasdfghjkl')).toBe(true);
    expect(passwordProblem('1qaz2wsx3edc')).toMatch(/commonly used/);
    expect(passwordProblem('QAZWSXEDCRFV')).toMatch(/commonly used/);
    expect(passwordProblem('iloveyou1234')).toMatch(/commonly used/);
  });

  it('refuses a password made of the person’s own email address', () => {
    expect(passwordProblem('dana.okafor2026!', { email: 'Dana.Okafor@example.com' })).toMatch(
      /email address/,
    );
    expect(
      passwordProblem('maple syrup pancakes', { email: 'dana.okafor@example.com' }),
    ).toBeNull();
  });
});
