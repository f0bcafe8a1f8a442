import { graphql } from '../../gql';

/** Every editable part of a member's profile, with the version to edit against. */
export const staffProfileFields = graphql(`
  fragment StaffProfileFields on StaffMember {
    id
    staffId
    displayName
    firstName
    lastName
    email
    title
    profile {
      version
      title
      licenseNumber
      discipline
      compensationTier
      bio
      secondaryEmail
      primaryPhone
      secondaryPhone
      defaultPhone
      notificationSettings {
        invitations
        assignmentChanges
        pendingNotesDigest
        supervisionUpdates
      }
      timezone
      effectiveTimezone
      specialties
      locations {
        id
        name
      }
      weeklyAvailability {
        day
        startMinute
        endMinute
      }
      caseloadCapacity
    }
  }
`);

/** The profile: header, status, details, supervision and current roles. */
export const staffProfileQuery = graphql(`
  query StaffProfile($id: ID!) {
    staffMember(id: $id) {
      ...StaffProfileFields
      ...InvitationStateFields
      kind
      status
      lastSignInAt
      activeClientCount
      needsSupervisor
      groups {
        id
        name
        kind
      }
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

export const updateStaffProfileMutation = graphql(`
  mutation UpdateStaffProfile(
    $staffMemberId: ID!
    $expectedVersion: Int!
    $input: StaffProfileInput!
  ) {
    updateStaffProfile(
      staffMemberId: $staffMemberId
      expectedVersion: $expectedVersion
      input: $input
    ) {
      ...StaffProfileFields
      groups {
        id
        name
        kind
      }
    }
  }
`);

export const setStaffStatusMutation = graphql(`
  mutation SetStaffStatus($staffMemberId: ID!, $status: StaffStatus!, $reason: String!) {
    setStaffStatus(staffMemberId: $staffMemberId, status: $status, reason: $reason) {
      id
      status
    }
  }
`);

export const setSupervisorMutation = graphql(`
  mutation SetSupervisor($superviseeId: ID!, $supervisorId: ID) {
    setSupervisor(superviseeId: $superviseeId, supervisorId: $supervisorId) {
      id
      needsSupervisor
      supervisor {
        id
        displayName
      }
    }
  }
`);

/** The member's active clients: who has to be handed over before they leave. */
export const memberActiveClientsQuery = graphql(`
  query MemberActiveClients($therapistId: ID!) {
    clients(first: 100, filter: { therapistId: $therapistId, statuses: [ACTIVE] }) {
      totalCount
      edges {
        node {
          id
          firstName
          lastName
          riskLevel
        }
      }
    }
  }
`);

export const removeStaffMemberMutation = graphql(`
  mutation RemoveStaffMember($staffMemberId: ID!, $reason: String!, $reassignTo: ID) {
    removeStaffMember(staffMemberId: $staffMemberId, reason: $reason, reassignTo: $reassignTo) {
      id
      status
      activeClientCount
    }
  }
`);
