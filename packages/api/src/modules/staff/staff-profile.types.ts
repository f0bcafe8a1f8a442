import { Weekday } from '@caseload/shared';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DataType } from '../../graphql/data-type';
import { GroupType } from '../group/group.types';

registerEnumType(Weekday, { name: 'Weekday' });

export const DefaultPhone = { PRIMARY: 'PRIMARY', SECONDARY: 'SECONDARY' } as const;
export type DefaultPhone = (typeof DefaultPhone)[keyof typeof DefaultPhone];
registerEnumType(DefaultPhone, {
  name: 'DefaultPhone',
  description: 'Which of the two phones to call first.',
});

@DataType('WeeklySlot', 'A weekly time window in the member’s timezone, minutes after midnight.')
export class WeeklySlotType {
  @Field(() => Weekday)
  day: Weekday;

  @Field(() => Int, { description: '0 to 1439.' })
  startMinute: number;

  @Field(() => Int, { description: 'After startMinute, at most 1440 (midnight).' })
  endMinute: number;
}

@InputType('WeeklySlotInput')
export class WeeklySlotInput {
  @Field(() => Weekday)
  day: Weekday;

  @Field(() => Int)
  startMinute: number;

  @Field(() => Int)
  endMinute: number;
}

@DataType('NotificationSettings', 'Which emails the member receives.')
export class NotificationSettingsType {
  @Field()
  invitations: boolean;

  @Field()
  assignmentChanges: boolean;

  @Field()
  pendingNotesDigest: boolean;

  @Field()
  supervisionUpdates: boolean;
}

@InputType('NotificationSettingsInput', {
  description: 'Only the choices given change; null returns a choice to the default (on).',
})
export class NotificationSettingsInput {
  @Field(() => Boolean, { nullable: true })
  invitations?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  assignmentChanges?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  pendingNotesDigest?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  supervisionUpdates?: boolean | null;
}

@DataType('StaffProfile', 'Everything a profile page shows about a member beyond the roster row.')
export class StaffProfileType {
  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'Licence or registration number.' })
  licenseNumber: string | null;

  @Field(() => String, { nullable: true })
  discipline: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Shown only to the member and to holders of staff.edit; null for others.',
  })
  compensationTier: string | null;

  @Field(() => String, { nullable: true })
  bio: string | null;

  @Field(() => String, { nullable: true })
  secondaryEmail: string | null;

  @Field(() => String, { nullable: true })
  primaryPhone: string | null;

  @Field(() => String, { nullable: true })
  secondaryPhone: string | null;

  @Field(() => DefaultPhone)
  defaultPhone: DefaultPhone;

  @Field(() => NotificationSettingsType, {
    nullable: true,
    description:
      'With the defaults filled in. Shown only to the member and to holders of staff.edit.',
  })
  notificationSettings: NotificationSettingsType | null;

  @Field(() => String, {
    nullable: true,
    description: 'IANA zone the member chose; null follows the practice.',
  })
  timezone: string | null;

  @Field({ description: 'The zone in effect: the member’s own, or else the practice’s.' })
  effectiveTimezone: string;

  @Field(() => [String])
  specialties: string[];

  @Field(() => [GroupType], { description: 'LOCATION groups the member works at, by name.' })
  locations: GroupType[];

  @Field(() => [WeeklySlotType], { description: 'By day (Monday first), then start.' })
  weeklyAvailability: WeeklySlotType[];

  @Field(() => Int, { nullable: true, description: 'Most active clients; null means no limit.' })
  caseloadCapacity: number | null;

  @Field(() => Int, { description: 'Send it back as expectedVersion to updateStaffProfile.' })
  version: number;
}

@InputType('StaffProfileInput', {
  description:
    'Only the fields given change. Null clears an optional field. staffId, email, title, ' +
    'licenseNumber, discipline, compensationTier, caseloadCapacity and locationIds need ' +
    'staff.edit; members may change the rest of their own profile.',
})
export class StaffProfileInput {
  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Custom staff ID, 1–40 characters.' })
  staffId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Work email; unique in the practice regardless of case.',
  })
  email?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  licenseNumber?: string | null;

  @Field(() => String, { nullable: true })
  discipline?: string | null;

  @Field(() => String, { nullable: true })
  compensationTier?: string | null;

  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field(() => String, { nullable: true })
  secondaryEmail?: string | null;

  @Field(() => String, { nullable: true })
  primaryPhone?: string | null;

  @Field(() => String, { nullable: true })
  secondaryPhone?: string | null;

  @Field(() => DefaultPhone, {
    nullable: true,
    description: 'Must name a phone that is set.',
  })
  defaultPhone?: DefaultPhone | null;

  @Field(() => NotificationSettingsInput, { nullable: true })
  notificationSettings?: NotificationSettingsInput | null;

  @Field(() => String, { nullable: true, description: 'IANA zone; null follows the practice.' })
  timezone?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'At most 20; trimmed, duplicates dropped.',
  })
  specialties?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The complete set of LOCATION groups the member works at.',
  })
  locationIds?: string[] | null;

  @Field(() => [WeeklySlotInput], {
    nullable: true,
    description: 'The complete weekly availability; slots of one day may not overlap.',
  })
  weeklyAvailability?: WeeklySlotInput[] | null;

  @Field(() => Int, { nullable: true, description: '0 to 500; null means no limit.' })
  caseloadCapacity?: number | null;
}

@ArgsType()
export class UpdateStaffProfileArgs {
  @Field(() => ID)
  staffMemberId: string;

  @Field(() => StaffProfileInput)
  input: StaffProfileInput;

  @Field(() => Int, {
    description: 'The profile version you edited: a newer one means someone else saved.',
  })
  expectedVersion: number;
}
