import { allPermissions } from '@caseload/shared';
import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { getCurrentPractice } from '../practice/practice.service';
import { getStaffMember } from '../staff/staff.service';
import {
  listMemberships,
  signIn,
  signOut,
  signOutEverywhere,
  switchPractice,
} from './auth.service';
import {
  ChangePasswordArgs,
  MfaEnrollmentType,
  ResetPasswordArgs,
  SetTemporaryPasswordArgs,
  SignInArgs,
  SignInPayload,
  VerifySecondFactorArgs,
  ViewerType,
} from './auth.types';
import {
  confirmMfaEnrollment,
  resetMfa,
  startMfaEnrollment,
  verifySecondFactor,
} from './mfa.service';
import {
  changePassword,
  endSessions,
  requestPasswordReset,
  resetPassword,
  setTemporaryPassword,
  unlockAccount,
} from './password.service';

// Sign-in, the second factor and reset links find their user and practice themselves, so they
// run outside the tenant of any session the browser still carries.
@Resolver()
export class AuthResolver {
  @Mutation(() => SignInPayload, {
    description:
      'Signs in with email and password and sets the session cookie; with MFA on, answers `secondFactorRequired` instead (then call `verifySecondFactor`).',
  })
  signIn(@Ctx() ctx: RequestContext, @Args() args: SignInArgs): Promise<SignInPayload> {
    return ctx.connection.withoutTenant(() => signIn(ctx, args));
  }

  @Mutation(() => SignInPayload, {
    description:
      'Second step of signing in with MFA: a code from the authenticator app, or a recovery code. Sets the session cookie.',
  })
  verifySecondFactor(
    @Ctx() ctx: RequestContext,
    @Args() args: VerifySecondFactorArgs,
  ): Promise<SignInPayload> {
    return ctx.connection.withoutTenant(() => verifySecondFactor(ctx, args));
  }

  @Mutation(() => Boolean, {
    description: 'Changes your password; your other sessions end. Clears a temporary password.',
  })
  changePassword(@Ctx() ctx: RequestContext, @Args() args: ChangePasswordArgs): Promise<boolean> {
    return changePassword(signedIn(ctx), args);
  }

  @Mutation(() => Boolean, {
    description:
      'Gives a member a temporary password they must change at their next sign-in; their sessions end. Not for accounts that also serve another practice, nor for members holding permissions you lack.',
  })
  setTemporaryPassword(
    @Ctx() ctx: RequestContext,
    @Args() args: SetTemporaryPasswordArgs,
  ): Promise<boolean> {
    return setTemporaryPassword(signedIn(ctx), args);
  }

  @Mutation(() => Boolean, {
    description:
      'Emails a single-use password reset link, valid for an hour. Always true, whether or not the email has an account.',
  })
  requestPasswordReset(@Ctx() ctx: RequestContext, @Arg('email') email: string): Promise<boolean> {
    return ctx.connection.withoutTenant(() => requestPasswordReset(ctx, email));
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password from a reset link (once); every session of the account ends.',
  })
  resetPassword(@Ctx() ctx: RequestContext, @Args() args: ResetPasswordArgs): Promise<boolean> {
    return ctx.connection.withoutTenant(() => resetPassword(ctx, args));
  }

  @Mutation(() => Boolean, {
    description: "Lifts a member's sign-in lockout after too many failed attempts.",
  })
  unlockAccount(
    @Ctx() ctx: RequestContext,
    @Arg('staffMemberId', () => ID) staffMemberId: string,
  ): Promise<boolean> {
    return unlockAccount(signedIn(ctx), staffMemberId);
  }

  @Mutation(() => Int, {
    description: 'Ends every session a member has open in this practice; returns how many.',
  })
  endSessions(
    @Ctx() ctx: RequestContext,
    @Arg('staffMemberId', () => ID) staffMemberId: string,
  ): Promise<number> {
    return endSessions(signedIn(ctx), staffMemberId);
  }

  @Mutation(() => MfaEnrollmentType, {
    description:
      'Starts two-step sign-in (TOTP): scan the QR code, then confirm with a code (`confirmMfaEnrollment`).',
  })
  startMfaEnrollment(@Ctx() ctx: RequestContext): Promise<MfaEnrollmentType> {
    return startMfaEnrollment(signedIn(ctx));
  }

  @Mutation(() => [String], {
    description:
      'Turns two-step sign-in on with a code from the app; returns ten single-use recovery codes, shown this once.',
  })
  confirmMfaEnrollment(@Ctx() ctx: RequestContext, @Arg('code') code: string): Promise<string[]> {
    return confirmMfaEnrollment(signedIn(ctx), code);
  }

  @Mutation(() => Boolean, {
    description:
      "Turns off a member's two-step sign-in (lost device); their sessions end. If the practice requires MFA they enrol again at next sign-in.",
  })
  resetMfa(
    @Ctx() ctx: RequestContext,
    @Arg('staffMemberId', () => ID) staffMemberId: string,
  ): Promise<boolean> {
    return resetMfa(signedIn(ctx), staffMemberId);
  }

  @Mutation(() => Boolean, { description: 'Ends this session.' })
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return signOut(signedIn(ctx));
  }

  @Mutation(() => Int, {
    description: 'Ends every session of the signed-in user; returns how many.',
  })
  signOutEverywhere(@Ctx() ctx: RequestContext): Promise<number> {
    return signOutEverywhere(signedIn(ctx));
  }

  @Mutation(() => Boolean, {
    description: 'Makes another practice the one this session acts for (external agents).',
  })
  async switchPractice(
    @Ctx() ctx: RequestContext,
    @Arg('practiceId', () => ID) practiceId: string,
  ): Promise<boolean> {
    await switchPractice(signedIn(ctx), practiceId);
    return true;
  }

  @Query(() => ViewerType, {
    nullable: true,
    description: 'The signed-in user; null if anonymous.',
  })
  async me(@Ctx() ctx: RequestContext): Promise<ViewerType | null> {
    if (!ctx.viewer) return null;
    const viewerCtx = signedIn(ctx);
    const [member, practice, memberships] = await Promise.all([
      getStaffMember(viewerCtx, ctx.viewer.staffMemberId),
      getCurrentPractice(viewerCtx),
      listMemberships(viewerCtx),
    ]);
    return {
      userId: ctx.viewer.userId,
      email: ctx.viewer.email,
      member,
      practice,
      memberships,
      permissions: allPermissions.filter((permission) => ctx.viewer?.permissions.has(permission)),
      mustChangePassword: ctx.viewer.mustChangePassword ?? false,
      mfaEnrollmentRequired: ctx.viewer.mfaEnrollmentRequired ?? false,
      mfaEnabled: ctx.viewer.mfaEnabled ?? false,
    };
  }
}
