import { OverrideEffect, StaffStatus } from '@caseload/shared';
import { ArgsType, Field, ID, registerEnumType } from 'type-graphql';
import { DataType } from '../../graphql/data-type';
import { StaffMemberType } from '../staff/staff.types';

export enum PermissionReasonKind {
  ROLE = 'ROLE',
  OVERRIDE = 'OVERRIDE',
  STATUS = 'STATUS',
}
registerEnumType(PermissionReasonKind, {
  name: 'PermissionReasonKind',
  description: 'What decided a permission: a role, an override, or the member’s status.',
});

@DataType('PermissionCatalogEntry', 'One key of the fixed permission catalogue.')
export class PermissionCatalogEntryType {
  @Field({ description: 'e.g. staff.view' })
  key: string;

  @Field({ description: 'The group it is listed under, e.g. Staff.' })
  group: string;

  @Field()
  description: string;

  @Field({ description: 'Writes are never granted to a member who is not ACTIVE.' })
  write: boolean;
}

@DataType('PermissionReason', 'One reason behind a permission decision.')
export class PermissionReasonType {
  @Field(() => PermissionReasonKind)
  kind: PermissionReasonKind;

  @Field({ description: 'The reason in words, e.g. "role Supervisor" or "DENY override by …".' })
  summary: string;

  @Field(() => ID, { nullable: true })
  roleId: string | null;

  @Field(() => String, { nullable: true })
  roleName: string | null;

  @Field(() => ID, { nullable: true })
  overrideId: string | null;

  @Field(() => OverrideEffect, { nullable: true })
  effect: OverrideEffect | null;

  @Field(() => String, { nullable: true, description: 'Why the override was set.' })
  reason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the override stops counting.' })
  expiresAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who set the override.' })
  grantedByName: string | null;

  @Field(() => StaffStatus, { nullable: true })
  status: StaffStatus | null;
}

@DataType('PermissionDecision', 'Whether a member holds one permission now, and why.')
export class PermissionDecisionType {
  @Field()
  permission: string;

  @Field()
  group: string;

  @Field()
  description: string;

  @Field()
  granted: boolean;

  @Field(() => [PermissionReasonType], {
    description: 'Empty when refused: nothing grants it.',
  })
  reasons: PermissionReasonType[];
}

@DataType('PermissionOverride', 'A per-member exception to their roles.')
export class PermissionOverrideType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  staffMemberId: string;

  @Field()
  permission: string;

  @Field(() => OverrideEffect)
  effect: OverrideEffect;

  @Field()
  reason: string;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field({ description: 'When it was set.' })
  createdAt: Date;

  /** Resolved through the per-request staff loader. */
  grantedById: string | null;
}

@DataType('MemberPermissionChange', 'Who would gain and lose which permissions.')
export class MemberPermissionChangeType {
  @Field(() => StaffMemberType)
  staffMember: StaffMemberType;

  @Field(() => [String])
  gained: string[];

  @Field(() => [String])
  lost: string[];

  @Field(() => StaffStatus, { description: 'Their status after the change.' })
  statusAfter: StaffStatus;
}

@ArgsType()
export class SetPermissionOverrideArgs {
  @Field(() => ID)
  staffMemberId: string;

  @Field({ description: 'A key of the permission catalogue.' })
  permission: string;

  @Field(() => OverrideEffect)
  effect: OverrideEffect;

  @Field({ description: 'Why: shown in the explainer and the activity log.' })
  reason: string;

  @Field(() => Date, { nullable: true, description: 'Stops counting at this moment.' })
  expiresAt?: Date | null;
}
