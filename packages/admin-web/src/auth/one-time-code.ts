/**
 * The second step of signing in: a 6-digit code from an authenticator app, or one of the ten
 * recovery codes (`abcde-fghij`) given at enrolment.
 */

export const TOTP_CODE_LENGTH = 6;

/** The digits of a code as typed or pasted ("123 456", "123-456"). */
export function normalizeTotpCode(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** What is wrong with a typed authenticator code; null when it can be sent. */
export function totpCodeProblem(input: string): string | null {
  const code = normalizeTotpCode(input);
  if (code === '') {
    return 'Enter the 6-digit code from your authenticator app.';
  }
  if (!/^\d+$/.test(code)) {
    return 'The code is digits only.';
  }
  if (code.length !== TOTP_CODE_LENGTH) {
    return `The code has ${TOTP_CODE_LENGTH} digits.`;
  }
  return null;
}

/** A recovery code as the API compares it: letters a–z and digits 2–7, case and dashes aside. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[^a-z2-7]/g, '');
}

/** What is wrong with a typed recovery code; null when it can be sent. */
export function recoveryCodeProblem(input: string): string | null {
  const code = normalizeRecoveryCode(input);
  if (code === '') {
    return 'Enter one of your recovery codes.';
  }
  if (code.length !== 10) {
    return 'A recovery code has 10 letters and digits, like abcde-fghij.';
  }
  return null;
}
