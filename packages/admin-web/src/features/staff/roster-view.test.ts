import {
  defaultRosterView,
  isRosterFiltered,
  isRosterStatusTab,
  parseRosterView,
  ROSTER_PAGE_SIZE,
  type RosterView,
  rosterPageNumber,
  rosterQueryVariables,
  rosterViewToSearchParams,
  withFilters,
  withNextPage,
  withoutFilters,
  withPreviousPage,
  withSearch,
  withSort,
  withStatusTab,
} from './roster-view';

const parse = (query: string) => parseRosterView(new URLSearchParams(query));

describe('parseRosterView', () => {
  it('gives the default view for an empty URL', () => {
    expect(parse('')).toEqual(defaultRosterView);
  });

  it('reads every part of the view', () => {
    expect(
      parse(
        'status=on-hold&role=r1&group=g1&kind=student-therapist&supervisor=s1&q=smith&sort=staff-id&dir=desc&after=c1&after=c2',
      ),
    ).toEqual({
      statusTab: 'ON_HOLD',
      roleId: 'r1',
      groupId: 'g1',
      kind: 'STUDENT_THERAPIST',
      supervisorId: 's1',
      needsSupervisor: false,
      search: 'smith',
      sortField: 'STAFF_ID',
      sortDirection: 'DESC',
      cursors: ['c1', 'c2'],
    });
  });

  it('falls back to the default for values it does not know', () => {
    expect(parse('status=archived&sort=email&dir=sideways&kind=wizard&role=')).toEqual(
      defaultRosterView,
    );
  });

  it('lets "needs a supervisor" win over a supervisor named beside it', () => {
    expect(parse('needs-supervisor=1&supervisor=s1')).toMatchObject({
      needsSupervisor: true,
      supervisorId: null,
    });
    expect(parse('needs-supervisor=0&supervisor=s1')).toMatchObject({
      needsSupervisor: false,
      supervisorId: 's1',
    });
  });

  it('does not take the enum spelling of a status, only the URL one', () => {
    expect(parse('status=ON_HOLD').statusTab).toBe('ALL');
  });

  it('trims the search and ignores empty cursors', () => {
    expect(parse('q=%20%20ada%20&after=').search).toBe('ada');
    expect(parse('after=').cursors).toEqual([]);
  });
});

describe('rosterViewToSearchParams', () => {
  it('leaves defaults out of the URL', () => {
    expect(rosterViewToSearchParams(defaultRosterView).toString()).toBe('');
  });

  it('writes a readable URL', () => {
    const view: RosterView = {
      ...defaultRosterView,
      statusTab: 'INVITED',
      search: 'Nguyen',
      sortField: 'STATUS',
      sortDirection: 'DESC',
      cursors: ['YXJyYXk6MjQ=', 'YXJyYXk6NDk='],
    };
    expect(rosterViewToSearchParams(view).toString()).toBe(
      'status=invited&q=Nguyen&sort=status&dir=desc&after=YXJyYXk6MjQ%3D&after=YXJyYXk6NDk%3D',
    );
  });

  it('writes the filters, and "needs a supervisor" without a supervisor', () => {
    const view: RosterView = {
      ...defaultRosterView,
      roleId: 'r1',
      groupId: 'g 2',
      kind: 'ADMIN_STAFF',
      needsSupervisor: true,
    };
    expect(rosterViewToSearchParams(view).toString()).toBe(
      'role=r1&group=g+2&kind=admin-staff&needs-supervisor=1',
    );
    expect(rosterViewToSearchParams({ ...defaultRosterView, supervisorId: 's1' }).toString()).toBe(
      'supervisor=s1',
    );
  });

  it('round-trips every tab, sort and direction', () => {
    for (const statusTab of [
      'ALL',
      'ACTIVE',
      'INVITED',
      'ON_HOLD',
      'INACTIVE',
      'REMOVED',
    ] as const) {
      for (const sortField of ['LAST_NAME', 'STAFF_ID', 'STATUS'] as const) {
        for (const sortDirection of ['ASC', 'DESC'] as const) {
          const view: RosterView = {
            ...defaultRosterView,
            statusTab,
            roleId: 'a+b',
            kind: 'EXTERNAL_AGENT',
            supervisorId: 'c&d',
            search: 'o’brien & co',
            sortField,
            sortDirection,
            cursors: ['a+b/c=', 'd&e'],
          };
          expect(parseRosterView(rosterViewToSearchParams(view))).toEqual(view);
        }
      }
    }
  });
});

describe('rosterQueryVariables', () => {
  it('asks for the first page of everyone still on the roster by default', () => {
    expect(rosterQueryVariables(defaultRosterView)).toEqual({
      first: ROSTER_PAGE_SIZE,
      after: null,
      filter: { statuses: ['ACTIVE', 'INVITED', 'ON_HOLD', 'INACTIVE'] },
      orderBy: { field: 'LAST_NAME', direction: 'ASC' },
    });
  });

  it('shows removed members only under their own tab', () => {
    expect(rosterQueryVariables(withStatusTab(defaultRosterView, 'REMOVED')).filter).toEqual({
      statuses: ['REMOVED'],
    });
  });

  it('narrows by role, group, kind and supervisor', () => {
    const view: RosterView = {
      ...defaultRosterView,
      statusTab: 'ACTIVE',
      roleId: 'r1',
      groupId: 'g1',
      kind: 'THERAPIST',
      supervisorId: 's1',
    };
    expect(rosterQueryVariables(view).filter).toEqual({
      statuses: ['ACTIVE'],
      roleIds: ['r1'],
      groupIds: ['g1'],
      kinds: ['THERAPIST'],
      supervisorId: 's1',
    });
    expect(
      rosterQueryVariables({ ...defaultRosterView, needsSupervisor: true }).filter,
    ).toMatchObject({ needsSupervisor: true });
  });

  it('passes the search and the cursor of the current page', () => {
    const view: RosterView = { ...defaultRosterView, search: 'ada', cursors: ['c1', 'c2'] };
    expect(rosterQueryVariables(view)).toMatchObject({
      after: 'c2',
      filter: { search: 'ada' },
    });
  });
});

describe('changing the view', () => {
  const onPageThree: RosterView = { ...defaultRosterView, cursors: ['c1', 'c2'] };

  it('steps forward and back through pages', () => {
    const onPageFour = withNextPage(onPageThree, 'c3');
    expect(onPageFour.cursors).toEqual(['c1', 'c2', 'c3']);
    expect(rosterPageNumber(onPageFour)).toBe(4);
    expect(withPreviousPage(onPageFour)).toEqual(onPageThree);
    expect(rosterPageNumber(withPreviousPage(withPreviousPage(onPageThree)))).toBe(1);
  });

  it('goes back to the first page when the tab, search or sort changes', () => {
    expect(withStatusTab(onPageThree, 'ACTIVE').cursors).toEqual([]);
    expect(withSearch(onPageThree, ' ada ')).toMatchObject({ search: 'ada', cursors: [] });
    expect(withSort(onPageThree, 'STAFF_ID', 'DESC')).toMatchObject({
      sortField: 'STAFF_ID',
      sortDirection: 'DESC',
      cursors: [],
    });
  });
});

describe('filters', () => {
  const onPageTwo: RosterView = { ...defaultRosterView, search: 'ada', cursors: ['c1'] };

  it('go back to the first page when a filter changes', () => {
    expect(withFilters(onPageTwo, { roleId: 'r1' })).toEqual({
      ...onPageTwo,
      roleId: 'r1',
      cursors: [],
    });
  });

  it('keep a supervisor and "needs a supervisor" apart', () => {
    const needing = withFilters(defaultRosterView, { needsSupervisor: true });
    expect(withFilters(needing, { supervisorId: 's1' })).toMatchObject({
      supervisorId: 's1',
      needsSupervisor: false,
    });
    const supervised = withFilters(defaultRosterView, { supervisorId: 's1' });
    expect(withFilters(supervised, { needsSupervisor: true })).toMatchObject({
      supervisorId: null,
      needsSupervisor: true,
    });
  });

  it('clear to the tab and sort alone', () => {
    const view: RosterView = {
      ...onPageTwo,
      statusTab: 'INVITED',
      groupId: 'g1',
      needsSupervisor: true,
      sortField: 'STATUS',
    };
    expect(isRosterFiltered(view)).toBe(true);
    const cleared = withoutFilters(view);
    expect(cleared).toEqual({ ...defaultRosterView, statusTab: 'INVITED', sortField: 'STATUS' });
    expect(isRosterFiltered(cleared)).toBe(false);
  });
});

describe('isRosterStatusTab', () => {
  it('accepts the tabs and nothing else', () => {
    expect(isRosterStatusTab('ALL')).toBe(true);
    expect(isRosterStatusTab('ON_HOLD')).toBe(true);
    expect(isRosterStatusTab('on-hold')).toBe(false);
    expect(isRosterStatusTab(null)).toBe(false);
  });
});
