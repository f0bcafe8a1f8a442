import { ClientScope, ClientStatus, RiskLevel } from '@caseload/shared';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DataType } from '../../graphql/data-type';
import { SortDirection } from '../../graphql/enums';
import { PageInfo } from '../../graphql/pagination';
import { GroupType } from '../group/group.types';
import { WeeklySlotType } from '../staff/staff-profile.types';

@DataType('ClientMetrics', 'What a client’s sessions add up to.')
export class ClientMetricsType {
  @Field(() => Int)
  sessionsTotal: number;

  @Field(() => Int, { description: 'Completed sessions in the last 30 days.' })
  sessionsLast30Days: number;

  /** As `DateTimeISO` writes it. */
  @Field(() => Date, { nullable: true })
  lastSessionAt: string | null;

  /** As `DateTimeISO` writes it. */
  @Field(() => Date, { nullable: true })
  nextSessionAt: string | null;

  @Field(() => Int, { description: 'Notes still waiting for a signature or co-signature.' })
  pendingNotes: number;

  @Field(() => Int, { description: 'Sessions still SCHEDULED after now.' })
  upcomingSessions: number;
}

@DataType('Client', 'A person in therapy at the practice.')
export class ClientType {
  @Field(() => ID)
  id: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field({ description: 'YYYY-MM-DD.' })
  dateOfBirth: string;

  @Field(() => ClientStatus)
  status: ClientStatus;

  @Field(() => RiskLevel)
  riskLevel: RiskLevel;

  @Field(() => ClientScope, {
    description:
      'DIRECT: belongs to one therapist. PRACTICE: the practice’s, with a primary therapist.',
  })
  scope: ClientScope;

  @Field(() => [String], { description: 'Specialties the client needs; matching weighs them.' })
  neededSpecialties: string[];

  @Field(() => GroupType, { nullable: true, description: 'The LOCATION the client prefers.' })
  preferredLocation: GroupType | null;

  @Field(() => [WeeklySlotType], {
    description:
      'Weekly windows when the client can come; matching compares them with availability.',
  })
  preferredTimes: WeeklySlotType[];

  @Field(() => Date, { nullable: true, description: 'Set while the client is DISCHARGED.' })
  dischargedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the client was discharged, while they are DISCHARGED.',
  })
  dischargeReason: string | null;

  @Field(() => ClientMetricsType)
  metrics: ClientMetricsType;

  @Field(() => Int, { description: 'Send it back as expectedVersion when changing the client.' })
  version: number;

  /** Resolved by ClientResolver.therapist through the per-request staff loader. */
  therapistId: string | null;
}

@DataType('ClientEdge')
export class ClientEdge {
  @Field()
  cursor: string;

  @Field(() => ClientType)
  node: ClientType;
}

@DataType('ClientConnection', 'One page of the clients the caller may see.')
export class ClientConnection {
  @Field(() => [ClientEdge])
  edges: ClientEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType('ClientFilter')
export class ClientFilter {
  @Field(() => ID, { nullable: true, description: 'Clients whose therapist is this member.' })
  therapistId?: string | null;

  @Field(() => [ClientScope], { nullable: true })
  scopes?: ClientScope[] | null;

  @Field(() => [ClientStatus], { nullable: true, description: 'Unset: every status.' })
  statuses?: ClientStatus[] | null;

  @Field(() => [RiskLevel], { nullable: true })
  riskLevels?: RiskLevel[] | null;

  @Field({ nullable: true, description: 'Only clients with no therapist.' })
  unassigned?: boolean;

  @Field(() => ID, { nullable: true, description: 'Clients preferring this location.' })
  locationId?: string | null;

  @Field({ nullable: true, description: 'Part of a name.' })
  search?: string;
}

export enum ClientOrderField {
  LAST_NAME = 'LAST_NAME',
  RISK_LEVEL = 'RISK_LEVEL',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ClientOrderField, { name: 'ClientOrderField' });

@InputType('ClientOrder')
export class ClientOrder {
  @Field(() => ClientOrderField)
  field: ClientOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@ArgsType()
export class ClientsArgs {
  @Field(() => Int, { defaultValue: 25 })
  first: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => ClientFilter, { nullable: true })
  filter?: ClientFilter | null;

  @Field(() => ClientOrder, { nullable: true })
  orderBy?: ClientOrder | null;
}

/** A therapist's caseload in the three parts of seed 001. */
export interface CaseloadParts {
  direct: ClientType[];
  primary: ClientType[];
  walkIns: ClientType[];
}

@DataType('SuperviseeCaseload', 'A supervisee’s caseload in the three parts of seed 001.')
export class SuperviseeCaseloadType implements CaseloadParts {
  @Field(() => [ClientType], { description: 'DIRECT clients assigned to the supervisee.' })
  direct: ClientType[];

  @Field(() => [ClientType], { description: 'PRACTICE clients the supervisee is primary for.' })
  primary: ClientType[];

  @Field(() => [ClientType], {
    description: 'PRACTICE clients the supervisee has seen who are assigned to someone else.',
  })
  walkIns: ClientType[];
}
