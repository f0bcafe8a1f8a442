import { graphql } from '../../gql';

/** The signed-in member's own sign-in: password and two-step sign-in (TOTP). */

export const changePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const startMfaEnrollmentMutation = graphql(`
  mutation StartMfaEnrollment {
    startMfaEnrollment {
      secret
      otpauthUri
      qrCodeDataUrl
    }
  }
`);

/** Returns the ten recovery codes, shown this once. */
export const confirmMfaEnrollmentMutation = graphql(`
  mutation ConfirmMfaEnrollment($code: String!) {
    confirmMfaEnrollment(code: $code)
  }
`);
