import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { getCurrentPractice, updatePracticeSettings } from './practice.service';
import { PracticeSettingsInput, PracticeType } from './practice.types';

@Resolver(() => PracticeType)
export class PracticeResolver {
  @Query(() => PracticeType, { description: 'The practice the caller is acting for.' })
  practice(@Ctx() ctx: RequestContext): Promise<PracticeType> {
    return getCurrentPractice(signedIn(ctx));
  }

  @Mutation(() => PracticeType, {
    description:
      "Changes the practice's settings (invitation lifetime, idle sign-out, required MFA, supervision).",
  })
  updatePracticeSettings(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: PracticeSettingsInput,
  ): Promise<PracticeType> {
    return updatePracticeSettings(signedIn(ctx), input);
  }
}
