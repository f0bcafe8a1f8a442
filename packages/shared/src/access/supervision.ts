import type { StaffStatus } from '../domain';
import type { Permission } from '../permissions';

export interface SupervisorFacts {
  practiceSupervisionEnabled: boolean;
  supervisorStatus: StaffStatus;
  supervisorRoles: ReadonlyArray<{ roleName: string; canSupervise: boolean }>;
  /** Effective permissions of the would-be supervisor. */
  supervisorPermissions: ReadonlySet<Permission>;
}

export type SupervisionRefusal =
  | { kind: 'SUPERVISION_DISABLED' }
  | { kind: 'NOT_ACTIVE'; status: StaffStatus }
  | { kind: 'NO_SUPERVISING_ROLE' }
  | { kind: 'NO_PERMISSION'; permission: 'caseload.supervise' };

export type SupervisionEligibility =
  | { eligible: true; supervisingRoleNames: string[] }
  | { eligible: false; refusals: SupervisionRefusal[] };

/**
 * A member may supervise when the practice has supervision on, they are ACTIVE, one of their roles
 * can supervise, and they hold `caseload.supervise`. Every failing condition is reported, so an
 * admin fixes them all at once.
 */
export function explainSupervisionEligibility(facts: SupervisorFacts): SupervisionEligibility {
  const supervisingRoleNames = facts.supervisorRoles
    .filter((role) => role.canSupervise)
    .map((role) => role.roleName);
  const refusals: SupervisionRefusal[] = [];
  if (!facts.practiceSupervisionEnabled) refusals.push({ kind: 'SUPERVISION_DISABLED' });
  if (facts.supervisorStatus !== 'ACTIVE') {
    refusals.push({ kind: 'NOT_ACTIVE', status: facts.supervisorStatus });
  }
  if (supervisingRoleNames.length === 0) refusals.push({ kind: 'NO_SUPERVISING_ROLE' });
  if (!facts.supervisorPermissions.has('caseload.supervise')) {
    refusals.push({ kind: 'NO_PERMISSION', permission: 'caseload.supervise' });
  }
  return refusals.length === 0
    ? { eligible: true, supervisingRoleNames }
    : { eligible: false, refusals };
}

/** A member needs a supervisor when any of their roles requires supervision (e.g. Intern). */
export function requiresSupervision(
  roles: ReadonlyArray<{ requiresSupervision: boolean }>,
): boolean {
  return roles.some((role) => role.requiresSupervision);
}

export type SupervisionCycle =
  | { kind: 'SELF_SUPERVISION' }
  /** `chain` runs from the proposed supervisor up their supervisors to the member. */
  | { kind: 'CYCLE'; chain: string[] };

/**
 * Whether making `newSupervisorId` the supervisor of `memberId` would make someone their own
 * (direct or indirect) supervisor; null when it would not.
 */
export function wouldCreateSupervisionCycle(
  memberId: string,
  newSupervisorId: string,
  supervisorOf: (staffMemberId: string) => string | null,
): SupervisionCycle | null {
  if (newSupervisorId === memberId) return { kind: 'SELF_SUPERVISION' };
  const chain = [newSupervisorId];
  // Stops on a loop that does not reach the member too, so bad stored data cannot hang a request.
  const visited = new Set(chain);
  let current = supervisorOf(newSupervisorId);
  while (current !== null && !visited.has(current)) {
    chain.push(current);
    if (current === memberId) return { kind: 'CYCLE', chain };
    visited.add(current);
    current = supervisorOf(current);
  }
  return null;
}
