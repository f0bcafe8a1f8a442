import { graphql } from '../../gql';

/** The practice's outgoing mail, newest first; outside production with each mail's text. */
export const outboxMailQuery = graphql(`
  query OutboxMail($first: Int!, $after: String, $statuses: [MailStatus!]) {
    outboxMail(first: $first, after: $after, statuses: $statuses) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          to
          subject
          status
          attempts
          createdAt
          sentAt
          nextAttemptAt
          lastError
          text
        }
      }
    }
  }
`);
