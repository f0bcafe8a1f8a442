import { caseloadParts, caseloadSummary, selectedSuperviseeId } from './caseload-parts';

const client = (riskLevel: string, pendingNotes: number) => ({
  riskLevel,
  metrics: { pendingNotes },
});

describe('caseload parts', () => {
  it('come in the order of seed 001, each with its empty state', () => {
    expect(caseloadParts.map((part) => part.title)).toEqual([
      'Direct clients',
      'Practice clients as primary',
      'Walk-ins',
    ]);
    expect(caseloadParts[2]?.empty('Ira Intern')).toBe(
      'No walk-ins: practice clients Ira Intern saw who are assigned to someone else appear here.',
    );
  });

  it('sums a part up', () => {
    expect(caseloadSummary([])).toBe('0 clients');
    expect(caseloadSummary([client('LOW', 1)])).toBe(
      '1 client, 0 at high or critical risk, 1 pending note',
    );
    expect(caseloadSummary([client('HIGH', 2), client('CRITICAL', 0), client('LOW', 1)])).toBe(
      '3 clients, 2 at high or critical risk, 3 pending notes',
    );
  });

  it('reads the chosen supervisee from the URL, only if still a supervisee', () => {
    expect(selectedSuperviseeId(new URLSearchParams('supervisee=s1'), ['s1', 's2'])).toBe('s1');
    expect(selectedSuperviseeId(new URLSearchParams('supervisee=s9'), ['s1'])).toBeNull();
    expect(selectedSuperviseeId(new URLSearchParams(''), ['s1'])).toBeNull();
  });
});
