import type { StaffStatus } from '@caseload/shared';

/**
 * Why a role cannot be added to a member, or null when it can. A role already held can always be
 * kept or taken away; a new one only when the viewer holds every permission it grants (the API
 * refuses granting what one does not hold).
 */
export function roleAssignmentBlocker(
  role: { id: string; permissions: readonly string[] },
  currentRoleIds: readonly string[],
  viewerPermissions: readonly string[],
): string | null {
  if (currentRoleIds.includes(role.id)) {
    return null;
  }
  const missing = role.permissions.filter((key) => !viewerPermissions.includes(key));
  if (missing.length === 0) {
    return null;
  }
  return `Grants permissions you don't hold: ${missing.join(', ')}`;
}

/** Whether two sets of role ids are the same set. */
export function sameRoleIds(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a);
  return setA.size === new Set(b).size && b.every((id) => setA.has(id));
}

/** The sentence for a status change an assignment would make, or null when the status stays. */
export function statusChangeWarning(
  statusBefore: StaffStatus,
  statusAfter: StaffStatus,
  displayName: string,
): string | null {
  if (statusBefore === statusAfter) {
    return null;
  }
  if (statusAfter === 'INACTIVE') {
    return `${displayName} will become INACTIVE: with no role they cannot sign in, and their open sessions end at once.`;
  }
  return `${displayName} will become ${statusAfter}.`;
}
