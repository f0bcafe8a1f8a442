import { Ctx, Query, Resolver } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { getDashboard } from './dashboard.service';
import { DashboardType } from './dashboard.types';

@Resolver()
export class DashboardResolver {
  @Query(() => DashboardType, {
    description:
      'Counts by status, kind and role, invitations, supervision gaps and client figures.',
  })
  dashboard(@Ctx() ctx: RequestContext): Promise<DashboardType> {
    return getDashboard(signedIn(ctx));
  }
}
