import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import type { StaffRecord } from '../staff/staff.service';
import { StaffMemberType } from '../staff/staff.types';
import {
  computedStaffFieldsSelected,
  loadStaffMember,
  type StaffAnswer,
} from '../staff/staff-loading';
import { getClient, getSuperviseeCaseload, listClients, listSupervisees } from './client.service';
import { ClientConnection, ClientsArgs, ClientType, SuperviseeCaseloadType } from './client.types';
import { caseloadClientFieldsSelected } from './client-selection';

@Resolver(() => ClientType)
export class ClientResolver {
  @Query(() => ClientConnection, {
    description:
      'The clients the caller may see: all of them with clients.view.all, else their own caseload and their supervisees’.',
  })
  clients(@Ctx() ctx: RequestContext, @Args() args: ClientsArgs): Promise<ClientConnection> {
    return listClients(signedIn(ctx), args);
  }

  @Query(() => ClientType, {
    nullable: true,
    description: 'NOT_FOUND for a client the caller may not see, as for one that does not exist.',
  })
  client(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ClientType> {
    return getClient(signedIn(ctx), id);
  }

  @Query(() => [StaffMemberType], { description: 'The members the caller supervises.' })
  mySupervisees(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StaffRecord[]> {
    return listSupervisees(signedIn(ctx), computedStaffFieldsSelected(info));
  }

  @Query(() => SuperviseeCaseloadType, {
    description: 'Direct clients, practice clients as primary, and walk-ins of one supervisee.',
  })
  superviseeCaseload(
    @Ctx() ctx: RequestContext,
    @Arg('superviseeId', () => ID) superviseeId: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SuperviseeCaseloadType> {
    return getSuperviseeCaseload(signedIn(ctx), superviseeId, caseloadClientFieldsSelected(info));
  }

  @FieldResolver(() => StaffMemberType, {
    nullable: true,
    description: 'The DIRECT client’s therapist, or the PRACTICE client’s primary therapist.',
  })
  therapist(
    // Only the id: TypeGraphQL would copy the whole client into a ClientType for `@Root()`.
    @Root('therapistId') therapistId: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): StaffAnswer {
    return loadStaffMember(ctx, info, therapistId);
  }
}
