import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import {
  addGroupMembers,
  archiveGroup,
  createGroup,
  listGroups,
  loadMemberCount,
  removeGroupMember,
  renameGroup,
} from './group.service';
import {
  AddGroupMembersArgs,
  CreateGroupArgs,
  GroupType,
  RemoveGroupMemberArgs,
  RenameGroupArgs,
} from './group.types';

@Resolver(() => GroupType)
export class GroupResolver {
  @Query(() => [GroupType], {
    description: "The practice's teams, locations and departments, by kind and name.",
  })
  groups(
    @Ctx() ctx: RequestContext,
    @Arg('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<GroupType[]> {
    return listGroups(signedIn(ctx), includeArchived);
  }

  @Mutation(() => GroupType, {
    description: 'CONFLICT (field name) while an unarchived group has the same name.',
  })
  createGroup(@Ctx() ctx: RequestContext, @Args() args: CreateGroupArgs): Promise<GroupType> {
    return createGroup(signedIn(ctx), args);
  }

  @Mutation(() => GroupType, {
    description: 'CONFLICT (field name) while another unarchived group has the name.',
  })
  renameGroup(@Ctx() ctx: RequestContext, @Args() args: RenameGroupArgs): Promise<GroupType> {
    return renameGroup(signedIn(ctx), args);
  }

  @Mutation(() => GroupType, {
    description: "Hides the group from members' groups and from filters; memberships are kept.",
  })
  archiveGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<GroupType> {
    return archiveGroup(signedIn(ctx), id);
  }

  @Mutation(() => GroupType, {
    description:
      'Adds members; those already in the group stay as they are. REMOVED members are refused.',
  })
  addGroupMembers(
    @Ctx() ctx: RequestContext,
    @Args() args: AddGroupMembersArgs,
  ): Promise<GroupType> {
    return addGroupMembers(signedIn(ctx), args);
  }

  @Mutation(() => GroupType, { description: 'Takes one member out of the group.' })
  removeGroupMember(
    @Ctx() ctx: RequestContext,
    @Args() args: RemoveGroupMemberArgs,
  ): Promise<GroupType> {
    return removeGroupMember(signedIn(ctx), args);
  }

  @FieldResolver(() => Int, { description: 'Members in the group, not counting removed ones.' })
  memberCount(@Root() group: GroupType, @Ctx() ctx: RequestContext): number | Promise<number> {
    return group.memberCount ?? loadMemberCount(signedIn(ctx), group.id);
  }
}
