import { graphql } from '../../gql';

/** Every permission key there is, with its group and whether it is a write. */
export const permissionCatalogQuery = graphql(`
  query PermissionCatalog {
    permissionCatalog {
      key
      group
      description
      write
    }
  }
`);

export const roleFieldsFragment = graphql(`
  fragment RoleFields on Role {
    id
    name
    description
    permissions
    requiresSupervision
    canSupervise
    billingModifier
    memberCount
    templateKey
    archivedAt
    version
  }
`);

/** The roles page: the practice's roles (archived ones on request) and the catalogue for the matrix. */
export const rolesPageQuery = graphql(`
  query RolesPage($includeArchived: Boolean!) {
    roles(includeArchived: $includeArchived) {
      ...RoleFields
    }
    permissionCatalog {
      key
      group
      description
      write
    }
  }
`);

export const roleQuery = graphql(`
  query Role($id: ID!) {
    role(id: $id) {
      ...RoleFields
    }
  }
`);

/** Who would gain and lose which permissions if the role had exactly these; saves nothing. */
export const previewRoleChangeQuery = graphql(`
  query PreviewRoleChange($roleId: ID!, $permissions: [String!]!) {
    previewRoleChange(roleId: $roleId, permissions: $permissions) {
      staffMember {
        id
        displayName
      }
      gained
      lost
      statusAfter
    }
  }
`);

export const createRoleMutation = graphql(`
  mutation CreateRole($input: RoleInput!) {
    createRole(input: $input) {
      ...RoleFields
    }
  }
`);

export const updateRoleMutation = graphql(`
  mutation UpdateRole($id: ID!, $input: RoleInput!, $expectedVersion: Int!) {
    updateRole(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...RoleFields
    }
  }
`);

export const archiveRoleMutation = graphql(`
  mutation ArchiveRole($id: ID!) {
    archiveRole(id: $id) {
      ...RoleFields
    }
  }
`);
