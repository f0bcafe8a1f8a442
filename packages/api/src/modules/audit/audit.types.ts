import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DataType } from '../../graphql/data-type';
import { PageInfo } from '../../graphql/pagination';

@DataType('AuditEvent', 'Who did what to which record, when and from where.')
export class AuditEventType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Dotted verb, e.g. staff.status.changed.' })
  action: string;

  @Field({ description: 'StaffMember, Role, Client, …' })
  targetType: string;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '{ before, after }' })
  changes: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  ipAddress: string | null;

  @Field()
  occurredAt: Date;

  /** Resolved through the per-request staff loader. */
  actorStaffMemberId: string | null;
}

@DataType('AuditEventEdge')
export class AuditEventEdge {
  @Field()
  cursor: string;

  @Field(() => AuditEventType)
  node: AuditEventType;
}

@DataType('AuditEventConnection', 'One page of the activity log, newest first.')
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType('AuditEventFilter')
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'The member who acted.' })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The record acted on.' })
  targetId?: string | null;

  @Field({ nullable: true, description: 'Exact action, or a prefix ending in a dot (staff.).' })
  action?: string;

  @Field({ nullable: true, description: 'From this moment (inclusive); any range is allowed.' })
  from?: Date;

  @Field({ nullable: true, description: 'Before this moment.' })
  to?: Date;
}

@ArgsType()
export class AuditEventsArgs {
  @Field(() => Int, { defaultValue: 50 })
  first: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => AuditEventFilter, { nullable: true })
  filter?: AuditEventFilter | null;
}
