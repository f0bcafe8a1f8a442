/**
 * What the contacts page shows, in the URL so a reload or a shared link brings it back:
 * `?q=lopez&after=c1&after=c2`. `after` repeats, one cursor per page visited after the first,
 * so "Previous" can step back.
 */
export interface ContactListView {
  search: string;
  cursors: readonly string[];
}

export const CONTACT_PAGE_SIZE = 25;

export function parseContactListView(params: URLSearchParams): ContactListView {
  return { search: params.get('q')?.trim() ?? '', cursors: params.getAll('after') };
}

export function contactListViewToSearchParams(view: ContactListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set('q', view.search);
  for (const cursor of view.cursors) params.append('after', cursor);
  return params;
}

/** A new search starts again at the first page. */
export function withSearch(search: string): ContactListView {
  return { search: search.trim(), cursors: [] };
}

export function withNextPage(view: ContactListView, endCursor: string): ContactListView {
  return { ...view, cursors: [...view.cursors, endCursor] };
}

export function withPreviousPage(view: ContactListView): ContactListView {
  return { ...view, cursors: view.cursors.slice(0, -1) };
}

export function contactListQueryVariables(view: ContactListView) {
  return {
    first: CONTACT_PAGE_SIZE,
    after: view.cursors.at(-1) ?? null,
    search: view.search || null,
  };
}

export function contactCount(count: number): string {
  return count === 1 ? '1 contact' : `${count} contacts`;
}
