import { graphql } from '../../gql';

/** The members the viewer supervises. */
export const mySuperviseesQuery = graphql(`
  query MySupervisees {
    mySupervisees {
      id
      displayName
      title
      kind
      status
      roles {
        id
        name
      }
    }
  }
`);

/** One supervisee's caseload in its three parts, each client with its metrics. */
export const superviseeCaseloadQuery = graphql(`
  query SuperviseeCaseload($superviseeId: ID!) {
    superviseeCaseload(superviseeId: $superviseeId) {
      direct {
        ...CaseloadClient
      }
      primary {
        ...CaseloadClient
      }
      walkIns {
        ...CaseloadClient
      }
    }
  }

  fragment CaseloadClient on Client {
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
      sessionsTotal
      sessionsLast30Days
      pendingNotes
      lastSessionAt
      nextSessionAt
    }
  }
`);
