import { clientRelationshipTypes, relationshipTypeLabels } from './contact-labels';

describe('relationship types', () => {
  it('labels every type', () => {
    expect(relationshipTypeLabels.CASE_MANAGER).toBe('Case manager');
  });

  it('offers between two clients only the types both sides can read', () => {
    expect(clientRelationshipTypes).toEqual([
      'PARENT',
      'SPOUSE',
      'PARTNER',
      'SIBLING',
      'CHILD',
      'FRIEND',
      'OTHER',
    ]);
  });
});
