import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { ClientType } from './client.types';
import { createClient, dischargeClient, updateClient } from './client-editing.service';
import { DischargeClientArgs, NewClientInput, UpdateClientArgs } from './client-editing.types';

@Resolver(() => ClientType)
export class ClientEditingResolver {
  @Mutation(() => ClientType, {
    description:
      'Adds a client, to a caseload the caller can see; with autoMatch, to the best-ranked therapist.',
  })
  createClient(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => NewClientInput) input: NewClientInput,
  ): Promise<ClientType> {
    return createClient(signedIn(ctx), input);
  }

  @Mutation(() => ClientType, {
    description: 'Changes a client’s details; CONFLICT when someone else saved first.',
  })
  updateClient(@Ctx() ctx: RequestContext, @Args() args: UpdateClientArgs): Promise<ClientType> {
    return updateClient(signedIn(ctx), args);
  }

  @Mutation(() => ClientType, {
    description:
      'Discharges a client: they leave the active caseload and their upcoming sessions are cancelled; sessions, notes and history are kept.',
  })
  dischargeClient(
    @Ctx() ctx: RequestContext,
    @Args() args: DischargeClientArgs,
  ): Promise<ClientType> {
    return dischargeClient(signedIn(ctx), args);
  }
}
