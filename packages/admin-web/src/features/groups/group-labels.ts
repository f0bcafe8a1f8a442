import type { GroupKind } from '../../gql/graphql';
import { defaultRosterView, rosterViewToSearchParams } from '../staff/roster-view';

/** In the order the groups page lists them. */
export const groupKinds: readonly GroupKind[] = ['TEAM', 'LOCATION', 'DEPARTMENT'];

export const groupKindLabels: Record<GroupKind, string> = {
  TEAM: 'Team',
  LOCATION: 'Location',
  DEPARTMENT: 'Department',
};

export const groupKindHeadings: Record<GroupKind, string> = {
  TEAM: 'Teams',
  LOCATION: 'Locations',
  DEPARTMENT: 'Departments',
};

export const groupKindDescriptions: Record<GroupKind, string> = {
  TEAM: 'Clinical or working teams, e.g. a trauma team.',
  LOCATION: 'Offices and clinics members work at; members choose theirs on their profile.',
  DEPARTMENT: 'Parts of the practice, e.g. intake or billing.',
};

export function memberCountLabel(count: number): string {
  return count === 1 ? '1 member' : `${count} members`;
}

/** Select options for groups, under a heading per kind, in the page's order. */
export function groupOptionsByKind(
  groups: ReadonlyArray<{ id: string; name: string; kind: GroupKind }>,
): Array<{ group: string; items: Array<{ value: string; label: string }> }> {
  return groupKinds.flatMap((kind) => {
    const items = groups
      .filter((group) => group.kind === kind)
      .map((group) => ({ value: group.id, label: group.name }));
    return items.length === 0 ? [] : [{ group: groupKindHeadings[kind], items }];
  });
}

/** The roster filtered to one group, written by the roster's own view code so it reads it back. */
export function rosterLinkForGroup(groupId: string): string {
  return `/staff?${rosterViewToSearchParams({ ...defaultRosterView, groupId })}`;
}
