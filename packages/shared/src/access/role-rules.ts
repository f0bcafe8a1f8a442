import type { StaffStatus } from '../domain';
import type { ErrorCode } from '../errors';
import { allPermissions, type Permission, permissionCatalog } from '../permissions';

/**
 * The keys in `permissionsToGrant` that the grantor does not hold, in catalogue order: a member
 * cannot grant what they do not hold themselves (through a role they create, edit or assign, or an
 * ALLOW override). Empty means the grant is within the grantor's reach.
 */
export function permissionsBeyondGrantor(
  grantorPermissions: ReadonlySet<Permission>,
  permissionsToGrant: Iterable<Permission>,
): Permission[] {
  const toGrant = new Set(permissionsToGrant);
  return allPermissions.filter(
    (permission) => toGrant.has(permission) && !grantorPermissions.has(permission),
  );
}

/**
 * The keys an assigner may not hand out by giving someone an existing role (inviting, assigning
 * roles). Clinical-note keys are exempt: seed 002 lets Managers, who hold no clinical access
 * themselves, add therapists, and giving a clinician the Therapist role widens no access of the
 * assigner's. Defining roles and ALLOW overrides stay under `permissionsBeyondGrantor`.
 */
export function permissionsBeyondAssigner(
  assignerPermissions: ReadonlySet<Permission>,
  rolePermissions: Iterable<Permission>,
): Permission[] {
  return permissionsBeyondGrantor(assignerPermissions, rolePermissions).filter(
    (permission) => permissionCatalog[permission].group !== 'clinical',
  );
}

export interface StatusAfterRoleChange {
  status: StaffStatus;
  /** Why the status changes; null when it does not. */
  reason: 'LAST_ROLE_REMOVED' | 'FIRST_ROLE_ASSIGNED' | null;
}

/**
 * Seed 002: turning off every role of a member deactivates them (ACTIVE or ON_HOLD become
 * INACTIVE), and turning on at least one role of a member deactivated that way reactivates them.
 * A reactivation makes the member count toward the plan again: check `explainPlanLimit` first.
 */
export function statusAfterRoleChange(change: {
  status: StaffStatus;
  roleCountBefore: number;
  roleCountAfter: number;
}): StatusAfterRoleChange {
  const { status, roleCountBefore, roleCountAfter } = change;
  if (
    roleCountBefore > 0 &&
    roleCountAfter === 0 &&
    (status === 'ACTIVE' || status === 'ON_HOLD')
  ) {
    return { status: 'INACTIVE', reason: 'LAST_ROLE_REMOVED' };
  }
  if (roleCountBefore === 0 && roleCountAfter > 0 && status === 'INACTIVE') {
    return { status: 'ACTIVE', reason: 'FIRST_ROLE_ASSIGNED' };
  }
  return { status, reason: null };
}

/** A member becomes ACTIVE only while holding at least one role (seed 002). */
export function canActivateWithRoles(roleCount: number): boolean {
  return roleCount > 0;
}

/** How a change would stop a member from being an ACTIVE holder of the Owner-template role. */
export type OwnerLoss = 'LOSE_OWNER_ROLE' | 'LEAVE_ACTIVE_STATUS';

export type OwnerRemovalDecision =
  | {
      allowed: true;
      reason: { kind: 'NOT_AN_ACTIVE_OWNER' } | { kind: 'OTHER_ACTIVE_OWNERS'; ownerIds: string[] };
    }
  | { allowed: false; code: typeof ErrorCode.LAST_OWNER; message: string };

const lastOwnerMessages: Record<OwnerLoss, string> = {
  LOSE_OWNER_ROLE:
    'This is the practice’s last active Owner. Make another active member Owner before removing this Owner role.',
  LEAVE_ACTIVE_STATUS:
    'This is the practice’s last active Owner. Make another active member Owner before deactivating, pausing or removing them.',
};

/**
 * Refuses a change that would leave the practice with no ACTIVE member holding the Owner-template
 * role. `activeOwnerIds`: the ACTIVE members holding that role before the change.
 */
export function explainOwnerRemoval(change: {
  activeOwnerIds: readonly string[];
  memberId: string;
  loss: OwnerLoss;
}): OwnerRemovalDecision {
  if (!change.activeOwnerIds.includes(change.memberId)) {
    return { allowed: true, reason: { kind: 'NOT_AN_ACTIVE_OWNER' } };
  }
  const ownerIds = change.activeOwnerIds.filter((id) => id !== change.memberId);
  if (ownerIds.length > 0) {
    return { allowed: true, reason: { kind: 'OTHER_ACTIVE_OWNERS', ownerIds } };
  }
  return { allowed: false, code: 'LAST_OWNER', message: lastOwnerMessages[change.loss] };
}
