import {
  signInNoticeFrom,
  signInNoticeMessage,
  validateSignInForm,
  withSignInNotice,
} from './sign-in-form';

describe('validateSignInForm', () => {
  it('accepts an email and a password', () => {
    expect(validateSignInForm({ email: ' owner@riverbend.example ', password: 'x' })).toEqual({});
  });

  it('asks for what is missing', () => {
    expect(validateSignInForm({ email: '  ', password: '' })).toEqual({
      email: 'Enter your email address.',
      password: 'Enter your password.',
    });
  });

  it('asks for an email address, not a name', () => {
    expect(validateSignInForm({ email: 'elena marsh', password: 'x' }).email).toBe(
      'Enter an email address like name@practice.com.',
    );
  });

  it('takes a password of spaces as typed', () => {
    expect(validateSignInForm({ email: 'a@b', password: '   ' })).toEqual({});
  });
});

describe('signInNoticeFrom', () => {
  it('reads the notices the app sets', () => {
    for (const notice of [
      { kind: 'signed-out' },
      { kind: 'session-ended' },
      { kind: 'password-reset' },
      { kind: 'signed-out-everywhere', sessionCount: 3 },
    ] as const) {
      expect(signInNoticeFrom(withSignInNotice(notice))).toEqual(notice);
    }
  });

  it('ignores anything else history may hold', () => {
    expect(signInNoticeFrom(null)).toBeNull();
    expect(signInNoticeFrom('signed-out')).toBeNull();
    expect(signInNoticeFrom({ signInNotice: { kind: 'hacked' } })).toBeNull();
    expect(signInNoticeFrom({ signInNotice: null })).toBeNull();
    expect(signInNoticeFrom({ other: 1 })).toBeNull();
  });

  it('does not print a session count it cannot trust', () => {
    expect(
      signInNoticeFrom({ signInNotice: { kind: 'signed-out-everywhere', sessionCount: '<b>' } }),
    ).toEqual({ kind: 'signed-out-everywhere', sessionCount: 0 });
  });
});

describe('signInNoticeMessage', () => {
  it('counts the sessions ended', () => {
    expect(signInNoticeMessage({ kind: 'signed-out-everywhere', sessionCount: 1 })).toBe(
      'You have signed out. 1 session was ended.',
    );
    expect(signInNoticeMessage({ kind: 'signed-out-everywhere', sessionCount: 4 })).toBe(
      'You have signed out everywhere. 4 sessions were ended.',
    );
    expect(signInNoticeMessage({ kind: 'session-ended' })).toMatch(/session has ended/);
  });
});
