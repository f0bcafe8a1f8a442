import { RelationshipType } from '@caseload/shared';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DataType } from '../../graphql/data-type';
import { PageInfo } from '../../graphql/pagination';

@DataType(
  'Contact',
  'A person outside the practice linked to clients: a parent, a partner, a case manager.',
)
export class ContactType {
  @Field(() => ID)
  id: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  /** Resolved through the per-request staff loader. */
  assignedStaffMemberId: string | null;
}

@DataType('ContactEdge')
export class ContactEdge {
  @Field()
  cursor: string;

  @Field(() => ContactType)
  node: ContactType;
}

@DataType('ContactConnection', 'One page of the contacts the caller may see.')
export class ContactConnection {
  @Field(() => [ContactEdge])
  edges: ContactEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ArgsType()
export class ContactsArgs {
  @Field(() => Int, { defaultValue: 25 })
  first: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field({ nullable: true, description: 'Part of a name, phone or email.' })
  search?: string;
}

@InputType('ContactInput')
export class ContactInput {
  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The practitioner who looks after this contact.',
  })
  assignedStaffMemberId?: string | null;
}

@DataType('Relationship', 'How a client is linked to a contact or to another client.')
export class ClientRelationshipType {
  @Field(() => ID)
  id: string;

  @Field(() => RelationshipType)
  type: RelationshipType;

  @Field()
  isEmergencyContact: boolean;

  @Field(() => ContactType, {
    nullable: true,
    description: 'Set when the other party is a contact.',
  })
  contact: ContactType | null;

  /** The other party when it is a client; resolved by the relationship resolver. */
  clientId: string;
  relatedClientId: string | null;
}

@ArgsType()
export class AddRelationshipArgs {
  @Field(() => ID)
  clientId: string;

  @Field(() => ID, { nullable: true, description: 'An existing contact…' })
  contactId?: string | null;

  @Field(() => ContactInput, { nullable: true, description: '…or a new one…' })
  newContact?: ContactInput | null;

  @Field(() => ID, { nullable: true, description: '…or another client (shown from both sides).' })
  relatedClientId?: string | null;

  @Field(() => RelationshipType)
  type: RelationshipType;

  @Field({ defaultValue: false })
  isEmergencyContact: boolean;
}
