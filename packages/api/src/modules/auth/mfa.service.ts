import { randomBytes } from 'node:crypto';
import { ErrorCode } from '@caseload/shared';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { EntityManager } from 'typeorm';
import type { RequestContext, SignedInContext } from '../../context/request-context';
import { AppError, badUserInput } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { MfaRecoveryCode } from '../user/mfa-recovery-code.entity';
import { User } from '../user/user.entity';
import { targetAccount } from './account-admin';
import {
  createSession,
  deliverSession,
  firstSignInMembership,
  recordSignInAttempt,
  refuseWhenThrottled,
  revokeSessions,
  type SignInOutcome,
} from './auth.service';
import { AuthSession } from './auth-session.entity';
import { hashToken } from './session-token';

export const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Caseload';

/** RFC 6238 defaults, which every authenticator app understands. */
function totpFor(secret: string, email: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: email,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

/**
 * The time step of a code valid now (the current one, or one step either side for clock drift);
 * null when it is not valid.
 */
export function totpStep(secret: string, email: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const totp = totpFor(secret, email);
  const delta = totp.validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : totp.counter({ timestamp: now.getTime() }) + delta;
}

/** Ten characters of base32 (50 bits), shown as `abcde-fghij`. */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const code = [...randomBytes(10)].map((byte) => alphabet[byte % 32]).join('');
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z2-7]/g, '');
}

export interface MfaEnrollment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

/**
 * Starts TOTP enrolment: a new secret, as an otpauth URI and a QR code of it. It counts once
 * confirmed with a code (`confirmMfaEnrollment`); starting again replaces an unconfirmed one.
 */
export async function startMfaEnrollment(ctx: SignedInContext): Promise<MfaEnrollment> {
  const { userId, email } = ctx.viewer;
  const secret = new Secret({ size: 20 }).base32;
  await ctx.connection.manager.transaction(async (transaction) => {
    const user = await lockUser(transaction, userId);
    if (user.mfaEnabledAt) {
      throw new AppError(
        ErrorCode.CONFLICT,
        'Two-step sign-in is already on. To move it to a new device, ask an administrator to reset it.',
      );
    }
    await transaction.update(User, { id: userId }, { mfaSecret: secret });
    await recordAudit(transaction, ctx, {
      practiceId: ctx.viewer.practiceId,
      actorUserId: userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'auth.mfa_enrollment_started',
      targetType: 'User',
      targetId: userId,
    });
  });
  const otpauthUri = totpFor(secret, email).toString();
  return { secret, otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri) };
}

/** Turns TOTP on with a code from the app; returns ten single-use recovery codes, shown once. */
export async function confirmMfaEnrollment(ctx: SignedInContext, code: string): Promise<string[]> {
  const { userId, email } = ctx.viewer;
  return ctx.connection.manager.transaction(async (transaction) => {
    const user = await lockUser(transaction, userId);
    if (user.mfaEnabledAt) {
      throw new AppError(ErrorCode.CONFLICT, 'Two-step sign-in is already on.');
    }
    if (!user.mfaSecret) {
      throw new AppError(ErrorCode.CONFLICT, 'Start the enrolment first (startMfaEnrollment).');
    }
    const step = totpStep(user.mfaSecret, email, code, ctx.now);
    if (step === null) {
      throw badUserInput(
        'code',
        'That code is not right. Enter the 6-digit code your authenticator app shows now.',
      );
    }
    await transaction.update(
      User,
      { id: userId },
      { mfaEnabledAt: ctx.now, mfaLastUsedStep: step },
    );
    const codes = await replaceRecoveryCodes(transaction, ctx, userId);
    await recordAudit(transaction, ctx, {
      practiceId: ctx.viewer.practiceId,
      actorUserId: userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'auth.mfa_enabled',
      targetType: 'User',
      targetId: userId,
      changes: { before: { mfaEnabled: false }, after: { mfaEnabled: true } },
    });
    return codes;
  });
}

/**
 * Completes a pending sign-in with a TOTP code or a recovery code: the pending session is
 * replaced by a full one (new token). Failures count toward the account's sign-in throttle.
 */
export async function verifySecondFactor(
  ctx: RequestContext,
  input: { secondFactorToken: string; code?: string | null; recoveryCode?: string | null },
): Promise<SignInOutcome> {
  const manager = ctx.connection.manager;
  const pending = await manager
    .createQueryBuilder(AuthSession, 'session')
    .innerJoinAndSelect('session.user', 'user')
    .where('session.tokenHash = :tokenHash', { tokenHash: hashToken(input.secondFactorToken) })
    .andWhere('session.awaitingSecondFactor AND session.revokedAt IS NULL')
    .andWhere('session.expiresAt > :now', { now: ctx.now })
    .getOne();
  const user = pending?.user;
  if (!pending || !user?.mfaSecret || !user.mfaEnabledAt) {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      'This sign-in has expired. Sign in again with your email and password.',
    );
  }
  if (Boolean(input.code) === Boolean(input.recoveryCode)) {
    throw badUserInput(
      'code',
      'Enter either the code from your authenticator app or a recovery code.',
    );
  }
  await refuseWhenThrottled(manager, user.email, ctx);

  const outcome = await ctx.connection.manager.transaction(async (transaction) => {
    const locked = await lockUser(transaction, user.id);
    let recoveryCodeUsed = false;
    if (input.code) {
      const step = locked.mfaSecret
        ? totpStep(locked.mfaSecret, user.email, input.code, ctx.now)
        : null;
      // A code is accepted once: replaying it (or an older one) fails (RFC 6238, section 5.2).
      if (step === null || (locked.mfaLastUsedStep !== null && step <= locked.mfaLastUsedStep)) {
        return null;
      }
      await transaction.update(User, { id: user.id }, { mfaLastUsedStep: step });
    } else {
      const [, used] = await transaction.query(
        `UPDATE mfa_recovery_code SET "usedAt" = $3
          WHERE "userId" = $1 AND "codeHash" = $2 AND "usedAt" IS NULL`,
        [user.id, hashToken(normalizeRecoveryCode(input.recoveryCode ?? '')), ctx.now],
      );
      if (!used) return null;
      recoveryCodeUsed = true;
    }
    await transaction.update(AuthSession, { id: pending.id }, { revokedAt: ctx.now });
    const membership = await firstSignInMembershipIn(
      transaction,
      user.id,
      pending.activePracticeId,
    );
    const session = await createSession(transaction, ctx, {
      userId: user.id,
      staffMemberId: membership.id,
      practiceId: membership.practiceId,
      awaitingSecondFactor: false,
    });
    await transaction.update(User, { id: user.id }, { lastSignInAt: ctx.now });
    if (recoveryCodeUsed) {
      const [{ left }] = await transaction.query(
        `SELECT count(*)::int AS left FROM mfa_recovery_code WHERE "userId" = $1 AND "usedAt" IS NULL`,
        [user.id],
      );
      await recordAudit(transaction, ctx, {
        practiceId: membership.practiceId,
        actorUserId: user.id,
        actorStaffMemberId: membership.id,
        action: 'auth.recovery_code_used',
        targetType: 'User',
        targetId: user.id,
        changes: { before: null, after: { recoveryCodesLeft: left } },
      });
    }
    return {
      token: session.token,
      expiresAt: session.expiresAt,
      secondFactorRequired: false,
      secondFactorToken: null,
      mustChangePassword: locked.mustChangePassword,
      mfaEnrollmentRequired: false,
    } satisfies SignInOutcome;
  });
  if (!outcome) {
    await recordSignInAttempt(manager, ctx, user.email, false);
    const field = input.code ? 'code' : 'recoveryCode';
    throw badUserInput(
      field,
      input.code
        ? 'That code is not right (each code works once). Enter the code your authenticator app shows now.'
        : 'That recovery code is not right, or it was already used.',
    );
  }
  return deliverSession(ctx, outcome);
}

/**
 * An admin turns off a member's TOTP (lost phone): secret and recovery codes stop working and
 * their sessions end. If the practice requires MFA, they enrol again at their next sign-in.
 */
export async function resetMfa(ctx: SignedInContext, staffMemberId: string): Promise<boolean> {
  await ctx.connection.manager.transaction(async (transaction) => {
    const target = await targetAccount(transaction, ctx, staffMemberId, { credentials: true });
    await transaction.update(
      User,
      { id: target.user.id },
      { mfaSecret: null, mfaEnabledAt: null, mfaLastUsedStep: null },
    );
    await transaction.query(
      `UPDATE mfa_recovery_code SET "usedAt" = $2 WHERE "userId" = $1 AND "usedAt" IS NULL`,
      [target.user.id, ctx.now],
    );
    const ended = await revokeSessions(transaction, ctx, target.user.id);
    await recordAudit(transaction, ctx, {
      practiceId: ctx.viewer.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'auth.mfa_reset',
      targetType: 'StaffMember',
      targetId: target.staffMemberId,
      changes: {
        before: { mfaEnabled: Boolean(target.user.mfaEnabledAt) },
        after: { mfaEnabled: false, sessionsEnded: ended },
      },
    });
  });
  return true;
}

async function lockUser(manager: EntityManager, userId: string): Promise<User> {
  return manager
    .createQueryBuilder(User, 'user')
    .setLock('pessimistic_write')
    .where('user.id = :userId', { userId })
    .getOneOrFail();
}

/** Old codes stop working; ten new ones are stored as hashes and returned once. */
async function replaceRecoveryCodes(
  manager: EntityManager,
  ctx: RequestContext,
  userId: string,
): Promise<string[]> {
  await manager.query(
    `UPDATE mfa_recovery_code SET "usedAt" = $2 WHERE "userId" = $1 AND "usedAt" IS NULL`,
    [userId, ctx.now],
  );
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await manager.insert(
    MfaRecoveryCode,
    // 50 random bits each and single use: a fast hash is enough, like session tokens.
    codes.map((code) => ({ userId, codeHash: hashToken(normalizeRecoveryCode(code)) })),
  );
  return codes;
}

/** The practice the pending sign-in was for, if the member may still sign in there. */
async function firstSignInMembershipIn(
  manager: EntityManager,
  userId: string,
  practiceId: string | null,
) {
  const membership = await firstSignInMembership(manager, userId);
  if (!practiceId || membership.practiceId === practiceId) return membership;
  const [preferred] = await manager.query(
    `SELECT id, "practiceId" FROM staff_member
      WHERE "userId" = $1 AND "practiceId" = $2 AND status IN ('ACTIVE', 'ON_HOLD')`,
    [userId, practiceId],
  );
  return (preferred as { id: string; practiceId: string } | undefined) ?? membership;
}
