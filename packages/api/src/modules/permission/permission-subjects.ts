import type {
  PermissionOverrideGrant,
  PermissionSubject,
  RoleGrant,
  StaffStatus,
} from '@caseload/shared';
import type { TenantScope } from '../../database/tenant-scope';
import { StaffMember } from '../staff/staff-member.entity';

/**
 * JSON array of the member's roles as RoleGrants, with whether each may supervise;
 * `member` is the staff_member alias.
 */
export function roleGrantsSql(member: string): string {
  return `(SELECT coalesce(json_agg(json_build_object(
             'roleId', r.id, 'roleName', r.name, 'permissions', r.permissions,
             'canSupervise', r."canSupervise") ORDER BY r.name), '[]')
             FROM role_assignment ra JOIN role r ON r.id = ra."roleId"
            WHERE ra."staffMemberId" = ${member}.id)`;
}

/** JSON array of the member's overrides (expired ones too: the resolver ignores them). */
export function overrideGrantsSql(member: string): string {
  return `(SELECT coalesce(json_agg(json_build_object(
             'overrideId', o.id, 'permission', o.permission, 'effect', o.effect, 'reason', o.reason,
             'expiresAt', o."expiresAt",
             'grantedBy', CASE WHEN g.id IS NULL THEN NULL ELSE json_build_object(
               'staffMemberId', g.id, 'name', g."firstName" || ' ' || g."lastName") END)
             ORDER BY o.permission), '[]')
             FROM permission_override o LEFT JOIN staff_member g ON g.id = o."grantedById"
            WHERE o."staffMemberId" = ${member}.id)`;
}

export interface RawPermissionSubject {
  status: StaffStatus;
  roles: Array<RoleGrant & { canSupervise: boolean }>;
  overrides: Array<Omit<PermissionOverrideGrant, 'expiresAt'> & { expiresAt: string | null }>;
}

/** JSON carries dates as strings; the resolver compares Dates. */
export function toPermissionSubject(raw: RawPermissionSubject): PermissionSubject {
  return {
    status: raw.status,
    roles: raw.roles,
    overrides: raw.overrides.map((override) => ({
      ...override,
      expiresAt: override.expiresAt ? new Date(override.expiresAt) : null,
    })),
  };
}

/** What each member's permissions are computed from, for many members in one statement. */
export async function loadPermissionSubjects(
  scope: TenantScope,
  filter: { staffMemberIds: readonly string[] } | { roleId: string },
): Promise<Map<string, PermissionSubject>> {
  const query = scope
    .select(StaffMember, 'member')
    .select('member.id', 'staffMemberId')
    .addSelect('member.status', 'status')
    .addSelect(roleGrantsSql('member'), 'roles')
    .addSelect(overrideGrantsSql('member'), 'overrides');
  if ('roleId' in filter) {
    query.andWhere(
      'member.id IN (SELECT "staffMemberId" FROM role_assignment WHERE "roleId" = :roleId)',
      { roleId: filter.roleId },
    );
  } else {
    query.andWhere('member.id IN (:...ids)', { ids: filter.staffMemberIds });
  }
  const rows: Array<RawPermissionSubject & { staffMemberId: string }> = await query.getRawMany();
  return new Map(rows.map((row) => [row.staffMemberId, toPermissionSubject(row)]));
}
