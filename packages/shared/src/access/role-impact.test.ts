import fc from 'fast-check';
import { vocabularies } from '../domain';
import { allPermissions, type Permission } from '../permissions';
import type {
  PermissionOverrideGrant,
  PermissionSubject,
  RoleGrant,
} from './effective-permissions';
import { assignmentImpact, roleImpact } from './role-impact';

const now = new Date('2026-11-23T12:00:00Z');

const permission = fc.constantFrom(...allPermissions);
const role: fc.Arbitrary<RoleGrant> = fc.record({
  roleId: fc.constantFrom('r1', 'r2', 'r3', 'r4'),
  roleName: fc.constantFrom('Therapist', 'Supervisor', 'Custom'),
  permissions: fc.uniqueArray(permission),
});
const override: fc.Arbitrary<PermissionOverrideGrant> = fc.record({
  overrideId: fc.uuid(),
  permission,
  effect: fc.constantFrom('ALLOW' as const, 'DENY' as const),
  reason: fc.constant('tested'),
  expiresAt: fc.constant(null),
  grantedBy: fc.constant(null),
});
const subject: fc.Arbitrary<PermissionSubject> = fc.record({
  status: fc.constantFrom(...vocabularies.StaffStatus),
  roles: fc.uniqueArray(role, { selector: (r) => r.roleId, maxLength: 3 }),
  overrides: fc.array(override, { maxLength: 4 }),
});
const members = fc.array(fc.record({ staffMemberId: fc.uuid(), subject }), { maxLength: 5 });

const therapistRole: RoleGrant = {
  roleId: 'r-therapist',
  roleName: 'Therapist',
  permissions: ['clients.view.own', 'notes.write'],
};
const supervisorRole: RoleGrant = {
  roleId: 'r-supervisor',
  roleName: 'Supervisor',
  permissions: ['clients.view.own', 'caseload.supervise'],
};

function member(roles: RoleGrant[], status: PermissionSubject['status'] = 'ACTIVE') {
  return { status, roles, overrides: [] };
}

describe('roleImpact', () => {
  it('shows who gains and who loses what, leaving out members who do not change', () => {
    const impact = roleImpact(
      [
        { staffMemberId: 'ana', subject: member([therapistRole]) },
        { staffMemberId: 'ben', subject: member([therapistRole, supervisorRole]) },
        { staffMemberId: 'cai', subject: member([supervisorRole]) },
      ],
      { roleId: 'r-therapist', permissions: ['clients.view.own', 'scheduling.view'] },
      now,
    );
    expect(impact).toEqual([
      { staffMemberId: 'ana', gained: ['scheduling.view'], lost: ['notes.write'] },
      { staffMemberId: 'ben', gained: ['scheduling.view'], lost: ['notes.write'] },
    ]);
  });

  it('does not report a loss the member keeps through another role or an ALLOW override', () => {
    const withOverride: PermissionSubject = {
      ...member([therapistRole]),
      overrides: [
        {
          overrideId: 'o1',
          permission: 'notes.write',
          effect: 'ALLOW',
          reason: 'Covers notes',
          expiresAt: null,
          grantedBy: null,
        },
      ],
    };
    const impact = roleImpact(
      [{ staffMemberId: 'ana', subject: withOverride }],
      { roleId: 'r-therapist', permissions: ['clients.view.own'] },
      now,
    );
    expect(impact).toEqual([]);
  });

  it('is empty when the role keeps its permission list', () => {
    fc.assert(
      fc.property(members, role, (someMembers, edited) => {
        const holders = someMembers.map(({ staffMemberId, subject: s }) => ({
          staffMemberId,
          subject: { ...s, roles: [...s.roles.filter((r) => r.roleId !== edited.roleId), edited] },
        }));
        expect(roleImpact(holders, edited, now)).toEqual([]);
      }),
    );
  });

  it('reports no loss when a role only gains keys', () => {
    fc.assert(
      fc.property(members, role, fc.uniqueArray(permission), (someMembers, edited, extra) => {
        const widened = [...new Set<Permission>([...edited.permissions, ...extra])];
        const holders = someMembers.map(({ staffMemberId, subject: s }) => ({
          staffMemberId,
          subject: { ...s, roles: [...s.roles.filter((r) => r.roleId !== edited.roleId), edited] },
        }));
        for (const change of roleImpact(
          holders,
          { roleId: edited.roleId, permissions: widened },
          now,
        )) {
          expect(change.lost).toEqual([]);
        }
      }),
    );
  });
});

describe('assignmentImpact', () => {
  it('previews a new role: the keys gained, no status change', () => {
    expect(assignmentImpact(member([therapistRole]), [therapistRole, supervisorRole], now)).toEqual(
      {
        gained: ['caseload.supervise'],
        lost: [],
        statusAfter: { status: 'ACTIVE', reason: null },
      },
    );
  });

  it('previews removing every role as a deactivation that loses everything', () => {
    expect(assignmentImpact(member([therapistRole]), [], now)).toEqual({
      gained: [],
      lost: ['clients.view.own', 'notes.write'],
      statusAfter: { status: 'INACTIVE', reason: 'LAST_ROLE_REMOVED' },
    });
  });

  it('previews a first role for a deactivated member as a reactivation', () => {
    expect(assignmentImpact(member([], 'INACTIVE'), [therapistRole], now)).toEqual({
      gained: ['clients.view.own', 'notes.write'],
      lost: [],
      statusAfter: { status: 'ACTIVE', reason: 'FIRST_ROLE_ASSIGNED' },
    });
  });

  it('adding roles never removes a permission', () => {
    fc.assert(
      fc.property(subject, fc.array(role, { maxLength: 3 }), (someone, extra) => {
        const superset = [...someone.roles, ...extra];
        expect(assignmentImpact(someone, superset, now).lost).toEqual([]);
      }),
    );
  });

  it('the same roles change nothing', () => {
    fc.assert(
      fc.property(subject, (someone) => {
        expect(assignmentImpact(someone, someone.roles, now)).toEqual({
          gained: [],
          lost: [],
          statusAfter: { status: someone.status, reason: null },
        });
      }),
    );
  });
});
