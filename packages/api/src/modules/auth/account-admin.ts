import { ErrorCode, permissionsBeyondGrantor } from '@caseload/shared';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../context/request-context';
import { AppError, notFound } from '../../errors/app-error';
import { User } from '../user/user.entity';
import { memberAccess } from './member-permissions';

export interface TargetAccount {
  staffMemberId: string;
  name: string;
  user: User;
}

/**
 * The sign-in account behind a member of the caller's practice, for an admin action on it.
 * `credentials`: the action replaces how they sign in (temporary password, MFA reset), so it is
 * refused on oneself (use the self-service mutations), on someone holding permissions the admin
 * lacks (that would be a way to act as them), and on an account that also serves another practice
 * (only that person may change it: one practice's admin must not control access to another's).
 */
export async function targetAccount(
  manager: EntityManager,
  ctx: SignedInContext,
  staffMemberId: string,
  { credentials }: { credentials: boolean },
): Promise<TargetAccount> {
  const member = isUUID(staffMemberId)
    ? await manager.query(
        `SELECT m.id, m."firstName", m."lastName", m."userId" FROM staff_member m
          WHERE m.id = $1 AND m."practiceId" = $2 AND m.status <> 'REMOVED'`,
        [staffMemberId, ctx.viewer.practiceId],
      )
    : [];
  const [row] = member as Array<{
    id: string;
    firstName: string;
    lastName: string;
    userId: string | null;
  }>;
  if (!row) throw notFound('Staff member');
  const name = `${row.firstName} ${row.lastName}`;
  if (!row.userId) {
    throw new AppError(
      ErrorCode.CONFLICT,
      `${name} has not accepted their invitation yet, so has no account to change.`,
    );
  }
  const user = await manager.findOneByOrFail(User, { id: row.userId });
  if (credentials) {
    if (row.userId === ctx.viewer.userId) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'This is your own account: change your password or two-step sign-in from your own settings.',
        { field: 'staffMemberId' },
      );
    }
    const access = await memberAccess(manager, ctx.viewer.practiceId, row.id, ctx.now);
    const beyond = permissionsBeyondGrantor(ctx.viewer.permissions, access?.permissions ?? []);
    if (beyond.length) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        `${name} holds permissions you do not (${beyond.join(', ')}): only someone who holds them all can change how ${name} signs in.`,
        { permissions: beyond },
      );
    }
    const [{ elsewhere }] = await manager.query(
      // Row-level security hides other practices: the database function counts them.
      'SELECT caseload_other_practice_count($1, $2) AS elsewhere',
      [row.userId, ctx.viewer.practiceId],
    );
    if (elsewhere > 0) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        `${name} also works for another practice, so only they can change how they sign in (they can reset their password from the sign-in page).`,
      );
    }
  }
  return { staffMemberId: row.id, name, user };
}

/** Forgets failed sign-ins of an account, ending its lockout; returns how many were forgotten. */
export async function clearFailedSignIns(manager: EntityManager, email: string): Promise<number> {
  const [, cleared] = await manager.query(
    `DELETE FROM sign_in_attempt WHERE "emailNormalized" = lower($1) AND NOT succeeded`,
    [email],
  );
  return cleared ?? 0;
}
