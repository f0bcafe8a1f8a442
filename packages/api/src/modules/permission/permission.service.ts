import {
  allPermissions,
  ErrorCode,
  explainPermissions,
  isPermission,
  type Permission,
  type PermissionReason,
  permissionCatalog,
  permissionGroups,
  permissionsBeyondAssigner,
  permissionsBeyondGrantor,
} from '@caseload/shared';
import { isUUID } from 'class-validator';
import type { SignedInContext } from '../../context/request-context';
import { AppError, badUserInput, notFound } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { PermissionOverride } from '../role/permission-override.entity';
import { requireStaffMember } from '../staff/staff.service';
import {
  type PermissionCatalogEntryType,
  type PermissionDecisionType,
  type PermissionOverrideType,
  PermissionReasonKind,
  type PermissionReasonType,
  type SetPermissionOverrideArgs,
} from './permission.types';
import { loadPermissionSubjects } from './permission-subjects';

export function permissionCatalogEntries(): PermissionCatalogEntryType[] {
  return allPermissions.map((key) => ({
    key,
    group: permissionGroups[permissionCatalog[key].group],
    description: permissionCatalog[key].description,
    write: permissionCatalog[key].write,
  }));
}

/** Keys of the catalogue, or BAD_USER_INPUT naming the field and the unknown keys. */
export function requirePermissionKeys(field: string, keys: readonly string[]): Permission[] {
  const unknown = keys.filter((key) => !isPermission(key));
  if (unknown.length) {
    throw badUserInput(field, `Not in the permission catalogue: ${unknown.join(', ')}.`);
  }
  return [...new Set(keys as Permission[])];
}

/**
 * A member cannot hand out a permission they do not hold themselves; when only assigning existing
 * roles, clinical-note keys are exempt (`permissionsBeyondAssigner`).
 */
export function refuseBeyondGrantor(
  ctx: SignedInContext,
  keys: Iterable<Permission>,
  grant: 'DEFINE' | 'ASSIGN' = 'DEFINE',
): void {
  const beyond = grant === 'ASSIGN' ? permissionsBeyondAssigner : permissionsBeyondGrantor;
  const missing = beyond(ctx.viewer.permissions, keys);
  if (missing.length) {
    throw new AppError(
      ErrorCode.FORBIDDEN,
      `You cannot grant permissions you do not hold: ${missing.join(', ')}.`,
      { permissions: missing },
    );
  }
}

function reasonType(reason: PermissionReason): PermissionReasonType {
  const empty = {
    roleId: null,
    roleName: null,
    overrideId: null,
    effect: null,
    reason: null,
    expiresAt: null,
    grantedByName: null,
    status: null,
  };
  switch (reason.kind) {
    case 'ROLE':
      return {
        ...empty,
        kind: PermissionReasonKind.ROLE,
        summary: `role ${reason.roleName}`,
        roleId: reason.roleId,
        roleName: reason.roleName,
      };
    case 'OVERRIDE': {
      const by = reason.grantedBy ? ` by ${reason.grantedBy.name}` : '';
      const until = reason.expiresAt ? ` until ${reason.expiresAt.toISOString()}` : '';
      return {
        ...empty,
        kind: PermissionReasonKind.OVERRIDE,
        summary: `${reason.effect} override${by}${until}: ${reason.reason}`,
        overrideId: reason.overrideId,
        effect: reason.effect,
        reason: reason.reason,
        expiresAt: reason.expiresAt,
        grantedByName: reason.grantedBy?.name ?? null,
      };
    }
    case 'STATUS':
      return {
        ...empty,
        kind: PermissionReasonKind.STATUS,
        summary: reason.explanation,
        status: reason.status,
      };
  }
}

/** Every key of the catalogue for one member: granted or not, and why. */
export async function explainMemberPermissions(
  ctx: SignedInContext,
  staffMemberId: string,
): Promise<PermissionDecisionType[]> {
  const subjects = isUUID(staffMemberId)
    ? await loadPermissionSubjects(ctx.viewer.scope, { staffMemberIds: [staffMemberId] })
    : new Map();
  const subject = subjects.get(staffMemberId);
  if (!subject) throw notFound('Staff member');
  return explainPermissions(subject, ctx.now).map((decision) => ({
    permission: decision.permission,
    group: permissionGroups[permissionCatalog[decision.permission].group],
    description: permissionCatalog[decision.permission].description,
    granted: decision.granted,
    reasons: decision.reasons.map(reasonType),
  }));
}

/** Every override of the member, expired ones included (they show as expired), by permission. */
export async function listPermissionOverrides(
  ctx: SignedInContext,
  staffMemberId: string,
): Promise<PermissionOverrideType[]> {
  const member = await requireStaffMember(ctx.viewer.scope, staffMemberId);
  return ctx.viewer.scope
    .select(PermissionOverride, 'override')
    .andWhere('override.staffMemberId = :id', { id: member.id })
    .orderBy('override.permission')
    .getMany();
}

/** Sets (or replaces) the member's override of one permission. */
export async function setPermissionOverride(
  ctx: SignedInContext,
  args: SetPermissionOverrideArgs,
): Promise<PermissionOverrideType> {
  const [permission] = requirePermissionKeys('permission', [args.permission]);
  const reason = args.reason.trim();
  if (!reason) throw badUserInput('reason', 'Say why the override is needed.');
  if (args.expiresAt && args.expiresAt.getTime() <= ctx.now.getTime()) {
    throw badUserInput('expiresAt', 'The expiry must be in the future.');
  }
  if (args.effect === 'ALLOW') refuseBeyondGrantor(ctx, [permission as Permission]);

  return ctx.viewer.scope.transaction(async (scope) => {
    const member = await requireStaffMember(scope, args.staffMemberId);
    if (member.id === ctx.viewer.staffMemberId) {
      throw new AppError(ErrorCode.FORBIDDEN, 'You cannot change your own permissions.');
    }
    const before = await scope
      .select(PermissionOverride, 'override')
      .andWhere('override.staffMemberId = :id AND override.permission = :permission', {
        id: member.id,
        permission,
      })
      .getOne();
    const values = {
      practiceId: scope.practiceId,
      staffMemberId: member.id,
      permission: permission as Permission,
      effect: args.effect,
      reason,
      expiresAt: args.expiresAt ?? null,
      grantedById: ctx.viewer.staffMemberId,
    };
    const saved = before
      ? scope.manager.merge(PermissionOverride, before, values)
      : scope.manager.create(PermissionOverride, values);
    await scope.manager.save(saved);
    await recordAudit(scope.manager, ctx, {
      practiceId: scope.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'permission_override.set',
      targetType: 'StaffMember',
      targetId: member.id,
      changes: {
        before: before ? overrideAudit(before) : null,
        after: overrideAudit(saved),
      },
    });
    return saved;
  });
}

export async function removePermissionOverride(
  ctx: SignedInContext,
  overrideId: string,
): Promise<boolean> {
  return ctx.viewer.scope.transaction(async (scope) => {
    const override = isUUID(overrideId)
      ? await scope
          .select(PermissionOverride, 'override')
          .andWhere('override.id = :overrideId', { overrideId })
          .getOne()
      : null;
    if (!override) throw notFound('Permission override');
    if (override.staffMemberId === ctx.viewer.staffMemberId) {
      throw new AppError(ErrorCode.FORBIDDEN, 'You cannot change your own permissions.');
    }
    await scope.manager.delete(PermissionOverride, { id: override.id });
    await recordAudit(scope.manager, ctx, {
      practiceId: scope.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'permission_override.removed',
      targetType: 'StaffMember',
      targetId: override.staffMemberId,
      changes: { before: overrideAudit(override), after: null },
    });
    return true;
  });
}

function overrideAudit(override: PermissionOverride): Record<string, unknown> {
  return {
    permission: override.permission,
    effect: override.effect,
    reason: override.reason,
    expiresAt: override.expiresAt?.toISOString() ?? null,
  };
}
