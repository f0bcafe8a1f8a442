import { graphql } from '../gql';

/**
 * Who is signed in, for which practice, and what they may do: asked once when the app opens,
 * and again after signing in or switching practice. `me` is null for an anonymous visitor.
 */
export const viewerQuery = graphql(`
  query Viewer {
    me {
      userId
      email
      mustChangePassword
      mfaEnrollmentRequired
      mfaEnabled
      permissions
      member {
        id
        displayName
        title
        kind
        status
      }
      practice {
        id
        name
        timezone
      }
      memberships {
        staffMemberId
        practiceId
        practiceName
        kind
        status
      }
    }
  }
`);

/**
 * What signing in (and accepting an invitation) led to. The session token comes back as an
 * HttpOnly cookie; the app never asks for it. With MFA on, no session yet: a second step.
 */
export const signInPayloadFields = graphql(`
  fragment SignInPayloadFields on SignInPayload {
    expiresAt
    secondFactorRequired
    secondFactorToken
    mustChangePassword
    mfaEnrollmentRequired
  }
`);

export const signInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...SignInPayloadFields
    }
  }
`);

/** The second step of signing in with MFA: a code from the app, or one recovery code. */
export const verifySecondFactorMutation = graphql(`
  mutation VerifySecondFactor($secondFactorToken: String!, $code: String, $recoveryCode: String) {
    verifySecondFactor(
      secondFactorToken: $secondFactorToken
      code: $code
      recoveryCode: $recoveryCode
    ) {
      ...SignInPayloadFields
    }
  }
`);

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const signOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const switchPracticeMutation = graphql(`
  mutation SwitchPractice($practiceId: ID!) {
    switchPractice(practiceId: $practiceId)
  }
`);
