import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Mutation, Resolver, Root } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { StaffMemberType } from '../staff/staff.types';
import { loadStaffMember, type StaffAnswer } from '../staff/staff-loading';
import type { ClientType } from './client.types';
import { ClientType as ClientObjectType } from './client.types';
import { bulkReassignClients, reassignClient } from './client-assignment.service';
import {
  BulkReassignClientsArgs,
  ClientAssignmentChangeType,
  ReassignClientArgs,
} from './client-assignment.types';

@Resolver(() => ClientObjectType)
export class ClientAssignmentResolver {
  @Mutation(() => ClientObjectType, {
    description: 'Gives a client another therapist, keeping every past session and the history.',
  })
  reassignClient(
    @Ctx() ctx: RequestContext,
    @Args() args: ReassignClientArgs,
  ): Promise<ClientType> {
    return reassignClient(signedIn(ctx), args);
  }

  @Mutation(() => Int, {
    description:
      'Moves many clients all or nothing, each only if it is still as read (CONFLICT when they keep changing meanwhile); returns how many moved.',
  })
  bulkReassignClients(
    @Ctx() ctx: RequestContext,
    @Args() args: BulkReassignClientsArgs,
  ): Promise<number> {
    return bulkReassignClients(signedIn(ctx), args);
  }

  @FieldResolver(() => [ClientAssignmentChangeType], {
    description: 'Every change of therapist, oldest first.',
  })
  assignmentHistory(
    @Root() client: ClientType,
    @Ctx() ctx: RequestContext,
  ): Promise<ClientAssignmentChangeType[]> {
    return signedIn(ctx).viewer.loaders.assignmentHistoryByClientId.load(client.id);
  }
}

@Resolver(() => ClientAssignmentChangeType)
export class ClientAssignmentChangeResolver {
  @FieldResolver(() => StaffMemberType, { nullable: true, description: 'Null: was unassigned.' })
  fromTherapist(
    @Root() change: ClientAssignmentChangeType,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): StaffAnswer {
    return loadStaffMember(ctx, info, change.fromTherapistId);
  }

  @FieldResolver(() => StaffMemberType, { nullable: true, description: 'Null: left unassigned.' })
  toTherapist(
    @Root() change: ClientAssignmentChangeType,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): StaffAnswer {
    return loadStaffMember(ctx, info, change.toTherapistId);
  }

  @FieldResolver(() => StaffMemberType, { nullable: true })
  changedBy(
    @Root() change: ClientAssignmentChangeType,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): StaffAnswer {
    return loadStaffMember(ctx, info, change.changedById);
  }
}
