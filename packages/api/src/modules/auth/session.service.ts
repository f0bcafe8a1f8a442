import {
  effectivePermissions,
  type Permission,
  type StaffKind,
  type StaffStatus,
} from '@caseload/shared';
import type { Viewer } from '../../context/request-context';
import { createRequestLoaders } from '../../context/request-loaders';
import { enterTenantSql, type RequestConnection } from '../../database/request-connection';
import { TenantScope } from '../../database/tenant-scope';
import { clientReadScopeOf } from '../client/client-read-scope';
import { type RawPermissionSubject, toPermissionSubject } from '../permission/permission-subjects';
import { AuthSession } from './auth-session.entity';
import { hashToken } from './session-token';

/** Sessions end 12 hours after sign-in whatever the activity (SPEC "Sign-in and accounts"). */
export const SESSION_LIFETIME_MS = 12 * 3_600_000;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** Member statuses that can sign in (ON_HOLD is read-only, enforced by its permissions). */
export const signInStatuses: readonly StaffStatus[] = ['ACTIVE', 'ON_HOLD'];

interface SessionRow extends RawPermissionSubject {
  sessionId: string;
  userId: string;
  email: string;
  mustChangePassword: boolean;
  mfaEnabled: boolean;
  mfaEnrollmentRequired: boolean;
  lastSeenAt: Date;
  idleSignOutMinutes: number;
  staffMemberId: string;
  practiceId: string;
  kind: StaffKind;
  supervisionEnabled: boolean;
  /** Members this one supervises who can still sign in (ACTIVE or ON_HOLD). */
  superviseeIds: string[];
}

/**
 * The signed-in member behind a session token, with their effective permissions in the practice
 * the session acts for, read in one statement; null when the token is unknown, revoked, expired,
 * idle too long, still owes a second factor, or the membership no longer allows signing in.
 * A valid session also switches the request's connection into the practice's row-level security.
 */
export async function authenticate(
  connection: RequestConnection,
  token: string,
  now: Date,
): Promise<Viewer | null> {
  const { manager } = connection;
  // caseload_session runs as the owner (migration 1763888400400), so the lookup works whatever
  // tenant the pooled connection was left in; the settings switch to the session's.
  const [row]: SessionRow[] = await manager.query(
    `SELECT s.*, ${enterTenantSql('s."practiceId"', 's."userId"')}
       FROM caseload_session($1, $2, $3::staff_status[]) s`,
    [hashToken(token), now, signInStatuses],
  );
  if (!row) {
    // A pooled connection may still hold the tenant of its last request: an anonymous one must not.
    await connection.leaveTenant();
    return null;
  }
  connection.enteredTenant({ practiceId: row.practiceId, userId: row.userId });
  const idleSince = now.getTime() - new Date(row.lastSeenAt).getTime();
  if (idleSince > row.idleSignOutMinutes * 60_000) {
    await manager.update(AuthSession, { id: row.sessionId }, { revokedAt: now });
    await connection.leaveTenant();
    return null;
  }
  if (idleSince > LAST_SEEN_RESOLUTION_MS) {
    await manager.update(AuthSession, { id: row.sessionId }, { lastSeenAt: now });
  }
  // A session that owes a password change or an MFA enrolment holds no permission until it is done.
  const restricted = row.mustChangePassword || row.mfaEnrollmentRequired;
  const permissions: ReadonlySet<Permission> = restricted
    ? new Set()
    : effectivePermissions(toPermissionSubject(row), now);
  const scope = new TenantScope(manager, row.practiceId);
  const accessViewer = { staffMemberId: row.staffMemberId, status: row.status, permissions };
  return {
    userId: row.userId,
    email: row.email,
    sessionId: row.sessionId,
    staffMemberId: row.staffMemberId,
    practiceId: row.practiceId,
    kind: row.kind,
    status: row.status,
    permissions,
    mustChangePassword: row.mustChangePassword,
    mfaEnrollmentRequired: row.mfaEnrollmentRequired,
    mfaEnabled: row.mfaEnabled,
    scope,
    clientReadScope: clientReadScopeOf(accessViewer, {
      practiceSupervisionEnabled: row.supervisionEnabled,
      supervisorRoles: row.roles,
      superviseeIds: row.superviseeIds,
    }),
    loaders: createRequestLoaders(scope, accessViewer, now),
  };
}
