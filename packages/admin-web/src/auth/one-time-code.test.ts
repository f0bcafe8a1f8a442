import {
  normalizeRecoveryCode,
  normalizeTotpCode,
  recoveryCodeProblem,
  totpCodeProblem,
} from './one-time-code';

describe('authenticator codes', () => {
  it('takes a code as apps show it and people paste it', () => {
    expect(normalizeTotpCode(' 123 456 ')).toBe('123456');
    expect(normalizeTotpCode('123-456')).toBe('123456');
    expect(totpCodeProblem('123 456')).toBeNull();
  });

  it('says what is wrong', () => {
    expect(totpCodeProblem('')).toBe('Enter the 6-digit code from your authenticator app.');
    expect(totpCodeProblem('12a456')).toBe('The code is digits only.');
    expect(totpCodeProblem('12345')).toBe('The code has 6 digits.');
    expect(totpCodeProblem('1234567')).toBe('The code has 6 digits.');
  });
});

describe('recovery codes', () => {
  it('compares them as the API does: case, spaces and dashes aside', () => {
    expect(normalizeRecoveryCode(' ABCDE-fgh27 ')).toBe('abcdefgh27');
    expect(recoveryCodeProblem('abcde-fgh27')).toBeNull();
  });

  it('says what is wrong', () => {
    expect(recoveryCodeProblem('  ')).toBe('Enter one of your recovery codes.');
    expect(recoveryCodeProblem('abcde')).toBe(
      'A recovery code has 10 letters and digits, like abcde-fghij.',
    );
  });
});
