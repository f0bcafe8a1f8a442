import { graphql } from '../../gql';

/** The profile's header and current roles. */
export const staffProfileQuery = graphql(`
  query StaffProfile($id: ID!) {
    staffMember(id: $id) {
      id
      staffId
      displayName
      firstName
      lastName
      email
      title
      kind
      status
      roles {
        id
        name
        templateKey
        requiresSupervision
        canSupervise
        billingModifier
      }
      supervisor {
        id
        displayName
      }
    }
    practice {
      id
      timezone
    }
  }
`);

/** The roles a member can be given, with what each grants. */
export const assignableRolesQuery = graphql(`
  query AssignableRoles {
    roles(includeArchived: false) {
      id
      name
      description
      permissions
      templateKey
    }
  }
`);

export const previewRoleAssignmentQuery = graphql(`
  query PreviewRoleAssignment($staffMemberId: ID!, $roleIds: [ID!]!) {
    previewRoleAssignment(staffMemberId: $staffMemberId, roleIds: $roleIds) {
      gained
      lost
      statusAfter
    }
  }
`);

export const assignRolesMutation = graphql(`
  mutation AssignRoles($staffMemberId: ID!, $roleIds: [ID!]!) {
    assignRoles(staffMemberId: $staffMemberId, roleIds: $roleIds) {
      id
      status
      roles {
        id
        name
        templateKey
        requiresSupervision
        canSupervise
        billingModifier
      }
    }
  }
`);

/** A member's overrides (expired ones included) and the explainer of what they hold now. */
export const memberPermissionsQuery = graphql(`
  query MemberPermissions($staffMemberId: ID!) {
    permissionOverrides(staffMemberId: $staffMemberId) {
      id
      permission
      effect
      reason
      expiresAt
      createdAt
      grantedBy {
        id
        displayName
      }
    }
    effectivePermissions(staffMemberId: $staffMemberId) {
      permission
      group
      description
      granted
      reasons {
        kind
        summary
        roleName
        effect
        reason
        expiresAt
        grantedByName
        status
      }
    }
  }
`);

export const setPermissionOverrideMutation = graphql(`
  mutation SetPermissionOverride(
    $staffMemberId: ID!
    $permission: String!
    $effect: OverrideEffect!
    $reason: String!
    $expiresAt: DateTimeISO
  ) {
    setPermissionOverride(
      staffMemberId: $staffMemberId
      permission: $permission
      effect: $effect
      reason: $reason
      expiresAt: $expiresAt
    ) {
      id
    }
  }
`);

export const removePermissionOverrideMutation = graphql(`
  mutation RemovePermissionOverride($id: ID!) {
    removePermissionOverride(id: $id)
  }
`);
