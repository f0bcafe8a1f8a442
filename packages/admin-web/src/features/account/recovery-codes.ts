/** The ten recovery codes shown once at MFA enrolment: as text to copy, print or save. */

export interface RecoveryCodesFile {
  codes: readonly string[];
  email: string;
  practiceName: string;
  /** When they were made, for the reader who finds the file later. */
  createdAt: Date;
}

/** The codes with a heading that says what they are and how they work. */
export function recoveryCodesText({ codes, email, practiceName, createdAt }: RecoveryCodesFile) {
  return [
    'Caseload recovery codes',
    `Account: ${email} (${practiceName})`,
    `Created: ${createdAt.toISOString().slice(0, 10)}`,
    '',
    'Each code signs you in once when you cannot use your authenticator app.',
    'Keep them somewhere safe, like a password manager.',
    '',
    ...codes,
    '',
  ].join('\n');
}

/** e.g. `caseload-recovery-codes-owner.txt`: the account's name part, safe for a file name. */
export function recoveryCodesFileName(email: string): string {
  const name = (email.split('@')[0] ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return name ? `caseload-recovery-codes-${name}.txt` : 'caseload-recovery-codes.txt';
}
