import {
  can,
  insideGuardedResult,
  type RuleTree,
  selfOrCan,
  signedInMember,
} from '../../authorization/rules';

export const permissionRules: RuleTree = {
  Query: {
    permissionCatalog: signedInMember,
    // Everyone may see why they can or cannot do something; others' need the roster permission.
    effectivePermissions: selfOrCan('staffMemberId', 'staff.view'),
    permissionOverrides: selfOrCan('staffMemberId', 'staff.view'),
  },
  Mutation: {
    setPermissionOverride: can('permissions.override'),
    removePermissionOverride: can('permissions.override'),
  },
  PermissionOverride: { grantedBy: insideGuardedResult },
};
