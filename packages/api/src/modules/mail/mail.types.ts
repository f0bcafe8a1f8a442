import { MailStatus } from '@caseload/shared';
import { ArgsType, Field, ID, Int, registerEnumType } from 'type-graphql';
import { DataType } from '../../graphql/data-type';
import { PageInfo } from '../../graphql/pagination';

registerEnumType(MailStatus, {
  name: 'MailStatus',
  description:
    'QUEUED: waiting or being retried. SENT: accepted by the SMTP server. FAILED: given up, kept.',
});

@DataType('OutboxMail', 'A mail the practice sent (or is still sending): invitations and resends.')
export class OutboxMailType {
  @Field(() => ID)
  id: string;

  @Field()
  to: string;

  @Field()
  subject: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The body, with its links: outside production only (the demo mailbox); null in production.',
  })
  text: string | null;

  @Field(() => MailStatus)
  status: MailStatus;

  @Field(() => Int, { description: 'Delivery attempts so far.' })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError: string | null;

  @Field({ description: 'When the next attempt is due (QUEUED).' })
  nextAttemptAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field()
  createdAt: Date;
}

@DataType('OutboxMailEdge')
export class OutboxMailEdge {
  @Field()
  cursor: string;

  @Field(() => OutboxMailType)
  node: OutboxMailType;
}

@DataType('OutboxMailConnection', 'One page of the practice’s mail, newest first.')
export class OutboxMailConnection {
  @Field(() => [OutboxMailEdge])
  edges: OutboxMailEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ArgsType()
export class OutboxMailArgs {
  @Field(() => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' })
  first: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => [MailStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: MailStatus[] | null;
}
