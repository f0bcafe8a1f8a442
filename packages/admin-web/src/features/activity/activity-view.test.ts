import {
  activityFilter,
  activityViewToSearchParams,
  defaultActivityView,
  parseActivityView,
  withFilters,
  withNextPage,
  withPreviousPage,
} from './activity-view';

describe('activity log view in the URL', () => {
  it('leaves defaults out and reads back what it writes', () => {
    expect(activityViewToSearchParams(defaultActivityView).toString()).toBe('');
    const view = {
      action: 'staff.',
      actorId: 'm1',
      from: '2026-11-01',
      to: '2026-11-23',
      cursors: ['c1', 'c2'],
    };
    const params = activityViewToSearchParams(view);
    expect(params.toString()).toBe(
      'action=staff.&actor=m1&from=2026-11-01&to=2026-11-23&after=c1&after=c2',
    );
    expect(parseActivityView(params)).toEqual(view);
  });

  it('ignores dates that are not calendar dates', () => {
    const view = parseActivityView(new URLSearchParams('from=yesterday&to=2026-13'));
    expect(view.from).toBe('');
    expect(view.to).toBe('');
  });

  it('goes back to the first page when a filter changes', () => {
    const paged = withNextPage(withNextPage(defaultActivityView, 'c1'), 'c2');
    expect(withPreviousPage(paged).cursors).toEqual(['c1']);
    expect(withFilters(paged, { action: 'client.' }).cursors).toEqual([]);
  });
});

describe('activity log filter for the API', () => {
  it('reads dates as whole days in the practice timezone, both ends inclusive', () => {
    const filter = activityFilter(
      { ...defaultActivityView, from: '2026-11-01', to: '2026-11-23' },
      'America/Chicago',
    );
    // Chicago is UTC-5 on Nov 1 (CDT ended that morning, at 2 AM local) and UTC-6 on Nov 24.
    expect(filter.from).toBe('2026-11-01T05:00:00.000Z');
    expect(filter.to).toBe('2026-11-24T06:00:00.000Z');
  });

  it('sends only the filters set', () => {
    expect(activityFilter(defaultActivityView, 'UTC')).toEqual({});
    expect(activityFilter({ ...defaultActivityView, action: 'staff.' }, 'UTC')).toEqual({
      action: 'staff.',
    });
  });
});
