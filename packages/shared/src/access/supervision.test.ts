import fc from 'fast-check';
import { vocabularies } from '../domain';
import type { Permission } from '../permissions';
import {
  explainSupervisionEligibility,
  requiresSupervision,
  type SupervisorFacts,
  wouldCreateSupervisionCycle,
} from './supervision';

const eligibleSupervisor: SupervisorFacts = {
  practiceSupervisionEnabled: true,
  supervisorStatus: 'ACTIVE',
  supervisorRoles: [
    { roleName: 'Licensed Therapist', canSupervise: false },
    { roleName: 'Supervisor', canSupervise: true },
  ],
  supervisorPermissions: new Set<Permission>(['clients.view.own', 'caseload.supervise']),
};

const supervisorFacts: fc.Arbitrary<SupervisorFacts> = fc.record({
  practiceSupervisionEnabled: fc.boolean(),
  supervisorStatus: fc.constantFrom(...vocabularies.StaffStatus),
  supervisorRoles: fc.array(fc.record({ roleName: fc.string(), canSupervise: fc.boolean() })),
  supervisorPermissions: fc
    .subarray<Permission>(['caseload.supervise', 'clients.view.own', 'notes.cosign'])
    .map((keys) => new Set(keys)),
});

describe('explainSupervisionEligibility', () => {
  it('lets an ACTIVE member with a supervising role and caseload.supervise supervise', () => {
    expect(explainSupervisionEligibility(eligibleSupervisor)).toEqual({
      eligible: true,
      supervisingRoleNames: ['Supervisor'],
    });
  });

  it('reports every failing condition at once', () => {
    expect(
      explainSupervisionEligibility({
        practiceSupervisionEnabled: false,
        supervisorStatus: 'ON_HOLD',
        supervisorRoles: [{ roleName: 'Therapist', canSupervise: false }],
        supervisorPermissions: new Set(),
      }),
    ).toEqual({
      eligible: false,
      refusals: [
        { kind: 'SUPERVISION_DISABLED' },
        { kind: 'NOT_ACTIVE', status: 'ON_HOLD' },
        { kind: 'NO_SUPERVISING_ROLE' },
        { kind: 'NO_PERMISSION', permission: 'caseload.supervise' },
      ],
    });
  });

  it('refuses a supervising role without caseload.supervise (e.g. denied by an override)', () => {
    const denied = { ...eligibleSupervisor, supervisorPermissions: new Set<Permission>() };
    expect(explainSupervisionEligibility(denied)).toEqual({
      eligible: false,
      refusals: [{ kind: 'NO_PERMISSION', permission: 'caseload.supervise' }],
    });
  });

  it('is eligible exactly when all four conditions hold, with one refusal per failing one', () => {
    fc.assert(
      fc.property(supervisorFacts, (facts) => {
        const failing = [
          !facts.practiceSupervisionEnabled,
          facts.supervisorStatus !== 'ACTIVE',
          !facts.supervisorRoles.some((role) => role.canSupervise),
          !facts.supervisorPermissions.has('caseload.supervise'),
        ].filter(Boolean).length;
        const decision = explainSupervisionEligibility(facts);
        expect(decision.eligible).toBe(failing === 0);
        if (!decision.eligible) expect(decision.refusals).toHaveLength(failing);
      }),
    );
  });
});

describe('requiresSupervision', () => {
  it('is required when any role requires it', () => {
    expect(requiresSupervision([{ requiresSupervision: false }])).toBe(false);
    expect(
      requiresSupervision([{ requiresSupervision: false }, { requiresSupervision: true }]),
    ).toBe(true);
    expect(requiresSupervision([])).toBe(false);
  });
});

/** A supervisor lookup that fails loudly instead of hanging if a walk never ends. */
function supervisors(map: Record<string, string>) {
  let calls = 0;
  return (id: string) => {
    calls += 1;
    if (calls > 100) throw new Error('supervisor walk does not end');
    return map[id] ?? null;
  };
}

describe('wouldCreateSupervisionCycle', () => {
  it('refuses making a member their own supervisor', () => {
    expect(wouldCreateSupervisionCycle('a', 'a', supervisors({}))).toEqual({
      kind: 'SELF_SUPERVISION',
    });
  });

  it('refuses a direct or indirect cycle and shows the chain', () => {
    expect(wouldCreateSupervisionCycle('a', 'b', supervisors({ b: 'a' }))).toEqual({
      kind: 'CYCLE',
      chain: ['b', 'a'],
    });
    expect(wouldCreateSupervisionCycle('a', 'c', supervisors({ c: 'b', b: 'a' }))).toEqual({
      kind: 'CYCLE',
      chain: ['c', 'b', 'a'],
    });
  });

  it('accepts a supervisor outside the member’s line, and ends on a stored loop elsewhere', () => {
    expect(wouldCreateSupervisionCycle('a', 'b', supervisors({ a: 'x', b: 'c' }))).toBeNull();
    expect(
      wouldCreateSupervisionCycle('a', 'b', supervisors({ b: 'c', c: 'd', d: 'c' })),
    ).toBeNull();
  });

  it('returns null exactly when the new supervision graph has no cycle through the member', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    // Each member may be supervised by a member listed before them, so the stored graph is acyclic.
    const acyclicSupervisors = fc
      .tuple(...ids.map((_, index) => fc.option(fc.nat({ max: Math.max(index - 1, 0) }))))
      .map((choices) => {
        const map: Record<string, string> = {};
        choices.forEach((choice, index) => {
          const supervisor = choice === null ? undefined : ids[choice];
          if (index > 0 && supervisor !== undefined) map[ids[index] as string] = supervisor;
        });
        return map;
      });
    fc.assert(
      fc.property(
        acyclicSupervisors,
        fc.constantFrom(...ids),
        fc.constantFrom(...ids),
        (map, memberId, newSupervisorId) => {
          const after = { ...map, [memberId]: newSupervisorId };
          let current: string | undefined = newSupervisorId;
          let reachesMember = false;
          for (let step = 0; step <= ids.length && current !== undefined; step += 1) {
            if (current === memberId) reachesMember = true;
            current = after[current];
          }
          const cycle = wouldCreateSupervisionCycle(memberId, newSupervisorId, supervisors(map));
          expect(cycle !== null).toBe(reachesMember);
        },
      ),
    );
  });
});
