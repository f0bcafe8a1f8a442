import {
  clientFilter,
  clientListQueryVariables,
  clientListViewToSearchParams,
  clientPageCount,
  defaultClientListView,
  isFiltered,
  parseClientListView,
  withFilters,
  withNextPage,
  withoutFilters,
  withPreviousPage,
  withSort,
} from './client-list-view';

const parse = (query: string) => parseClientListView(new URLSearchParams(query));
const roundTrip = (query: string) =>
  clientListViewToSearchParams(parseClientListView(new URLSearchParams(query))).toString();

describe('client list view in the URL', () => {
  it('is the default view for an empty URL, and writes nothing back', () => {
    expect(parse('')).toEqual(defaultClientListView);
    expect(clientListViewToSearchParams(defaultClientListView).toString()).toBe('');
  });

  it('reads every filter, the sort and the cursors', () => {
    expect(
      parse(
        'therapist=t1&scope=practice&status=active&risk=critical&risk=high&q=%20lee%20&sort=risk&dir=desc&after=c1&after=c2',
      ),
    ).toEqual({
      therapistId: 't1',
      unassigned: false,
      scope: 'PRACTICE',
      statuses: ['ACTIVE'],
      // In the catalogue's order, whatever the URL's.
      riskLevels: ['HIGH', 'CRITICAL'],
      search: 'lee',
      sortField: 'RISK_LEVEL',
      sortDirection: 'DESC',
      cursors: ['c1', 'c2'],
    });
  });

  it('ignores what it does not know, and repeats', () => {
    expect(parse('risk=severe&risk=LOW&risk=low&status=gone&scope=group&sort=age&dir=up')).toEqual({
      ...defaultClientListView,
      riskLevels: ['LOW'],
    });
  });

  it('lets "unassigned" win over a therapist', () => {
    const view = parse('unassigned=1&therapist=t1');
    expect(view.unassigned).toBe(true);
    expect(view.therapistId).toBeNull();
    expect(clientFilter(view)).toEqual({ unassigned: true });
  });

  it('writes back what it read', () => {
    const query =
      'therapist=t1&scope=direct&status=active&status=inactive&risk=critical&q=lee&sort=created&dir=desc&after=c1';
    expect(roundTrip(query)).toBe(query);
    expect(roundTrip('unassigned=1')).toBe('unassigned=1');
  });
});

describe('client list query', () => {
  it('sends only the filters that narrow the list', () => {
    expect(clientListQueryVariables(defaultClientListView)).toEqual({
      first: 25,
      after: null,
      filter: {},
      orderBy: { field: 'LAST_NAME', direction: 'ASC' },
    });
    expect(isFiltered(defaultClientListView)).toBe(false);
  });

  it('asks for the page after the last cursor', () => {
    const view = parse('risk=critical&after=c1&after=c2');
    expect(clientListQueryVariables(view)).toMatchObject({
      after: 'c2',
      filter: { riskLevels: ['CRITICAL'] },
    });
    expect(isFiltered(view)).toBe(true);
  });
});

describe('changing the view', () => {
  const onPageThree = parse('risk=high&after=c1&after=c2');

  it('starts again from the first page when a filter or the sort changes', () => {
    expect(withFilters(onPageThree, { search: ' ann ' })).toMatchObject({
      search: 'ann',
      cursors: [],
    });
    expect(withSort(onPageThree, 'CREATED_AT', 'DESC').cursors).toEqual([]);
  });

  it('keeps therapist and unassigned apart', () => {
    const unassigned = withFilters(parse('therapist=t1'), { unassigned: true });
    expect(unassigned).toMatchObject({ unassigned: true, therapistId: null });
    expect(withFilters(unassigned, { therapistId: 't2' })).toMatchObject({
      unassigned: false,
      therapistId: 't2',
    });
  });

  it('clears every filter but keeps the sort', () => {
    const sorted = withSort(onPageThree, 'RISK_LEVEL', 'DESC');
    expect(withoutFilters(sorted)).toEqual({
      ...defaultClientListView,
      sortField: 'RISK_LEVEL',
      sortDirection: 'DESC',
    });
  });

  it('steps through pages', () => {
    expect(withNextPage(onPageThree, 'c3').cursors).toEqual(['c1', 'c2', 'c3']);
    expect(withPreviousPage(onPageThree).cursors).toEqual(['c1']);
    expect(clientPageCount(0)).toBe(1);
    expect(clientPageCount(26)).toBe(2);
  });
});
