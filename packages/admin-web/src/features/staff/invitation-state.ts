import type { InvitationStatus, StaffStatus } from '../../gql/graphql';
import { formatPracticeDate } from './practice-time';

/** A member's newest invitation, as the API answers `invitation`. */
export interface InvitationState {
  status: InvitationStatus;
  sentAt: string;
  expiresAt: string;
  closedAt?: string | null;
}

interface InvitedMember {
  status: StaffStatus;
  invitation?: InvitationState | null;
}

/**
 * Where a member's invitation stands, in a few words with dates in the practice's timezone, e.g.
 * "Expired Mar 3, 2026". Null for a member with no invitation to speak of.
 */
export function invitationSummary(
  invitation: InvitationState | null | undefined,
  timeZone: string,
): string | null {
  if (!invitation) {
    return null;
  }
  const date = (iso: string) => formatPracticeDate(iso, timeZone);
  const closed = invitation.closedAt ? ` ${date(invitation.closedAt)}` : '';
  switch (invitation.status) {
    case 'PENDING':
      return `Invitation sent ${date(invitation.sentAt)}, valid until ${date(invitation.expiresAt)}`;
    case 'EXPIRED':
      return `Invitation expired ${date(invitation.expiresAt)}`;
    case 'REVOKED':
      return `Invitation revoked${closed}`;
    case 'DECLINED':
      return `Invitation declined${closed}`;
    case 'ACCEPTED':
      return `Joined${closed}`;
    case 'SUPERSEDED':
      return `Invitation replaced by a newer one${closed}`;
  }
}

/** An invited member can always be sent a new link: a resend replaces any older one. */
export function canResendInvitation(member: InvitedMember): boolean {
  return member.status === 'INVITED';
}

/** Only a link still out there (waiting, or past its time but not withdrawn) can be revoked. */
export function canRevokeInvitation(member: InvitedMember): boolean {
  return (
    member.status === 'INVITED' &&
    (member.invitation?.status === 'PENDING' || member.invitation?.status === 'EXPIRED')
  );
}
