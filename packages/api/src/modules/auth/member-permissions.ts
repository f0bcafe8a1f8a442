import { effectivePermissions, type Permission, type StaffStatus } from '@caseload/shared';
import type { EntityManager } from 'typeorm';
import {
  overrideGrantsSql,
  type RawPermissionSubject,
  roleGrantsSql,
  toPermissionSubject,
} from '../permission/permission-subjects';

export interface MemberAccess {
  staffMemberId: string;
  userId: string | null;
  status: StaffStatus;
  /** Their roles' supervision flags, for `explainSupervisionEligibility`. */
  roles: Array<{ roleName: string; canSupervise: boolean; requiresSupervision: boolean }>;
  permissions: ReadonlySet<Permission>;
}

/**
 * A member's roles and effective permissions now, read in one statement; null for an id that is
 * not a member of `practiceId`. Works on any manager, so inside a transaction too.
 */
export async function memberAccess(
  manager: EntityManager,
  practiceId: string,
  staffMemberId: string,
  now: Date,
): Promise<MemberAccess | null> {
  const [row]: Array<
    RawPermissionSubject & { id: string; userId: string | null; supervision: MemberAccess['roles'] }
  > = await manager.query(
    `SELECT m.id, m."userId", m.status,
            ${roleGrantsSql('m')} AS roles, ${overrideGrantsSql('m')} AS overrides,
            (SELECT coalesce(json_agg(json_build_object('roleName', r.name,
                      'canSupervise', r."canSupervise", 'requiresSupervision', r."requiresSupervision")), '[]')
               FROM role_assignment ra JOIN role r ON r.id = ra."roleId"
              WHERE ra."staffMemberId" = m.id) AS supervision
       FROM staff_member m WHERE m.id = $1 AND m."practiceId" = $2`,
    [staffMemberId, practiceId],
  );
  if (!row) return null;
  return {
    staffMemberId: row.id,
    userId: row.userId,
    status: row.status,
    roles: row.supervision,
    permissions: effectivePermissions(toPermissionSubject(row), now),
  };
}
