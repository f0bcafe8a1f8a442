import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { getTherapistCaseload } from './client-caseload.service';
import { TherapistCaseloadType } from './client-caseload.types';
import { caseloadClientFieldsSelected } from './client-selection';

@Resolver()
export class ClientCaseloadResolver {
  @Query(() => TherapistCaseloadType, {
    description:
      'A therapist’s caseload and its figures: anyone’s with clients.view.all, else the caller’s own and their supervisees’; NOT_FOUND otherwise.',
  })
  caseload(
    @Ctx() ctx: RequestContext,
    @Arg('therapistId', () => ID) therapistId: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TherapistCaseloadType> {
    return getTherapistCaseload(signedIn(ctx), therapistId, caseloadClientFieldsSelected(info));
  }
}
