import { ErrorCode } from '@caseload/shared';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { RequestContext, SignedInContext } from '../../context/request-context';
import { AppError, notFound } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { Practice } from '../practice/practice.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { User } from '../user/user.entity';
import { AuthSession } from './auth-session.entity';
import { hashPassword, verifyPassword } from './password-hashing';
import { SESSION_LIFETIME_MS, signInStatuses } from './session.service';
import { hashToken, newOpaqueToken } from './session-token';
import { SignInAttempt } from './sign-in-attempt.entity';

/** Failed sign-ins allowed per window: per account, and (more, for shared office NAT) per address. */
const FAILURES_PER_ACCOUNT = 5;
const FAILURES_PER_ADDRESS = 20;
const THROTTLE_WINDOW_MS = 15 * 60_000;

/** The same answer whether the email exists or not, so sign-in cannot probe the user list. */
const wrongCredentials = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, 'The email or password is incorrect.');

/** Checked against when the email is unknown, so both paths take the same time. */
let decoyHash: Promise<string> | undefined;

/** A pending sign-in (password checked, second factor owed) lasts this long. */
export const SECOND_FACTOR_WINDOW_MS = 5 * 60_000;

/**
 * What a successful password check (or an accepted invitation) leads to: a session, or a pending
 * sign-in that owes the second factor. `mustChangePassword` and `mfaEnrollmentRequired` tell the
 * client which page to show first; until done, that session may do little else.
 */
export interface SignInOutcome {
  token: string | null;
  expiresAt: Date | null;
  secondFactorRequired: boolean;
  secondFactorToken: string | null;
  mustChangePassword: boolean;
  mfaEnrollmentRequired: boolean;
}

export interface SessionSubject {
  user: Pick<User, 'id' | 'mfaEnabledAt' | 'mustChangePassword'>;
  membership: Pick<StaffMember, 'id' | 'practiceId'>;
}

export async function signIn(
  ctx: RequestContext,
  input: { email: string; password: string },
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const manager = ctx.connection.manager;
  await refuseWhenThrottled(manager, email, ctx);
  const user = await findUserByEmail(manager, email);
  decoyHash ??= hashPassword(newOpaqueToken());
  const passwordMatches = await verifyPassword(
    user?.passwordHash ?? (await decoyHash),
    input.password,
  );
  await recordSignInAttempt(manager, ctx, email, Boolean(user && passwordMatches));
  if (!user || !passwordMatches) throw wrongCredentials();
  const membership = await firstSignInMembership(manager, user.id);
  const outcome = await manager.transaction((transaction) =>
    openSession(transaction, ctx, { user, membership }),
  );
  return deliverSession(ctx, outcome);
}

export function findUserByEmail(manager: EntityManager, email: string): Promise<User | null> {
  return manager
    .createQueryBuilder(User, 'user')
    .where('lower(user.email) = :email', { email: email.trim().toLowerCase() })
    .getOne();
}

export async function recordSignInAttempt(
  manager: EntityManager,
  ctx: RequestContext,
  email: string,
  succeeded: boolean,
): Promise<void> {
  await manager.insert(SignInAttempt, {
    emailNormalized: email.trim().toLowerCase(),
    ipAddress: ctx.client.ipAddress,
    succeeded,
  });
}

/** The membership a sign-in starts in: the oldest practice where the user may still sign in. */
export async function firstSignInMembership(
  manager: EntityManager,
  userId: string,
): Promise<StaffMember> {
  const membership = await manager
    .createQueryBuilder(StaffMember, 'member')
    .innerJoin('member.practice', 'practice')
    .where('member.userId = :userId', { userId })
    .andWhere('member.status IN (:...statuses)', { statuses: signInStatuses })
    .orderBy('practice.createdAt', 'ASC')
    .getOne();
  if (!membership) {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      'Your access has ended. Ask your practice administrator to restore it.',
    );
  }
  return membership;
}

/**
 * Opens a session for a user whose password (or invitation) checked out, in the caller's
 * transaction: a full session, or, when the user has MFA, a pending one that only
 * `verifySecondFactor` can complete. Set the cookie with `deliverSession` once committed.
 */
export async function openSession(
  manager: EntityManager,
  ctx: RequestContext,
  { user, membership }: SessionSubject,
): Promise<SignInOutcome> {
  if (user.mfaEnabledAt) {
    const pending = await createSession(manager, ctx, {
      userId: user.id,
      staffMemberId: membership.id,
      practiceId: membership.practiceId,
      awaitingSecondFactor: true,
    });
    return {
      token: null,
      expiresAt: null,
      secondFactorRequired: true,
      secondFactorToken: pending.token,
      mustChangePassword: user.mustChangePassword,
      mfaEnrollmentRequired: false,
    };
  }
  const session = await createSession(manager, ctx, {
    userId: user.id,
    staffMemberId: membership.id,
    practiceId: membership.practiceId,
    awaitingSecondFactor: false,
  });
  await manager.update(User, { id: user.id }, { lastSignInAt: ctx.now });
  const practice = await manager.findOneByOrFail(Practice, { id: membership.practiceId });
  return {
    token: session.token,
    expiresAt: session.expiresAt,
    secondFactorRequired: false,
    secondFactorToken: null,
    mustChangePassword: user.mustChangePassword,
    mfaEnrollmentRequired: practice.mfaRequired,
  };
}

/** Inserts a session row (only the token's hash) and audits it, in the caller's transaction. */
export async function createSession(
  manager: EntityManager,
  ctx: RequestContext,
  subject: {
    userId: string;
    staffMemberId: string;
    practiceId: string;
    awaitingSecondFactor: boolean;
  },
): Promise<{ sessionId: string; token: string; expiresAt: Date }> {
  const token = newOpaqueToken();
  const lifetime = subject.awaitingSecondFactor ? SECOND_FACTOR_WINDOW_MS : SESSION_LIFETIME_MS;
  const expiresAt = new Date(ctx.now.getTime() + lifetime);
  const session = manager.create(AuthSession, {
    userId: subject.userId,
    activePracticeId: subject.practiceId,
    tokenHash: hashToken(token),
    awaitingSecondFactor: subject.awaitingSecondFactor,
    lastSeenAt: ctx.now,
    expiresAt,
    ipAddress: ctx.client.ipAddress,
    userAgent: ctx.client.userAgent,
  });
  await manager.insert(AuthSession, session);
  await recordAudit(manager, ctx, {
    practiceId: subject.practiceId,
    actorUserId: subject.userId,
    actorStaffMemberId: subject.staffMemberId,
    action: subject.awaitingSecondFactor ? 'auth.second_factor_requested' : 'auth.signed_in',
    targetType: 'AuthSession',
    targetId: session.id,
  });
  return { sessionId: session.id, token, expiresAt };
}

/** Sets the session cookie for a full session; a pending sign-in gets none. */
export function deliverSession(ctx: RequestContext, outcome: SignInOutcome): SignInOutcome {
  if (outcome.token && outcome.expiresAt) ctx.sessionCookie.set(outcome.token, outcome.expiresAt);
  return outcome;
}

/**
 * Ends sessions of a user (all of them, or all but one), in the caller's transaction; returns how
 * many were still open.
 */
export async function revokeSessions(
  manager: EntityManager,
  ctx: RequestContext,
  userId: string,
  options: { exceptSessionId?: string; practiceId?: string } = {},
): Promise<number> {
  const query = manager
    .createQueryBuilder()
    .update(AuthSession)
    .set({ revokedAt: ctx.now })
    .where('"userId" = :userId AND "revokedAt" IS NULL AND "expiresAt" > :now', {
      userId,
      now: ctx.now,
    });
  if (options.exceptSessionId) {
    query.andWhere('id <> :exceptSessionId', { exceptSessionId: options.exceptSessionId });
  }
  if (options.practiceId) {
    query.andWhere('"activePracticeId" = :practiceId', { practiceId: options.practiceId });
  }
  return (await query.execute()).affected ?? 0;
}

export async function refuseWhenThrottled(
  manager: EntityManager,
  email: string,
  ctx: RequestContext,
): Promise<void> {
  const since = new Date(ctx.now.getTime() - THROTTLE_WINDOW_MS);
  const [{ byAccount, byAddress }] = await manager.query(
    `SELECT count(*) FILTER (WHERE "emailNormalized" = $1)::int AS "byAccount",
            count(*) FILTER (WHERE "ipAddress" = $2)::int AS "byAddress"
       FROM sign_in_attempt
      WHERE NOT succeeded AND "attemptedAt" > $3 AND ("emailNormalized" = $1 OR "ipAddress" = $2)`,
    [email, ctx.client.ipAddress, since],
  );
  if (byAccount >= FAILURES_PER_ACCOUNT || byAddress >= FAILURES_PER_ADDRESS) {
    throw new AppError(
      ErrorCode.TOO_MANY_ATTEMPTS,
      'Too many failed sign-ins. Wait 15 minutes, or ask your practice administrator to unlock the account.',
    );
  }
}

export async function signOut(ctx: SignedInContext): Promise<boolean> {
  await ctx.connection.manager.update(
    AuthSession,
    { id: ctx.viewer.sessionId },
    { revokedAt: ctx.now },
  );
  ctx.sessionCookie.clear();
  return true;
}

/** Ends every session of the signed-in user, on every device, this one included. */
export async function signOutEverywhere(ctx: SignedInContext): Promise<number> {
  const result = await ctx.connection.manager
    .createQueryBuilder()
    .update(AuthSession)
    .set({ revokedAt: ctx.now })
    .where('"userId" = :userId AND "revokedAt" IS NULL', { userId: ctx.viewer.userId })
    .execute();
  ctx.sessionCookie.clear();
  return result.affected ?? 0;
}

/** External agents act for one practice at a time; NOT_FOUND for a practice they do not serve. */
export async function switchPractice(ctx: SignedInContext, practiceId: string): Promise<void> {
  const membership = isUUID(practiceId)
    ? await ctx.connection.manager
        .createQueryBuilder(StaffMember, 'member')
        .where('member.userId = :userId', { userId: ctx.viewer.userId })
        .andWhere('member.practiceId = :practiceId', { practiceId })
        .andWhere('member.status IN (:...statuses)', { statuses: signInStatuses })
        .getOne()
    : null;
  if (!membership) throw notFound('Practice');
  await ctx.connection.manager.transaction(async (transaction) => {
    await transaction.update(
      AuthSession,
      { id: ctx.viewer.sessionId },
      { activePracticeId: practiceId },
    );
    await recordAudit(transaction, ctx, {
      practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: membership.id,
      action: 'auth.practice_switched',
      targetType: 'Practice',
      targetId: practiceId,
      changes: { before: { practiceId: ctx.viewer.practiceId }, after: { practiceId } },
    });
  });
}

export interface PracticeMembershipRecord {
  staffMemberId: string;
  practiceId: string;
  practiceName: string;
  kind: StaffMember['kind'];
  status: StaffMember['status'];
}

/** Every practice the signed-in user can act for (several only for external agents). */
export async function listMemberships(ctx: SignedInContext): Promise<PracticeMembershipRecord[]> {
  return ctx.connection.manager.query(
    `SELECT m.id AS "staffMemberId", p.id AS "practiceId", p.name AS "practiceName", m.kind, m.status
       FROM staff_member m JOIN practice p ON p.id = m."practiceId"
      WHERE m."userId" = $1 AND m.status = ANY($2)
      ORDER BY p.name`,
    [ctx.viewer.userId, signInStatuses],
  );
}
