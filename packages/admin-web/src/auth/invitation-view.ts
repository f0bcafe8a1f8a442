import type { InvitationStatus } from '../gql/graphql';

/** The API's words, so a closed link reads the same whether it is opened or answered. */
export const resendHint = 'ask your practice to resend the invitation';

/**
 * Why an invitation link can no longer be answered, in the API's words; null while it can be
 * (PENDING). The accept page shows this instead of the form.
 */
export function closedInvitationMessage(status: InvitationStatus): string | null {
  switch (status) {
    case 'PENDING':
      return null;
    case 'ACCEPTED':
      return `This invitation has already been accepted. Sign in with your email and password, or ${resendHint}.`;
    case 'DECLINED':
      return `This invitation was declined. If you want to join after all, ${resendHint}.`;
    case 'SUPERSEDED':
      return `A newer invitation replaced this link: use the link in the most recent email, or ${resendHint}.`;
    case 'REVOKED':
      return `This invitation was withdrawn. If you think that is a mistake, ${resendHint}.`;
    case 'EXPIRED':
      return `This invitation has expired: ${resendHint}.`;
  }
}

/** A short title for a link that can no longer be answered. */
export function closedInvitationTitle(status: InvitationStatus): string {
  switch (status) {
    case 'ACCEPTED':
      return 'Invitation already accepted';
    case 'DECLINED':
      return 'Invitation declined';
    case 'EXPIRED':
    case 'SUPERSEDED':
      return 'This invitation link has expired';
    case 'REVOKED':
      return 'Invitation withdrawn';
    case 'PENDING':
      return 'Invitation';
  }
}

/** The link's token, from the page's search string; null when it has none. */
export function tokenFromSearch(search: string): string | null {
  const token = new URLSearchParams(search).get('token')?.trim();
  return token ? token : null;
}
