import type { OverrideEffect, StaffStatus } from '../domain';
import { allPermissions, type Permission, permissionCatalog } from '../permissions';

export interface RoleGrant {
  roleId: string;
  roleName: string;
  permissions: readonly Permission[];
}

export interface PermissionOverrideGrant {
  overrideId: string;
  permission: Permission;
  effect: OverrideEffect;
  reason: string;
  expiresAt: Date | null;
  grantedBy: { staffMemberId: string; name: string } | null;
}

/** What a member's permissions are computed from. */
export interface PermissionSubject {
  status: StaffStatus;
  roles: readonly RoleGrant[];
  overrides: readonly PermissionOverrideGrant[];
}

export type PermissionReason =
  | { kind: 'ROLE'; roleId: string; roleName: string }
  | ({ kind: 'OVERRIDE' } & Omit<PermissionOverrideGrant, 'permission'>)
  | { kind: 'STATUS'; status: StaffStatus; explanation: string };

export interface PermissionDecision {
  permission: Permission;
  granted: boolean;
  /**
   * Why: the roles and unexpired overrides that name the key, and the status when it decides.
   * A refusal with no reasons means nothing grants the key.
   */
  reasons: PermissionReason[];
}

/**
 * ON_HOLD members keep read-only access to their own caseload; every other permission stops.
 * Members who cannot sign in (INVITED, INACTIVE, REMOVED) hold nothing at all.
 */
const onHoldPermissions: ReadonlySet<Permission> = new Set([
  'clients.view.own',
  'notes.view',
  'contacts.view.assigned',
]);

const statusExplanations: Record<StaffStatus, string> = {
  ACTIVE: 'status ACTIVE',
  ON_HOLD: 'status ON_HOLD: read-only access to their own caseload',
  INVITED: 'status INVITED: has not accepted the invitation',
  INACTIVE: 'status INACTIVE: cannot sign in',
  REMOVED: 'status REMOVED: no longer a member',
};

function statusAllows(status: StaffStatus, permission: Permission): boolean {
  if (status === 'ACTIVE') return true;
  if (status === 'ON_HOLD') return onHoldPermissions.has(permission);
  return false;
}

export function isOverrideInForce(override: { expiresAt: Date | null }, now: Date): boolean {
  return override.expiresAt === null || override.expiresAt.getTime() > now.getTime();
}

/**
 * Decides one key: nothing unless the status allows it; else granted by any role or unexpired
 * ALLOW override, unless an unexpired DENY override names it (DENY beats every ALLOW).
 */
export function explainPermission(
  subject: PermissionSubject,
  permission: Permission,
  now: Date,
): PermissionDecision {
  const roleReasons: PermissionReason[] = subject.roles
    .filter((role) => role.permissions.includes(permission))
    .map((role) => ({ kind: 'ROLE', roleId: role.roleId, roleName: role.roleName }));
  const overrides = subject.overrides.filter(
    (override) => override.permission === permission && isOverrideInForce(override, now),
  );
  const overrideReasons: PermissionReason[] = overrides.map(({ permission: _, ...override }) => ({
    kind: 'OVERRIDE',
    ...override,
  }));
  const reasons = [...roleReasons, ...overrideReasons];

  if (!statusAllows(subject.status, permission)) {
    const statusReason: PermissionReason = {
      kind: 'STATUS',
      status: subject.status,
      explanation: statusExplanations[subject.status],
    };
    return { permission, granted: false, reasons: [statusReason, ...reasons] };
  }
  const denied = overrides.some((override) => override.effect === 'DENY');
  const allowed =
    roleReasons.length > 0 || overrides.some((override) => override.effect === 'ALLOW');
  return { permission, granted: allowed && !denied, reasons };
}

/** Every key of the catalogue, decided and explained. */
export function explainPermissions(subject: PermissionSubject, now: Date): PermissionDecision[] {
  return allPermissions.map((permission) => explainPermission(subject, permission, now));
}

export function effectivePermissions(subject: PermissionSubject, now: Date): Set<Permission> {
  return new Set(
    explainPermissions(subject, now)
      .filter((decision) => decision.granted)
      .map((decision) => decision.permission),
  );
}

export function isWritePermission(permission: Permission): boolean {
  return permissionCatalog[permission].write;
}

export interface PermissionChange {
  gained: Permission[];
  lost: Permission[];
}

/** Who gains and who loses what: the difference between two effective sets, in catalogue order. */
export function permissionChange(
  before: ReadonlySet<Permission>,
  after: ReadonlySet<Permission>,
): PermissionChange {
  return {
    gained: allPermissions.filter((permission) => after.has(permission) && !before.has(permission)),
    lost: allPermissions.filter((permission) => before.has(permission) && !after.has(permission)),
  };
}
