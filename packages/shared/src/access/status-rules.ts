import type { StaffStatus } from '../domain';

/** Statuses an admin sets directly (INVITED ends by acceptance, REMOVED by removal). */
export const settableStatuses: readonly StaffStatus[] = ['ACTIVE', 'ON_HOLD', 'INACTIVE'];

export type StatusChangeRefusal =
  | { kind: 'NOT_SETTABLE'; message: string }
  | { kind: 'NEEDS_ROLE'; message: string }
  | { kind: 'REASON_REQUIRED'; message: string }
  | { kind: 'UNCHANGED'; message: string };

export type StatusChangeDecision =
  | { allowed: true; endsSessions: boolean; countsTowardPlan: boolean }
  | { allowed: false; refusal: StatusChangeRefusal };

/**
 * SPEC.md: INVITED → ACTIVE ⇄ ON_HOLD ⇄ INACTIVE, any → REMOVED. An invited member becomes
 * ACTIVE only by accepting; a removed one never comes back; ACTIVE and ON_HOLD need a role
 * (seed 002); pausing or disabling someone needs a reason for the activity log. INACTIVE ends
 * the member's sessions at once; coming back from INACTIVE counts against the plan again.
 */
export function explainStatusChange(change: {
  from: StaffStatus;
  to: StaffStatus;
  roleCount: number;
  reason: string;
}): StatusChangeDecision {
  const refuse = (kind: StatusChangeRefusal['kind'], message: string): StatusChangeDecision => ({
    allowed: false,
    refusal: { kind, message },
  });
  if (change.from === change.to) return refuse('UNCHANGED', `The member is already ${change.to}.`);
  if (!settableStatuses.includes(change.from)) {
    return refuse(
      'NOT_SETTABLE',
      change.from === 'INVITED'
        ? 'An invited member becomes active by accepting the invitation.'
        : 'A removed member cannot come back; invite them again.',
    );
  }
  if (!settableStatuses.includes(change.to)) {
    return refuse(
      'NOT_SETTABLE',
      `Use ${change.to === 'REMOVED' ? 'removeStaffMember' : 'an invitation'} for ${change.to}.`,
    );
  }
  if (change.to !== 'INACTIVE' && change.roleCount === 0) {
    return refuse('NEEDS_ROLE', 'Give the member at least one role first.');
  }
  if (change.to !== 'ACTIVE' && !change.reason.trim()) {
    return refuse(
      'REASON_REQUIRED',
      `Say why the member is ${change.to === 'ON_HOLD' ? 'put on hold' : 'deactivated'}.`,
    );
  }
  return {
    allowed: true,
    endsSessions: change.to === 'INACTIVE',
    countsTowardPlan: change.from === 'INACTIVE',
  };
}
