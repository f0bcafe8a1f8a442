import fc from 'fast-check';
import { StaffStatus } from '../domain';
import { explainStatusChange } from './status-rules';

const statuses = Object.values(StaffStatus);

describe('explainStatusChange', () => {
  it('allows the transitions of SPEC.md among ACTIVE, ON_HOLD and INACTIVE', () => {
    expect(
      explainStatusChange({ from: 'ACTIVE', to: 'ON_HOLD', roleCount: 1, reason: 'Leave' }),
    ).toEqual({
      allowed: true,
      endsSessions: false,
      countsTowardPlan: false,
    });
    expect(
      explainStatusChange({ from: 'ON_HOLD', to: 'INACTIVE', roleCount: 1, reason: 'Left' }),
    ).toMatchObject({
      allowed: true,
      endsSessions: true,
    });
    expect(
      explainStatusChange({ from: 'INACTIVE', to: 'ACTIVE', roleCount: 2, reason: '' }),
    ).toMatchObject({
      allowed: true,
      countsTowardPlan: true,
    });
  });

  it('refuses reactivation without a role, and pausing without a reason', () => {
    expect(
      explainStatusChange({ from: 'INACTIVE', to: 'ACTIVE', roleCount: 0, reason: '' }),
    ).toMatchObject({
      allowed: false,
      refusal: { kind: 'NEEDS_ROLE' },
    });
    expect(
      explainStatusChange({ from: 'ACTIVE', to: 'ON_HOLD', roleCount: 1, reason: '  ' }),
    ).toMatchObject({
      allowed: false,
      refusal: { kind: 'REASON_REQUIRED' },
    });
  });

  it('never lets an invited or removed member be set, nor anyone be set to INVITED or REMOVED', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...statuses),
        fc.constantFrom(...statuses),
        fc.nat(3),
        (from, to, roleCount) => {
          const decision = explainStatusChange({ from, to, roleCount, reason: 'why' });
          const involvesUnsettable = [from, to].some(
            (status) => status === 'INVITED' || status === 'REMOVED',
          );
          if (involvesUnsettable) expect(decision.allowed).toBe(false);
          if (decision.allowed && to !== 'INACTIVE') expect(roleCount).toBeGreaterThan(0);
        },
      ),
    );
  });
});
