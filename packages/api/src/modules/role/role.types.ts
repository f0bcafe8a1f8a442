import { BillingModifier } from '@caseload/shared';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DataType } from '../../graphql/data-type';

@DataType('Role', 'A practice-defined role: a named set of permissions.')
export class RoleType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The template it was created from (e.g. owner); null for the practice’s own roles.',
  })
  templateKey: string | null;

  @Field(() => [String], { description: 'Permission keys, in catalogue order.' })
  permissions: string[];

  @Field({ description: 'Members holding this role must have a supervisor.' })
  requiresSupervision: boolean;

  @Field({ description: 'Members holding this role may supervise others.' })
  canSupervise: boolean;

  @Field(() => BillingModifier, { nullable: true })
  billingModifier: BillingModifier | null;

  @Field(() => Date, { nullable: true, description: 'Archived roles can no longer be assigned.' })
  archivedAt: Date | null;

  @Field(() => Int, { description: 'How many members hold it.' })
  memberCount: number;

  @Field(() => Int, { description: 'Send it back as expectedVersion when updating.' })
  version: number;
}

@DataType('RoleSummary', 'A role as shown on a member: what it is called and what it implies.')
export class RoleSummaryType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  templateKey: string | null;

  @Field()
  requiresSupervision: boolean;

  @Field()
  canSupervise: boolean;

  @Field(() => BillingModifier, { nullable: true })
  billingModifier: BillingModifier | null;
}

@InputType()
export class RoleInput {
  @Field()
  name: string;

  @Field({ defaultValue: '' })
  description: string;

  @Field(() => [String])
  permissions: string[];

  @Field({ defaultValue: false })
  requiresSupervision: boolean;

  @Field({ defaultValue: false })
  canSupervise: boolean;

  @Field(() => BillingModifier, { nullable: true })
  billingModifier?: BillingModifier | null;
}

@ArgsType()
export class UpdateRoleArgs {
  @Field(() => ID)
  id: string;

  @Field(() => RoleInput)
  input: RoleInput;

  @Field(() => Int, {
    description: 'The version you edited: a newer one means someone else saved.',
  })
  expectedVersion: number;
}

@ArgsType()
export class AssignRolesArgs {
  @Field(() => ID)
  staffMemberId: string;

  @Field(() => [ID], { description: 'The complete set of roles the member should hold.' })
  roleIds: string[];
}

@ArgsType()
export class PreviewRoleChangeArgs {
  @Field(() => ID)
  roleId: string;

  @Field(() => [String])
  permissions: string[];
}
