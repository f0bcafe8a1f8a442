import {
  canResendInvitation,
  canRevokeInvitation,
  type InvitationState,
  invitationSummary,
} from './invitation-state';

const timeZone = 'America/Chicago';
const invitation = (change: Partial<InvitationState>): InvitationState => ({
  status: 'PENDING',
  sentAt: '2026-03-02T15:00:00.000Z',
  expiresAt: '2026-03-05T15:00:00.000Z',
  closedAt: null,
  ...change,
});

describe('invitationSummary', () => {
  it('says when a waiting invitation was sent and until when it is valid', () => {
    expect(invitationSummary(invitation({}), timeZone)).toBe(
      'Invitation sent Mar 2, 2026, valid until Mar 5, 2026',
    );
  });

  it('dates an expired invitation by its expiry, in the practice’s calendar', () => {
    expect(
      invitationSummary(
        invitation({ status: 'EXPIRED', expiresAt: '2026-03-06T02:00:00.000Z' }),
        timeZone,
      ),
    ).toBe('Invitation expired Mar 5, 2026');
  });

  it('dates closed invitations by when they closed', () => {
    const closedAt = '2026-03-04T16:00:00.000Z';
    expect(invitationSummary(invitation({ status: 'REVOKED', closedAt }), timeZone)).toBe(
      'Invitation revoked Mar 4, 2026',
    );
    expect(invitationSummary(invitation({ status: 'DECLINED', closedAt }), timeZone)).toBe(
      'Invitation declined Mar 4, 2026',
    );
    expect(invitationSummary(invitation({ status: 'ACCEPTED', closedAt }), timeZone)).toBe(
      'Joined Mar 4, 2026',
    );
  });

  it('has nothing to say without an invitation', () => {
    expect(invitationSummary(null, timeZone)).toBeNull();
  });
});

describe('invitation actions', () => {
  it('resend for every invited member, revoke only while a link is out', () => {
    for (const status of ['PENDING', 'EXPIRED'] as const) {
      const member = { status: 'INVITED' as const, invitation: invitation({ status }) };
      expect(canResendInvitation(member)).toBe(true);
      expect(canRevokeInvitation(member)).toBe(true);
    }
    for (const status of ['REVOKED', 'DECLINED'] as const) {
      const member = { status: 'INVITED' as const, invitation: invitation({ status }) };
      expect(canResendInvitation(member)).toBe(true);
      expect(canRevokeInvitation(member)).toBe(false);
    }
  });

  it('offers nothing for members who joined', () => {
    const member = { status: 'ACTIVE' as const, invitation: invitation({ status: 'ACCEPTED' }) };
    expect(canResendInvitation(member)).toBe(false);
    expect(canRevokeInvitation(member)).toBe(false);
  });
});
