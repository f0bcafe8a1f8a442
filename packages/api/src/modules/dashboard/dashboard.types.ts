import { StaffKind, StaffStatus } from '@caseload/shared';
import { Field, ID, Int } from 'type-graphql';
import { DataType } from '../../graphql/data-type';

@DataType('StatusCount')
export class StatusCountType {
  @Field(() => StaffStatus)
  status: StaffStatus;

  @Field(() => Int)
  count: number;
}

@DataType('KindCount')
export class KindCountType {
  @Field(() => StaffKind)
  kind: StaffKind;

  @Field(() => Int)
  count: number;
}

@DataType('RoleCount')
export class RoleCountType {
  @Field(() => ID)
  roleId: string;

  @Field()
  roleName: string;

  @Field(() => Int, { description: 'Members on the roster (not REMOVED) holding the role.' })
  count: number;
}

@DataType('ClientOverview', 'Client figures, for members who read every client.')
export class ClientOverviewType {
  @Field(() => Int, { description: 'ACTIVE clients without a therapist.' })
  unassigned: number;

  @Field(() => Int, { description: 'ACTIVE clients at HIGH or CRITICAL risk.' })
  highRisk: number;

  @Field(() => Int, { description: 'Notes waiting for a signature or co-signature.' })
  pendingNotes: number;
}

@DataType('Dashboard', 'The practice at a glance (seed 000, "User Overview").')
export class DashboardType {
  @Field(() => [StatusCountType])
  staffByStatus: StatusCountType[];

  @Field(() => [KindCountType], { description: 'Members on the roster (not REMOVED), by kind.' })
  staffByKind: KindCountType[];

  @Field(() => [RoleCountType])
  staffByRole: RoleCountType[];

  @Field(() => Int, { description: 'Invitations waiting for an answer, still valid.' })
  pendingInvitations: number;

  @Field(() => Int, { description: 'Invitations that ran out unanswered: resend them.' })
  expiredInvitations: number;

  @Field(() => Int, { description: 'Active members whose roles require a supervisor they lack.' })
  membersNeedingSupervisor: number;

  @Field(() => ClientOverviewType, {
    nullable: true,
    description: 'Null for members who do not read every client.',
  })
  clients: ClientOverviewType | null;
}
