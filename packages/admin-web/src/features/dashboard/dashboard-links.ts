import type { StaffStatus } from '@caseload/shared';
import {
  type ClientListView,
  clientListViewToSearchParams,
  defaultClientListView,
} from '../clients/client-list-view';
import {
  defaultRosterView,
  isRosterStatusTab,
  rosterViewToSearchParams,
} from '../staff/roster-view';

/**
 * Where each dashboard figure leads: the roster or the clients page, filtered to what the figure
 * counts. The URLs are written by those pages' own view code, so they always read them back.
 */

function withQuery(path: string, searchParams: URLSearchParams): string {
  const query = searchParams.toString();
  return query === '' ? path : `${path}?${query}`;
}

/** The roster's tab for a status, e.g. `/staff?status=invited`. */
export function rosterLinkForStatus(status: StaffStatus): string {
  if (!isRosterStatusTab(status)) {
    return '/staff';
  }
  return withQuery('/staff', rosterViewToSearchParams({ ...defaultRosterView, statusTab: status }));
}

function clientsLink(change: Partial<ClientListView>): string {
  return withQuery(
    '/clients',
    clientListViewToSearchParams({ ...defaultClientListView, ...change }),
  );
}

/** Active clients with no therapist: what the dashboard counts as unassigned. */
export const unassignedClientsLink = clientsLink({ unassigned: true, statuses: ['ACTIVE'] });

/** Active clients at high or critical risk: both count as high risk on the dashboard. */
export const highRiskClientsLink = clientsLink({
  riskLevels: ['HIGH', 'CRITICAL'],
  statuses: ['ACTIVE'],
});

/**
 * The clients page has no filter for notes, so pending notes lead to every client, sorted by
 * name, where each row shows its own count of sessions awaiting a note.
 */
export const pendingNotesClientsLink = '/clients';
