import { parseRosterView } from '../staff/roster-view';
import { groupOptionsByKind, memberCountLabel, rosterLinkForGroup } from './group-labels';

describe('groupOptionsByKind', () => {
  it('lists teams, then locations, then departments, leaving out kinds with no group', () => {
    expect(
      groupOptionsByKind([
        { id: 'd1', name: 'Intake', kind: 'DEPARTMENT' },
        { id: 't1', name: 'Trauma Team', kind: 'TEAM' },
        { id: 't2', name: 'Child & Family Team', kind: 'TEAM' },
      ]),
    ).toEqual([
      {
        group: 'Teams',
        items: [
          { value: 't1', label: 'Trauma Team' },
          { value: 't2', label: 'Child & Family Team' },
        ],
      },
      { group: 'Departments', items: [{ value: 'd1', label: 'Intake' }] },
    ]);
  });
});

describe('memberCountLabel', () => {
  it('counts members', () => {
    expect(memberCountLabel(0)).toBe('0 members');
    expect(memberCountLabel(1)).toBe('1 member');
    expect(memberCountLabel(12)).toBe('12 members');
  });
});

describe('rosterLinkForGroup', () => {
  it('opens the roster filtered to the group', () => {
    const link = rosterLinkForGroup('0b7c');
    expect(link).toBe('/staff?group=0b7c');
    expect(parseRosterView(new URL(link, 'http://app').searchParams).groupId).toBe('0b7c');
  });
});
