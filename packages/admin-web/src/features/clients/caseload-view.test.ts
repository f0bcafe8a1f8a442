import type { ClientStatus } from '../../gql/graphql';
import { caseloadSections, clientsToHandOver } from './caseload-view';

describe('caseload sections', () => {
  it('lets the direct and primary parts move, never the walk-ins (they are someone else’s)', () => {
    expect(caseloadSections.map((section) => [section.key, section.movable])).toEqual([
      ['direct', true],
      ['primary', true],
      ['walkIns', false],
    ]);
    expect(caseloadSections[2]?.description('Sam')).toContain('assigned to someone else');
  });
});

describe('clientsToHandOver', () => {
  it('takes the clients the therapist carries, leaving discharged ones where they are', () => {
    const caseload: Record<'direct' | 'primary', Array<{ id: string; status: ClientStatus }>> = {
      direct: [
        { id: 'a', status: 'ACTIVE' },
        { id: 'b', status: 'DISCHARGED' },
      ],
      primary: [{ id: 'c', status: 'INACTIVE' }],
    };
    expect(clientsToHandOver(caseload).map((client) => client.id)).toEqual(['a', 'c']);
  });
});
