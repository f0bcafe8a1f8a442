import { graphql } from '../../gql';

export const groupFields = graphql(`
  fragment GroupFields on Group {
    id
    name
    kind
    memberCount
    archivedAt
  }
`);

/** The practice's teams, locations and departments, archived ones when asked. */
export const groupsPageQuery = graphql(`
  query GroupsPage($includeArchived: Boolean!) {
    groups(includeArchived: $includeArchived) {
      ...GroupFields
    }
  }
`);

/** The members of one group still on the roster (removed members keep their memberships). */
export const groupMembersQuery = graphql(`
  query GroupMembers($groupId: ID!) {
    staff(
      first: 100
      filter: { groupIds: [$groupId], statuses: [ACTIVE, INVITED, ON_HOLD, INACTIVE] }
    ) {
      totalCount
      edges {
        node {
          id
          displayName
          staffId
          title
          status
        }
      }
    }
  }
`);

/** Members on the roster whose name, email or staff ID matches, to add to a group. */
export const memberSearchQuery = graphql(`
  query MemberSearch($search: String) {
    staff(first: 20, filter: { search: $search, statuses: [ACTIVE, INVITED, ON_HOLD, INACTIVE] }) {
      edges {
        node {
          id
          displayName
          staffId
        }
      }
    }
  }
`);

export const createGroupMutation = graphql(`
  mutation CreateGroup($name: String!, $kind: GroupKind!) {
    createGroup(name: $name, kind: $kind) {
      ...GroupFields
    }
  }
`);

export const renameGroupMutation = graphql(`
  mutation RenameGroup($id: ID!, $name: String!) {
    renameGroup(id: $id, name: $name) {
      ...GroupFields
    }
  }
`);

export const archiveGroupMutation = graphql(`
  mutation ArchiveGroup($id: ID!) {
    archiveGroup(id: $id) {
      ...GroupFields
    }
  }
`);

export const addGroupMembersMutation = graphql(`
  mutation AddGroupMembers($groupId: ID!, $staffMemberIds: [ID!]!) {
    addGroupMembers(groupId: $groupId, staffMemberIds: $staffMemberIds) {
      ...GroupFields
    }
  }
`);

export const removeGroupMemberMutation = graphql(`
  mutation RemoveGroupMember($groupId: ID!, $staffMemberId: ID!) {
    removeGroupMember(groupId: $groupId, staffMemberId: $staffMemberId) {
      ...GroupFields
    }
  }
`);
