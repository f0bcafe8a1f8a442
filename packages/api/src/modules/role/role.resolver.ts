import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { MemberPermissionChangeType } from '../permission/permission.types';
import type { StaffRecord } from '../staff/staff.service';
import { StaffMemberType } from '../staff/staff.types';
import {
  archiveRole,
  assignRoles,
  createRole,
  getRole,
  listRoles,
  previewRoleAssignment,
  previewRoleChange,
  updateRole,
} from './role.service';
import {
  AssignRolesArgs,
  PreviewRoleChangeArgs,
  RoleInput,
  RoleType,
  UpdateRoleArgs,
} from './role.types';

@Resolver(() => RoleType)
export class RoleResolver {
  @Query(() => [RoleType], { description: "The practice's roles, by name." })
  roles(
    @Ctx() ctx: RequestContext,
    @Arg('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<RoleType[]> {
    return listRoles(signedIn(ctx), includeArchived);
  }

  @Query(() => RoleType, { nullable: true })
  role(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<RoleType> {
    return getRole(signedIn(ctx).viewer.scope, id);
  }

  @Mutation(() => RoleType)
  createRole(@Ctx() ctx: RequestContext, @Arg('input') input: RoleInput): Promise<RoleType> {
    return createRole(signedIn(ctx), input);
  }

  @Mutation(() => RoleType, { description: 'CONFLICT when expectedVersion is not the latest.' })
  updateRole(@Ctx() ctx: RequestContext, @Args() args: UpdateRoleArgs): Promise<RoleType> {
    return updateRole(signedIn(ctx), args);
  }

  @Mutation(() => RoleType, { description: 'Refused while any member holds the role.' })
  archiveRole(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<RoleType> {
    return archiveRole(signedIn(ctx), id);
  }

  @Mutation(() => StaffMemberType, {
    description:
      'Sets the complete set of roles of a member. Removing the last role makes them INACTIVE.',
  })
  assignRoles(@Ctx() ctx: RequestContext, @Args() args: AssignRolesArgs): Promise<StaffRecord> {
    return assignRoles(signedIn(ctx), args);
  }

  @Query(() => [MemberPermissionChangeType], {
    description: 'Who would gain and lose which permissions if the role had these; saves nothing.',
  })
  previewRoleChange(
    @Ctx() ctx: RequestContext,
    @Args() args: PreviewRoleChangeArgs,
  ): Promise<MemberPermissionChangeType[]> {
    return previewRoleChange(signedIn(ctx), args);
  }

  @Query(() => MemberPermissionChangeType, {
    description: 'What the member would gain and lose with exactly these roles; saves nothing.',
  })
  previewRoleAssignment(
    @Ctx() ctx: RequestContext,
    @Args() args: AssignRolesArgs,
  ): Promise<MemberPermissionChangeType> {
    return previewRoleAssignment(signedIn(ctx), args);
  }
}
