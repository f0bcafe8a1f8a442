import type { Permission } from '../permissions';
import {
  effectivePermissions,
  type PermissionChange,
  type PermissionSubject,
  permissionChange,
  type RoleGrant,
} from './effective-permissions';
import { type StatusAfterRoleChange, statusAfterRoleChange } from './role-rules';

export interface MemberPermissionChange extends PermissionChange {
  staffMemberId: string;
}

/**
 * Who gains and who loses what if role `roleId` gets `permissions`, before it is saved. Members
 * whose effective permissions do not change (including those without the role) are left out.
 */
export function roleImpact(
  members: ReadonlyArray<{ staffMemberId: string; subject: PermissionSubject }>,
  change: { roleId: string; permissions: readonly Permission[] },
  now: Date,
): MemberPermissionChange[] {
  const impact: MemberPermissionChange[] = [];
  for (const { staffMemberId, subject } of members) {
    const roles = subject.roles.map((role) =>
      role.roleId === change.roleId ? { ...role, permissions: change.permissions } : role,
    );
    const { gained, lost } = permissionChange(
      effectivePermissions(subject, now),
      effectivePermissions({ ...subject, roles }, now),
    );
    if (gained.length > 0 || lost.length > 0) impact.push({ staffMemberId, gained, lost });
  }
  return impact;
}

export interface AssignmentImpact extends PermissionChange {
  /** Removing the last role deactivates; a first role reactivates (seed 002). */
  statusAfter: StatusAfterRoleChange;
}

/**
 * What giving a member exactly `newRoles` would change, for previewRoleAssignment: the status the
 * change leads to, and the permissions gained and lost under that status.
 */
export function assignmentImpact(
  subject: PermissionSubject,
  newRoles: readonly RoleGrant[],
  now: Date,
): AssignmentImpact {
  const statusAfter = statusAfterRoleChange({
    status: subject.status,
    roleCountBefore: subject.roles.length,
    roleCountAfter: newRoles.length,
  });
  const after = { ...subject, status: statusAfter.status, roles: newRoles };
  return {
    ...permissionChange(effectivePermissions(subject, now), effectivePermissions(after, now)),
    statusAfter,
  };
}
