import { RiskLevel, StaffKind, StaffStatus } from '@caseload/shared';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DataType } from '../../graphql/data-type';
import { SortDirection } from '../../graphql/enums';
import { PageInfo } from '../../graphql/pagination';
import { GroupType } from '../group/group.types';
import { RoleSummaryType } from '../role/role.types';

@DataType('StaffMember', "A person's membership in the practice.")
export class StaffMemberType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unique in the practice; auto-generated (S-0001) unless customised.' })
  staffId: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field({ description: 'First and last name.' })
  displayName: string;

  @Field({ description: 'Work email: where invitations go.' })
  email: string;

  @Field(() => StaffKind)
  kind: StaffKind;

  @Field(() => StaffStatus)
  status: StaffStatus;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => [RoleSummaryType], { description: 'Roles held, by name.' })
  roles: RoleSummaryType[];

  @Field(() => [GroupType], { description: 'Teams, locations and departments, by name.' })
  groups: GroupType[];

  @Field(() => Int, { description: 'Clients with status ACTIVE whose therapist they are.' })
  activeClientCount: number;

  @Field(() => Int, { description: 'Their notes still waiting for a signature or co-signature.' })
  pendingNotes: number;

  @Field(() => RiskLevel, {
    nullable: true,
    description: 'The highest risk level among their active clients.',
  })
  highestClientRisk: RiskLevel | null;

  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;

  @Field({ description: 'A role requires supervision and no supervisor is set.' })
  needsSupervisor: boolean;

  /** Resolved by StaffResolver.supervisor through a per-request loader. */
  supervisorId: string | null;
}

@DataType('StaffEdge')
export class StaffEdge {
  @Field()
  cursor: string;

  @Field(() => StaffMemberType)
  node: StaffMemberType;
}

@DataType('StaffConnection', 'One page of the staff roster.')
export class StaffConnection {
  @Field(() => [StaffEdge])
  edges: StaffEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Members matching the filter, on every page.' })
  totalCount: number;
}

@InputType('StaffFilter')
export class StaffFilter {
  @Field(() => [StaffStatus], {
    nullable: true,
    description: 'Only these statuses. Unset: everyone on the roster (REMOVED members are not).',
  })
  statuses?: StaffStatus[] | null;

  @Field(() => [StaffKind], { nullable: true })
  kinds?: StaffKind[] | null;

  @Field(() => String, { nullable: true, description: 'Part of a name, email or staff ID.' })
  search?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Holding any of these roles.' })
  roleIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'In any of these groups.' })
  groupIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Supervised by this member.' })
  supervisorId?: string | null;

  @Field({
    nullable: true,
    description: 'Only members whose roles require supervision and who have no supervisor.',
  })
  needsSupervisor?: boolean;
}

export enum StaffOrderField {
  LAST_NAME = 'LAST_NAME',
  STAFF_ID = 'STAFF_ID',
  STATUS = 'STATUS',
  ACTIVE_CLIENTS = 'ACTIVE_CLIENTS',
  LAST_SIGN_IN = 'LAST_SIGN_IN',
}
registerEnumType(StaffOrderField, { name: 'StaffOrderField' });

@InputType('StaffOrder')
export class StaffOrder {
  @Field(() => StaffOrderField, { defaultValue: StaffOrderField.LAST_NAME })
  field: StaffOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@ArgsType()
export class StaffArgs {
  @Field(() => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' })
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;

  @Field(() => StaffFilter, { nullable: true })
  filter?: StaffFilter | null;

  @Field(() => StaffOrder, { nullable: true })
  orderBy?: StaffOrder | null;
}

@ArgsType()
export class SetStaffStatusArgs {
  @Field(() => ID)
  staffMemberId: string;

  @Field(() => StaffStatus, { description: 'ACTIVE, ON_HOLD or INACTIVE.' })
  status: StaffStatus;

  @Field({ defaultValue: '', description: 'Required for ON_HOLD and INACTIVE: kept in the log.' })
  reason: string;
}

@ArgsType()
export class RemoveStaffMemberArgs {
  @Field(() => ID)
  staffMemberId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Who takes over their active clients; required while they have any.',
  })
  reassignTo?: string | null;

  @Field()
  reason: string;
}

@ArgsType()
export class SetSupervisorArgs {
  @Field(() => ID)
  superviseeId: string;

  @Field(() => ID, { nullable: true, description: 'Null clears the supervisor.' })
  supervisorId?: string | null;
}
