import {
  anyone,
  can,
  type RuleTree,
  signedInMember,
  signedInOwingSetup,
} from '../../authorization/rules';

export const authRules: RuleTree = {
  Query: { me: anyone },
  Mutation: {
    signIn: anyone,
    verifySecondFactor: anyone,
    requestPasswordReset: anyone,
    resetPassword: anyone,
    signOut: signedInOwingSetup,
    signOutEverywhere: signedInOwingSetup,
    // What a session owing a password change or an MFA enrolment is for.
    changePassword: signedInOwingSetup,
    startMfaEnrollment: signedInOwingSetup,
    confirmMfaEnrollment: signedInOwingSetup,
    switchPractice: signedInMember,
    setTemporaryPassword: can('staff.edit'),
    unlockAccount: can('staff.edit'),
    resetMfa: can('staff.edit'),
    endSessions: can('staff.status'),
  },
};
