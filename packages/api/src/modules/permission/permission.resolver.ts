import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { StaffMemberType } from '../staff/staff.types';
import { loadStaffMember, type StaffAnswer } from '../staff/staff-loading';
import {
  explainMemberPermissions,
  listPermissionOverrides,
  permissionCatalogEntries,
  removePermissionOverride,
  setPermissionOverride,
} from './permission.service';
import {
  PermissionCatalogEntryType,
  PermissionDecisionType,
  PermissionOverrideType,
  SetPermissionOverrideArgs,
} from './permission.types';

@Resolver()
export class PermissionResolver {
  @Query(() => [PermissionCatalogEntryType], { description: 'Every permission key there is.' })
  permissionCatalog(): PermissionCatalogEntryType[] {
    return permissionCatalogEntries();
  }

  @Query(() => [PermissionDecisionType], {
    description: "A member's effective permissions now, each with the reasons behind it.",
  })
  effectivePermissions(
    @Ctx() ctx: RequestContext,
    @Arg('staffMemberId', () => ID) staffMemberId: string,
  ): Promise<PermissionDecisionType[]> {
    return explainMemberPermissions(signedIn(ctx), staffMemberId);
  }

  @Query(() => [PermissionOverrideType], {
    description: "A member's overrides, expired ones included, by permission.",
  })
  permissionOverrides(
    @Ctx() ctx: RequestContext,
    @Arg('staffMemberId', () => ID) staffMemberId: string,
  ): Promise<PermissionOverrideType[]> {
    return listPermissionOverrides(signedIn(ctx), staffMemberId);
  }

  @Mutation(() => PermissionOverrideType, {
    description: 'Grants (ALLOW) or withholds (DENY) one permission from one member; DENY wins.',
  })
  setPermissionOverride(
    @Ctx() ctx: RequestContext,
    @Args() args: SetPermissionOverrideArgs,
  ): Promise<PermissionOverrideType> {
    return setPermissionOverride(signedIn(ctx), args);
  }

  @Mutation(() => Boolean)
  removePermissionOverride(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<boolean> {
    return removePermissionOverride(signedIn(ctx), id);
  }
}

@Resolver(() => PermissionOverrideType)
export class PermissionOverrideResolver {
  @FieldResolver(() => StaffMemberType, { nullable: true, description: 'Who set it.' })
  grantedBy(
    @Root() override: PermissionOverrideType,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): StaffAnswer {
    return loadStaffMember(ctx, info, override.grantedById);
  }
}
