import { reciprocalRelationshipType } from '@caseload/shared';
import type { RelationshipType } from '../../gql/graphql';

export const relationshipTypeLabels: Record<RelationshipType, string> = {
  PARENT: 'Parent',
  GUARDIAN: 'Guardian',
  SPOUSE: 'Spouse',
  PARTNER: 'Partner',
  SIBLING: 'Sibling',
  CHILD: 'Child',
  FRIEND: 'Friend',
  CASE_MANAGER: 'Case manager',
  OTHER: 'Other',
};

export const relationshipTypes = Object.keys(relationshipTypeLabels) as RelationshipType[];

/** Between two clients only types both sides can read (the parent's child); not a guardian. */
export const clientRelationshipTypes = relationshipTypes.filter(
  (type) => reciprocalRelationshipType(type) !== null,
);

export function personName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}
