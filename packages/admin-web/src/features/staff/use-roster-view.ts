import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseRosterView, type RosterView, rosterViewToSearchParams } from './roster-view';

/**
 * The roster view held in the URL. `changeView` takes a change to apply rather than a whole view,
 * so a debounced search (run with the latest render's callback) cannot undo a tab picked while it
 * was waiting.
 */
export function useRosterView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseRosterView(searchParams), [searchParams]);

  const changeView = useCallback(
    (change: (current: RosterView) => RosterView, options?: { replace?: boolean }) => {
      setSearchParams(
        (current) => rosterViewToSearchParams(change(parseRosterView(current))),
        options,
      );
    },
    [setSearchParams],
  );

  return { view, changeView };
}
