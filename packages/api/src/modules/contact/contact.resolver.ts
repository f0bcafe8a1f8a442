import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { findVisibleClient } from '../client/client.service';
import { ClientType } from '../client/client.types';
import { StaffMemberType } from '../staff/staff.types';
import { loadStaffMember, type StaffAnswer } from '../staff/staff-loading';
import { addRelationship, createContact, listContacts } from './contact.service';
import {
  AddRelationshipArgs,
  ClientRelationshipType,
  ContactConnection,
  ContactInput,
  ContactsArgs,
  ContactType,
} from './contact.types';

@Resolver(() => ContactType)
export class ContactResolver {
  @Query(() => ContactConnection, {
    description: 'Every contact with contacts.view.all; else only those assigned to the caller.',
  })
  contacts(@Ctx() ctx: RequestContext, @Args() args: ContactsArgs): Promise<ContactConnection> {
    return listContacts(signedIn(ctx), args);
  }

  @Mutation(() => ContactType)
  createContact(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: ContactInput,
  ): Promise<ContactType> {
    return createContact(signedIn(ctx), input);
  }

  @Mutation(() => ClientRelationshipType, {
    description: 'Links a client to a contact (existing or new) or to another client.',
  })
  addRelationship(
    @Ctx() ctx: RequestContext,
    @Args() args: AddRelationshipArgs,
  ): Promise<ClientRelationshipType> {
    return addRelationship(signedIn(ctx), args);
  }

  @FieldResolver(() => StaffMemberType, { nullable: true, description: 'Who looks after them.' })
  assignedTo(
    @Root() contact: ContactType,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): StaffAnswer {
    return loadStaffMember(ctx, info, contact.assignedStaffMemberId);
  }
}

@Resolver(() => ClientType)
export class ClientRelationshipsResolver {
  @FieldResolver(() => [ClientRelationshipType], {
    description: 'Contacts and other clients linked to this client (contacts the caller may see).',
  })
  relationships(
    @Root() client: ClientType,
    @Ctx() ctx: RequestContext,
  ): Promise<ClientRelationshipType[]> {
    return signedIn(ctx).viewer.loaders.relationshipsByClientId.load(client.id);
  }
}

@Resolver(() => ClientRelationshipType)
export class RelationshipResolver {
  @FieldResolver(() => ClientType, {
    nullable: true,
    description: 'The other client, when the caller may see them.',
  })
  async relatedClient(
    @Root() relationship: ClientRelationshipType,
    @Ctx() ctx: RequestContext,
  ): Promise<ClientType | null> {
    if (!relationship.relatedClientId) return null;
    const viewerCtx = signedIn(ctx);
    const readScope = viewerCtx.viewer.clientReadScope;
    return findVisibleClient(
      viewerCtx.viewer.scope,
      readScope,
      relationship.relatedClientId,
      ctx.now,
    ).catch(() => null);
  }
}
