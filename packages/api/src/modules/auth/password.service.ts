import type { RequestContext, SignedInContext } from '../../context/request-context';
import { badUserInput } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { appLink, enqueueMail } from '../mail/mail.service';
import { User } from '../user/user.entity';
import { clearFailedSignIns, targetAccount } from './account-admin';
import {
  findUserByEmail,
  recordSignInAttempt,
  refuseWhenThrottled,
  revokeSessions,
} from './auth.service';
import { hashPassword, verifyPassword } from './password-hashing';
import { assertAcceptablePassword } from './password-policy';
import { PasswordReset } from './password-reset.entity';
import { signInStatuses } from './session.service';
import { hashToken, newOpaqueToken } from './session-token';

const RESET_LIFETIME_MS = 3_600_000;
/** Reset mails per account per hour: more requests are answered the same way but send nothing. */
const RESETS_PER_HOUR = 3;

/** Changes one's own password; every other session of the account ends. */
export async function changePassword(
  ctx: SignedInContext,
  input: { currentPassword: string; newPassword: string },
): Promise<boolean> {
  const manager = ctx.connection.manager;
  const { email, userId, sessionId } = ctx.viewer;
  await refuseWhenThrottled(manager, email, ctx);
  const user = await manager.findOneByOrFail(User, { id: userId });
  const matches = user.passwordHash
    ? await verifyPassword(user.passwordHash, input.currentPassword)
    : false;
  if (!matches) {
    await recordSignInAttempt(manager, ctx, email, false);
    throw badUserInput('currentPassword', 'Your current password is not right.');
  }
  if (input.newPassword === input.currentPassword) {
    throw badUserInput('newPassword', 'Choose a password different from the current one.');
  }
  assertAcceptablePassword('newPassword', input.newPassword, { email });
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.connection.manager.transaction(async (transaction) => {
    await transaction.update(
      User,
      { id: userId },
      { passwordHash, passwordChangedAt: ctx.now, mustChangePassword: false },
    );
    const ended = await revokeSessions(transaction, ctx, userId, { exceptSessionId: sessionId });
    await recordAudit(transaction, ctx, {
      practiceId: ctx.viewer.practiceId,
      actorUserId: userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'auth.password_changed',
      targetType: 'User',
      targetId: userId,
      changes: {
        before: { mustChangePassword: user.mustChangePassword },
        after: { mustChangePassword: false, otherSessionsEnded: ended },
      },
    });
  });
  return true;
}

/**
 * An admin gives a member a temporary password (seed 003), to be changed at their next sign-in;
 * their sessions end and any lockout is lifted.
 */
export async function setTemporaryPassword(
  ctx: SignedInContext,
  input: { staffMemberId: string; temporaryPassword: string },
): Promise<boolean> {
  await ctx.connection.manager.transaction(async (transaction) => {
    const target = await targetAccount(transaction, ctx, input.staffMemberId, {
      credentials: true,
    });
    assertAcceptablePassword('temporaryPassword', input.temporaryPassword, {
      email: target.user.email,
    });
    await transaction.update(
      User,
      { id: target.user.id },
      {
        passwordHash: await hashPassword(input.temporaryPassword),
        passwordChangedAt: ctx.now,
        mustChangePassword: true,
      },
    );
    const ended = await revokeSessions(transaction, ctx, target.user.id);
    const unlocked = await clearFailedSignIns(transaction, target.user.email);
    await recordAudit(transaction, ctx, {
      practiceId: ctx.viewer.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'auth.temporary_password_set',
      targetType: 'StaffMember',
      targetId: target.staffMemberId,
      changes: {
        before: { mustChangePassword: target.user.mustChangePassword },
        after: { mustChangePassword: true, sessionsEnded: ended, failedSignInsCleared: unlocked },
      },
    });
  });
  return true;
}

/**
 * Emails a single-use link, valid for an hour, to reset the password. Answers true whatever the
 * email, so it cannot be used to find out who has an account.
 */
export async function requestPasswordReset(ctx: RequestContext, email: string): Promise<boolean> {
  const manager = ctx.connection.manager;
  const user = await findUserByEmail(manager, email);
  if (!user) return true;
  const [membership] = await manager.query(
    `SELECT m.id, m."practiceId" FROM staff_member m JOIN practice p ON p.id = m."practiceId"
      WHERE m."userId" = $1 AND m.status = ANY($2) ORDER BY p."createdAt" LIMIT 1`,
    [user.id, signInStatuses],
  );
  // Someone whose access has ended gets no link: a new password would not let them in.
  if (!membership) return true;
  const [{ recent }] = await manager.query(
    `SELECT count(*)::int AS recent FROM password_reset WHERE "userId" = $1 AND "createdAt" > $2`,
    [user.id, new Date(ctx.now.getTime() - 3_600_000)],
  );
  if (recent >= RESETS_PER_HOUR) {
    ctx.logger.warn({ userId: user.id }, 'password reset requested too often; no mail sent');
    return true;
  }
  const token = newOpaqueToken();
  await ctx.connection.manager.transaction(async (transaction) => {
    // Only the newest link works.
    await transaction
      .createQueryBuilder()
      .update(PasswordReset)
      .set({ expiresAt: ctx.now })
      .where('"userId" = :userId AND "usedAt" IS NULL AND "expiresAt" > :now', {
        userId: user.id,
        now: ctx.now,
      })
      .execute();
    const reset = transaction.create(PasswordReset, {
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(ctx.now.getTime() + RESET_LIFETIME_MS),
      usedAt: null,
    });
    await transaction.insert(PasswordReset, reset);
    await enqueueMail(transaction, ctx, {
      practiceId: null,
      to: user.email,
      subject: 'Reset your Caseload password',
      text: [
        'Someone, hopefully you, asked to reset the password of your Caseload account.',
        '',
        'Choose a new password here:',
        appLink('/reset-password', { token }),
        '',
        'The link works once, within an hour. If you did not ask for this, ignore this email: your password stays as it is.',
      ].join('\n'),
    });
    await recordAudit(transaction, ctx, {
      practiceId: membership.practiceId,
      actorUserId: null,
      actorStaffMemberId: null,
      action: 'auth.password_reset_requested',
      targetType: 'User',
      targetId: user.id,
    });
  });
  return true;
}

/** Sets a new password from an emailed link (once); every session of the account ends. */
export async function resetPassword(
  ctx: RequestContext,
  input: { token: string; newPassword: string },
): Promise<boolean> {
  const expiredLink = () =>
    badUserInput(
      'token',
      'This password reset link has expired or was already used. Ask for a new one from the sign-in page.',
    );
  const manager = ctx.connection.manager;
  const preview = await manager.findOneBy(PasswordReset, { tokenHash: hashToken(input.token) });
  if (!preview || preview.usedAt || preview.expiresAt <= ctx.now) throw expiredLink();
  const user = await manager.findOneByOrFail(User, { id: preview.userId });
  assertAcceptablePassword('newPassword', input.newPassword, { email: user.email });
  const passwordHash = await hashPassword(input.newPassword);

  await ctx.connection.manager.transaction(async (transaction) => {
    // Used once: the row is locked, and checked again, so two tries at once cannot both succeed.
    const reset = await transaction
      .createQueryBuilder(PasswordReset, 'reset')
      .setLock('pessimistic_write')
      .where('reset.id = :id', { id: preview.id })
      .getOneOrFail();
    if (reset.usedAt || reset.expiresAt <= ctx.now) throw expiredLink();
    await transaction.update(PasswordReset, { id: reset.id }, { usedAt: ctx.now });
    await transaction.update(
      User,
      { id: user.id },
      { passwordHash, passwordChangedAt: ctx.now, mustChangePassword: false },
    );
    const ended = await revokeSessions(transaction, ctx, user.id);
    const unlocked = await clearFailedSignIns(transaction, user.email);
    const [membership] = await transaction.query(
      `SELECT "practiceId" FROM staff_member WHERE "userId" = $1 AND status <> 'REMOVED' LIMIT 1`,
      [user.id],
    );
    await recordAudit(transaction, ctx, {
      practiceId: membership?.practiceId ?? null,
      actorUserId: user.id,
      actorStaffMemberId: null,
      action: 'auth.password_reset',
      targetType: 'User',
      targetId: user.id,
      changes: {
        before: null,
        after: { sessionsEnded: ended, failedSignInsCleared: unlocked },
      },
    });
  });
  return true;
}

/** Lifts the sign-in lockout of a member's account (failed sign-ins are forgotten). */
export async function unlockAccount(ctx: SignedInContext, staffMemberId: string): Promise<boolean> {
  await ctx.connection.manager.transaction(async (transaction) => {
    const target = await targetAccount(transaction, ctx, staffMemberId, { credentials: false });
    const cleared = await clearFailedSignIns(transaction, target.user.email);
    await recordAudit(transaction, ctx, {
      practiceId: ctx.viewer.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'auth.account_unlocked',
      targetType: 'StaffMember',
      targetId: target.staffMemberId,
      changes: { before: { failedSignIns: cleared }, after: { failedSignIns: 0 } },
    });
  });
  return true;
}

/** Ends every session a member has open in this practice; returns how many. */
export async function endSessions(ctx: SignedInContext, staffMemberId: string): Promise<number> {
  return ctx.connection.manager.transaction(async (transaction) => {
    const target = await targetAccount(transaction, ctx, staffMemberId, { credentials: false });
    const ended = await revokeSessions(transaction, ctx, target.user.id, {
      practiceId: ctx.viewer.practiceId,
    });
    await recordAudit(transaction, ctx, {
      practiceId: ctx.viewer.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'auth.sessions_ended',
      targetType: 'StaffMember',
      targetId: target.staffMemberId,
      changes: { before: null, after: { sessionsEnded: ended } },
    });
    if (target.user.id === ctx.viewer.userId) ctx.sessionCookie.clear();
    return ended;
  });
}
