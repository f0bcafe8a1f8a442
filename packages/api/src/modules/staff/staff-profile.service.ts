import {
  defaultNotificationSettings,
  ErrorCode,
  type NotificationSettings,
  Weekday,
  type WeeklySlot,
} from '@caseload/shared';
import { isEmail, isUUID } from 'class-validator';
import DataLoader from 'dataloader';
import type { SignedInContext, Viewer } from '../../context/request-context';
import { isUniqueViolation } from '../../database/postgres-errors';
import type { TenantScope } from '../../database/tenant-scope';
import { AppError, badUserInput } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { Group } from '../group/group.entity';
import type { GroupType } from '../group/group.types';
import { GroupMembership } from '../group/group-membership.entity';
import { findStaffByIds, requireStaffMember, type StaffRecord } from './staff.service';
import { StaffMember } from './staff-member.entity';
import type {
  DefaultPhone,
  NotificationSettingsInput,
  StaffProfileInput,
  StaffProfileType,
  UpdateStaffProfileArgs,
} from './staff-profile.types';

/** Fields only holders of staff.edit may change, also on their own profile. */
export const ADMIN_ONLY_PROFILE_FIELDS = [
  'staffId',
  'email',
  'title',
  'licenseNumber',
  'discipline',
  'compensationTier',
  'caseloadCapacity',
  'locationIds',
] as const satisfies ReadonlyArray<keyof StaffProfileInput>;

const MAX_SPECIALTIES = 20;
const MAX_SPECIALTY_LENGTH = 60;
const MAX_SLOTS = 50;
const MAX_CAPACITY = 500;
const MAX_EMAIL_LENGTH = 320;
const MAX_BIO_LENGTH = 5000;
const MINUTES_PER_DAY = 1440;
const weekdayOrder: readonly Weekday[] = Object.values(Weekday);
const notificationKeys = Object.keys(defaultNotificationSettings) as Array<
  keyof NotificationSettings
>;

/** The columns a profile update writes, after validation. */
type ProfileColumns = Partial<
  Pick<
    StaffMember,
    | 'firstName'
    | 'lastName'
    | 'staffId'
    | 'email'
    | 'title'
    | 'licenseNumber'
    | 'discipline'
    | 'compensationTier'
    | 'bio'
    | 'secondaryEmail'
    | 'primaryPhone'
    | 'secondaryPhone'
    | 'defaultPhone'
    | 'notificationSettings'
    | 'timezone'
    | 'specialties'
    | 'weeklyAvailability'
    | 'caseloadCapacity'
  >
>;

// ---------------------------------------------------------------------------------------------
// Reading

interface ProfileRow {
  practiceTimezone: string;
  locations: GroupType[];
}

/** Whether the viewer sees a member's private settings: their own, or with staff.edit. */
function seesPrivateFields(viewer: Viewer, staffMemberId: string): boolean {
  return viewer.staffMemberId === staffMemberId || viewer.permissions.has('staff.edit');
}

export function notificationSettingsOf(
  stored: Partial<NotificationSettings>,
): NotificationSettings {
  const settings = { ...defaultNotificationSettings };
  for (const key of notificationKeys) {
    if (typeof stored?.[key] === 'boolean') settings[key] = stored[key] as boolean;
  }
  return settings;
}

function toProfile(viewer: Viewer, member: StaffMember, row: ProfileRow): StaffProfileType {
  const privateFields = seesPrivateFields(viewer, member.id);
  return {
    title: member.title,
    licenseNumber: member.licenseNumber,
    discipline: member.discipline,
    compensationTier: privateFields ? member.compensationTier : null,
    bio: member.bio,
    secondaryEmail: member.secondaryEmail,
    primaryPhone: member.primaryPhone,
    secondaryPhone: member.secondaryPhone,
    defaultPhone: member.defaultPhone,
    notificationSettings: privateFields
      ? notificationSettingsOf(member.notificationSettings)
      : null,
    timezone: member.timezone,
    effectiveTimezone: member.timezone ?? row.practiceTimezone,
    specialties: member.specialties ?? [],
    locations: row.locations ?? [],
    weeklyAvailability: sortedSlots(member.weeklyAvailability ?? []),
    caseloadCapacity: member.caseloadCapacity,
    version: member.version,
  };
}

/** Profiles of members by id, with the practice timezone and locations: one SQL statement. */
async function readProfiles(
  scope: TenantScope,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Map<string, StaffProfileType>> {
  const { entities, raw } = await scope
    .select(StaffMember, 'staff')
    .andWhere('staff.id IN (:...ids)', { ids: [...ids] })
    .addSelect(
      '(SELECT p.timezone FROM practice p WHERE p.id = staff."practiceId")',
      'practiceTimezone',
    )
    .addSelect(
      `COALESCE((
        SELECT json_agg(json_build_object('id', grp.id, 'name', grp.name, 'kind', grp.kind)
          ORDER BY grp.name)
        FROM group_membership membership JOIN staff_group grp ON grp.id = membership."groupId"
        WHERE membership."staffMemberId" = staff.id AND grp.kind = 'LOCATION'
          AND grp."archivedAt" IS NULL), '[]'::json)`,
      'locations',
    )
    .getRawAndEntities<ProfileRow>();
  return new Map(
    entities.map((member, index) => [
      member.id,
      toProfile(viewer, member, raw[index] as ProfileRow),
    ]),
  );
}

const profileLoaders = new WeakMap<Viewer, DataLoader<string, StaffProfileType | null>>();

/** A member's profile, batched per request: a roster page asking for profiles costs one statement. */
export function loadStaffProfile(
  ctx: SignedInContext,
  staffMemberId: string,
): Promise<StaffProfileType | null> {
  const viewer = ctx.viewer;
  let loader = profileLoaders.get(viewer);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const profiles = await readProfiles(viewer.scope, viewer, ids);
      return ids.map((id) => profiles.get(id) ?? null);
    });
    profileLoaders.set(viewer, loader);
  }
  return loader.load(staffMemberId);
}

// ---------------------------------------------------------------------------------------------
// Validation: every problem names the input field at fault.

function requiredText(field: string, value: string | null, max: number): string {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) throw badUserInput(field, 'This cannot be empty.');
  if (trimmed.length > max) throw badUserInput(field, `Use at most ${max} characters.`);
  return trimmed;
}

/** Trimmed text, or null for null and blank. */
function optionalText(field: string, value: string | null, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return null;
  if (trimmed.length > max) throw badUserInput(field, `Use at most ${max} characters.`);
  return trimmed;
}

function validEmail(field: string, value: string): string {
  if (!isEmail(value) || value.length > MAX_EMAIL_LENGTH) {
    throw badUserInput(field, 'Enter a valid email address.');
  }
  return value;
}

const PHONE_PATTERN = /^\+?[0-9 ().-]+(?:\s*(?:x|ext\.?)\s*[0-9]{1,6})?$/i;

function validPhone(field: string, value: string | null): string | null {
  const phone = optionalText(field, value, 40);
  if (phone === null) return null;
  const digits = phone.replace(/\D/g, '').length;
  if (!PHONE_PATTERN.test(phone) || digits < 7 || digits > 20) {
    throw badUserInput(field, 'Enter a phone number: digits, spaces, + ( ) - . and an extension.');
  }
  return phone;
}

const STAFF_ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._/#-]*$/u;

function validStaffId(value: string | null): string {
  const staffId = requiredText('staffId', value, 40);
  if (!STAFF_ID_PATTERN.test(staffId)) {
    throw badUserInput(
      'staffId',
      'Start with a letter or digit; use letters, digits, spaces and . _ / # -.',
    );
  }
  return staffId;
}

/** The canonical IANA name of a zone, or BAD_USER_INPUT; null means "the practice's". */
export function validTimezone(value: string | null): string | null {
  const zone = value?.trim();
  if (!zone) return null;
  if (zone.length <= 64 && /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) {
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      // Falls through to the refusal.
    }
  }
  throw badUserInput('timezone', 'Use an IANA time zone such as America/Chicago.');
}

export function validSpecialties(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const specialties: string[] = [];
  for (const value of values) {
    const specialty = value.trim().replace(/\s+/g, ' ');
    if (!specialty) continue;
    if (specialty.length > MAX_SPECIALTY_LENGTH) {
      throw badUserInput(
        'specialties',
        `Keep each specialty to ${MAX_SPECIALTY_LENGTH} characters.`,
      );
    }
    const key = specialty.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    specialties.push(specialty);
  }
  if (specialties.length > MAX_SPECIALTIES) {
    throw badUserInput('specialties', `List at most ${MAX_SPECIALTIES} specialties.`);
  }
  return specialties;
}

function sortedSlots(slots: readonly WeeklySlot[]): WeeklySlot[] {
  return [...slots].sort(
    (a, b) =>
      weekdayOrder.indexOf(a.day) - weekdayOrder.indexOf(b.day) || a.startMinute - b.startMinute,
  );
}

export function validWeeklyAvailability(slots: readonly WeeklySlot[]): WeeklySlot[] {
  if (slots.length > MAX_SLOTS) {
    throw badUserInput('weeklyAvailability', `Give at most ${MAX_SLOTS} slots.`);
  }
  for (const slot of slots) {
    if (!weekdayOrder.includes(slot.day)) throw badUserInput('weeklyAvailability', 'Unknown day.');
    if (
      !Number.isInteger(slot.startMinute) ||
      !Number.isInteger(slot.endMinute) ||
      slot.startMinute < 0 ||
      slot.endMinute > MINUTES_PER_DAY ||
      slot.startMinute >= slot.endMinute
    ) {
      throw badUserInput(
        'weeklyAvailability',
        'Each slot starts before it ends, within the day (minutes 0 to 1440).',
      );
    }
  }
  const sorted = sortedSlots(
    slots.map(({ day, startMinute, endMinute }) => ({ day, startMinute, endMinute })),
  );
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1] as WeeklySlot;
    const slot = sorted[index] as WeeklySlot;
    if (slot.day === previous.day && slot.startMinute < previous.endMinute) {
      throw badUserInput(
        'weeklyAvailability',
        `Slots on ${slot.day.charAt(0)}${slot.day.slice(1).toLowerCase()} overlap.`,
      );
    }
  }
  return sorted;
}

function validCapacity(value: number | null): number | null {
  if (value === null) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_CAPACITY) {
    throw badUserInput('caseloadCapacity', `Use a whole number from 0 to ${MAX_CAPACITY}.`);
  }
  return value;
}

function mergedNotificationSettings(
  stored: Partial<NotificationSettings>,
  input: NotificationSettingsInput,
): Partial<NotificationSettings> {
  const merged: Partial<NotificationSettings> = { ...stored };
  for (const key of notificationKeys) {
    const value = input[key];
    if (value === null) delete merged[key];
    else if (typeof value === 'boolean') merged[key] = value;
  }
  return merged;
}

function refuseNull(field: string, value: unknown) {
  if (value === null) throw badUserInput(field, 'This cannot be cleared.');
}

/** Validates the fields that need no database: the columns to write, and the location ids. */
export function validatedProfileInput(input: StaffProfileInput): {
  columns: ProfileColumns;
  locationIds?: string[];
  notificationSettings?: NotificationSettingsInput;
} {
  const columns: ProfileColumns = {};
  const has = (field: keyof StaffProfileInput) => input[field] !== undefined;
  if (has('firstName')) columns.firstName = requiredText('firstName', input.firstName ?? null, 100);
  if (has('lastName')) columns.lastName = requiredText('lastName', input.lastName ?? null, 100);
  if (has('staffId')) columns.staffId = validStaffId(input.staffId ?? null);
  if (has('email')) {
    columns.email = validEmail(
      'email',
      requiredText('email', input.email ?? null, MAX_EMAIL_LENGTH),
    );
  }
  if (has('title')) columns.title = optionalText('title', input.title ?? null, 100);
  if (has('licenseNumber')) {
    columns.licenseNumber = optionalText('licenseNumber', input.licenseNumber ?? null, 60);
  }
  if (has('discipline'))
    columns.discipline = optionalText('discipline', input.discipline ?? null, 100);
  if (has('compensationTier')) {
    columns.compensationTier = optionalText('compensationTier', input.compensationTier ?? null, 60);
  }
  if (has('bio')) columns.bio = optionalText('bio', input.bio ?? null, MAX_BIO_LENGTH);
  if (has('secondaryEmail')) {
    const secondary = optionalText(
      'secondaryEmail',
      input.secondaryEmail ?? null,
      MAX_EMAIL_LENGTH,
    );
    columns.secondaryEmail = secondary === null ? null : validEmail('secondaryEmail', secondary);
  }
  if (has('primaryPhone'))
    columns.primaryPhone = validPhone('primaryPhone', input.primaryPhone ?? null);
  if (has('secondaryPhone')) {
    columns.secondaryPhone = validPhone('secondaryPhone', input.secondaryPhone ?? null);
  }
  if (has('defaultPhone')) {
    refuseNull('defaultPhone', input.defaultPhone);
    columns.defaultPhone = input.defaultPhone as DefaultPhone;
  }
  if (has('notificationSettings')) refuseNull('notificationSettings', input.notificationSettings);
  if (has('timezone')) columns.timezone = validTimezone(input.timezone ?? null);
  if (has('specialties')) {
    refuseNull('specialties', input.specialties);
    columns.specialties = validSpecialties(input.specialties ?? []);
  }
  if (has('weeklyAvailability')) {
    refuseNull('weeklyAvailability', input.weeklyAvailability);
    columns.weeklyAvailability = validWeeklyAvailability(input.weeklyAvailability ?? []);
  }
  if (has('caseloadCapacity'))
    columns.caseloadCapacity = validCapacity(input.caseloadCapacity ?? null);
  let locationIds: string[] | undefined;
  if (has('locationIds')) {
    refuseNull('locationIds', input.locationIds);
    locationIds = [...new Set(input.locationIds ?? [])];
    if (!locationIds.every((id) => isUUID(id))) {
      throw badUserInput(
        'locationIds',
        'Every location must be a location group of this practice.',
      );
    }
  }
  return {
    columns,
    locationIds,
    notificationSettings: input.notificationSettings ?? undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

const staleProfile = (currentVersion: number) =>
  new AppError(
    ErrorCode.CONFLICT,
    'Someone else changed this profile since you opened it. Reload and try again.',
    { field: 'expectedVersion', currentVersion },
  );

const emailTaken = () =>
  new AppError(ErrorCode.CONFLICT, 'Another member of the practice uses this email.', {
    field: 'email',
  });

const staffIdTaken = () =>
  new AppError(ErrorCode.CONFLICT, 'Another member of the practice has this staff ID.', {
    field: 'staffId',
  });

/** Self-editors without staff.edit may not touch the admin-only fields, named in the refusal. */
function refuseAdminOnlyFields(ctx: SignedInContext, args: UpdateStaffProfileArgs) {
  if (ctx.viewer.permissions.has('staff.edit')) return;
  const fields = ADMIN_ONLY_PROFILE_FIELDS.filter((field) => args.input[field] !== undefined);
  if (args.staffMemberId !== ctx.viewer.staffMemberId || fields.length) {
    throw new AppError(
      ErrorCode.FORBIDDEN,
      fields.length
        ? `You need the staff.edit permission to change ${fields.join(', ')}.`
        : 'You need the staff.edit permission.',
      { permission: 'staff.edit', fields },
    );
  }
}

async function refuseTakenEmail(scope: TenantScope, memberId: string, email: string) {
  const taken = await scope
    .select(StaffMember, 'staff')
    .andWhere(`lower(staff.email) = lower(:email) AND staff.status <> 'REMOVED'`, { email })
    .andWhere('staff.id <> :memberId', { memberId })
    .getExists();
  if (taken) throw emailTaken();
}

async function refuseTakenStaffId(scope: TenantScope, memberId: string, staffId: string) {
  const taken = await scope
    .select(StaffMember, 'staff')
    .andWhere('lower(staff.staffId) = lower(:staffId)', { staffId })
    .andWhere('staff.id <> :memberId', { memberId })
    .getExists();
  if (taken) throw staffIdTaken();
}

/** Unarchived LOCATION groups of the practice; BAD_USER_INPUT for any other id. */
async function requireLocations(scope: TenantScope, ids: readonly string[]): Promise<Group[]> {
  const locations = ids.length
    ? await scope
        .select(Group, 'grp')
        .andWhere(`grp.id IN (:...ids) AND grp.kind = 'LOCATION' AND grp.archivedAt IS NULL`, {
          ids: [...ids],
        })
        .getMany()
    : [];
  if (locations.length !== ids.length) {
    throw badUserInput('locationIds', 'Every location must be a location group of this practice.');
  }
  return locations;
}

async function currentLocations(scope: TenantScope, memberId: string): Promise<Group[]> {
  return scope
    .select(Group, 'grp')
    .innerJoin(GroupMembership, 'membership', 'membership.groupId = grp.id')
    .andWhere('membership.staffMemberId = :memberId', { memberId })
    .andWhere(`grp.kind = 'LOCATION' AND grp.archivedAt IS NULL`)
    .getMany();
}

/** Replaces the member's unarchived LOCATION memberships; archived ones stay as history. */
async function setLocations(
  scope: TenantScope,
  memberId: string,
  before: readonly Group[],
  after: readonly Group[],
) {
  const keep = new Set(after.map((group) => group.id));
  const leaving = before.filter((group) => !keep.has(group.id)).map((group) => group.id);
  const had = new Set(before.map((group) => group.id));
  const joining = after.filter((group) => !had.has(group.id));
  if (leaving.length) {
    await scope.manager
      .createQueryBuilder()
      .delete()
      .from(GroupMembership)
      .where('"practiceId" = :practiceId AND "staffMemberId" = :memberId', {
        practiceId: scope.practiceId,
        memberId,
      })
      .andWhere('"groupId" IN (:...leaving)', { leaving })
      .execute();
  }
  if (joining.length) {
    await scope.manager
      .createQueryBuilder()
      .insert()
      .into(GroupMembership)
      .values(
        joining.map((group) => ({
          groupId: group.id,
          staffMemberId: memberId,
          practiceId: scope.practiceId,
        })),
      )
      .orIgnore()
      .execute();
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Sets the phone to call first to one that is set; refuses an explicit choice of an empty one. */
function settleDefaultPhone(before: StaffMember, columns: ProfileColumns, explicit: boolean) {
  const primary = columns.primaryPhone !== undefined ? columns.primaryPhone : before.primaryPhone;
  const secondary =
    columns.secondaryPhone !== undefined ? columns.secondaryPhone : before.secondaryPhone;
  const chosen = columns.defaultPhone ?? before.defaultPhone;
  const chosenIsSet = chosen === 'PRIMARY' ? primary !== null : secondary !== null;
  if (chosenIsSet) return;
  if (explicit) {
    throw badUserInput(
      'defaultPhone',
      `Set the ${chosen === 'PRIMARY' ? 'primary' : 'secondary'} phone before making it the default.`,
    );
  }
  // The default phone was cleared: the other one, if set, becomes the default.
  if (chosen === 'PRIMARY' && secondary !== null) columns.defaultPhone = 'SECONDARY';
  if (chosen === 'SECONDARY') columns.defaultPhone = 'PRIMARY';
}

/**
 * Changes the fields given, under optimistic concurrency: the update only applies to the version
 * the caller edited, so of two concurrent edits one wins and the other gets CONFLICT.
 */
export async function updateStaffProfile(
  ctx: SignedInContext,
  args: UpdateStaffProfileArgs,
): Promise<StaffRecord> {
  refuseAdminOnlyFields(ctx, args);
  const validated = validatedProfileInput(args.input);
  try {
    return await ctx.viewer.scope.transaction(async (scope) => {
      const before = await requireStaffMember(scope, args.staffMemberId);
      if (before.version !== args.expectedVersion) throw staleProfile(before.version);
      if (before.status === 'REMOVED') {
        throw badUserInput('staffMemberId', 'Removed members keep their profile as it was.');
      }
      const columns: ProfileColumns = { ...validated.columns };
      if (validated.notificationSettings) {
        columns.notificationSettings = mergedNotificationSettings(
          before.notificationSettings ?? {},
          validated.notificationSettings,
        );
      }
      settleDefaultPhone(before, columns, args.input.defaultPhone !== undefined);

      const changed = (Object.keys(columns) as Array<keyof ProfileColumns>).filter(
        (key) => !sameValue(columns[key], before[key]),
      );
      if (changed.includes('email') && columns.email) {
        await refuseTakenEmail(scope, before.id, columns.email);
      }
      if (changed.includes('staffId') && columns.staffId) {
        await refuseTakenStaffId(scope, before.id, columns.staffId);
      }

      let locations: { before: Group[]; after: Group[] } | null = null;
      if (validated.locationIds) {
        const after = await requireLocations(scope, validated.locationIds);
        const current = await currentLocations(scope, before.id);
        const beforeIds = current.map((group) => group.id).sort();
        const afterIds = after.map((group) => group.id).sort();
        if (!sameValue(beforeIds, afterIds)) locations = { before: current, after };
      }
      if (!changed.length && !locations) {
        const [record] = await findStaffByIds(scope, [before.id]);
        return record as StaffRecord;
      }

      const values = Object.fromEntries(changed.map((key) => [key, columns[key]]));
      const result = await scope.manager
        .createQueryBuilder()
        .update(StaffMember)
        .set({ ...values, version: () => '"version" + 1' })
        .where('id = :id AND "practiceId" = :practiceId AND version = :version', {
          id: before.id,
          practiceId: scope.practiceId,
          version: args.expectedVersion,
        })
        .execute();
      // Someone saved between the read above and this write.
      if (result.affected !== 1) throw staleProfile(before.version + 1);
      if (locations) await setLocations(scope, before.id, locations.before, locations.after);

      const names = (groups: Group[]) => groups.map((group) => group.name).sort();
      await recordAudit(scope.manager, ctx, {
        practiceId: scope.practiceId,
        actorUserId: ctx.viewer.userId,
        actorStaffMemberId: ctx.viewer.staffMemberId,
        action: 'staff.profile.updated',
        targetType: 'StaffMember',
        targetId: before.id,
        changes: {
          before: {
            ...Object.fromEntries(changed.map((key) => [key, before[key]])),
            ...(locations ? { locations: names(locations.before) } : {}),
          },
          after: {
            ...values,
            ...(locations ? { locations: names(locations.after) } : {}),
          },
        },
      });
      const [record] = await findStaffByIds(scope, [before.id]);
      return record as StaffRecord;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'UQ_staff_member_email_per_practice')) throw emailTaken();
    if (isUniqueViolation(error, 'UQ_staff_member_staff_id')) throw staffIdTaken();
    throw error;
  }
}
