import {
  contactCount,
  contactListQueryVariables,
  contactListViewToSearchParams,
  parseContactListView,
  withNextPage,
  withPreviousPage,
  withSearch,
} from './contact-list-view';

describe('contact list view', () => {
  it('reads the search and the pages visited from the URL, and writes them back', () => {
    const view = parseContactListView(new URLSearchParams('q=%20lopez%20&after=c1&after=c2'));
    expect(view).toEqual({ search: 'lopez', cursors: ['c1', 'c2'] });
    expect(contactListViewToSearchParams(view).toString()).toBe('q=lopez&after=c1&after=c2');
    expect(contactListViewToSearchParams({ search: '', cursors: [] }).toString()).toBe('');
  });

  it('asks for the page after the last cursor, and a new search starts at the first page', () => {
    const view = withNextPage({ search: 'lee', cursors: [] }, 'c1');
    expect(contactListQueryVariables(view)).toEqual({ first: 25, after: 'c1', search: 'lee' });
    expect(withPreviousPage(view).cursors).toEqual([]);
    expect(withSearch(' ann ')).toEqual({ search: 'ann', cursors: [] });
    expect(contactListQueryVariables({ search: '', cursors: [] })).toEqual({
      first: 25,
      after: null,
      search: null,
    });
  });

  it('counts contacts', () => {
    expect(contactCount(1)).toBe('1 contact');
    expect(contactCount(40)).toBe('40 contacts');
  });
});
