import { ClientScope, ClientStatus, RiskLevel } from '@caseload/shared';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { WeeklySlotInput } from '../staff/staff-profile.types';

@InputType('NewClientInput', {
  description:
    'A new client. A DIRECT client needs a therapist: name one or auto-match; a PRACTICE client may wait unassigned.',
})
export class NewClientInput {
  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  dateOfBirth: string;

  @Field(() => RiskLevel, { defaultValue: RiskLevel.LOW })
  riskLevel: RiskLevel;

  @Field(() => ClientScope)
  scope: ClientScope;

  @Field(() => ID, {
    nullable: true,
    description: 'An ACTIVE therapist or student therapist; leave out to auto-match.',
  })
  therapistId?: string | null;

  @Field({
    defaultValue: false,
    description:
      'Give the client the best-ranked therapist of suggestTherapists (needs clients.view.all).',
  })
  autoMatch: boolean;

  @Field(() => [String], {
    nullable: true,
    description: 'At most 20; trimmed, duplicates dropped.',
  })
  neededSpecialties?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A LOCATION group of the practice.' })
  preferredLocationId?: string | null;

  @Field(() => [WeeklySlotInput], {
    nullable: true,
    description: 'Weekly windows when the client can come; slots of one day may not overlap.',
  })
  preferredTimes?: WeeklySlotInput[] | null;
}

@InputType('ClientChangesInput', {
  description:
    'Only the fields given change. The therapist changes through reassignClient, discharge through dischargeClient.',
})
export class ClientChangesInput {
  @Field({ nullable: true })
  firstName?: string;

  @Field({ nullable: true })
  lastName?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD, not in the future.' })
  dateOfBirth?: string;

  @Field(() => RiskLevel, { nullable: true })
  riskLevel?: RiskLevel;

  @Field(() => ClientScope, {
    nullable: true,
    description: 'DIRECT only for a client who has a therapist.',
  })
  scope?: ClientScope;

  @Field(() => ClientStatus, {
    nullable: true,
    description: 'ACTIVE or INACTIVE; either readmits a DISCHARGED client.',
  })
  status?: ClientStatus;

  @Field(() => [String], { nullable: true, description: 'The complete list; [] clears it.' })
  neededSpecialties?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'null clears the preference.' })
  preferredLocationId?: string | null;

  @Field(() => [WeeklySlotInput], { nullable: true, description: 'The complete list.' })
  preferredTimes?: WeeklySlotInput[] | null;
}

@ArgsType()
export class UpdateClientArgs {
  @Field(() => ID)
  clientId: string;

  @Field(() => ClientChangesInput)
  input: ClientChangesInput;

  @Field(() => Int, {
    description: 'The client version you edited: a newer one means someone else saved.',
  })
  expectedVersion: number;
}

@ArgsType()
export class DischargeClientArgs {
  @Field(() => ID)
  clientId: string;

  @Field({ description: 'Why: kept with the discharge and in the activity log.' })
  reason: string;

  @Field(() => Int, {
    description: 'The client version you saw: a newer one means someone else changed it.',
  })
  expectedVersion: number;
}
