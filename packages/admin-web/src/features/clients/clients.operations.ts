import { graphql } from '../../gql';

/** The practice's timezone: every date on the client pages is shown in it. */
export const practiceTimezoneQuery = graphql(`
  query PracticeTimezone {
    practice {
      id
      timezone
    }
  }
`);

/** One page of the clients the viewer may see, with what each column shows. */
export const clientListQuery = graphql(`
  query ClientList($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder) {
    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          firstName
          lastName
          status
          scope
          riskLevel
          version
          therapist {
            id
            displayName
          }
          metrics {
            pendingNotes
            lastSessionAt
            nextSessionAt
          }
        }
      }
    }
  }
`);

/** Whom clients can be given to: ACTIVE therapists and student therapists. */
export const therapistChoicesQuery = graphql(`
  query TherapistChoices {
    staff(first: 100, filter: { statuses: [ACTIVE], kinds: [THERAPIST, STUDENT_THERAPIST] }) {
      totalCount
      edges {
        node {
          id
          displayName
          kind
          title
        }
      }
    }
  }
`);

/** Everything the client detail page shows. */
export const clientDetailQuery = graphql(`
  query ClientDetail($id: ID!) {
    client(id: $id) {
      id
      firstName
      lastName
      dateOfBirth
      status
      scope
      riskLevel
      version
      therapist {
        id
        displayName
      }
      metrics {
        sessionsTotal
        sessionsLast30Days
        lastSessionAt
        nextSessionAt
        pendingNotes
      }
      assignmentHistory {
        id
        reason
        createdAt
        fromTherapist {
          id
          displayName
        }
        toTherapist {
          id
          displayName
        }
        changedBy {
          id
          displayName
        }
      }
    }
  }
`);

export const reassignClientMutation = graphql(`
  mutation ReassignClient(
    $clientId: ID!
    $toTherapistId: ID!
    $reason: String!
    $expectedVersion: Int!
  ) {
    reassignClient(
      clientId: $clientId
      toTherapistId: $toTherapistId
      reason: $reason
      expectedVersion: $expectedVersion
    ) {
      id
      version
      therapist {
        id
        displayName
      }
    }
  }
`);

export const bulkReassignClientsMutation = graphql(`
  mutation BulkReassignClients($assignments: [ClientReassignment!]!, $reason: String!) {
    bulkReassignClients(assignments: $assignments, reason: $reason)
  }
`);
