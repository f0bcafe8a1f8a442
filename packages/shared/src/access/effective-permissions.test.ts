import fc from 'fast-check';
import { StaffStatus, vocabularies } from '../domain';
import { allPermissions, type Permission } from '../permissions';
import {
  effectivePermissions,
  explainPermission,
  isWritePermission,
  type PermissionOverrideGrant,
  type PermissionSubject,
  permissionChange,
  type RoleGrant,
} from './effective-permissions';

const now = new Date('2026-11-23T12:00:00Z');
const hour = 3_600_000;

const permission = fc.constantFrom(...allPermissions);
const role: fc.Arbitrary<RoleGrant> = fc.record({
  roleId: fc.uuid(),
  roleName: fc.constantFrom('Owner', 'Therapist', 'Intern', 'Custom'),
  permissions: fc.uniqueArray(permission),
});
const override: fc.Arbitrary<PermissionOverrideGrant> = fc.record({
  overrideId: fc.uuid(),
  permission,
  effect: fc.constantFrom('ALLOW' as const, 'DENY' as const),
  reason: fc.constant('tested'),
  expiresAt: fc.option(
    fc.integer({ min: -48, max: 48 }).map((h) => new Date(now.getTime() + h * hour)),
  ),
  grantedBy: fc.constant(null),
});
const subject: fc.Arbitrary<PermissionSubject> = fc.record({
  status: fc.constantFrom(...vocabularies.StaffStatus),
  roles: fc.array(role, { maxLength: 4 }),
  overrides: fc.array(override, { maxLength: 6 }),
});

const therapistRole: RoleGrant = {
  roleId: 'role-therapist',
  roleName: 'Therapist',
  permissions: ['clients.view.own', 'notes.write'],
};

function member(overrides: Partial<PermissionSubject> = {}): PermissionSubject {
  return { status: StaffStatus.ACTIVE, roles: [therapistRole], overrides: [], ...overrides };
}

function deny(key: Permission, expiresAt: Date | null = null): PermissionOverrideGrant {
  return {
    overrideId: `deny-${key}`,
    permission: key,
    effect: 'DENY',
    reason: 'Leave of absence',
    expiresAt,
    grantedBy: { staffMemberId: 'owner', name: 'Olivia Owner' },
  };
}

describe('explainPermission', () => {
  it('grants a key through a role and names the role', () => {
    expect(explainPermission(member(), 'notes.write', now)).toEqual({
      permission: 'notes.write',
      granted: true,
      reasons: [{ kind: 'ROLE', roleId: 'role-therapist', roleName: 'Therapist' }],
    });
  });

  it('refuses a key no role or override names, with no reasons', () => {
    expect(explainPermission(member(), 'audit.view', now)).toEqual({
      permission: 'audit.view',
      granted: false,
      reasons: [],
    });
  });

  it('lets a DENY override beat the role, naming both and who denied it until when', () => {
    const until = new Date(now.getTime() + 24 * hour);
    const decision = explainPermission(
      member({ overrides: [deny('notes.write', until)] }),
      'notes.write',
      now,
    );
    expect(decision.granted).toBe(false);
    expect(decision.reasons).toEqual([
      { kind: 'ROLE', roleId: 'role-therapist', roleName: 'Therapist' },
      {
        kind: 'OVERRIDE',
        overrideId: 'deny-notes.write',
        effect: 'DENY',
        reason: 'Leave of absence',
        expiresAt: until,
        grantedBy: { staffMemberId: 'owner', name: 'Olivia Owner' },
      },
    ]);
  });

  it('ignores an override from the moment it expires', () => {
    const expired = member({ overrides: [deny('notes.write', now)] });
    expect(explainPermission(expired, 'notes.write', now).granted).toBe(true);
  });

  it('keeps an ON_HOLD member to reading their own caseload, and says why', () => {
    const onHold = member({ status: StaffStatus.ON_HOLD });
    expect(explainPermission(onHold, 'clients.view.own', now).granted).toBe(true);
    const write = explainPermission(onHold, 'notes.write', now);
    expect(write.granted).toBe(false);
    expect(write.reasons[0]).toEqual({
      kind: 'STATUS',
      status: 'ON_HOLD',
      explanation: 'status ON_HOLD: read-only access to their own caseload',
    });
  });

  it('grants nothing to a member who cannot sign in', () => {
    for (const status of [StaffStatus.INVITED, StaffStatus.INACTIVE, StaffStatus.REMOVED]) {
      expect(effectivePermissions(member({ status }), now).size).toBe(0);
    }
  });
});

describe('effective permissions, for any member', () => {
  it('DENY always wins over every role and ALLOW', () => {
    fc.assert(
      fc.property(subject, permission, (someone, key) => {
        const denied = { ...someone, overrides: [...someone.overrides, deny(key)] };
        expect(effectivePermissions(denied, now).has(key)).toBe(false);
      }),
    );
  });

  it('expired overrides never count', () => {
    fc.assert(
      fc.property(subject, (someone) => {
        const inForce = someone.overrides.filter((o) => !o.expiresAt || o.expiresAt > now);
        expect(effectivePermissions(someone, now)).toEqual(
          effectivePermissions({ ...someone, overrides: inForce }, now),
        );
      }),
    );
  });

  it('no status but ACTIVE grants a write', () => {
    fc.assert(
      fc.property(subject, (someone) => {
        fc.pre(someone.status !== StaffStatus.ACTIVE);
        const writes = [...effectivePermissions(someone, now)].filter(isWritePermission);
        expect(writes).toEqual([]);
      }),
    );
  });

  it('adding a role never removes a permission', () => {
    fc.assert(
      fc.property(subject, role, (someone, extra) => {
        const before = effectivePermissions(someone, now);
        const after = effectivePermissions({ ...someone, roles: [...someone.roles, extra] }, now);
        expect(permissionChange(before, after).lost).toEqual([]);
      }),
    );
  });
});

describe('permissionChange', () => {
  it('lists what is gained and lost, in catalogue order', () => {
    expect(
      permissionChange(
        new Set(['notes.write', 'staff.view']),
        new Set(['staff.view', 'audit.view', 'staff.edit']),
      ),
    ).toEqual({ gained: ['staff.edit', 'audit.view'], lost: ['notes.write'] });
  });
});
