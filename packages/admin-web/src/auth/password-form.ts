/**
 * Choosing a new password (changing it, a temporary one, a reset link, an invitation): what the
 * app checks before sending. The API has the last word, with the same rules and its list of
 * common passwords, and answers BAD_USER_INPUT on the field.
 */

/** The API's policy (NIST SP 800-63B): length and a list of known passwords, no composition rules. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export const passwordPolicyHint = `At least ${MIN_PASSWORD_LENGTH} characters, and not a commonly used password. A few unrelated words make a good one.`;

export interface NewPasswordValues {
  newPassword: string;
  confirmPassword: string;
}

export type NewPasswordErrors = Partial<Record<keyof NewPasswordValues, string>>;

/** Length in characters as a person counts them (code points), as the API counts. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/** What is wrong with a new password and its confirmation; empty when it can be sent. */
export function validateNewPassword(values: NewPasswordValues): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  const length = passwordLength(values.newPassword);
  if (length === 0) {
    errors.newPassword = 'Choose a new password.';
  } else if (length < MIN_PASSWORD_LENGTH) {
    errors.newPassword = `Use at least ${MIN_PASSWORD_LENGTH} characters (${length} so far).`;
  } else if (length > MAX_PASSWORD_LENGTH) {
    errors.newPassword = `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  }
  if (values.confirmPassword === '') {
    errors.confirmPassword = 'Type the new password again.';
  } else if (values.confirmPassword !== values.newPassword) {
    errors.confirmPassword = 'The two passwords are not the same.';
  }
  return errors;
}

export interface ChangePasswordValues extends NewPasswordValues {
  currentPassword: string;
}

export type ChangePasswordErrors = Partial<Record<keyof ChangePasswordValues, string>>;

/** A change of password also needs the current one, and a new one that differs from it. */
export function validateChangePassword(values: ChangePasswordValues): ChangePasswordErrors {
  const errors: ChangePasswordErrors = validateNewPassword(values);
  if (values.currentPassword === '') {
    errors.currentPassword = 'Enter your current password.';
  } else if (!errors.newPassword && values.newPassword === values.currentPassword) {
    errors.newPassword = 'Choose a password different from the current one.';
  }
  return errors;
}

/** Whether a form's errors leave anything to fix. */
export function hasErrors(errors: Record<string, string | undefined>): boolean {
  return Object.values(errors).some(Boolean);
}
