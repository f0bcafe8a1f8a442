import type { AuditEventFilter, AuditEventsQueryVariables } from '../../gql/graphql';
import { practiceWallTimeToIso } from '../staff/practice-time';

/**
 * What the activity log shows: filters and page. It lives in the URL's search params, so a
 * reload, the back button or a shared link brings back the same view.
 *
 * URL form, defaults left out: `?action=staff.&actor=<id>&from=2026-11-01&to=2026-11-23&after=c1`.
 * `from` and `to` are calendar dates read in the practice's timezone, both inclusive.
 * `after` repeats: the cursor of each page visited since the first, so "Previous" can step back.
 */
export interface ActivityView {
  /** An exact action, or a prefix ending in a dot ("staff."); empty for every action. */
  action: string;
  actorId: string | null;
  /** YYYY-MM-DD or empty. */
  from: string;
  /** YYYY-MM-DD or empty. */
  to: string;
  cursors: readonly string[];
}

export const ACTIVITY_PAGE_SIZE = 50;

export const defaultActivityView: ActivityView = {
  action: '',
  actorId: null,
  from: '',
  to: '',
  cursors: [],
};

/** The families of actions the log records, for the action filter's choices. */
export const actionPrefixes = [
  { value: 'staff.', label: 'Staff (staff.)' },
  { value: 'roles.', label: 'Roles (roles.)' },
  { value: 'permission_override.', label: 'Permission overrides (permission_override.)' },
  { value: 'client.', label: 'Clients (client.)' },
  { value: 'auth.', label: 'Sign-in and security (auth.)' },
  { value: 'invitation.', label: 'Invitations (invitation.)' },
] as const;

const params = {
  action: 'action',
  actor: 'actor',
  from: 'from',
  to: 'to',
  cursor: 'after',
} as const;

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: string | null): string {
  const trimmed = (value ?? '').trim();
  return datePattern.test(trimmed) ? trimmed : '';
}

/** Reads the view from the URL; anything missing or unrecognised falls back to the default. */
export function parseActivityView(searchParams: URLSearchParams): ActivityView {
  const actor = (searchParams.get(params.actor) ?? '').trim();
  return {
    action: (searchParams.get(params.action) ?? '').trim(),
    actorId: actor === '' ? null : actor,
    from: parseDate(searchParams.get(params.from)),
    to: parseDate(searchParams.get(params.to)),
    cursors: searchParams.getAll(params.cursor).filter((cursor) => cursor !== ''),
  };
}

/** Writes the view to URL search params, leaving defaults out so plain views keep plain URLs. */
export function activityViewToSearchParams(view: ActivityView): URLSearchParams {
  const searchParams = new URLSearchParams();
  const action = view.action.trim();
  if (action !== '') {
    searchParams.set(params.action, action);
  }
  if (view.actorId) {
    searchParams.set(params.actor, view.actorId);
  }
  if (view.from !== '') {
    searchParams.set(params.from, view.from);
  }
  if (view.to !== '') {
    searchParams.set(params.to, view.to);
  }
  for (const cursor of view.cursors) {
    searchParams.append(params.cursor, cursor);
  }
  return searchParams;
}

/** The day after a YYYY-MM-DD date, as YYYY-MM-DD. */
function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * The API's filter for a view. Dates are whole days in the practice's timezone: `from` starts at
 * its midnight there, `to` runs up to the next day's midnight (the API's `to` is exclusive).
 */
export function activityFilter(view: ActivityView, timeZone: string): AuditEventFilter {
  const filter: AuditEventFilter = {};
  if (view.action !== '') {
    filter.action = view.action;
  }
  if (view.actorId) {
    filter.actorId = view.actorId;
  }
  const from = view.from === '' ? null : practiceWallTimeToIso(`${view.from}T00:00`, timeZone);
  if (from) {
    filter.from = from;
  }
  const to = view.to === '' ? null : practiceWallTimeToIso(`${nextDay(view.to)}T00:00`, timeZone);
  if (to) {
    filter.to = to;
  }
  return filter;
}

/** The `auditEvents` query's variables for a view. */
export function activityQueryVariables(
  view: ActivityView,
  timeZone: string,
): AuditEventsQueryVariables {
  return {
    first: ACTIVITY_PAGE_SIZE,
    after: view.cursors.at(-1) ?? null,
    filter: activityFilter(view, timeZone),
  };
}

// Changing a filter starts again from the first page: old cursors mean nothing in the new listing.

export function withFilters(
  view: ActivityView,
  change: Partial<Omit<ActivityView, 'cursors'>>,
): ActivityView {
  return { ...view, ...change, cursors: [] };
}

export function withNextPage(view: ActivityView, endCursor: string): ActivityView {
  return { ...view, cursors: [...view.cursors, endCursor] };
}

export function withPreviousPage(view: ActivityView): ActivityView {
  return { ...view, cursors: view.cursors.slice(0, -1) };
}

export function hasFilters(view: ActivityView): boolean {
  return view.action !== '' || view.actorId !== null || view.from !== '' || view.to !== '';
}

/** The CSV file's name, e.g. `activity-log-2026-11-23.csv`. */
export function csvFileName(today: Date): string {
  return `activity-log-${today.toISOString().slice(0, 10)}.csv`;
}
