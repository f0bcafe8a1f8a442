import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { insideGuardedResult, type RuleTree, selfOrCan } from '../../authorization/rules';
import { type RequestContext, signedIn } from '../../context/request-context';
import type { StaffRecord } from './staff.service';
import { StaffMemberType } from './staff.types';
import { loadStaffProfile, updateStaffProfile } from './staff-profile.service';
import { StaffProfileType, UpdateStaffProfileArgs } from './staff-profile.types';

/**
 * A member edits their own profile; staff.edit edits anyone's (and the admin-only fields, which
 * the service refuses to self-editors without it).
 */
export const staffProfileRules: RuleTree = {
  Mutation: { updateStaffProfile: selfOrCan('staffMemberId', 'staff.edit') },
  StaffMember: { profile: insideGuardedResult },
};

@Resolver(() => StaffMemberType)
export class StaffProfileResolver {
  @Mutation(() => StaffMemberType, {
    description:
      'Changes the profile fields given. CONFLICT (field expectedVersion) when someone saved since; ' +
      'members may edit their own contact details, notifications, bio, specialties and availability.',
  })
  updateStaffProfile(
    @Ctx() ctx: RequestContext,
    @Args() args: UpdateStaffProfileArgs,
  ): Promise<StaffRecord> {
    return updateStaffProfile(signedIn(ctx), args);
  }

  @FieldResolver(() => StaffProfileType, {
    description: 'Profile details, contact, availability and the version to edit against.',
  })
  async profile(
    @Root() member: StaffRecord,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffProfileType> {
    const profile = await loadStaffProfile(signedIn(ctx), member.id);
    if (!profile) throw new Error(`No profile for staff member ${member.id}`);
    return profile;
  }
}
