import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DataType } from '../../graphql/data-type';

@DataType(
  'ClientAssignmentChange',
  'One change of a client’s therapist: from, to, by whom, when, why.',
)
export class ClientAssignmentChangeType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  clientId: string;

  @Field()
  reason: string;

  @Field({ description: 'When the change was made.' })
  createdAt: Date;

  /** Resolved through the per-request staff loader. */
  fromTherapistId: string | null;
  toTherapistId: string | null;
  changedById: string | null;
}

@ArgsType()
export class ReassignClientArgs {
  @Field(() => ID)
  clientId: string;

  @Field(() => ID, { description: 'An ACTIVE therapist or student therapist of the practice.' })
  toTherapistId: string;

  @Field({ description: 'Why: kept in the assignment history.' })
  reason: string;

  @Field(() => Int, {
    description: 'The client version you saw: a newer one means someone else changed it.',
  })
  expectedVersion: number;
}

@InputType('ClientReassignment')
export class ClientReassignmentInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => ID)
  toTherapistId: string;
}

@ArgsType()
export class BulkReassignClientsArgs {
  @Field(() => [ClientReassignmentInput])
  assignments: ClientReassignmentInput[];

  @Field()
  reason: string;
}
