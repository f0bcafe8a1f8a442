import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { SignInPayload } from '../auth/auth.types';
import type { StaffRecord } from '../staff/staff.service';
import { StaffMemberType } from '../staff/staff.types';
import { latestInvitationLoader } from './invitation.loaders';
import {
  acceptInvitation,
  declineInvitation,
  findInvitation,
  inviteStaff,
  resendInvitation,
  revokeInvitation,
} from './invitation.service';
import {
  AcceptInvitationArgs,
  InvitationDetailsType,
  InvitationStateType,
  InviteStaffInput,
} from './invitation.types';

// Invitation links find their practice themselves, so they run outside the tenant of any session
// the browser still carries.
@Resolver(() => StaffMemberType)
export class InvitationResolver {
  @Mutation(() => StaffMemberType, {
    description:
      'Adds a member in status INVITED with their roles and emails them a single-use link. CONFLICT (with `existingStaffMemberId`) when the email is already on the roster: resend instead. PLAN_LIMIT when the plan has no seat for this kind.',
  })
  inviteStaff(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => InviteStaffInput) input: InviteStaffInput,
  ): Promise<StaffRecord> {
    return inviteStaff(signedIn(ctx), input);
  }

  @Mutation(() => StaffMemberType, {
    description: 'Emails an INVITED member a new link; every older link stops working.',
  })
  resendInvitation(
    @Ctx() ctx: RequestContext,
    @Arg('staffMemberId', () => ID) staffMemberId: string,
  ): Promise<StaffRecord> {
    return resendInvitation(signedIn(ctx), staffMemberId);
  }

  @Mutation(() => StaffMemberType, {
    description:
      'Withdraws the pending invitation of an INVITED member; they stay on the roster until resent or removed.',
  })
  revokeInvitation(
    @Ctx() ctx: RequestContext,
    @Arg('staffMemberId', () => ID) staffMemberId: string,
  ): Promise<StaffRecord> {
    return revokeInvitation(signedIn(ctx), staffMemberId);
  }

  @Query(() => InvitationDetailsType, {
    nullable: true,
    description:
      'What an invitation link is for, so the accept page can show it; null for an unknown token.',
  })
  invitation(
    @Ctx() ctx: RequestContext,
    @Arg('token') token: string,
  ): Promise<InvitationDetailsType | null> {
    return ctx.connection.withoutTenant(() => findInvitation(ctx, token));
  }

  @Mutation(() => SignInPayload, {
    description:
      'Accepts an invitation and signs in. INVITATION_EXPIRED or INVITATION_USED when the link can no longer be used.',
  })
  acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Args() args: AcceptInvitationArgs,
  ): Promise<SignInPayload> {
    return ctx.connection.withoutTenant(() => acceptInvitation(ctx, args));
  }

  @Mutation(() => Boolean, { description: 'Declines an invitation; the link stops working.' })
  declineInvitation(@Ctx() ctx: RequestContext, @Arg('token') token: string): Promise<boolean> {
    return ctx.connection.withoutTenant(() => declineInvitation(ctx, token));
  }

  @FieldResolver(() => InvitationStateType, {
    name: 'invitation',
    nullable: true,
    description:
      'Their newest invitation (pending, expired, accepted, ...); null if never invited.',
  })
  latestInvitation(
    @Root() member: StaffRecord,
    @Ctx() ctx: RequestContext,
  ): Promise<InvitationStateType | null> {
    return latestInvitationLoader(signedIn(ctx)).load(member.id);
  }
}
