import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { type RequestContext, signedIn } from '../../context/request-context';
import { type Page, pageRequest, toPage } from '../../graphql/pagination';
import { mailBodiesVisible } from './mail.service';
import { OutboxMailArgs, OutboxMailConnection, type OutboxMailType } from './mail.types';
import { OutboxMail } from './outbox-mail.entity';

@Resolver()
export class MailResolver {
  @Query(() => OutboxMailConnection, {
    description:
      "The practice's outgoing mail and its delivery state (failed sends stay visible). Outside production it is also the demo mailbox: with no SMTP server configured, invitations wait here with their links.",
  })
  async outboxMail(
    @Ctx() ctx: RequestContext,
    @Args() args: OutboxMailArgs,
  ): Promise<Page<OutboxMailType>> {
    const { viewer } = signedIn(ctx);
    const request = pageRequest(args.first, args.after);
    const query = viewer.scope.select(OutboxMail, 'mail');
    if (args.statuses?.length) {
      query.andWhere('mail.status IN (:...statuses)', { statuses: args.statuses });
    }
    query.orderBy('mail.createdAt', 'DESC').addOrderBy('mail.id', 'DESC');
    const [rows, totalCount] = await Promise.all([
      query.clone().offset(request.offset).limit(request.limit).getMany(),
      query.getCount(),
    ]);
    const showBodies = mailBodiesVisible();
    return toPage(
      rows.map((mail) => ({ ...mail, text: showBodies ? mail.text : null })),
      request,
      totalCount,
    );
  }
}
