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
          title
          kind
          status
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
