import { RiskLevel } from '@caseload/shared';
import { Field, Int } from 'type-graphql';
import { DataType } from '../../graphql/data-type';
import { StaffMemberType } from '../staff/staff.types';
import { type CaseloadParts, ClientType } from './client.types';

@DataType('RiskLevelCount', 'How many clients carry one risk level.')
export class RiskLevelCountType {
  @Field(() => RiskLevel)
  riskLevel: RiskLevel;

  @Field(() => Int)
  count: number;
}

@DataType(
  'TherapistCaseload',
  'One therapist’s caseload: its figures, and its clients in the three parts of seed 001.',
)
export class TherapistCaseloadType implements CaseloadParts {
  @Field(() => StaffMemberType)
  therapist: StaffMemberType;

  @Field(() => Int, {
    description: 'ACTIVE clients whose therapist they are (DIRECT and primary), as on the roster.',
  })
  activeClientCount: number;

  @Field(() => Int, { description: 'Their notes still waiting for a signature or co-signature.' })
  pendingNotes: number;

  @Field(() => Int, { description: 'Sessions they have held or have booked, in every status.' })
  sessionsTotal: number;

  @Field(() => Int, { description: 'Sessions they completed in the last 30 days.' })
  sessionsLast30Days: number;

  @Field(() => Date, { nullable: true })
  lastSessionAt: Date | null;

  @Field(() => Date, { nullable: true })
  nextSessionAt: Date | null;

  @Field(() => [RiskLevelCountType], {
    description: 'Their ACTIVE clients per risk level, every level listed, lowest first.',
  })
  riskMix: RiskLevelCountType[];

  @Field(() => [ClientType], { description: 'DIRECT clients assigned to them.' })
  direct: ClientType[];

  @Field(() => [ClientType], { description: 'PRACTICE clients they are primary for.' })
  primary: ClientType[];

  @Field(() => [ClientType], {
    description: 'PRACTICE clients they have seen who are assigned to someone else.',
  })
  walkIns: ClientType[];
}
