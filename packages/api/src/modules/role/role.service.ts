import {
  allPermissions,
  assignmentImpact,
  ErrorCode,
  type Permission,
  type RoleGrant,
  roleImpact,
} from '@caseload/shared';
import { isUUID } from 'class-validator';
import type { SignedInContext } from '../../context/request-context';
import { isUniqueViolation } from '../../database/postgres-errors';
import type { TenantScope } from '../../database/tenant-scope';
import { AppError, badUserInput, notFound } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { refuseBeyondGrantor, requirePermissionKeys } from '../permission/permission.service';
import type { MemberPermissionChangeType } from '../permission/permission.types';
import { loadPermissionSubjects } from '../permission/permission-subjects';
import {
  OWNER_TEMPLATE,
  refuseLosingLastOwner,
  refuseOverPlanLimit,
  updateStatus,
} from '../staff/membership-guards';
import { findStaffByIds, requireStaffMember, type StaffRecord } from '../staff/staff.service';
import { StaffMember } from '../staff/staff-member.entity';
import { Role } from './role.entity';
import type {
  AssignRolesArgs,
  PreviewRoleChangeArgs,
  RoleInput,
  RoleType,
  UpdateRoleArgs,
} from './role.types';
import { RoleAssignment } from './role-assignment.entity';

function inCatalogueOrder(permissions: readonly string[]): Permission[] {
  return allPermissions.filter((permission) => permissions.includes(permission));
}

function roleType(role: Role, memberCount: number): RoleType {
  return { ...role, permissions: inCatalogueOrder(role.permissions), memberCount };
}

function selectRolesWithCounts(scope: TenantScope) {
  return scope
    .select(Role, 'role')
    .addSelect(
      '(SELECT count(*) FROM role_assignment ra WHERE ra."roleId" = role.id)::int',
      'memberCount',
    )
    .orderBy('role.name');
}

async function rolesWithCounts(
  query: ReturnType<typeof selectRolesWithCounts>,
): Promise<RoleType[]> {
  const { entities, raw } = await query.getRawAndEntities<{ memberCount: number }>();
  return entities.map((role, index) => roleType(role, raw[index]?.memberCount ?? 0));
}

export function listRoles(ctx: SignedInContext, includeArchived: boolean): Promise<RoleType[]> {
  const query = selectRolesWithCounts(ctx.viewer.scope);
  if (!includeArchived) query.andWhere('role.archivedAt IS NULL');
  return rolesWithCounts(query);
}

export async function getRole(scope: TenantScope, id: string): Promise<RoleType> {
  const [role] = isUUID(id)
    ? await rolesWithCounts(selectRolesWithCounts(scope).andWhere('role.id = :id', { id }))
    : [];
  if (!role) throw notFound('Role');
  return role;
}

function validatedRoleInput(input: RoleInput) {
  const name = input.name.trim();
  if (!name) throw badUserInput('name', 'Give the role a name.');
  if (name.length > 80) throw badUserInput('name', 'Keep the name to 80 characters.');
  return {
    name,
    description: input.description.trim(),
    permissions: inCatalogueOrder(requirePermissionKeys('permissions', input.permissions)),
    requiresSupervision: input.requiresSupervision,
    canSupervise: input.canSupervise,
    billingModifier: input.billingModifier ?? null,
  };
}

const nameTaken = () =>
  new AppError(ErrorCode.CONFLICT, 'A role with this name exists.', { field: 'name' });

export async function createRole(ctx: SignedInContext, input: RoleInput): Promise<RoleType> {
  const values = validatedRoleInput(input);
  refuseBeyondGrantor(ctx, values.permissions);
  try {
    return await ctx.viewer.scope.transaction(async (scope) => {
      const role = scope.manager.create(Role, {
        ...values,
        practiceId: scope.practiceId,
        templateKey: null,
        archivedAt: null,
      });
      await scope.manager.insert(Role, role);
      await auditRole(scope, ctx, 'role.created', role.id, null, values);
      return getRole(scope, role.id);
    });
  } catch (error) {
    throw isUniqueViolation(error, 'UQ_role_name_per_practice') ? nameTaken() : error;
  }
}

const staleRole = (currentVersion: number) =>
  new AppError(
    ErrorCode.CONFLICT,
    'Someone else changed this role since you opened it. Reload and try again.',
    { field: 'expectedVersion', currentVersion },
  );

export async function updateRole(ctx: SignedInContext, args: UpdateRoleArgs): Promise<RoleType> {
  const values = validatedRoleInput(args.input);
  try {
    return await ctx.viewer.scope.transaction(async (scope) => {
      const before = await getRole(scope, args.id);
      if (before.version !== args.expectedVersion) throw staleRole(before.version);
      if (
        before.templateKey === OWNER_TEMPLATE &&
        values.permissions.length !== allPermissions.length
      ) {
        throw badUserInput('permissions', 'The Owner role always holds every permission.');
      }
      // Neither adding nor taking away a key one does not hold: both change others' access to it.
      const changed = allPermissions.filter(
        (key) => before.permissions.includes(key) !== values.permissions.includes(key),
      );
      refuseBeyondGrantor(ctx, changed);
      const result = await scope.manager
        .createQueryBuilder()
        .update(Role)
        .set(values)
        .where('id = :id AND "practiceId" = :practiceId AND version = :version', {
          id: before.id,
          practiceId: scope.practiceId,
          version: args.expectedVersion,
        })
        .execute();
      // Someone saved between the read above and this write.
      if (result.affected !== 1) throw staleRole(before.version + 1);
      await auditRole(scope, ctx, 'role.updated', before.id, before, values);
      return getRole(scope, before.id);
    });
  } catch (error) {
    throw isUniqueViolation(error, 'UQ_role_name_per_practice') ? nameTaken() : error;
  }
}

export async function archiveRole(ctx: SignedInContext, id: string): Promise<RoleType> {
  return ctx.viewer.scope.transaction(async (scope) => {
    const role = await getRole(scope, id);
    if (role.templateKey === OWNER_TEMPLATE) {
      throw new AppError(ErrorCode.LAST_OWNER, 'The Owner role cannot be archived.');
    }
    if (role.memberCount > 0) {
      throw new AppError(
        ErrorCode.CONFLICT,
        `The role is assigned to ${role.memberCount} member(s): take it from them first.`,
        { memberCount: role.memberCount },
      );
    }
    if (!role.archivedAt) {
      await scope.manager.update(Role, { id: role.id }, { archivedAt: ctx.now });
      await auditRole(
        scope,
        ctx,
        'role.archived',
        role.id,
        { archivedAt: null },
        {
          archivedAt: ctx.now.toISOString(),
        },
      );
    }
    return getRole(scope, role.id);
  });
}

async function auditRole(
  scope: TenantScope,
  ctx: SignedInContext,
  action: string,
  roleId: string,
  before: object | null,
  after: object | null,
) {
  await recordAudit(scope.manager, ctx, {
    practiceId: scope.practiceId,
    actorUserId: ctx.viewer.userId,
    actorStaffMemberId: ctx.viewer.staffMemberId,
    action,
    targetType: 'Role',
    targetId: roleId,
    changes: {
      before: before as Record<string, unknown> | null,
      after: after as Record<string, unknown> | null,
    },
  });
}

/** Unarchived roles of the practice by id; BAD_USER_INPUT for any other id. */
async function requireAssignableRoles(scope: TenantScope, roleIds: readonly string[]) {
  const ids = [...new Set(roleIds)];
  const roles =
    ids.every((id) => isUUID(id)) && ids.length
      ? await scope
          .select(Role, 'role')
          .andWhere('role.id IN (:...ids) AND role.archivedAt IS NULL', { ids })
          .getMany()
      : [];
  if (roles.length !== ids.length) {
    throw badUserInput('roleIds', 'Every role must be an active role of this practice.');
  }
  return roles;
}

interface AssignmentPlan {
  member: StaffMember;
  roles: Role[];
  impact: ReturnType<typeof assignmentImpact>;
}

async function planAssignment(
  scope: TenantScope,
  ctx: SignedInContext,
  args: AssignRolesArgs,
): Promise<AssignmentPlan> {
  const member = await requireStaffMember(scope, args.staffMemberId);
  const roles = await requireAssignableRoles(scope, args.roleIds);
  const subject = (await loadPermissionSubjects(scope, { staffMemberIds: [member.id] })).get(
    member.id,
  );
  if (!subject) throw notFound('Staff member');
  const newGrants: RoleGrant[] = roles.map((role) => ({
    roleId: role.id,
    roleName: role.name,
    permissions: role.permissions,
  }));
  return { member, roles, impact: assignmentImpact(subject, newGrants, ctx.now) };
}

/** Replaces the member's roles: the rules of seed 002, the last-owner rule and the plan limit. */
export async function assignRoles(
  ctx: SignedInContext,
  args: AssignRolesArgs,
): Promise<StaffRecord> {
  return ctx.viewer.scope.transaction(async (scope) => {
    const { member, roles, impact } = await planAssignment(scope, ctx, args);
    const current = await scope
      .select(RoleAssignment, 'assignment')
      .andWhere('assignment.staffMemberId = :id', { id: member.id })
      .getMany();
    const currentIds = new Set(current.map((assignment) => assignment.roleId));
    refuseBeyondGrantor(
      ctx,
      roles.filter((role) => !currentIds.has(role.id)).flatMap((role) => role.permissions),
      'ASSIGN',
    );
    await refuseLosingLastOwner(scope, member, {
      keepsOwnerRole: roles.some((role) => role.templateKey === OWNER_TEMPLATE),
      statusAfter: impact.statusAfter.status,
    });
    if (impact.statusAfter.status === 'ACTIVE' && member.status !== 'ACTIVE') {
      await refuseOverPlanLimit(scope, member);
    }

    await scope.manager.delete(RoleAssignment, { staffMemberId: member.id });
    if (roles.length) {
      await scope.manager.insert(
        RoleAssignment,
        roles.map((role) => ({
          practiceId: scope.practiceId,
          staffMemberId: member.id,
          roleId: role.id,
          assignedById: ctx.viewer.staffMemberId,
        })),
      );
    }
    if (impact.statusAfter.status !== member.status) {
      const reason =
        impact.statusAfter.status === 'INACTIVE' ? 'Last role removed' : 'Role assigned';
      await updateStatus(scope, ctx, member, impact.statusAfter.status, reason);
    }
    await recordAudit(scope.manager, ctx, {
      practiceId: scope.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'roles.assigned',
      targetType: 'StaffMember',
      targetId: member.id,
      changes: {
        before: { roles: await roleNames(scope, [...currentIds]), status: member.status },
        after: { roles: roles.map((role) => role.name).sort(), status: impact.statusAfter.status },
      },
    });
    const [record] = await findStaffByIds(scope, [member.id]);
    return record as StaffRecord;
  });
}

async function roleNames(scope: TenantScope, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const roles = await scope
    .select(Role, 'role')
    .andWhere('role.id IN (:...ids)', { ids })
    .getMany();
  return roles.map((role) => role.name).sort();
}

export async function previewRoleChange(
  ctx: SignedInContext,
  args: PreviewRoleChangeArgs,
): Promise<MemberPermissionChangeType[]> {
  const scope = ctx.viewer.scope;
  const role = await getRole(scope, args.roleId);
  const permissions = requirePermissionKeys('permissions', args.permissions);
  const subjects = await loadPermissionSubjects(scope, { roleId: role.id });
  const changes = roleImpact(
    [...subjects].map(([staffMemberId, subject]) => ({ staffMemberId, subject })),
    { roleId: role.id, permissions },
    ctx.now,
  );
  if (!changes.length) return [];
  const members = new Map(
    (
      await findStaffByIds(
        scope,
        changes.map((change) => change.staffMemberId),
      )
    ).map((record) => [record.id, record]),
  );
  return changes.map((change) => {
    const staffMember = members.get(change.staffMemberId) as StaffRecord;
    return { ...change, staffMember, statusAfter: staffMember.status };
  });
}

export async function previewRoleAssignment(
  ctx: SignedInContext,
  args: AssignRolesArgs,
): Promise<MemberPermissionChangeType> {
  const { member, impact } = await planAssignment(ctx.viewer.scope, ctx, args);
  const [staffMember] = await findStaffByIds(ctx.viewer.scope, [member.id]);
  return {
    staffMember: staffMember as StaffRecord,
    gained: impact.gained,
    lost: impact.lost,
    statusAfter: impact.statusAfter.status,
  };
}
