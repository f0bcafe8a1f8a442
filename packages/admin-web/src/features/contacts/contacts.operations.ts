import { graphql } from '../../gql';

/** One page of the contacts the viewer may see, matching the search. */
export const contactListQuery = graphql(`
  query ContactList($first: Int!, $after: String, $search: String) {
    contacts(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ContactRow
        }
      }
    }
  }

  fragment ContactRow on Contact {
    id
    firstName
    lastName
    phone
    email
    assignedTo {
      id
      displayName
    }
  }
`);

export const createContactMutation = graphql(`
  mutation CreateContact($input: ContactInput!) {
    createContact(input: $input) {
      ...ContactRow
    }
  }
`);

export const addRelationshipMutation = graphql(`
  mutation AddRelationship(
    $clientId: ID!
    $contactId: ID
    $newContact: ContactInput
    $relatedClientId: ID
    $type: RelationshipType!
    $isEmergencyContact: Boolean!
  ) {
    addRelationship(
      clientId: $clientId
      contactId: $contactId
      newContact: $newContact
      relatedClientId: $relatedClientId
      type: $type
      isEmergencyContact: $isEmergencyContact
    ) {
      id
    }
  }
`);
