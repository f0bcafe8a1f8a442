import { graphql } from '../../gql';

/** One page of the activity log, newest first. */
export const auditEventsQuery = graphql(`
  query AuditEvents($first: Int!, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          action
          targetType
          targetId
          changes
          occurredAt
          ipAddress
          actor {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** The filtered log as CSV, for "Export CSV". */
export const auditEventsCsvQuery = graphql(`
  query AuditEventsCsv($filter: AuditEventFilter) {
    auditEventsCsv(filter: $filter)
  }
`);

/** Who can be picked as the actor: everyone who has been on the roster, removed members too. */
export const activityActorsQuery = graphql(`
  query ActivityActors {
    staff(
      first: 100
      filter: { statuses: [ACTIVE, INVITED, ON_HOLD, INACTIVE, REMOVED] }
      orderBy: { field: LAST_NAME, direction: ASC }
    ) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);
