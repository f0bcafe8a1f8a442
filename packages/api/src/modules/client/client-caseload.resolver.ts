import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { getTherapistCaseload } from './client-caseload.service';
import { TherapistCaseloadType } from './client-caseload.types';

@Resolver()
export class ClientCaseloadResolver {
  @Query(() => TherapistCaseloadType, {
    description:
      'A therapist’s caseload and its figures: anyone’s with clients.view.all, else the caller’s own and their supervisees’; NOT_FOUND otherwise.',
  })
  caseload(
    @Ctx() ctx: RequestContext,
    @Arg('therapistId', () => ID) therapistId: string,
  ): Promise<TherapistCaseloadType> {
    return getTherapistCaseload(signedIn(ctx), therapistId);
  }
}
