import { can, insideGuardedResult, type RuleTree } from '../../authorization/rules';

export const staffRules: RuleTree = {
  Query: { staff: can('staff.view'), staffMember: can('staff.view') },
  Mutation: {
    setStaffStatus: can('staff.status'),
    removeStaffMember: can('staff.remove'),
    setSupervisor: can('staff.edit'),
  },
  StaffMember: { supervisor: insideGuardedResult },
};
