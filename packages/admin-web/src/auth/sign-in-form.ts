/**
 * The sign-in page's pure parts: checking the form before it is sent, and the notice it shows
 * when the app sent the member there (signed out, or a session that ended).
 */

export interface SignInFormValues {
  email: string;
  password: string;
}

export type SignInFormErrors = Partial<Record<keyof SignInFormValues, string>>;

/** Something@something: the server decides the rest, with the same answer for any unknown email. */
const emailShape = /^[^\s@]+@[^\s@]+$/;

/** What is wrong with the form before asking the server; empty when it can be sent. */
export function validateSignInForm(values: SignInFormValues): SignInFormErrors {
  const errors: SignInFormErrors = {};
  const email = values.email.trim();
  if (email === '') {
    errors.email = 'Enter your email address.';
  } else if (!emailShape.test(email)) {
    errors.email = 'Enter an email address like name@practice.com.';
  }
  // Passwords are sent exactly as typed: spaces may be part of one.
  if (values.password === '') {
    errors.password = 'Enter your password.';
  }
  return errors;
}

/** Why the member is on the sign-in page, passed in the navigation's state by the app. */
export type SignInNotice =
  | { kind: 'signed-out' }
  | { kind: 'signed-out-everywhere'; sessionCount: number }
  | { kind: 'session-ended' }
  | { kind: 'password-reset' };

/** The notice in a navigation's state, which history keeps across reloads: checked, not trusted. */
export function signInNoticeFrom(state: unknown): SignInNotice | null {
  if (typeof state !== 'object' || state === null || !('signInNotice' in state)) {
    return null;
  }
  const notice: unknown = state.signInNotice;
  if (typeof notice !== 'object' || notice === null || !('kind' in notice)) {
    return null;
  }
  switch (notice.kind) {
    case 'signed-out':
    case 'session-ended':
    case 'password-reset':
      return { kind: notice.kind };
    case 'signed-out-everywhere': {
      const sessionCount = 'sessionCount' in notice ? notice.sessionCount : undefined;
      return {
        kind: 'signed-out-everywhere',
        sessionCount:
          typeof sessionCount === 'number' && Number.isInteger(sessionCount) && sessionCount >= 0
            ? sessionCount
            : 0,
      };
    }
    default:
      return null;
  }
}

/** The navigation state that shows `notice` on the sign-in page. */
export function withSignInNotice(notice: SignInNotice): { signInNotice: SignInNotice } {
  return { signInNotice: notice };
}

export function signInNoticeMessage(notice: SignInNotice): string {
  switch (notice.kind) {
    case 'signed-out':
      return 'You have signed out.';
    case 'signed-out-everywhere':
      return notice.sessionCount === 1
        ? 'You have signed out. 1 session was ended.'
        : `You have signed out everywhere. ${notice.sessionCount} sessions were ended.`;
    case 'session-ended':
      return 'Your session has ended. Sign in again to continue.';
    case 'password-reset':
      return 'Your password has been changed. Sign in with your new password.';
  }
}
