import {
  ErrorCode,
  effectivePermissions,
  explainStatusChange,
  explainSupervisionEligibility,
  type StaffStatus,
  wouldCreateSupervisionCycle,
} from '@caseload/shared';
import { isUUID } from 'class-validator';
import type { SignedInContext } from '../../context/request-context';
import type { TenantScope } from '../../database/tenant-scope';
import { AppError, badUserInput } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { Client } from '../client/client.entity';
import { moveLockedClients } from '../client/client-assignment.service';
import { loadPermissionSubjects } from '../permission/permission-subjects';
import { Practice } from '../practice/practice.entity';
import { Role } from '../role/role.entity';
import { RoleAssignment } from '../role/role-assignment.entity';
import {
  OWNER_TEMPLATE,
  refuseLosingLastOwner,
  refuseOverPlanLimit,
  updateStatus,
} from './membership-guards';
import { findStaffByIds, type StaffRecord } from './staff.service';
import { StaffMember } from './staff-member.entity';

async function lockMember(scope: TenantScope, id: string): Promise<StaffMember> {
  const member = isUUID(id)
    ? await scope
        .select(StaffMember, 'member')
        .andWhere('member.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne()
    : null;
  if (!member) throw new AppError(ErrorCode.NOT_FOUND, 'Staff member not found.');
  return member;
}

async function roleFacts(
  scope: TenantScope,
  memberId: string,
): Promise<{ roleCount: number; owner: boolean }> {
  const roles = await scope
    .select(RoleAssignment, 'assignment')
    .innerJoinAndMapOne('assignment.role', Role, 'role', 'role.id = assignment.roleId')
    .andWhere('assignment.staffMemberId = :memberId', { memberId })
    .getMany();
  return {
    roleCount: roles.length,
    owner: roles.some((assignment) => assignment.role?.templateKey === OWNER_TEMPLATE),
  };
}

async function auditStaffChange(
  scope: TenantScope,
  ctx: SignedInContext,
  action: string,
  targetId: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Promise<void> {
  await recordAudit(scope.manager, ctx, {
    practiceId: scope.practiceId,
    actorUserId: ctx.viewer.userId,
    actorStaffMemberId: ctx.viewer.staffMemberId,
    action,
    targetType: 'StaffMember',
    targetId,
    changes: { before, after },
  });
}

/** Puts a member on hold, deactivates or reactivates them, by the rules of `explainStatusChange`. */
export async function setStaffStatus(
  ctx: SignedInContext,
  args: { staffMemberId: string; status: StaffStatus; reason: string },
): Promise<StaffRecord> {
  return ctx.viewer.scope.transaction(async (scope) => {
    const member = await lockMember(scope, args.staffMemberId);
    const { roleCount, owner } = await roleFacts(scope, member.id);
    const decision = explainStatusChange({
      from: member.status,
      to: args.status,
      roleCount,
      reason: args.reason,
    });
    if (!decision.allowed) {
      const field = decision.refusal.kind === 'REASON_REQUIRED' ? 'reason' : 'status';
      throw badUserInput(field, decision.refusal.message);
    }
    if (owner)
      await refuseLosingLastOwner(scope, member, {
        keepsOwnerRole: true,
        statusAfter: args.status,
      });
    if (decision.countsTowardPlan) await refuseOverPlanLimit(scope, member);
    const reason = args.reason.trim();
    await updateStatus(scope, ctx, member, args.status, reason);
    await auditStaffChange(
      scope,
      ctx,
      'staff.status.changed',
      member.id,
      { status: member.status },
      { status: args.status, reason },
    );
    const [updated] = await findStaffByIds(scope, [member.id]);
    return updated as StaffRecord;
  });
}

/**
 * Removes a member from the roster, keeping all their data. Refused with HAS_ACTIVE_CLIENTS while
 * they still carry active clients, unless `reassignTo` takes every one of them over in the same
 * transaction. The member's row is locked first, so a reassignment racing towards them waits
 * and then finds them gone.
 */
export async function removeStaffMember(
  ctx: SignedInContext,
  args: { staffMemberId: string; reassignTo?: string | null; reason: string },
): Promise<StaffRecord> {
  const reason = args.reason.trim();
  if (!reason) throw badUserInput('reason', 'Say why the member leaves the roster.');
  return ctx.viewer.scope.transaction(async (scope) => {
    const member = await lockMember(scope, args.staffMemberId);
    if (member.status === 'REMOVED')
      throw badUserInput('staffMemberId', 'The member is already removed.');
    if (member.id === ctx.viewer.staffMemberId) {
      throw new AppError(ErrorCode.FORBIDDEN, 'You cannot remove yourself.');
    }
    const { owner } = await roleFacts(scope, member.id);
    if (owner)
      await refuseLosingLastOwner(scope, member, { keepsOwnerRole: false, statusAfter: 'REMOVED' });

    const clients = await scope
      .select(Client, 'client')
      .andWhere(`client.therapistId = :id AND client.status = 'ACTIVE'`, { id: member.id })
      .setLock('pessimistic_write')
      .getMany();
    if (clients.length && !args.reassignTo) {
      throw new AppError(
        ErrorCode.HAS_ACTIVE_CLIENTS,
        `${member.firstName} ${member.lastName} still has ${clients.length} active client(s): name who takes them over.`,
        { activeClientCount: clients.length },
      );
    }
    if (clients.length && args.reassignTo) {
      const target =
        args.reassignTo === member.id ? null : await lockTarget(scope, args.reassignTo);
      if (!target)
        throw badUserInput('reassignTo', 'Reassign to an active therapist of this practice.');
      const handOver = `${member.firstName} ${member.lastName} left the practice: ${reason}`;
      await moveLockedClients(
        scope,
        ctx,
        clients.map((client) => ({ client, toTherapistId: target.id })),
        handOver,
      );
    }
    await updateStatus(scope, ctx, member, 'REMOVED', reason);
    await auditStaffChange(
      scope,
      ctx,
      'staff.removed',
      member.id,
      { status: member.status },
      {
        status: 'REMOVED',
        reason,
        clientsReassigned: clients.length,
        reassignTo: args.reassignTo ?? null,
      },
    );
    const [updated] = await findStaffByIds(scope, [member.id]);
    return updated as StaffRecord;
  });
}

async function lockTarget(scope: TenantScope, id: string): Promise<StaffMember | null> {
  if (!isUUID(id)) return null;
  return scope
    .select(StaffMember, 'member')
    .andWhere(`member.id = :id AND member.status = 'ACTIVE'`, { id })
    .andWhere(`member.kind IN ('THERAPIST', 'STUDENT_THERAPIST')`)
    .setLock('pessimistic_read')
    .getOne();
}

/** Names (or clears) a member's supervisor: someone who may supervise, never oneself, never a cycle. */
export async function setSupervisor(
  ctx: SignedInContext,
  args: { superviseeId: string; supervisorId?: string | null },
): Promise<StaffRecord> {
  return ctx.viewer.scope.transaction(async (scope) => {
    const supervisee = await lockMember(scope, args.superviseeId);
    const supervisorId = args.supervisorId ?? null;
    if (supervisorId) {
      const supervisor = isUUID(supervisorId)
        ? await scope
            .select(StaffMember, 'member')
            .andWhere('member.id = :id', { id: supervisorId })
            .getOne()
        : null;
      if (!supervisor) throw badUserInput('supervisorId', 'No such member in this practice.');
      const links: Array<{ id: string; supervisorId: string | null }> = await scope
        .select(StaffMember, 'member')
        .select(['member.id AS id', 'member.supervisorId AS "supervisorId"'])
        .getRawMany();
      const supervisorOf = new Map(links.map((link) => [link.id, link.supervisorId]));
      const cycle = wouldCreateSupervisionCycle(
        supervisee.id,
        supervisorId,
        (id) => supervisorOf.get(id) ?? null,
      );
      if (cycle) {
        throw badUserInput(
          'supervisorId',
          cycle.kind === 'SELF_SUPERVISION'
            ? 'A member cannot supervise themselves.'
            : 'That would make a supervision loop.',
        );
      }
      const subject = (
        await loadPermissionSubjects(scope, { staffMemberIds: [supervisor.id] })
      ).get(supervisor.id);
      const roles = await scope
        .select(RoleAssignment, 'assignment')
        .innerJoinAndMapOne('assignment.role', Role, 'role', 'role.id = assignment.roleId')
        .andWhere('assignment.staffMemberId = :id', { id: supervisor.id })
        .getMany();
      const practice = await scope.manager.findOneByOrFail(Practice, { id: scope.practiceId });
      const eligibility = explainSupervisionEligibility({
        practiceSupervisionEnabled: practice.supervisionEnabled,
        supervisorStatus: supervisor.status,
        supervisorRoles: roles.map((assignment) => ({
          roleName: assignment.role?.name ?? '',
          canSupervise: assignment.role?.canSupervise ?? false,
        })),
        supervisorPermissions: subject ? effectivePermissions(subject, ctx.now) : new Set(),
      });
      if (!eligibility.eligible) {
        throw badUserInput(
          'supervisorId',
          `${supervisor.firstName} ${supervisor.lastName} cannot supervise: ${eligibility.refusals
            .map((refusal) => refusal.kind.toLowerCase().replaceAll('_', ' '))
            .join(', ')}.`,
        );
      }
    }
    await scope.manager.update(
      StaffMember,
      { id: supervisee.id },
      { supervisorId, version: supervisee.version + 1 },
    );
    await auditStaffChange(
      scope,
      ctx,
      'staff.supervisor.changed',
      supervisee.id,
      { supervisorId: supervisee.supervisorId },
      { supervisorId },
    );
    const [updated] = await findStaffByIds(scope, [supervisee.id]);
    return updated as StaffRecord;
  });
}
