import { can, type RuleTree } from '../../authorization/rules';

export const roleRules: RuleTree = {
  Query: {
    roles: can('staff.view'),
    role: can('staff.view'),
    previewRoleChange: can('roles.manage'),
    previewRoleAssignment: can('roles.manage'),
  },
  Mutation: {
    createRole: can('roles.manage'),
    updateRole: can('roles.manage'),
    archiveRole: can('roles.manage'),
    assignRoles: can('roles.manage'),
  },
};
