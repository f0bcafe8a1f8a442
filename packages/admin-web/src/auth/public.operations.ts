import { graphql } from '../gql';

/**
 * The pages open without signing in, reached from links in emails: an invitation to accept or
 * decline, and a password reset. The token in the link is the credential.
 */

export const invitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      practiceName
      email
      firstName
      lastName
      status
      expiresAt
      hasAccount
    }
  }
`);

export const acceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      ...SignInPayloadFields
    }
  }
`);

export const declineInvitationMutation = graphql(`
  mutation DeclineInvitation($token: String!) {
    declineInvitation(token: $token)
  }
`);

export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const resetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);
