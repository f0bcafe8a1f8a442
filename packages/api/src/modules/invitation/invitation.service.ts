import {
  canActivateWithRoles,
  countsTowardPlanLimit,
  ErrorCode,
  explainPlanLimit,
  explainSupervisionEligibility,
  permissionsBeyondAssigner,
  requiresSupervision,
  type StaffKind,
  type SupervisionRefusal,
} from '@caseload/shared';
import { isEmail, isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { RequestContext, SignedInContext } from '../../context/request-context';
import { isUniqueViolation } from '../../database/postgres-errors';
import { AppError, badUserInput, notFound } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import {
  deliverSession,
  findUserByEmail,
  openSession,
  recordSignInAttempt,
  refuseWhenThrottled,
  type SignInOutcome,
} from '../auth/auth.service';
import { memberAccess } from '../auth/member-permissions';
import { hashPassword, verifyPassword } from '../auth/password-hashing';
import { assertAcceptablePassword } from '../auth/password-policy';
import { hashToken, newOpaqueToken } from '../auth/session-token';
import { appLink, enqueueMail } from '../mail/mail.service';
import { Practice } from '../practice/practice.entity';
import { Role } from '../role/role.entity';
import { RoleAssignment } from '../role/role-assignment.entity';
import { findStaffByIds, type StaffRecord } from '../staff/staff.service';
import { StaffMember } from '../staff/staff-member.entity';
import { User } from '../user/user.entity';
import { Invitation } from './invitation.entity';
import { InvitationStatus, type InviteStaffInput } from './invitation.types';

const HOUR_MS = 3_600_000;
const MAX_NAME_LENGTH = 100;
const MAX_EMAIL_LENGTH = 320;

const RESEND_HINT = 'ask your practice to resend the invitation';

/** The state a person sees: a pending invitation past its time is EXPIRED. */
export function invitationStatus(
  invitation: Pick<Invitation, 'status' | 'expiresAt'>,
  now: Date,
): InvitationStatus {
  if (invitation.status === 'PENDING' && invitation.expiresAt.getTime() <= now.getTime()) {
    return InvitationStatus.EXPIRED;
  }
  return InvitationStatus[invitation.status];
}

// ---------------------------------------------------------------------------------------------
// Practice side: invite, resend, revoke
// ---------------------------------------------------------------------------------------------

/**
 * Puts a new member on the roster as INVITED with their roles, and emails them a single-use link,
 * in one transaction. Refuses an email already on the roster (seed 002: never a duplicate), a seat
 * the plan does not have (seed 003), and roles that would give permissions the inviter lacks.
 */
export async function inviteStaff(
  ctx: SignedInContext,
  input: InviteStaffInput,
): Promise<StaffRecord> {
  const email = input.email.trim();
  const firstName = input.firstName.trim();
  const lastName = input.lastName.trim();
  if (!isEmail(email) || email.length > MAX_EMAIL_LENGTH) {
    throw badUserInput('email', 'Enter a valid email address.');
  }
  for (const [field, value] of [
    ['firstName', firstName],
    ['lastName', lastName],
  ] as const) {
    if (!value) throw badUserInput(field, 'Enter a name.');
    if (value.length > MAX_NAME_LENGTH) {
      throw badUserInput(field, `Use at most ${MAX_NAME_LENGTH} characters.`);
    }
  }
  const roles = await rolesToAssign(ctx, input.roleIds);
  const beyond = permissionsBeyondAssigner(
    ctx.viewer.permissions,
    roles.flatMap((role) => role.permissions),
  );
  if (beyond.length) {
    throw new AppError(
      ErrorCode.FORBIDDEN,
      `You cannot give permissions you do not hold yourself: ${beyond.join(', ')}.`,
      { field: 'roleIds', permissions: beyond },
    );
  }
  const { scope } = ctx.viewer;

  const memberId = await ctx.connection.manager.transaction(async (transaction) => {
    // One invitation at a time per practice: the plan count and the staff number stay exact.
    const practice = await transaction
      .createQueryBuilder(Practice, 'practice')
      .setLock('pessimistic_write')
      .where('practice.id = :id', { id: scope.practiceId })
      .getOneOrFail();
    await refuseSupervisionProblems(transaction, ctx, practice, roles, input.supervisorId);
    await refuseDuplicateEmail(transaction, practice.id, email);
    await refuseOverPlan(transaction, practice, input.kind);

    const staffId = await nextStaffId(transaction, practice);
    const member = transaction.create(StaffMember, {
      practiceId: practice.id,
      userId: null,
      kind: input.kind,
      status: 'INVITED',
      statusChangedAt: ctx.now,
      staffId,
      firstName,
      lastName,
      email,
      supervisorId: input.supervisorId ?? null,
    });
    try {
      await transaction.insert(StaffMember, member);
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_staff_member_email_per_practice')) {
        throw new AppError(ErrorCode.CONFLICT, `${email} is already on the roster.`, {
          field: 'email',
        });
      }
      throw error;
    }
    await transaction.insert(
      RoleAssignment,
      roles.map((role) => ({
        staffMemberId: member.id,
        roleId: role.id,
        practiceId: practice.id,
        assignedById: ctx.viewer.staffMemberId,
      })),
    );
    await issueInvitation(transaction, ctx, practice, member);
    await recordAudit(transaction, ctx, {
      practiceId: practice.id,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'staff.invited',
      targetType: 'StaffMember',
      targetId: member.id,
      changes: {
        before: null,
        after: {
          email,
          firstName,
          lastName,
          kind: input.kind,
          staffId,
          status: 'INVITED',
          roles: roles.map((role) => role.name),
          supervisorId: member.supervisorId,
        },
      },
    });
    return member.id;
  });
  return reloadMember(ctx, memberId);
}

/** A new link for an INVITED member; every older link of theirs stops working. */
export async function resendInvitation(
  ctx: SignedInContext,
  staffMemberId: string,
): Promise<StaffRecord> {
  await ctx.connection.manager.transaction(async (transaction) => {
    const member = await lockInvitedMember(transaction, ctx, staffMemberId);
    const practice = await transaction.findOneByOrFail(Practice, { id: member.practiceId });
    const superseded = await closePendingInvitations(transaction, ctx, member.id, 'SUPERSEDED');
    await issueInvitation(transaction, ctx, practice, member);
    await recordAudit(transaction, ctx, {
      practiceId: practice.id,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'invitation.resent',
      targetType: 'StaffMember',
      targetId: member.id,
      changes: { before: { pendingInvitations: superseded }, after: { pendingInvitations: 1 } },
    });
  });
  return reloadMember(ctx, staffMemberId);
}

/** Withdraws a member's pending invitation; they stay INVITED (resend or remove them later). */
export async function revokeInvitation(
  ctx: SignedInContext,
  staffMemberId: string,
): Promise<StaffRecord> {
  await ctx.connection.manager.transaction(async (transaction) => {
    const member = await lockInvitedMember(transaction, ctx, staffMemberId);
    const revoked = await closePendingInvitations(transaction, ctx, member.id, 'REVOKED');
    if (revoked === 0) {
      throw new AppError(
        ErrorCode.CONFLICT,
        `${member.firstName} ${member.lastName} has no invitation waiting to be accepted.`,
      );
    }
    await recordAudit(transaction, ctx, {
      practiceId: member.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'invitation.revoked',
      targetType: 'StaffMember',
      targetId: member.id,
      changes: { before: { pendingInvitations: revoked }, after: { pendingInvitations: 0 } },
    });
  });
  return reloadMember(ctx, staffMemberId);
}

async function rolesToAssign(ctx: SignedInContext, roleIds: readonly string[]): Promise<Role[]> {
  const ids = [...new Set(roleIds)];
  if (ids.length === 0) {
    throw badUserInput('roleIds', 'Choose at least one role: a member without one cannot sign in.');
  }
  const roles = ids.every((id) => isUUID(id))
    ? await ctx.viewer.scope
        .select(Role, 'role')
        .andWhere('role.id IN (:...ids)', { ids })
        .andWhere('role.archivedAt IS NULL')
        .getMany()
    : [];
  if (roles.length !== ids.length) {
    throw new AppError(ErrorCode.NOT_FOUND, 'Role not found.', { field: 'roleIds' });
  }
  return roles;
}

const supervisionRefusals: Record<SupervisionRefusal['kind'], string> = {
  SUPERVISION_DISABLED: 'supervision is turned off in the practice settings',
  NOT_ACTIVE: 'they are not active',
  NO_SUPERVISING_ROLE: 'none of their roles can supervise',
  NO_PERMISSION: 'they do not hold caseload.supervise',
};

async function refuseSupervisionProblems(
  manager: EntityManager,
  ctx: SignedInContext,
  practice: Practice,
  roles: Role[],
  supervisorId: string | null | undefined,
): Promise<void> {
  if (!supervisorId) {
    const needing = roles.find((role) => role.requiresSupervision);
    if (practice.supervisionEnabled && needing && requiresSupervision(roles)) {
      throw badUserInput(
        'supervisorId',
        `The ${needing.name} role requires supervision: choose a supervisor.`,
      );
    }
    return;
  }
  const supervisor = isUUID(supervisorId)
    ? await memberAccess(manager, practice.id, supervisorId, ctx.now)
    : null;
  if (!supervisor) {
    throw new AppError(ErrorCode.NOT_FOUND, 'Supervisor not found.', { field: 'supervisorId' });
  }
  const eligibility = explainSupervisionEligibility({
    practiceSupervisionEnabled: practice.supervisionEnabled,
    supervisorStatus: supervisor.status,
    supervisorRoles: supervisor.roles,
    supervisorPermissions: supervisor.permissions,
  });
  if (!eligibility.eligible) {
    const reasons = eligibility.refusals.map((refusal) => supervisionRefusals[refusal.kind]);
    throw badUserInput('supervisorId', `This member cannot supervise: ${reasons.join('; ')}.`);
  }
}

async function refuseDuplicateEmail(
  manager: EntityManager,
  practiceId: string,
  email: string,
): Promise<void> {
  const existing = await manager
    .createQueryBuilder(StaffMember, 'member')
    .where('member.practiceId = :practiceId', { practiceId })
    .andWhere('lower(member.email) = lower(:email)', { email })
    .andWhere(`member.status <> 'REMOVED'`)
    .getOne();
  if (!existing) return;
  const name = `${existing.firstName} ${existing.lastName}`;
  const hint =
    existing.status === 'INVITED'
      ? 'Resend their invitation instead: inviting again would duplicate them.'
      : `They are already a member (${existing.status}).`;
  throw new AppError(ErrorCode.CONFLICT, `${email} is already on the roster as ${name}. ${hint}`, {
    field: 'email',
    existingStaffMemberId: existing.id,
    existingStatus: existing.status,
  });
}

async function refuseOverPlan(
  manager: EntityManager,
  practice: Practice,
  addingKind: StaffKind,
): Promise<void> {
  const members: Array<Pick<StaffMember, 'kind' | 'status'>> = await manager.query(
    `SELECT kind, status FROM staff_member WHERE "practiceId" = $1 AND status <> 'REMOVED'`,
    [practice.id],
  );
  const decision = explainPlanLimit({
    plan: practice.plan,
    practitionerCountExcludingStudents: members.filter(countsTowardPlanLimit).length,
    addingKind,
  });
  if (!decision.allowed) {
    throw new AppError(ErrorCode.PLAN_LIMIT, decision.message, {
      limit: decision.limit,
      plan: practice.plan,
    });
  }
}

/** S-0001, S-0002, ...: the next number no member of the practice uses (IDs are editable). */
async function nextStaffId(manager: EntityManager, practice: Practice): Promise<string> {
  let number = practice.lastStaffNumber;
  let staffId: string;
  do {
    number += 1;
    staffId = `S-${String(number).padStart(4, '0')}`;
  } while (await manager.exists(StaffMember, { where: { practiceId: practice.id, staffId } }));
  // Not through the entity: a staff number is not an edit of the practice's settings (version).
  await manager.query('UPDATE practice SET "lastStaffNumber" = $2 WHERE id = $1', [
    practice.id,
    number,
  ]);
  return staffId;
}

async function lockInvitedMember(
  manager: EntityManager,
  ctx: SignedInContext,
  staffMemberId: string,
): Promise<StaffMember> {
  const member = isUUID(staffMemberId)
    ? await manager
        .createQueryBuilder(StaffMember, 'member')
        .setLock('pessimistic_write')
        .where('member.id = :staffMemberId', { staffMemberId })
        .andWhere('member.practiceId = :practiceId', { practiceId: ctx.viewer.practiceId })
        .getOne()
    : null;
  if (!member) throw notFound('Staff member');
  if (member.status !== 'INVITED') {
    throw new AppError(
      ErrorCode.CONFLICT,
      `${member.firstName} ${member.lastName} is ${member.status}, not waiting for an invitation.`,
      { status: member.status },
    );
  }
  return member;
}

async function closePendingInvitations(
  manager: EntityManager,
  ctx: RequestContext,
  staffMemberId: string,
  status: 'SUPERSEDED' | 'REVOKED',
): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(Invitation)
    .set({ status, closedAt: ctx.now })
    .where(`"staffMemberId" = :staffMemberId AND status = 'PENDING'`, { staffMemberId })
    .execute();
  return result.affected ?? 0;
}

/** A new invitation (only the token's hash kept) and its mail, in the caller's transaction. */
async function issueInvitation(
  manager: EntityManager,
  ctx: SignedInContext,
  practice: Practice,
  member: StaffMember,
): Promise<void> {
  const token = newOpaqueToken();
  const expiresAt = new Date(ctx.now.getTime() + practice.invitationLifetimeHours * HOUR_MS);
  await manager.insert(Invitation, {
    practiceId: practice.id,
    staffMemberId: member.id,
    email: member.email,
    tokenHash: hashToken(token),
    status: 'PENDING',
    // Sent and expiry from one clock reading, so the lifetime is exactly the practice's setting.
    createdAt: ctx.now,
    expiresAt,
    invitedById: ctx.viewer.staffMemberId,
  });
  const inviter = await manager.findOneByOrFail(StaffMember, { id: ctx.viewer.staffMemberId });
  const inviterName = `${inviter.firstName} ${inviter.lastName}`;
  const expiry = expiresAt.toLocaleString('en-US', {
    timeZone: practice.timezone,
    dateStyle: 'full',
    timeStyle: 'short',
  });
  await enqueueMail(manager, ctx, {
    practiceId: practice.id,
    to: member.email,
    subject: `${inviterName} invited you to join ${practice.name} on Caseload`,
    text: [
      `Hello ${member.firstName},`,
      '',
      `${inviterName} invited you to join ${practice.name} on Caseload.`,
      '',
      'Accept the invitation and choose your password here:',
      appLink('/accept-invitation', { token }),
      '',
      `The link works once and expires on ${expiry} (${practice.timezone}). If it has expired, ${RESEND_HINT}.`,
      'If you were not expecting this invitation, you can decline it on the same page, or ignore this email.',
    ].join('\n'),
  });
}

async function reloadMember(ctx: SignedInContext, id: string): Promise<StaffRecord> {
  const [record] = await findStaffByIds(ctx.viewer.scope, [id]);
  if (!record) throw notFound('Staff member');
  return record;
}

// ---------------------------------------------------------------------------------------------
// Invitee side: look at, accept or decline a link
// ---------------------------------------------------------------------------------------------

export interface InvitationDetails {
  practiceName: string;
  email: string;
  firstName: string;
  lastName: string;
  status: InvitationStatus;
  expiresAt: Date;
  hasAccount: boolean;
}

/** What the accept page shows for a link; null for a token that was never issued. */
export async function findInvitation(
  ctx: RequestContext,
  token: string,
): Promise<InvitationDetails | null> {
  const [row] = await ctx.connection.manager.query(
    `SELECT i.status, i."expiresAt", i.email, m."firstName", m."lastName", m.status AS "memberStatus",
            p.name AS "practiceName",
            EXISTS (SELECT 1 FROM "user" u
                     WHERE lower(u.email) = lower(i.email) AND u."passwordHash" IS NOT NULL) AS "hasAccount"
       FROM invitation i
       JOIN staff_member m ON m.id = i."staffMemberId"
       JOIN practice p ON p.id = i."practiceId"
      WHERE i."tokenHash" = $1`,
    [hashToken(token)],
  );
  if (!row) return null;
  const invitation = { status: row.status, expiresAt: new Date(row.expiresAt) };
  const status =
    invitation.status === 'PENDING' && row.memberStatus !== 'INVITED'
      ? InvitationStatus.REVOKED
      : invitationStatus(invitation, ctx.now);
  return {
    practiceName: row.practiceName,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    status,
    expiresAt: invitation.expiresAt,
    hasAccount: row.hasAccount,
  };
}

/**
 * Accepts an invitation: creates the user with the chosen password, or links the existing account
 * with that email once its password is given (an external agent joining another practice; a
 * therapist still in another practice is refused by the database). The member becomes ACTIVE and
 * is signed in (or asked for their second factor when their account has MFA).
 */
export async function acceptInvitation(
  ctx: RequestContext,
  input: { token: string; password: string },
): Promise<SignInOutcome> {
  // First outside the transaction, so a wrong password of an existing account is recorded and
  // throttled like a failed sign-in (a rolled-back transaction would forget it).
  const { invitation: preview } = await usableInvitation(ctx.connection.manager, ctx, input.token);
  const linkedUserId = await checkExistingAccountPassword(ctx, preview.email, input.password);

  const outcome = await ctx.connection.manager.transaction(async (transaction) => {
    const { invitation, member } = await usableInvitation(transaction, ctx, input.token, {
      lock: true,
    });
    const roleCount = await transaction.count(RoleAssignment, {
      where: { staffMemberId: member.id },
    });
    if (!canActivateWithRoles(roleCount)) {
      throw new AppError(
        ErrorCode.CONFLICT,
        `Your practice has not given you a role yet, so you cannot sign in: ${RESEND_HINT} once it has.`,
      );
    }
    const { user, accountCreated } = await userForInvitation(
      transaction,
      ctx,
      invitation.email,
      input.password,
      linkedUserId,
    );
    try {
      await transaction
        .createQueryBuilder()
        .update(StaffMember)
        .set({ userId: user.id, status: 'ACTIVE', statusChangedAt: ctx.now, statusReason: null })
        .where('id = :id', { id: member.id })
        .execute();
    } catch (error) {
      throw membershipConflict(error) ?? error;
    }
    await transaction.update(
      Invitation,
      { id: invitation.id },
      { status: 'ACCEPTED', closedAt: ctx.now },
    );
    await closePendingInvitations(transaction, ctx, member.id, 'SUPERSEDED');
    await recordAudit(transaction, ctx, {
      practiceId: member.practiceId,
      actorUserId: user.id,
      actorStaffMemberId: member.id,
      action: 'invitation.accepted',
      targetType: 'StaffMember',
      targetId: member.id,
      changes: {
        before: { status: 'INVITED', userId: null },
        after: { status: 'ACTIVE', userId: user.id, accountCreated },
      },
    });
    return openSession(transaction, ctx, {
      user,
      membership: { id: member.id, practiceId: member.practiceId },
    });
  });
  return deliverSession(ctx, outcome);
}

/**
 * When the invited email already has an account with a password, accepting links that account,
 * which needs its password: checked and throttled like a sign-in. Returns the account's id.
 */
async function checkExistingAccountPassword(
  ctx: RequestContext,
  email: string,
  password: string,
): Promise<string | null> {
  const manager = ctx.connection.manager;
  const existing = await findUserByEmail(manager, email);
  if (!existing?.passwordHash) return null;
  await refuseWhenThrottled(manager, email, ctx);
  const matches = await verifyPassword(existing.passwordHash, password);
  await recordSignInAttempt(manager, ctx, email, matches);
  if (!matches) {
    throw badUserInput(
      'password',
      `${email} already has a Caseload account: enter its password to accept. Forgot it? Reset it from the sign-in page, then open this link again.`,
    );
  }
  return existing.id;
}

/** Declines an invitation: the link stops working; the practice sees DECLINED on its roster. */
export async function declineInvitation(ctx: RequestContext, token: string): Promise<boolean> {
  await ctx.connection.manager.transaction(async (transaction) => {
    const { invitation, member } = await usableInvitation(transaction, ctx, token, {
      lock: true,
    });
    await transaction.update(
      Invitation,
      { id: invitation.id },
      { status: 'DECLINED', closedAt: ctx.now },
    );
    await recordAudit(transaction, ctx, {
      practiceId: member.practiceId,
      actorUserId: null,
      actorStaffMemberId: null,
      action: 'invitation.declined',
      targetType: 'StaffMember',
      targetId: member.id,
      changes: { before: { invitation: 'PENDING' }, after: { invitation: 'DECLINED' } },
    });
  });
  return true;
}

/** The invitation of a link if it can still be answered; locked (in a transaction) on request. */
async function usableInvitation(
  manager: EntityManager,
  ctx: RequestContext,
  token: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<{ invitation: Invitation; member: StaffMember }> {
  const invitationQuery = manager
    .createQueryBuilder(Invitation, 'invitation')
    .where('invitation.tokenHash = :tokenHash', { tokenHash: hashToken(token) });
  const invitation = await (lock
    ? invitationQuery.setLock('pessimistic_write')
    : invitationQuery
  ).getOne();
  if (!invitation) {
    throw new AppError(
      ErrorCode.NOT_FOUND,
      `This invitation link is not valid. Use the whole link from the most recent email, or ${RESEND_HINT}.`,
    );
  }
  const memberQuery = manager
    .createQueryBuilder(StaffMember, 'member')
    .where('member.id = :id', { id: invitation.staffMemberId });
  const member = await (lock
    ? memberQuery.setLock('pessimistic_write')
    : memberQuery
  ).getOneOrFail();
  const status =
    invitation.status === 'PENDING' && member.status !== 'INVITED'
      ? InvitationStatus.REVOKED
      : invitationStatus(invitation, ctx.now);
  switch (status) {
    case InvitationStatus.PENDING:
      return { invitation, member };
    case InvitationStatus.ACCEPTED:
      throw new AppError(
        ErrorCode.INVITATION_USED,
        `This invitation has already been accepted. Sign in with your email and password, or ${RESEND_HINT}.`,
      );
    case InvitationStatus.DECLINED:
      throw new AppError(
        ErrorCode.INVITATION_USED,
        `This invitation was declined. If you want to join after all, ${RESEND_HINT}.`,
      );
    case InvitationStatus.SUPERSEDED:
      throw new AppError(
        ErrorCode.INVITATION_EXPIRED,
        `A newer invitation replaced this link: use the link in the most recent email, or ${RESEND_HINT}.`,
      );
    case InvitationStatus.REVOKED:
      throw new AppError(
        ErrorCode.INVITATION_EXPIRED,
        `This invitation was withdrawn. If you think that is a mistake, ${RESEND_HINT}.`,
      );
    default:
      throw new AppError(
        ErrorCode.INVITATION_EXPIRED,
        `This invitation has expired: ${RESEND_HINT}.`,
      );
  }
}

async function userForInvitation(
  manager: EntityManager,
  ctx: RequestContext,
  email: string,
  password: string,
  linkedUserId: string | null,
): Promise<{ user: User; accountCreated: boolean }> {
  const existing = await findUserByEmail(manager, email);
  if (existing?.passwordHash) {
    if (existing.id !== linkedUserId) {
      throw badUserInput(
        'password',
        `${email} already has a Caseload account: enter its password.`,
      );
    }
    return { user: existing, accountCreated: false };
  }
  assertAcceptablePassword('password', password, { email });
  const passwordHash = await hashPassword(password);
  if (existing) {
    await manager.update(
      User,
      { id: existing.id },
      { passwordHash, passwordChangedAt: ctx.now, mustChangePassword: false },
    );
    return { user: { ...existing, passwordHash }, accountCreated: false };
  }
  const user = manager.create(User, {
    email,
    passwordHash,
    passwordChangedAt: ctx.now,
    mustChangePassword: false,
    mfaEnabledAt: null,
  });
  await manager.insert(User, user);
  return { user, accountCreated: true };
}

function membershipConflict(error: unknown): AppError | null {
  if (isUniqueViolation(error, 'UQ_staff_member_one_practice_per_user')) {
    return new AppError(
      ErrorCode.CONFLICT,
      'You are still a member of another practice. A practitioner belongs to one practice at a time: ask that practice to remove you first, then ask this practice to resend the invitation.',
    );
  }
  if (isUniqueViolation(error, 'UQ_staff_member_user_per_practice')) {
    return new AppError(ErrorCode.CONFLICT, 'You are already a member of this practice.');
  }
  return null;
}
