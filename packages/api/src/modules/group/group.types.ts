import { GroupKind } from '@caseload/shared';
import { ArgsType, Field, ID } from 'type-graphql';
import { DataType } from '../../graphql/data-type';

@DataType('Group', 'A team, location or department of the practice.')
export class GroupType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => GroupKind)
  kind: GroupKind;

  @Field(() => Date, {
    nullable: true,
    description: 'Set once archived: hidden from members and filters, memberships kept.',
  })
  archivedAt?: Date | null;

  /** Set when read through `groups`; otherwise counted by GroupResolver.memberCount. */
  memberCount?: number;
}

@ArgsType()
export class CreateGroupArgs {
  @Field({ description: 'Unique among the unarchived groups of its kind; up to 100 characters.' })
  name: string;

  @Field(() => GroupKind)
  kind: GroupKind;
}

@ArgsType()
export class RenameGroupArgs {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ArgsType()
export class AddGroupMembersArgs {
  @Field(() => ID)
  groupId: string;

  @Field(() => [ID], { description: 'Members already in the group are left as they are.' })
  staffMemberIds: string[];
}

@ArgsType()
export class RemoveGroupMemberArgs {
  @Field(() => ID)
  groupId: string;

  @Field(() => ID)
  staffMemberId: string;
}
