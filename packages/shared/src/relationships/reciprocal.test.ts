import fc from 'fast-check';
import { vocabularies } from '../domain';
import { reciprocalRelationshipType } from './reciprocal';

describe('reciprocalRelationshipType', () => {
  it('turns a parent into a child and back', () => {
    expect(reciprocalRelationshipType('PARENT')).toBe('CHILD');
    expect(reciprocalRelationshipType('CHILD')).toBe('PARENT');
  });

  it('keeps symmetric relationships as they are', () => {
    for (const type of ['SPOUSE', 'PARTNER', 'SIBLING', 'FRIEND', 'OTHER'] as const) {
      expect(reciprocalRelationshipType(type)).toBe(type);
    }
  });

  it('has no client-to-client reading of a guardian or a case manager', () => {
    expect(reciprocalRelationshipType('GUARDIAN')).toBeNull();
    expect(reciprocalRelationshipType('CASE_MANAGER')).toBeNull();
  });

  it('read from the other side and back, is the relationship it started as', () => {
    fc.assert(
      fc.property(fc.constantFrom(...vocabularies.RelationshipType), (type) => {
        const other = reciprocalRelationshipType(type);
        if (other !== null) expect(reciprocalRelationshipType(other)).toBe(type);
      }),
    );
  });
});
