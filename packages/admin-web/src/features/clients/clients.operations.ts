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
      ...EditableClient
      dischargedAt
      dischargeReason
      therapist {
        id
        displayName
      }
      metrics {
        sessionsTotal
        sessionsLast30Days
        lastSessionAt
        nextSessionAt
        upcomingSessions
        pendingNotes
      }
      relationships {
        ...ClientRelationship
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

  fragment EditableClient on Client {
    id
    firstName
    lastName
    dateOfBirth
    status
    scope
    riskLevel
    version
    neededSpecialties
    preferredLocation {
      id
      name
    }
    preferredTimes {
      day
      startMinute
      endMinute
    }
  }

  fragment ClientRelationship on Relationship {
    id
    type
    isEmergencyContact
    contact {
      id
      firstName
      lastName
      phone
      email
    }
    relatedClient {
      id
      firstName
      lastName
    }
  }
`);

/** LOCATION groups a client can prefer (listing groups needs staff.view). */
export const locationChoicesQuery = graphql(`
  query LocationChoices {
    groups {
      id
      name
      kind
    }
  }
`);

export const createClientMutation = graphql(`
  mutation CreateClient($input: NewClientInput!) {
    createClient(input: $input) {
      id
      firstName
      lastName
      therapist {
        id
        displayName
      }
    }
  }
`);

export const updateClientMutation = graphql(`
  mutation UpdateClient($clientId: ID!, $input: ClientChangesInput!, $expectedVersion: Int!) {
    updateClient(clientId: $clientId, input: $input, expectedVersion: $expectedVersion) {
      ...EditableClient
    }
  }
`);

export const dischargeClientMutation = graphql(`
  mutation DischargeClient($clientId: ID!, $reason: String!, $expectedVersion: Int!) {
    dischargeClient(clientId: $clientId, reason: $reason, expectedVersion: $expectedVersion) {
      id
      status
      version
      dischargedAt
      dischargeReason
    }
  }
`);

/** Active therapists ranked for one client, each score broken down by factor. */
export const therapistSuggestionsQuery = graphql(`
  query TherapistSuggestions($clientId: ID!) {
    suggestTherapists(clientId: $clientId, first: 5) {
      score
      staffMember {
        id
        displayName
        kind
        title
      }
      factors {
        kind
        score
        weight
        explanation
      }
    }
  }
`);

/** One therapist's caseload: figures, risk mix, and clients in three parts. */
export const therapistCaseloadQuery = graphql(`
  query TherapistCaseload($therapistId: ID!) {
    caseload(therapistId: $therapistId) {
      therapist {
        id
        displayName
        title
        kind
        status
      }
      activeClientCount
      pendingNotes
      sessionsTotal
      sessionsLast30Days
      lastSessionAt
      nextSessionAt
      riskMix {
        riskLevel
        count
      }
      direct {
        ...TherapistCaseloadClient
      }
      primary {
        ...TherapistCaseloadClient
      }
      walkIns {
        ...TherapistCaseloadClient
      }
    }
  }

  fragment TherapistCaseloadClient on Client {
    id
    firstName
    lastName
    status
    scope
    riskLevel
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
`);

/** Clients whose name matches, to link as a relationship. */
export const clientSearchQuery = graphql(`
  query ClientSearch($search: String!) {
    clients(first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          firstName
          lastName
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
