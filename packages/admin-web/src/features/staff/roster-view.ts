import { StaffKind, StaffStatus } from '@caseload/shared';
import type {
  SortDirection,
  StaffFilter,
  StaffOrderField,
  StaffRosterQueryVariables,
} from '../../gql/graphql';

/**
 * What the roster shows: status tab, filters, search, sort and page. It lives in the URL's search
 * params, so a reload, the back button or a shared link brings back the same view.
 *
 * URL form, defaults left out:
 * `?status=on-hold&role=<id>&group=<id>&kind=student-therapist&supervisor=<id>&q=smith&sort=staff-id&dir=desc&after=c1&after=c2`.
 * `needs-supervisor=1` lists members whose roles require a supervisor they lack (and then no
 * supervisor filter applies). `after` repeats: the cursor of each page visited since the first,
 * so "Previous" can step back.
 */
export interface RosterView {
  statusTab: RosterStatusTab;
  roleId: string | null;
  groupId: string | null;
  kind: StaffKind | null;
  supervisorId: string | null;
  needsSupervisor: boolean;
  search: string;
  sortField: StaffOrderField;
  sortDirection: SortDirection;
  /** The `after` cursor of every page visited since the first; empty on the first page. */
  cursors: readonly string[];
}

export const ROSTER_PAGE_SIZE = 25;

/** Removed members are off the roster: they only appear under their own tab, shown last. */
export const rosterStatusTabs = [
  'ALL',
  StaffStatus.ACTIVE,
  StaffStatus.INVITED,
  StaffStatus.ON_HOLD,
  StaffStatus.INACTIVE,
  StaffStatus.REMOVED,
] as const;

export type RosterStatusTab = (typeof rosterStatusTabs)[number];

export const defaultRosterView: RosterView = {
  statusTab: 'ALL',
  roleId: null,
  groupId: null,
  kind: null,
  supervisorId: null,
  needsSupervisor: false,
  search: '',
  sortField: 'LAST_NAME',
  sortDirection: 'ASC',
  cursors: [],
};

/** The statuses behind each tab: "All" is everyone still on the roster, so not the removed. */
const statusesByTab: Record<RosterStatusTab, StaffStatus[]> = {
  ALL: [StaffStatus.ACTIVE, StaffStatus.INVITED, StaffStatus.ON_HOLD, StaffStatus.INACTIVE],
  ACTIVE: [StaffStatus.ACTIVE],
  INVITED: [StaffStatus.INVITED],
  ON_HOLD: [StaffStatus.ON_HOLD],
  INACTIVE: [StaffStatus.INACTIVE],
  REMOVED: [StaffStatus.REMOVED],
};

const sortFieldParams: Record<StaffOrderField, string> = {
  LAST_NAME: 'name',
  STAFF_ID: 'staff-id',
  STATUS: 'status',
  ACTIVE_CLIENTS: 'active-clients',
  LAST_SIGN_IN: 'last-sign-in',
};

const searchParamNames = {
  status: 'status',
  role: 'role',
  group: 'group',
  kind: 'kind',
  supervisor: 'supervisor',
  needsSupervisor: 'needs-supervisor',
  search: 'q',
  sort: 'sort',
  direction: 'dir',
  cursor: 'after',
} as const;

export function isRosterStatusTab(value: unknown): value is RosterStatusTab {
  return (rosterStatusTabs as readonly unknown[]).includes(value);
}

/** `ON_HOLD` is `on-hold` in the URL: lower case reads better in an address bar. */
function enumToParam(value: string): string {
  return value.toLowerCase().replaceAll('_', '-');
}

const staffKinds = Object.values(StaffKind);

/** An id param as given, or null when it is missing or blank. */
function idParam(searchParams: URLSearchParams, name: string): string | null {
  const value = (searchParams.get(name) ?? '').trim();
  return value === '' ? null : value;
}

function findKey<K extends string>(record: Record<K, string>, value: string | null): K | undefined {
  return (Object.keys(record) as K[]).find((key) => record[key] === value);
}

/** Reads the view from the URL; anything missing or unrecognised falls back to the default. */
export function parseRosterView(searchParams: URLSearchParams): RosterView {
  const statusParam = searchParams.get(searchParamNames.status);
  const statusTab =
    rosterStatusTabs.find((tab) => enumToParam(tab) === statusParam) ?? defaultRosterView.statusTab;
  const kindParam = searchParams.get(searchParamNames.kind);
  const needsSupervisor = ['1', 'true', 'yes'].includes(
    searchParams.get(searchParamNames.needsSupervisor) ?? '',
  );
  const sortField =
    findKey(sortFieldParams, searchParams.get(searchParamNames.sort)) ??
    defaultRosterView.sortField;
  const sortDirection: SortDirection =
    searchParams.get(searchParamNames.direction) === 'desc' ? 'DESC' : 'ASC';

  return {
    statusTab,
    roleId: idParam(searchParams, searchParamNames.role),
    groupId: idParam(searchParams, searchParamNames.group),
    kind: staffKinds.find((kind) => enumToParam(kind) === kindParam) ?? null,
    // Someone who needs a supervisor has none to filter by: "needs a supervisor" wins.
    supervisorId: needsSupervisor ? null : idParam(searchParams, searchParamNames.supervisor),
    needsSupervisor,
    search: (searchParams.get(searchParamNames.search) ?? '').trim(),
    sortField,
    sortDirection,
    cursors: searchParams.getAll(searchParamNames.cursor).filter((cursor) => cursor !== ''),
  };
}

/** Writes the view to URL search params, leaving defaults out so plain views keep plain URLs. */
export function rosterViewToSearchParams(view: RosterView): URLSearchParams {
  const searchParams = new URLSearchParams();
  if (view.statusTab !== defaultRosterView.statusTab) {
    searchParams.set(searchParamNames.status, enumToParam(view.statusTab));
  }
  if (view.roleId) {
    searchParams.set(searchParamNames.role, view.roleId);
  }
  if (view.groupId) {
    searchParams.set(searchParamNames.group, view.groupId);
  }
  if (view.kind) {
    searchParams.set(searchParamNames.kind, enumToParam(view.kind));
  }
  if (view.needsSupervisor) {
    searchParams.set(searchParamNames.needsSupervisor, '1');
  } else if (view.supervisorId) {
    searchParams.set(searchParamNames.supervisor, view.supervisorId);
  }
  const search = view.search.trim();
  if (search !== '') {
    searchParams.set(searchParamNames.search, search);
  }
  if (view.sortField !== defaultRosterView.sortField) {
    searchParams.set(searchParamNames.sort, sortFieldParams[view.sortField]);
  }
  if (view.sortDirection === 'DESC') {
    searchParams.set(searchParamNames.direction, 'desc');
  }
  for (const cursor of view.cursors) {
    searchParams.append(searchParamNames.cursor, cursor);
  }
  return searchParams;
}

/** The `staff` query's filter for a view: the tab's statuses and whatever else narrows it. */
export function rosterFilter(view: RosterView): StaffFilter {
  return {
    statuses: statusesByTab[view.statusTab],
    ...(view.roleId ? { roleIds: [view.roleId] } : {}),
    ...(view.groupId ? { groupIds: [view.groupId] } : {}),
    ...(view.kind ? { kinds: [view.kind] } : {}),
    ...(view.needsSupervisor ? { needsSupervisor: true } : {}),
    ...(view.supervisorId && !view.needsSupervisor ? { supervisorId: view.supervisorId } : {}),
    ...(view.search === '' ? {} : { search: view.search }),
  };
}

/** The `staff` query's variables for a view. */
export function rosterQueryVariables(view: RosterView): StaffRosterQueryVariables {
  return {
    first: ROSTER_PAGE_SIZE,
    after: view.cursors.at(-1) ?? null,
    filter: rosterFilter(view),
    orderBy: { field: view.sortField, direction: view.sortDirection },
  };
}

/** The filters a person can change besides the tab; any change starts again from the first page. */
export type RosterFilters = Pick<
  RosterView,
  'roleId' | 'groupId' | 'kind' | 'supervisorId' | 'needsSupervisor'
>;

/** Whether a filter or a search narrows the tab (so an empty page means "none match"). */
export function isRosterFiltered(view: RosterView): boolean {
  return (
    view.roleId !== null ||
    view.groupId !== null ||
    view.kind !== null ||
    view.supervisorId !== null ||
    view.needsSupervisor ||
    view.search !== ''
  );
}

// Changing what the roster lists starts again from its first page: the cursors of the old
// listing mean nothing in the new one.

export function withStatusTab(view: RosterView, statusTab: RosterStatusTab): RosterView {
  return { ...view, statusTab, cursors: [] };
}

export function withFilters(view: RosterView, filters: Partial<RosterFilters>): RosterView {
  const next = { ...view, ...filters, cursors: [] };
  // Choosing a supervisor leaves "needs a supervisor", and the other way round.
  if (filters.supervisorId) {
    next.needsSupervisor = false;
  }
  if (filters.needsSupervisor) {
    next.supervisorId = null;
  }
  return next;
}

/** The tab and sort as they are, without any filter or search. */
export function withoutFilters(view: RosterView): RosterView {
  return {
    ...defaultRosterView,
    statusTab: view.statusTab,
    sortField: view.sortField,
    sortDirection: view.sortDirection,
  };
}

export function withSearch(view: RosterView, search: string): RosterView {
  return { ...view, search: search.trim(), cursors: [] };
}

export function withSort(
  view: RosterView,
  sortField: StaffOrderField,
  sortDirection: SortDirection,
): RosterView {
  return { ...view, sortField, sortDirection, cursors: [] };
}

export function withNextPage(view: RosterView, endCursor: string): RosterView {
  return { ...view, cursors: [...view.cursors, endCursor] };
}

export function withPreviousPage(view: RosterView): RosterView {
  return { ...view, cursors: view.cursors.slice(0, -1) };
}

/** 1 on the first page. */
export function rosterPageNumber(view: RosterView): number {
  return view.cursors.length + 1;
}
