import { type PracticePlan, practitionerKinds, type StaffKind, type StaffStatus } from '../domain';
import type { ErrorCode } from '../errors';

/** Practitioners a plan allows besides student practitioners; null is no limit (seed 003). */
export const practitionerLimitByPlan: Record<PracticePlan, number | null> = {
  SOLO: 1,
  SOLO_PLUS: 1,
  TEAM: null,
};

const planNames: Record<PracticePlan, string> = { SOLO: 'Solo', SOLO_PLUS: 'Solo+', TEAM: 'Team' };

/** Student practitioners are free on every plan; admin staff and external agents are not practitioners. */
const countedKinds: readonly StaffKind[] = practitionerKinds.filter(
  (kind) => kind !== 'STUDENT_THERAPIST',
);

/**
 * Members who hold a seat: INVITED ones too, so a Solo practice cannot send invitations it could
 * not honour. INACTIVE members do not count (seed 002: they are not charged); REMOVED ones are gone.
 */
const countedStatuses: readonly StaffStatus[] = ['INVITED', 'ACTIVE', 'ON_HOLD'];

export function countsTowardPlanLimit(member: { kind: StaffKind; status: StaffStatus }): boolean {
  return countedKinds.includes(member.kind) && countedStatuses.includes(member.status);
}

export type PlanLimitDecision =
  | {
      allowed: true;
      reason:
        | { kind: 'NOT_COUNTED'; staffKind: StaffKind }
        | { kind: 'UNLIMITED_PLAN'; plan: PracticePlan }
        | { kind: 'WITHIN_LIMIT'; limit: number; countAfter: number };
    }
  | { allowed: false; code: typeof ErrorCode.PLAN_LIMIT; limit: number; message: string };

/**
 * Whether one more member of `addingKind` may start counting toward the plan: an invitation, a
 * reactivation, or a student becoming a therapist. `practitionerCountExcludingStudents` counts the
 * members for whom `countsTowardPlanLimit` holds, not including the one being added.
 */
export function explainPlanLimit(facts: {
  plan: PracticePlan;
  practitionerCountExcludingStudents: number;
  addingKind: StaffKind;
}): PlanLimitDecision {
  const { plan, practitionerCountExcludingStudents: count, addingKind } = facts;
  if (!countedKinds.includes(addingKind)) {
    return { allowed: true, reason: { kind: 'NOT_COUNTED', staffKind: addingKind } };
  }
  const limit = practitionerLimitByPlan[plan];
  if (limit === null) return { allowed: true, reason: { kind: 'UNLIMITED_PLAN', plan } };
  if (count < limit) {
    return { allowed: true, reason: { kind: 'WITHIN_LIMIT', limit, countAfter: count + 1 } };
  }
  return {
    allowed: false,
    code: 'PLAN_LIMIT',
    limit,
    message:
      `The ${planNames[plan]} plan allows ${limit} practitioner besides student practitioners, ` +
      `and this practice has ${count}. Upgrade to the ${planNames.TEAM} plan to add another; ` +
      'student practitioners are free on every plan.',
  };
}
