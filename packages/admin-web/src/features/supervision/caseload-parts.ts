/** The three parts of a supervisee's caseload (seed 001), in the order they are shown. */
export type CaseloadPartKey = 'direct' | 'primary' | 'walkIns';

export interface CaseloadPart {
  key: CaseloadPartKey;
  title: string;
  description: string;
  /** Said when the part is empty: what would appear here, so an empty list is not a puzzle. */
  empty: (superviseeName: string) => string;
}

export const caseloadParts: readonly CaseloadPart[] = [
  {
    key: 'direct',
    title: 'Direct clients',
    description: 'Clients who belong to this supervisee alone.',
    empty: (name) => `No direct clients: clients assigned to ${name} alone appear here.`,
  },
  {
    key: 'primary',
    title: 'Practice clients as primary',
    description: 'Clients of the practice for whom this supervisee is the primary therapist.',
    empty: (name) =>
      `No practice clients as primary: practice clients whose primary therapist is ${name} appear here.`,
  },
  {
    key: 'walkIns',
    title: 'Walk-ins',
    description: 'Practice clients this supervisee has seen who are assigned to someone else.',
    empty: (name) =>
      `No walk-ins: practice clients ${name} saw who are assigned to someone else appear here.`,
  },
];

/** "3 clients, 1 at high or critical risk, 4 pending notes": a part at a glance. */
export function caseloadSummary(
  clients: ReadonlyArray<{ riskLevel: string; metrics: { pendingNotes: number } }>,
): string {
  const count = clients.length === 1 ? '1 client' : `${clients.length} clients`;
  if (clients.length === 0) {
    return count;
  }
  const urgent = clients.filter(
    (client) => client.riskLevel === 'HIGH' || client.riskLevel === 'CRITICAL',
  ).length;
  const notes = clients.reduce((sum, client) => sum + client.metrics.pendingNotes, 0);
  return [
    count,
    `${urgent} at high or critical risk`,
    notes === 1 ? '1 pending note' : `${notes} pending notes`,
  ].join(', ');
}

/** Which supervisee the URL names, if they are still one of the viewer's. */
export function selectedSuperviseeId(
  searchParams: URLSearchParams,
  superviseeIds: readonly string[],
): string | null {
  const named = searchParams.get('supervisee');
  return named && superviseeIds.includes(named) ? named : null;
}
