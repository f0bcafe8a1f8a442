import { countsTowardPlanLimit, explainStatusChange, type StaffKind } from '@caseload/shared';
import type { StaffStatus } from '../../gql/graphql';

/** The statuses an admin sets directly (INVITED ends by acceptance, REMOVED by removal). */
export type SettableStatus = 'ACTIVE' | 'ON_HOLD' | 'INACTIVE';

export interface StatusAction {
  to: SettableStatus;
  /** The button, e.g. "Put on hold". */
  label: string;
  /** The confirmation's question, e.g. "Put Sam Whitaker on hold?". */
  question: string;
  /** What changes for the member, spelled out before it is confirmed. */
  consequence: string;
  /** Whether the API needs a reason (it keeps one in the log either way). */
  reasonRequired: boolean;
  /** Ends access: the confirmation is red. */
  destructive: boolean;
  /** Why the change cannot be made now, or null when it can. */
  blocker: string | null;
}

export interface StatusSubject {
  displayName: string;
  status: StaffStatus;
  kind: StaffKind;
  roleCount: number;
  activeClientCount: number;
}

const order: readonly SettableStatus[] = ['ACTIVE', 'ON_HOLD', 'INACTIVE'];

function label(from: StaffStatus, to: SettableStatus): string {
  if (to === 'ON_HOLD') {
    return 'Put on hold';
  }
  if (to === 'INACTIVE') {
    return 'Deactivate';
  }
  return from === 'INACTIVE' ? 'Reactivate' : 'Activate';
}

function clientCount(count: number): string {
  return count === 1 ? '1 active client' : `${count} active clients`;
}

function consequence(member: StatusSubject, to: SettableStatus): string {
  const name = member.displayName;
  // Coming back from INACTIVE takes a seat of the plan again (seed 003).
  const takesSeat =
    member.status === 'INACTIVE' && countsTowardPlanLimit({ kind: member.kind, status: to })
      ? ' They count toward the plan’s practitioner limit again.'
      : '';
  switch (to) {
    case 'INACTIVE': {
      const clients =
        member.activeClientCount > 0
          ? ` Their ${clientCount(member.activeClientCount)} stay assigned to them: reassign them if someone else should see them meanwhile.`
          : '';
      return `${name} can no longer sign in, and every session they have open ends at once.${clients}`;
    }
    case 'ON_HOLD':
      return `${name} ${member.status === 'INACTIVE' ? 'can sign in again, but' : 'can still sign in, but'} only to read their own caseload: they cannot be given clients and are hidden from scheduling and matching.${takesSeat}`;
    case 'ACTIVE':
      return `${name} ${member.status === 'INACTIVE' ? 'can sign in again with' : 'gets back'} the full access of their roles, can be given clients and shows in scheduling and matching.${takesSeat}`;
  }
}

/**
 * The status changes open to a member, by the rules of `explainStatusChange`: none for invited
 * or removed members, and none of one's own (changing oneself could lock one out).
 */
export function statusActions(member: StatusSubject, isSelf: boolean): StatusAction[] {
  return order
    .filter((to) => to !== member.status)
    .flatMap((to) => {
      const decision = explainStatusChange({
        from: member.status,
        to,
        roleCount: member.roleCount,
        reason: 'a reason',
      });
      if (!decision.allowed && decision.refusal.kind === 'NOT_SETTABLE') {
        return [];
      }
      const withoutReason = explainStatusChange({
        from: member.status,
        to,
        roleCount: member.roleCount,
        reason: '',
      });
      const blocker = isSelf
        ? 'You cannot change your own status: ask another admin.'
        : decision.allowed
          ? null
          : decision.refusal.message;
      const actionLabel = label(member.status, to);
      return [
        {
          to,
          label: actionLabel,
          question:
            to === 'ON_HOLD'
              ? `Put ${member.displayName} on hold?`
              : `${actionLabel} ${member.displayName}?`,
          consequence: consequence(member, to),
          reasonRequired:
            !withoutReason.allowed && withoutReason.refusal.kind === 'REASON_REQUIRED',
          destructive: to === 'INACTIVE',
          blocker,
        },
      ];
    });
}

/** What removing a member does, and what it asks of the admin first. */
export function removalConsequence(member: { displayName: string; activeClientCount: number }) {
  const kept =
    'They lose access at once and leave the roster. Their records, sessions and history are kept, and they can be invited again later.';
  return member.activeClientCount > 0
    ? `${member.displayName} has ${clientCount(member.activeClientCount)}: choose who takes them over. ${kept}`
    : `${member.displayName} has no active clients. ${kept}`;
}
