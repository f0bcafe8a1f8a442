import { can, insideGuardedResult, type RuleTree } from '../../authorization/rules';

export const groupRules: RuleTree = {
  Query: { groups: can('staff.view') },
  Mutation: {
    createGroup: can('staff.edit'),
    renameGroup: can('staff.edit'),
    archiveGroup: can('staff.edit'),
    addGroupMembers: can('staff.edit'),
    removeGroupMember: can('staff.edit'),
  },
  Group: { memberCount: insideGuardedResult },
};
