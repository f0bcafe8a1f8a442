import { StaffKind, StaffStatus } from '@caseload/shared';
import { ArgsType, Field, ID } from 'type-graphql';
import { DataType } from '../../graphql/data-type';
import { PracticeType } from '../practice/practice.types';
import { StaffMemberType } from '../staff/staff.types';

@ArgsType()
export class SignInArgs {
  @Field()
  email: string;

  @Field()
  password: string;
}

@DataType(
  'SignInPayload',
  'What signing in led to. With MFA on, the first step returns no session but `secondFactorRequired` and a `secondFactorToken` for `verifySecondFactor`.',
)
export class SignInPayload {
  @Field(() => String, {
    nullable: true,
    description:
      'The session token: also set as an HttpOnly cookie; API clients send it as `Authorization: Bearer <token>`. Null while a second factor is owed.',
  })
  token: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the session ends at the latest (12 hours after sign-in); null while a second factor is owed.',
  })
  expiresAt: Date | null;

  @Field({ description: 'True when the user must now give a code from their authenticator app.' })
  secondFactorRequired: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Identifies this pending sign-in to `verifySecondFactor`; valid for 5 minutes. Only when `secondFactorRequired`.',
  })
  secondFactorToken: string | null;

  @Field({
    description:
      'An administrator set a temporary password: the session can only change the password (`changePassword`), read `me` and sign out until it is changed.',
  })
  mustChangePassword: boolean;

  @Field({
    description:
      'The practice requires MFA and this user has none: the session can only enrol (`startMfaEnrollment`, `confirmMfaEnrollment`), read `me` and sign out until enrolled.',
  })
  mfaEnrollmentRequired: boolean;
}

@DataType('PracticeMembership', 'A practice the signed-in user can act for.')
export class PracticeMembershipType {
  @Field(() => ID)
  staffMemberId: string;

  @Field(() => ID)
  practiceId: string;

  @Field()
  practiceName: string;

  @Field(() => StaffKind)
  kind: StaffKind;

  @Field(() => StaffStatus)
  status: StaffStatus;
}

@DataType('Viewer', 'The signed-in user, in the practice they act for.')
export class ViewerType {
  @Field(() => ID)
  userId: string;

  @Field()
  email: string;

  @Field(() => StaffMemberType, { description: 'Their membership in the active practice.' })
  member: StaffMemberType;

  @Field(() => PracticeType)
  practice: PracticeType;

  @Field(() => [PracticeMembershipType], {
    description: 'Every practice they can switch to (several only for external agents).',
  })
  memberships: PracticeMembershipType[];

  @Field(() => [String], {
    description:
      'Permission keys they hold now, in catalogue order (none while a password change or MFA enrolment is owed).',
  })
  permissions: string[];

  @Field({ description: 'A temporary password must be changed before anything else.' })
  mustChangePassword: boolean;

  @Field({ description: 'The practice requires MFA and they must enrol before anything else.' })
  mfaEnrollmentRequired: boolean;

  @Field({ description: 'They sign in with a second factor (TOTP).' })
  mfaEnabled: boolean;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  currentPassword: string;

  @Field({ description: 'At least 12 characters, not a commonly used password.' })
  newPassword: string;
}

@ArgsType()
export class SetTemporaryPasswordArgs {
  @Field(() => ID)
  staffMemberId: string;

  @Field({ description: 'They must change it at their next sign-in.' })
  temporaryPassword: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The token from the emailed link.' })
  token: string;

  @Field()
  newPassword: string;
}

@ArgsType()
export class VerifySecondFactorArgs {
  @Field({ description: 'From the SignInPayload of the first step.' })
  secondFactorToken: string;

  @Field(() => String, {
    nullable: true,
    description: 'The 6-digit code of the authenticator app.',
  })
  code?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'One of the recovery codes given at enrolment, instead of a code; each works once.',
  })
  recoveryCode?: string | null;
}

@DataType('MfaEnrollment', 'A new TOTP secret to add to an authenticator app.')
export class MfaEnrollmentType {
  @Field({ description: 'Base32, for typing into the app by hand.' })
  secret: string;

  @Field({ description: 'otpauth://totp/... URI (what the QR code holds).' })
  otpauthUri: string;

  @Field({ description: 'The URI as a QR code, a PNG data URL for an <img>.' })
  qrCodeDataUrl: string;
}
