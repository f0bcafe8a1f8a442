import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  type ClientListView,
  clientListViewToSearchParams,
  parseClientListView,
} from './client-list-view';

/**
 * The clients page's view held in the URL. `changeView` takes a change to apply rather than a
 * whole view, so a debounced search cannot undo a filter picked while it was waiting.
 */
export function useClientListView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseClientListView(searchParams), [searchParams]);

  const changeView = useCallback(
    (change: (current: ClientListView) => ClientListView, options?: { replace?: boolean }) => {
      setSearchParams(
        (current) => clientListViewToSearchParams(change(parseClientListView(current))),
        options,
      );
    },
    [setSearchParams],
  );

  return { view, changeView };
}
