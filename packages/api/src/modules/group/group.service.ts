import { ErrorCode, type GroupKind } from '@caseload/shared';
import { isUUID } from 'class-validator';
import DataLoader from 'dataloader';
import type { SignedInContext, Viewer } from '../../context/request-context';
import { isUniqueViolation } from '../../database/postgres-errors';
import type { TenantScope } from '../../database/tenant-scope';
import { AppError, badUserInput, notFound } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { StaffMember } from '../staff/staff-member.entity';
import { Group } from './group.entity';
import type {
  AddGroupMembersArgs,
  CreateGroupArgs,
  GroupType,
  RemoveGroupMemberArgs,
  RenameGroupArgs,
} from './group.types';
import { GroupMembership } from './group-membership.entity';

const MAX_NAME_LENGTH = 100;
const MAX_MEMBERS_PER_CALL = 200;

/** Members on the roster: REMOVED members keep their memberships but are not counted. */
const MEMBER_COUNT = `(SELECT count(*) FROM group_membership gm
  JOIN staff_member member ON member.id = gm."staffMemberId"
  WHERE gm."groupId" = grp.id AND member.status <> 'REMOVED')::int`;

function selectGroupsWithCounts(scope: TenantScope) {
  return scope
    .select(Group, 'grp')
    .addSelect(MEMBER_COUNT, 'memberCount')
    .orderBy('grp.kind')
    .addOrderBy('lower(grp.name)')
    .addOrderBy('grp.id');
}

async function groupsWithCounts(
  query: ReturnType<typeof selectGroupsWithCounts>,
): Promise<GroupType[]> {
  const { entities, raw } = await query.getRawAndEntities<{ memberCount: number }>();
  return entities.map((group, index) => ({ ...group, memberCount: raw[index]?.memberCount ?? 0 }));
}

export function listGroups(ctx: SignedInContext, includeArchived: boolean): Promise<GroupType[]> {
  const query = selectGroupsWithCounts(ctx.viewer.scope);
  if (!includeArchived) query.andWhere('grp.archivedAt IS NULL');
  return groupsWithCounts(query);
}

/** One group with its member count; NOT_FOUND alike for a missing id and one of another practice. */
export async function getGroup(scope: TenantScope, id: string): Promise<GroupType> {
  const [group] = isUUID(id)
    ? await groupsWithCounts(selectGroupsWithCounts(scope).andWhere('grp.id = :id', { id }))
    : [];
  if (!group) throw notFound('Group');
  return group;
}

const memberCountLoaders = new WeakMap<Viewer, DataLoader<string, number>>();

/** Member counts of groups reached through other fields (a member's groups): one statement per request. */
export function loadMemberCount(ctx: SignedInContext, groupId: string): Promise<number> {
  let loader = memberCountLoaders.get(ctx.viewer);
  if (!loader) {
    const scope = ctx.viewer.scope;
    loader = new DataLoader<string, number>(async (ids) => {
      const counts = new Map(
        (
          await groupsWithCounts(
            selectGroupsWithCounts(scope).andWhere('grp.id IN (:...ids)', { ids: [...ids] }),
          )
        ).map((group) => [group.id, group.memberCount ?? 0]),
      );
      return ids.map((id) => counts.get(id) ?? 0);
    });
    memberCountLoaders.set(ctx.viewer, loader);
  }
  return loader.load(groupId);
}

function validatedName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw badUserInput('name', 'Give the group a name.');
  if (trimmed.length > MAX_NAME_LENGTH) {
    throw badUserInput('name', `Keep the name to ${MAX_NAME_LENGTH} characters.`);
  }
  return trimmed;
}

const nameTaken = (name: string) =>
  new AppError(ErrorCode.CONFLICT, `A group called “${name}” exists.`, { field: 'name' });

/**
 * Names are unique among the practice's unarchived groups, whatever their kind and case: a
 * roster filter showing two "Intake"s would be ambiguous. The database index (per kind, exact
 * name) backs this up against races.
 */
async function refuseTakenName(scope: TenantScope, name: string, exceptId?: string) {
  const query = scope
    .select(Group, 'grp')
    .andWhere('grp.archivedAt IS NULL AND lower(grp.name) = lower(:name)', { name });
  if (exceptId) query.andWhere('grp.id <> :exceptId', { exceptId });
  if (await query.getExists()) throw nameTaken(name);
}

async function auditGroup(
  scope: TenantScope,
  ctx: SignedInContext,
  action: string,
  target: { type: 'Group' | 'StaffMember'; id: string },
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  await recordAudit(scope.manager, ctx, {
    practiceId: scope.practiceId,
    actorUserId: ctx.viewer.userId,
    actorStaffMemberId: ctx.viewer.staffMemberId,
    action,
    targetType: target.type,
    targetId: target.id,
    changes: { before, after },
  });
}

function uniqueViolationAsConflict(error: unknown, name: string): unknown {
  return isUniqueViolation(error, 'UQ_staff_group_name') ? nameTaken(name) : error;
}

export async function createGroup(ctx: SignedInContext, args: CreateGroupArgs): Promise<GroupType> {
  const name = validatedName(args.name);
  try {
    return await ctx.viewer.scope.transaction(async (scope) => {
      await refuseTakenName(scope, name);
      const group = scope.manager.create(Group, {
        practiceId: scope.practiceId,
        name,
        kind: args.kind,
        archivedAt: null,
      });
      await scope.manager.insert(Group, group);
      await auditGroup(scope, ctx, 'group.created', { type: 'Group', id: group.id }, null, {
        name,
        kind: args.kind,
      });
      return getGroup(scope, group.id);
    });
  } catch (error) {
    throw uniqueViolationAsConflict(error, name);
  }
}

export async function renameGroup(ctx: SignedInContext, args: RenameGroupArgs): Promise<GroupType> {
  const name = validatedName(args.name);
  try {
    return await ctx.viewer.scope.transaction(async (scope) => {
      const before = await getGroup(scope, args.id);
      if (before.name === name) return before;
      // An archived group may keep any name: only unarchived names must be unique.
      if (!before.archivedAt) await refuseTakenName(scope, name, before.id);
      await scope.manager.update(Group, { id: before.id, practiceId: scope.practiceId }, { name });
      await auditGroup(
        scope,
        ctx,
        'group.renamed',
        { type: 'Group', id: before.id },
        { name: before.name },
        { name },
      );
      return getGroup(scope, before.id);
    });
  } catch (error) {
    throw uniqueViolationAsConflict(error, name);
  }
}

/** Hides the group from members and filters; memberships stay, so history still reads right. */
export async function archiveGroup(ctx: SignedInContext, id: string): Promise<GroupType> {
  return ctx.viewer.scope.transaction(async (scope) => {
    const group = await getGroup(scope, id);
    if (group.archivedAt) return group;
    await scope.manager.update(
      Group,
      { id: group.id, practiceId: scope.practiceId },
      { archivedAt: ctx.now },
    );
    await auditGroup(
      scope,
      ctx,
      'group.archived',
      { type: 'Group', id: group.id },
      { archivedAt: null },
      { archivedAt: ctx.now.toISOString() },
    );
    return getGroup(scope, group.id);
  });
}

/** Members of the practice by id: NOT_FOUND for any id that is not one (another practice's alike). */
async function requireMembers(scope: TenantScope, ids: readonly string[]): Promise<StaffMember[]> {
  if (!ids.every((id) => isUUID(id))) throw notFound('Staff member');
  const members = ids.length
    ? await scope
        .select(StaffMember, 'staff')
        .andWhere('staff.id IN (:...ids)', { ids: [...ids] })
        .getMany()
    : [];
  if (members.length !== ids.length) throw notFound('Staff member');
  return members;
}

function groupSummary(group: GroupType) {
  return { id: group.id, name: group.name, kind: group.kind as GroupKind };
}

/** Adds members to a group; those already in it are left alone. REMOVED members are refused. */
export async function addGroupMembers(
  ctx: SignedInContext,
  args: AddGroupMembersArgs,
): Promise<GroupType> {
  const ids = [...new Set(args.staffMemberIds)];
  if (ids.length > MAX_MEMBERS_PER_CALL) {
    throw badUserInput('staffMemberIds', `Add at most ${MAX_MEMBERS_PER_CALL} members at a time.`);
  }
  return ctx.viewer.scope.transaction(async (scope) => {
    const group = await getGroup(scope, args.groupId);
    const members = await requireMembers(scope, ids);
    if (group.archivedAt) {
      throw badUserInput('groupId', 'This group is archived: members cannot be added to it.');
    }
    const removed = members.filter((member) => member.status === 'REMOVED');
    if (removed.length) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Removed members cannot join groups.', {
        field: 'staffMemberIds',
        staffMemberIds: removed.map((member) => member.id),
      });
    }
    if (!members.length) return group;
    const existing = new Set(
      (
        await scope
          .select(GroupMembership, 'membership')
          .andWhere('membership.groupId = :groupId', { groupId: group.id })
          .andWhere('membership.staffMemberId IN (:...ids)', { ids })
          .getMany()
      ).map((membership) => membership.staffMemberId),
    );
    const joining = members.filter((member) => !existing.has(member.id));
    if (!joining.length) return group;
    await scope.manager
      .createQueryBuilder()
      .insert()
      .into(GroupMembership)
      .values(
        joining.map((member) => ({
          groupId: group.id,
          staffMemberId: member.id,
          practiceId: scope.practiceId,
        })),
      )
      .orIgnore()
      .execute();
    for (const member of joining) {
      await auditGroup(
        scope,
        ctx,
        'group.member.added',
        { type: 'StaffMember', id: member.id },
        { group: null },
        { group: groupSummary(group) },
      );
    }
    return getGroup(scope, group.id);
  });
}

/** Takes a member out of a group; a member who is not in it is no error. */
export async function removeGroupMember(
  ctx: SignedInContext,
  args: RemoveGroupMemberArgs,
): Promise<GroupType> {
  return ctx.viewer.scope.transaction(async (scope) => {
    const group = await getGroup(scope, args.groupId);
    const [member] = await requireMembers(scope, [args.staffMemberId]);
    const result = await scope.manager.delete(GroupMembership, {
      groupId: group.id,
      staffMemberId: member?.id,
      practiceId: scope.practiceId,
    });
    if (!result.affected) return group;
    await auditGroup(
      scope,
      ctx,
      'group.member.removed',
      { type: 'StaffMember', id: args.staffMemberId },
      { group: groupSummary(group) },
      { group: null },
    );
    return getGroup(scope, group.id);
  });
}
