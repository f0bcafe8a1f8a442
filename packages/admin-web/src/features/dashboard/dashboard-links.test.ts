import { parseClientListView } from '../clients/client-list-view';
import { parseRosterView } from '../staff/roster-view';
import { highRiskClientsLink, rosterLinkForStatus, unassignedClientsLink } from './dashboard-links';

const searchOf = (link: string) => new URLSearchParams(link.split('?')[1] ?? '');

describe('dashboard links', () => {
  it('opens the roster on the tab of each status', () => {
    expect(rosterLinkForStatus('INVITED')).toBe('/staff?status=invited');
    expect(rosterLinkForStatus('ON_HOLD')).toBe('/staff?status=on-hold');
    for (const status of ['ACTIVE', 'INVITED', 'ON_HOLD', 'INACTIVE', 'REMOVED'] as const) {
      expect(parseRosterView(searchOf(rosterLinkForStatus(status))).statusTab).toBe(status);
    }
  });

  it('opens the clients page on the active unassigned clients', () => {
    expect(unassignedClientsLink.startsWith('/clients?')).toBe(true);
    const view = parseClientListView(searchOf(unassignedClientsLink));
    expect(view.unassigned).toBe(true);
    expect(view.statuses).toEqual(['ACTIVE']);
  });

  it('opens the clients page on active clients at high or critical risk', () => {
    const view = parseClientListView(searchOf(highRiskClientsLink));
    expect([...view.riskLevels].sort()).toEqual(['CRITICAL', 'HIGH']);
    expect(view.statuses).toEqual(['ACTIVE']);
  });
});
