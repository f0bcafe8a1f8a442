import { PracticePlan } from '@caseload/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DataType } from '../../graphql/data-type';

@DataType('PracticeSettings')
export class PracticeSettingsType {
  @Field(() => Int, { description: 'How long an invitation link stays valid.' })
  invitationLifetimeHours: number;

  @Field(() => Int, { description: 'Members are signed out after this much inactivity.' })
  idleSignOutMinutes: number;

  @Field({ description: 'Every member must sign in with a second factor.' })
  mfaRequired: boolean;

  @Field({ description: "Supervisors can see their supervisees' caseloads." })
  supervisionEnabled: boolean;
}

@DataType('Practice', 'A therapy practice: the tenant all data belongs to.')
export class PracticeType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => PracticePlan)
  plan: PracticePlan;

  @Field({ description: 'IANA timezone every date of the practice is shown in.' })
  timezone: string;

  @Field(() => PracticeSettingsType)
  settings: PracticeSettingsType;
}

@InputType('PracticeSettingsInput', { description: 'Only the fields given change.' })
export class PracticeSettingsInput {
  @Field(() => Int, { nullable: true, description: '1 to 720 hours.' })
  invitationLifetimeHours?: number;

  @Field(() => Int, { nullable: true, description: '5 to 720 minutes.' })
  idleSignOutMinutes?: number;

  @Field({
    nullable: true,
    description: 'Every member must use two-step sign-in; those without it enrol at next sign-in.',
  })
  mfaRequired?: boolean;

  @Field({ nullable: true })
  supervisionEnabled?: boolean;
}
