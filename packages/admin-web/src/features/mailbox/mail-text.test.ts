import { appPathForMailLink, firstMailLink, mailTextSegments } from './mail-text';

const invitation = `Hello Ada,

Riverbend Counseling Collective invites you to Caseload. Accept here:
http://127.0.0.1:4000/accept-invitation?token=abc_DEF-123.

The link works for 72 hours.`;

describe('mailTextSegments', () => {
  it('turns links to the app’s pages into in-app paths, keeping the text around them', () => {
    const segments = mailTextSegments(invitation);
    expect(segments).toEqual([
      {
        kind: 'text',
        text: 'Hello Ada,\n\nRiverbend Counseling Collective invites you to Caseload. Accept here:\n',
      },
      {
        kind: 'link',
        text: 'http://127.0.0.1:4000/accept-invitation?token=abc_DEF-123',
        to: '/accept-invitation?token=abc_DEF-123',
      },
      { kind: 'text', text: '.\n\nThe link works for 72 hours.' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(invitation);
  });

  it('keeps other links as plain text', () => {
    const text = 'See https://evil.example/accept-invitation-now or https://caseload.example/staff';
    expect(mailTextSegments(text)).toEqual([{ kind: 'text', text }]);
  });

  it('handles text with no links, and none at all', () => {
    expect(mailTextSegments('Plain')).toEqual([{ kind: 'text', text: 'Plain' }]);
    expect(mailTextSegments('')).toEqual([]);
  });
});

describe('appPathForMailLink', () => {
  it('keeps only the path and search of the app’s mail pages', () => {
    expect(appPathForMailLink('https://app.caseload.example/reset-password?token=x#y')).toBe(
      '/reset-password?token=x',
    );
    expect(appPathForMailLink('javascript:alert(1)')).toBeNull();
    expect(appPathForMailLink('http://x/accept-invitation/extra')).toBeNull();
    expect(appPathForMailLink('not a url')).toBeNull();
  });
});

describe('firstMailLink', () => {
  it('finds the invitation link', () => {
    expect(firstMailLink(invitation)).toBe('/accept-invitation?token=abc_DEF-123');
    expect(firstMailLink(null)).toBeNull();
    expect(firstMailLink('no links')).toBeNull();
  });
});
