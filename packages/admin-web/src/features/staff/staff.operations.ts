import { graphql } from '../../gql';

/** One page of the staff roster, with what each roster column shows. */
export const staffRosterQuery = graphql(`
  query StaffRoster($first: Int!, $after: String, $filter: StaffFilter, $orderBy: StaffOrder) {
    staff(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          staffId
          displayName
          email
          title
          kind
          status
          needsSupervisor
          ...InvitationStateFields
          roles {
            id
            name
          }
          groups {
            id
            name
          }
          supervisor {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** What the roster's filters and the invite dialog offer: roles and groups. */
export const staffChoicesQuery = graphql(`
  query StaffChoices {
    roles(includeArchived: false) {
      id
      name
      description
      permissions
      templateKey
      requiresSupervision
      canSupervise
    }
    groups(includeArchived: false) {
      id
      name
      kind
    }
    practice {
      id
      name
      plan
      settings {
        supervisionEnabled
      }
    }
  }
`);

/** Members holding a role that can supervise: whom to filter by, or to name as a supervisor. */
export const supervisorChoicesQuery = graphql(`
  query SupervisorChoices($roleIds: [ID!]!, $statuses: [StaffStatus!]!) {
    staff(first: 100, filter: { roleIds: $roleIds, statuses: $statuses }) {
      edges {
        node {
          id
          displayName
          status
        }
      }
    }
  }
`);

/** The newest invitation of a member, as the roster and the profile show it. */
export const invitationStateFields = graphql(`
  fragment InvitationStateFields on StaffMember {
    id
    status
    invitation {
      status
      sentAt
      expiresAt
      closedAt
    }
  }
`);

export const inviteStaffMutation = graphql(`
  mutation InviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      id
      displayName
      email
      status
    }
  }
`);

export const resendInvitationMutation = graphql(`
  mutation ResendInvitation($staffMemberId: ID!) {
    resendInvitation(staffMemberId: $staffMemberId) {
      ...InvitationStateFields
    }
  }
`);

export const revokeInvitationMutation = graphql(`
  mutation RevokeInvitation($staffMemberId: ID!) {
    revokeInvitation(staffMemberId: $staffMemberId) {
      ...InvitationStateFields
    }
  }
`);
