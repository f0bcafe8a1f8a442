import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { suggestTherapists } from './client-matching.service';
import { TherapistSuggestionType } from './client-matching.types';

@Resolver()
export class ClientMatchingResolver {
  @Query(() => [TherapistSuggestionType], {
    description:
      'Active therapists ranked for the client by specialty, availability, location and free capacity, each with the score broken down.',
  })
  suggestTherapists(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => ID) clientId: string,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
  ): Promise<TherapistSuggestionType[]> {
    return suggestTherapists(signedIn(ctx), clientId, first);
  }
}
