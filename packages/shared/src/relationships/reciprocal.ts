import type { RelationshipType } from '../domain';

/**
 * How the other client reads a client-to-client relationship: when B is A's PARENT, A is B's
 * CHILD. Null where the vocabulary has no word for the other side (a guardian's ward, a case
 * manager's client): such people are linked as contacts, not as client-to-client relationships.
 */
const reciprocals: Record<RelationshipType, RelationshipType | null> = {
  PARENT: 'CHILD',
  CHILD: 'PARENT',
  SPOUSE: 'SPOUSE',
  PARTNER: 'PARTNER',
  SIBLING: 'SIBLING',
  FRIEND: 'FRIEND',
  OTHER: 'OTHER',
  GUARDIAN: null,
  CASE_MANAGER: null,
};

export function reciprocalRelationshipType(type: RelationshipType): RelationshipType | null {
  return reciprocals[type];
}
