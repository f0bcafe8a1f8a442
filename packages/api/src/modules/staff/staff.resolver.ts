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
import { selectedFieldNames } from '../../graphql/selection';
import { getStaffMember, listStaff, type StaffRecord } from './staff.service';
import {
  RemoveStaffMemberArgs,
  SetStaffStatusArgs,
  SetSupervisorArgs,
  StaffArgs,
  StaffConnection,
  StaffMemberType,
} from './staff.types';
import { removeStaffMember, setStaffStatus, setSupervisor } from './staff-lifecycle.service';
import { loadStaffMember, type StaffAnswer } from './staff-loading';

@Resolver(() => StaffMemberType)
export class StaffResolver {
  @Query(() => StaffConnection, {
    description: "The staff roster of the caller's practice, one page at a time.",
  })
  staff(
    @Ctx() ctx: RequestContext,
    @Args() args: StaffArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StaffConnection> {
    return listStaff(signedIn(ctx), args, selectedFieldNames(info, 'edges', 'node'));
  }

  @Query(() => StaffMemberType, {
    nullable: true,
    description: 'One member of the practice; NOT_FOUND for an id of another practice.',
  })
  staffMember(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<StaffMemberType> {
    return getStaffMember(signedIn(ctx), id);
  }

  @Mutation(() => StaffMemberType, {
    description: 'Puts a member on hold, deactivates (ending their sessions) or reactivates them.',
  })
  setStaffStatus(
    @Ctx() ctx: RequestContext,
    @Args() args: SetStaffStatusArgs,
  ): Promise<StaffRecord> {
    return setStaffStatus(signedIn(ctx), args);
  }

  @Mutation(() => StaffMemberType, {
    description:
      'Removes a member from the roster, keeping their data; HAS_ACTIVE_CLIENTS unless reassignTo takes their clients.',
  })
  removeStaffMember(
    @Ctx() ctx: RequestContext,
    @Args() args: RemoveStaffMemberArgs,
  ): Promise<StaffRecord> {
    return removeStaffMember(signedIn(ctx), args);
  }

  @Mutation(() => StaffMemberType, { description: "Names or clears a member's supervisor." })
  setSupervisor(@Ctx() ctx: RequestContext, @Args() args: SetSupervisorArgs): Promise<StaffRecord> {
    return setSupervisor(signedIn(ctx), args);
  }

  @FieldResolver(() => StaffMemberType, {
    nullable: true,
    description: 'Who supervises this member, when their roles require or allow it.',
  })
  supervisor(
    // Only the id: TypeGraphQL would copy the whole member into a StaffMemberType for `@Root()`.
    @Root('supervisorId') supervisorId: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): StaffAnswer {
    return loadStaffMember(ctx, info, supervisorId);
  }
}
