import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { StaffMemberType } from '../staff/staff.types';
import { loadStaffMember, type StaffAnswer } from '../staff/staff-loading';
import {
  AuditEventConnection,
  AuditEventFilter,
  AuditEventsArgs,
  AuditEventType,
} from './audit.types';
import { exportAuditEventsCsv, listAuditEvents } from './audit-log.service';

@Resolver(() => AuditEventType)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: "The practice's activity log, newest first." })
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Args() args: AuditEventsArgs,
  ): Promise<AuditEventConnection> {
    return listAuditEvents(signedIn(ctx), args);
  }

  @Query(() => String, {
    description:
      'The filtered activity log as CSV, newest first, any date range (up to 100,000 rows).',
  })
  auditEventsCsv(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
  ): Promise<string> {
    return exportAuditEventsCsv(signedIn(ctx), filter ?? {});
  }

  @FieldResolver(() => StaffMemberType, { nullable: true, description: 'The member who acted.' })
  actor(
    @Root() event: AuditEventType,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): StaffAnswer {
    return loadStaffMember(ctx, info, event.actorStaffMemberId);
  }
}
