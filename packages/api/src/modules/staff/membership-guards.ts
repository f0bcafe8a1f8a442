import {
  countsTowardPlanLimit,
  ErrorCode,
  explainOwnerRemoval,
  explainPlanLimit,
  type StaffStatus,
} from '@caseload/shared';
import { IsNull } from 'typeorm';
import type { SignedInContext } from '../../context/request-context';
import type { TenantScope } from '../../database/tenant-scope';
import { AppError } from '../../errors/app-error';
import { AuthSession } from '../auth/auth-session.entity';
import { Practice } from '../practice/practice.entity';
import { Role } from '../role/role.entity';
import { RoleAssignment } from '../role/role-assignment.entity';
import { StaffMember } from './staff-member.entity';

/** The template whose holders the last-owner rule protects. */
export const OWNER_TEMPLATE = 'owner';

/**
 * The practice always keeps an ACTIVE member holding the Owner role: refused with LAST_OWNER
 * when this member is the last and would lose the role or stop being ACTIVE.
 */
export async function refuseLosingLastOwner(
  scope: TenantScope,
  member: StaffMember,
  after: { keepsOwnerRole: boolean; statusAfter: StaffStatus },
): Promise<void> {
  if (after.keepsOwnerRole && after.statusAfter === 'ACTIVE') return;
  const activeOwners: Array<{ id: string }> = await scope
    .select(StaffMember, 'member')
    .select('member.id', 'id')
    .innerJoin(RoleAssignment, 'assignment', 'assignment.staffMemberId = member.id')
    .innerJoin(Role, 'role', 'role.id = assignment.roleId')
    .andWhere(`member.status = 'ACTIVE' AND role.templateKey = :owner`, { owner: OWNER_TEMPLATE })
    .getRawMany();
  const decision = explainOwnerRemoval({
    activeOwnerIds: activeOwners.map((owner) => owner.id),
    memberId: member.id,
    loss: after.keepsOwnerRole ? 'LEAVE_ACTIVE_STATUS' : 'LOSE_OWNER_ROLE',
  });
  if (!decision.allowed) throw new AppError(ErrorCode.LAST_OWNER, decision.message);
}

/** PLAN_LIMIT when the member would take the practice over its plan's practitioner limit. */
export async function refuseOverPlanLimit(scope: TenantScope, member: StaffMember): Promise<void> {
  const practice = await scope.manager.findOneByOrFail(Practice, { id: scope.practiceId });
  const others = await scope
    .select(StaffMember, 'member')
    .andWhere('member.id <> :id', { id: member.id })
    .getMany();
  const decision = explainPlanLimit({
    plan: practice.plan,
    practitionerCountExcludingStudents: others.filter(countsTowardPlanLimit).length,
    addingKind: member.kind,
  });
  if (!decision.allowed) throw new AppError(ErrorCode.PLAN_LIMIT, decision.message);
}

/** Sets the status; INACTIVE and REMOVED end the member's sessions in this practice at once. */
export async function updateStatus(
  scope: TenantScope,
  ctx: SignedInContext,
  member: StaffMember,
  status: StaffStatus,
  reason: string,
): Promise<void> {
  await scope.manager.update(
    StaffMember,
    { id: member.id },
    { status, statusReason: reason, statusChangedAt: ctx.now, version: member.version + 1 },
  );
  if ((status === 'INACTIVE' || status === 'REMOVED') && member.userId) {
    await scope.manager.update(
      AuthSession,
      { userId: member.userId, activePracticeId: scope.practiceId, revokedAt: IsNull() },
      { revokedAt: ctx.now },
    );
  }
}
