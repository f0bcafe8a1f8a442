import type { InvitationStatus } from '../gql/graphql';
import {
  closedInvitationMessage,
  closedInvitationTitle,
  resendHint,
  tokenFromSearch,
} from './invitation-view';

describe('closedInvitationMessage', () => {
  it('lets a pending invitation be answered', () => {
    expect(closedInvitationMessage('PENDING')).toBeNull();
  });

  it.each<InvitationStatus>(['ACCEPTED', 'DECLINED', 'SUPERSEDED', 'REVOKED', 'EXPIRED'])(
    'tells the invitee of a %s link to ask the practice to resend it',
    (status) => {
      expect(closedInvitationMessage(status)).toContain(resendHint);
      expect(closedInvitationTitle(status)).not.toBe('Invitation');
    },
  );

  it('uses the API’s words for an expired link', () => {
    expect(closedInvitationMessage('EXPIRED')).toBe(
      'This invitation has expired: ask your practice to resend the invitation.',
    );
  });
});

describe('tokenFromSearch', () => {
  it('reads the token of an emailed link', () => {
    expect(tokenFromSearch('?token=abc_DEF-123')).toBe('abc_DEF-123');
    expect(tokenFromSearch('?token=a%2Bb')).toBe('a+b');
  });

  it('is null when the link lost it', () => {
    expect(tokenFromSearch('')).toBeNull();
    expect(tokenFromSearch('?token=')).toBeNull();
    expect(tokenFromSearch('?token=%20')).toBeNull();
  });
});
