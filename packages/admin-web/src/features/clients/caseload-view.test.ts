import type { ClientStatus } from '../../gql/graphql';
import { caseloadSections, clientsToHandOver, readsCaseloadOf } from './caseload-view';

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

describe('readsCaseloadOf', () => {
  const member = (permissions: string[], status: 'ACTIVE' | 'ON_HOLD' = 'ACTIVE') => ({
    member: { id: 'me', status },
    permissions,
  });

  it('opens anyone’s caseload to those who see every client', () => {
    expect(readsCaseloadOf(member(['clients.view.all']), [], 'someone')).toBe(true);
  });

  it('opens one’s own and one’s supervisees’ caseloads, and no one else’s', () => {
    const supervisor = member(['clients.view.own', 'caseload.supervise']);
    expect(readsCaseloadOf(supervisor, ['intern'], 'me')).toBe(true);
    expect(readsCaseloadOf(supervisor, ['intern'], 'intern')).toBe(true);
    expect(readsCaseloadOf(supervisor, ['intern'], 'colleague')).toBe(false);
  });

  it('keeps an on-hold therapist to their own caseload', () => {
    const onHold = member(['clients.view.own'], 'ON_HOLD');
    expect(readsCaseloadOf(onHold, [], 'me')).toBe(true);
    expect(readsCaseloadOf(onHold, [], 'colleague')).toBe(false);
  });
});
