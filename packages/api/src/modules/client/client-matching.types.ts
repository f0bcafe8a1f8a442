import { Field, Float } from 'type-graphql';
import { DataType } from '../../graphql/data-type';
import { StaffMemberType } from '../staff/staff.types';

@DataType('MatchFactor', 'One part of a suggestion’s score, and why.')
export class MatchFactorType {
  @Field({ description: 'SPECIALTY, AVAILABILITY, LOCATION or CAPACITY.' })
  kind: string;

  @Field(() => Float, { description: '0 to 1, before weighting.' })
  score: number;

  @Field(() => Float)
  weight: number;

  @Field()
  explanation: string;
}

@DataType('TherapistSuggestion', 'An active therapist ranked for a client.')
export class TherapistSuggestionType {
  @Field(() => StaffMemberType)
  staffMember: StaffMemberType;

  @Field(() => Float, { description: '0 to 100.' })
  score: number;

  @Field(() => [MatchFactorType])
  factors: MatchFactorType[];
}
