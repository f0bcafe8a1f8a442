import { StaffKind } from '@caseload/shared';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DataType } from '../../graphql/data-type';

/** The invitation state a roster and an invitation link show; EXPIRED is computed from the time. */
export enum InvitationStatus {
  PENDING = 'PENDING',
  EXPIRED = 'EXPIRED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description:
    'Where an invitation stands. A roster never shows SUPERSEDED: it shows the newest one.',
  valuesConfig: {
    PENDING: { description: 'Sent, waiting to be accepted or declined, not expired.' },
    EXPIRED: { description: 'Not answered in time: the practice can resend it.' },
    ACCEPTED: { description: 'Accepted: the member is on the roster.' },
    DECLINED: { description: 'The invitee declined it.' },
    REVOKED: { description: 'The practice withdrew it.' },
    SUPERSEDED: { description: 'A resend replaced this link with a newer one.' },
  },
});

@InputType('InviteStaffInput')
export class InviteStaffInput {
  @Field({ description: 'Work email: the invitation goes here, and it becomes their sign-in.' })
  email: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field(() => StaffKind)
  kind: StaffKind;

  @Field(() => [ID], { description: 'At least one role; you can only give what you hold.' })
  roleIds: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'Required when a role requires supervision (e.g. Intern).',
  })
  supervisorId?: string | null;
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field({ description: 'The token from the invitation link.' })
  token: string;

  @Field({
    description:
      'A new password (at least 12 characters, not a common one); or, when `invitation(token).hasAccount`, the password of that existing account.',
  })
  password: string;
}

@DataType('InvitationState', "A staff member's newest invitation, for the roster.")
export class InvitationStateType {
  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field({ description: 'When the newest invitation was sent.' })
  sentAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined or revoked.' })
  closedAt: Date | null;
}

@DataType(
  'InvitationDetails',
  'What an invitation link shows before it is accepted (public: the link is the credential).',
)
export class InvitationDetailsType {
  @Field()
  practiceName: string;

  @Field()
  email: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field()
  expiresAt: Date;

  @Field({
    description:
      'The email already has a Caseload account (e.g. an external agent joining another practice): accepting asks for its password instead of a new one.',
  })
  hasAccount: boolean;
}
