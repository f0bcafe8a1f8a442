import { can, type RuleTree } from '../../authorization/rules';

export const mailRules: RuleTree = {
  // Who invites staff sees whether the invitations went out.
  Query: { outboxMail: can('staff.invite') },
};
