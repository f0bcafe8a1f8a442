import { anyone, can, insideGuardedResult, type RuleTree } from '../../authorization/rules';

export const invitationRules: RuleTree = {
  // The link's token is the credential: whoever holds it may see, accept or decline it.
  Query: { invitation: anyone },
  Mutation: {
    inviteStaff: can('staff.invite'),
    resendInvitation: can('staff.invite'),
    revokeInvitation: can('staff.invite'),
    acceptInvitation: anyone,
    declineInvitation: anyone,
  },
  StaffMember: { invitation: insideGuardedResult },
};
