import fc from 'fast-check';
import { vocabularies } from '../domain';
import { allPermissions, type Permission } from '../permissions';
import {
  canActivateWithRoles,
  explainOwnerRemoval,
  permissionsBeyondAssigner,
  permissionsBeyondGrantor,
  statusAfterRoleChange,
} from './role-rules';

const permissionList = fc.uniqueArray(fc.constantFrom(...allPermissions));
const status = fc.constantFrom(...vocabularies.StaffStatus);
const roleCount = fc.nat({ max: 4 });

describe('permissionsBeyondGrantor', () => {
  it('lists the keys the grantor lacks, once each, in catalogue order', () => {
    const manager = new Set<Permission>(['staff.view', 'roles.manage', 'clients.view.all']);
    expect(
      permissionsBeyondGrantor(manager, [
        'practice.settings',
        'staff.view',
        'audit.view',
        'audit.view',
      ]),
    ).toEqual(['audit.view', 'practice.settings']);
  });

  it('is empty for any subset of what the grantor holds', () => {
    fc.assert(
      fc.property(permissionList, fc.func(fc.boolean()), (held, pick) => {
        const subset = held.filter((key) => pick(key));
        expect(permissionsBeyondGrantor(new Set(held), subset)).toEqual([]);
      }),
    );
  });

  it('is exactly the requested keys the grantor does not hold', () => {
    fc.assert(
      fc.property(permissionList, permissionList, (held, requested) => {
        const beyond = permissionsBeyondGrantor(new Set(held), requested);
        expect(new Set(beyond)).toEqual(new Set(requested.filter((key) => !held.includes(key))));
      }),
    );
  });
});

describe('statusAfterRoleChange', () => {
  it('deactivates an ACTIVE or ON_HOLD member whose last role is removed', () => {
    for (const current of ['ACTIVE', 'ON_HOLD'] as const) {
      expect(
        statusAfterRoleChange({ status: current, roleCountBefore: 1, roleCountAfter: 0 }),
      ).toEqual({ status: 'INACTIVE', reason: 'LAST_ROLE_REMOVED' });
    }
  });

  it('reactivates an INACTIVE member without roles when a role is turned on (seed 002)', () => {
    expect(
      statusAfterRoleChange({ status: 'INACTIVE', roleCountBefore: 0, roleCountAfter: 1 }),
    ).toEqual({ status: 'ACTIVE', reason: 'FIRST_ROLE_ASSIGNED' });
  });

  it('leaves a member deactivated by status inactive when roles change', () => {
    expect(
      statusAfterRoleChange({ status: 'INACTIVE', roleCountBefore: 1, roleCountAfter: 2 }),
    ).toEqual({ status: 'INACTIVE', reason: null });
  });

  it('never touches INVITED or REMOVED members', () => {
    for (const current of ['INVITED', 'REMOVED'] as const) {
      expect(
        statusAfterRoleChange({ status: current, roleCountBefore: 1, roleCountAfter: 0 }),
      ).toEqual({ status: current, reason: null });
      expect(
        statusAfterRoleChange({ status: current, roleCountBefore: 0, roleCountAfter: 1 }),
      ).toEqual({ status: current, reason: null });
    }
  });

  it('never leaves a member ACTIVE or ON_HOLD after their last role goes', () => {
    fc.assert(
      fc.property(status, fc.integer({ min: 1, max: 4 }), (current, before) => {
        const after = statusAfterRoleChange({
          status: current,
          roleCountBefore: before,
          roleCountAfter: 0,
        });
        expect(['ACTIVE', 'ON_HOLD']).not.toContain(after.status);
      }),
    );
  });

  it('changes the status only with a reason, and only to INACTIVE or ACTIVE', () => {
    fc.assert(
      fc.property(status, roleCount, roleCount, (current, before, after) => {
        const result = statusAfterRoleChange({
          status: current,
          roleCountBefore: before,
          roleCountAfter: after,
        });
        expect(result.reason === null).toBe(result.status === current);
        if (result.reason === 'LAST_ROLE_REMOVED') expect(result.status).toBe('INACTIVE');
        if (result.reason === 'FIRST_ROLE_ASSIGNED') expect(canActivateWithRoles(after)).toBe(true);
      }),
    );
  });
});

describe('canActivateWithRoles', () => {
  it('needs at least one role', () => {
    expect(canActivateWithRoles(0)).toBe(false);
    expect(canActivateWithRoles(1)).toBe(true);
  });
});

describe('explainOwnerRemoval', () => {
  it('refuses to take the Owner role from the last active Owner', () => {
    expect(
      explainOwnerRemoval({ activeOwnerIds: ['o1'], memberId: 'o1', loss: 'LOSE_OWNER_ROLE' }),
    ).toEqual({
      allowed: false,
      code: 'LAST_OWNER',
      message:
        'This is the practice’s last active Owner. Make another active member Owner before removing this Owner role.',
    });
  });

  it('refuses to deactivate the last active Owner, saying so', () => {
    const decision = explainOwnerRemoval({
      activeOwnerIds: ['o1'],
      memberId: 'o1',
      loss: 'LEAVE_ACTIVE_STATUS',
    });
    expect(decision).toMatchObject({ allowed: false, code: 'LAST_OWNER' });
    expect(!decision.allowed && decision.message).toContain('deactivating');
  });

  it('allows it while another active Owner remains, naming them', () => {
    expect(
      explainOwnerRemoval({
        activeOwnerIds: ['o1', 'o2'],
        memberId: 'o1',
        loss: 'LOSE_OWNER_ROLE',
      }),
    ).toEqual({ allowed: true, reason: { kind: 'OTHER_ACTIVE_OWNERS', ownerIds: ['o2'] } });
  });

  it('allows any change to a member who is not an active Owner', () => {
    expect(
      explainOwnerRemoval({ activeOwnerIds: ['o1'], memberId: 'm1', loss: 'LEAVE_ACTIVE_STATUS' }),
    ).toEqual({ allowed: true, reason: { kind: 'NOT_AN_ACTIVE_OWNER' } });
  });

  it('refuses exactly when the member is the only active Owner', () => {
    const id = fc.constantFrom('o1', 'o2', 'o3', 'm1');
    fc.assert(
      fc.property(
        fc.uniqueArray(id),
        id,
        fc.constantFrom('LOSE_OWNER_ROLE' as const, 'LEAVE_ACTIVE_STATUS' as const),
        (activeOwnerIds, memberId, loss) => {
          const decision = explainOwnerRemoval({ activeOwnerIds, memberId, loss });
          const onlyOwner = activeOwnerIds.length === 1 && activeOwnerIds[0] === memberId;
          expect(decision.allowed).toBe(!onlyOwner);
        },
      ),
    );
  });
});

describe('permissionsBeyondAssigner', () => {
  it('lets an assigner without clinical access hand out a clinical role, but nothing else they lack', () => {
    const manager = new Set<Permission>(['staff.view', 'staff.invite', 'roles.manage']);
    expect(
      permissionsBeyondAssigner(manager, [
        'staff.view',
        'notes.view',
        'notes.write',
        'notes.cosign',
      ]),
    ).toEqual([]);
    expect(permissionsBeyondAssigner(manager, ['notes.view', 'practice.settings'])).toEqual([
      'practice.settings',
    ]);
  });
});
