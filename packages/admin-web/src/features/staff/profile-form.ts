import type { ErrorLike } from '@apollo/client';
import {
  defaultNotificationSettings,
  ErrorCode,
  type NotificationSettings,
} from '@caseload/shared';
import type {
  DefaultPhone,
  StaffProfileFieldsFragment,
  StaffProfileInput,
} from '../../gql/graphql';
import { apiRefusal } from './api-refusal';
import { looksLikeEmail } from './invite-form';
import { type SlotDraft, slotDrafts, slotsFromDrafts } from './weekly-availability';

/**
 * The staff profile as its edit forms hold it: text as typed (empty for none), and each section
 * saved on its own, sending only the fields that changed with the version the form started from.
 */
export interface ProfileFormValues {
  firstName: string;
  lastName: string;
  staffId: string;
  title: string;
  licenseNumber: string;
  discipline: string;
  compensationTier: string;
  bio: string;
  email: string;
  secondaryEmail: string;
  primaryPhone: string;
  secondaryPhone: string;
  defaultPhone: DefaultPhone;
  /** Empty: the practice's timezone. */
  timezone: string;
  specialties: readonly string[];
  locationIds: readonly string[];
  /** Empty: no limit. */
  caseloadCapacity: string;
  weeklyAvailability: readonly SlotDraft[];
  notificationSettings: NotificationSettings;
}

export type ProfileField = keyof ProfileFormValues;
export type ProfileFieldErrors = Partial<Record<ProfileField, string>>;

export type ProfileSectionKey = 'details' | 'contact' | 'work' | 'availability' | 'notifications';

export const profileSectionFields: Record<ProfileSectionKey, readonly ProfileField[]> = {
  details: [
    'firstName',
    'lastName',
    'staffId',
    'title',
    'licenseNumber',
    'discipline',
    'compensationTier',
    'bio',
  ],
  contact: [
    'email',
    'secondaryEmail',
    'primaryPhone',
    'secondaryPhone',
    'defaultPhone',
    'timezone',
  ],
  work: ['specialties', 'locationIds', 'caseloadCapacity'],
  availability: ['weeklyAvailability'],
  notifications: ['notificationSettings'],
};

export const profileFieldLabels: Record<ProfileField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  staffId: 'Staff ID',
  title: 'Title',
  licenseNumber: 'Licence or registration number',
  discipline: 'Discipline',
  compensationTier: 'Compensation tier',
  bio: 'Bio',
  email: 'Work email',
  secondaryEmail: 'Secondary email',
  primaryPhone: 'Primary phone',
  secondaryPhone: 'Secondary phone',
  defaultPhone: 'Phone to call first',
  timezone: 'Timezone',
  specialties: 'Specialties',
  locationIds: 'Locations',
  caseloadCapacity: 'Caseload capacity',
  weeklyAvailability: 'Weekly availability',
  notificationSettings: 'Email notifications',
};

/** What only holders of staff.edit may change, also on their own profile (as the API rules). */
const adminOnlyFields: ReadonlySet<ProfileField> = new Set<ProfileField>([
  'staffId',
  'email',
  'title',
  'licenseNumber',
  'discipline',
  'compensationTier',
  'caseloadCapacity',
  'locationIds',
]);

export interface ProfileEditAccess {
  /** The viewer holds staff.edit. */
  canEditAll: boolean;
  /** The profile is the viewer's own. */
  isSelf: boolean;
}

export function canEditProfile(access: ProfileEditAccess): boolean {
  return access.canEditAll || access.isSelf;
}

/** Why the viewer cannot change a field they can see in the form, or null when they can. */
export function profileFieldLock(field: ProfileField, access: ProfileEditAccess): string | null {
  if (access.canEditAll || (access.isSelf && !adminOnlyFields.has(field))) {
    return null;
  }
  return 'Only members with the staff.edit permission can change this.';
}

export function profileFormValues(member: StaffProfileFieldsFragment): ProfileFormValues {
  const { profile } = member;
  return {
    firstName: member.firstName,
    lastName: member.lastName,
    staffId: member.staffId,
    title: profile.title ?? '',
    licenseNumber: profile.licenseNumber ?? '',
    discipline: profile.discipline ?? '',
    compensationTier: profile.compensationTier ?? '',
    bio: profile.bio ?? '',
    email: member.email,
    secondaryEmail: profile.secondaryEmail ?? '',
    primaryPhone: profile.primaryPhone ?? '',
    secondaryPhone: profile.secondaryPhone ?? '',
    defaultPhone: profile.defaultPhone,
    timezone: profile.timezone ?? '',
    specialties: profile.specialties,
    locationIds: profile.locations.map((location) => location.id),
    caseloadCapacity: profile.caseloadCapacity === null ? '' : String(profile.caseloadCapacity),
    weeklyAvailability: slotDrafts(profile.weeklyAvailability),
    notificationSettings: profile.notificationSettings ?? defaultNotificationSettings,
  };
}

const requiredTextFields = ['firstName', 'lastName', 'staffId', 'email'] as const;
const optionalTextFields = [
  'title',
  'licenseNumber',
  'discipline',
  'compensationTier',
  'bio',
  'secondaryEmail',
  'primaryPhone',
  'secondaryPhone',
] as const;

type TextField = (typeof requiredTextFields)[number] | (typeof optionalTextFields)[number];

const isTextField = (field: ProfileField): field is TextField =>
  (requiredTextFields as readonly string[]).includes(field) ||
  (optionalTextFields as readonly string[]).includes(field);

const cleanSpecialties = (specialties: readonly string[]) =>
  specialties.map((specialty) => specialty.trim().replace(/\s+/g, ' ')).filter(Boolean);

/** A field's value as the API would store it, to tell whether an edit changed anything. */
function comparable(values: ProfileFormValues, field: ProfileField): string {
  if (isTextField(field)) {
    return values[field].trim();
  }
  switch (field) {
    case 'specialties':
      return JSON.stringify(cleanSpecialties(values.specialties));
    case 'locationIds':
      return JSON.stringify([...values.locationIds].sort());
    case 'caseloadCapacity':
      return values.caseloadCapacity.trim();
    case 'weeklyAvailability': {
      const result = slotsFromDrafts(values.weeklyAvailability);
      return 'slots' in result ? JSON.stringify(result.slots) : `invalid:${result.error}`;
    }
    case 'notificationSettings':
      return JSON.stringify(values.notificationSettings);
    default:
      return String(values[field]);
  }
}

/** The fields among `fields` whose value differs between two versions of a profile. */
export function changedProfileFields(
  before: ProfileFormValues,
  after: ProfileFormValues,
  fields: readonly ProfileField[],
): ProfileField[] {
  return fields.filter((field) => comparable(before, field) !== comparable(after, field));
}

/** An edit moved onto the latest saved profile after someone else saved it first. */
export interface RebasedProfileEdit {
  /** The latest saved values: what the next save is compared against. */
  initial: ProfileFormValues;
  /** The latest saved values, with this edit's changes on top. */
  values: ProfileFormValues;
  /** Fields of the section the other person changed. */
  theirChanges: ProfileField[];
  /** Fields both changed: saving now keeps this edit's value. */
  bothChanged: ProfileField[];
}

/**
 * Moves an edit onto `latest` after a CONFLICT: what the other person saved shows in the form,
 * except where this edit changed the field too, and the next save sends only this edit's changes.
 */
export function rebaseProfileEdit(
  initial: ProfileFormValues,
  values: ProfileFormValues,
  latest: ProfileFormValues,
  fields: readonly ProfileField[],
): RebasedProfileEdit {
  const mine = changedProfileFields(initial, values, fields);
  const theirChanges = changedProfileFields(initial, latest, fields);
  const rebased: ProfileFormValues = { ...latest };
  for (const field of mine) {
    Object.assign(rebased, { [field]: values[field] });
  }
  return {
    initial: latest,
    values: rebased,
    theirChanges,
    bothChanged: theirChanges.filter((field) => mine.includes(field)),
  };
}

const staffIdPattern = /^[\p{L}\p{N}][\p{L}\p{N} ._/#-]*$/u;
const MAX_SPECIALTIES = 20;
const MAX_SPECIALTY_LENGTH = 60;
const MAX_CAPACITY = 500;

/** What is wrong with the form's `fields` before anything is sent, as the API would say. */
export function profileFieldErrors(
  values: ProfileFormValues,
  fields: readonly ProfileField[],
): ProfileFieldErrors {
  const errors: ProfileFieldErrors = {};
  const checks: Partial<Record<ProfileField, () => string | null>> = {
    firstName: () => (values.firstName.trim() === '' ? 'Enter a first name.' : null),
    lastName: () => (values.lastName.trim() === '' ? 'Enter a last name.' : null),
    staffId: () => {
      const staffId = values.staffId.trim();
      if (staffId === '') {
        return 'Enter a staff ID.';
      }
      if (staffId.length > 40) {
        return 'Use at most 40 characters.';
      }
      return staffIdPattern.test(staffId)
        ? null
        : 'Start with a letter or digit; use letters, digits, spaces and . _ / # -.';
    },
    email: () => (looksLikeEmail(values.email) ? null : 'Enter a valid email address.'),
    secondaryEmail: () =>
      values.secondaryEmail.trim() === '' || looksLikeEmail(values.secondaryEmail)
        ? null
        : 'Enter a valid email address, or leave it empty.',
    defaultPhone: () => {
      const primary = values.primaryPhone.trim() !== '';
      const secondary = values.secondaryPhone.trim() !== '';
      if (values.defaultPhone === 'PRIMARY' && !primary && secondary) {
        return 'The primary phone is empty: call the secondary phone first, or fill it in.';
      }
      if (values.defaultPhone === 'SECONDARY' && !secondary) {
        return 'The secondary phone is empty: fill it in before calling it first.';
      }
      return null;
    },
    specialties: () => {
      const specialties = cleanSpecialties(values.specialties);
      if (specialties.length > MAX_SPECIALTIES) {
        return `List at most ${MAX_SPECIALTIES} specialties.`;
      }
      return specialties.some((specialty) => specialty.length > MAX_SPECIALTY_LENGTH)
        ? `Keep each specialty to ${MAX_SPECIALTY_LENGTH} characters.`
        : null;
    },
    caseloadCapacity: () => {
      const capacity = values.caseloadCapacity.trim();
      if (capacity === '') {
        return null;
      }
      const number = Number(capacity);
      return Number.isInteger(number) && number >= 0 && number <= MAX_CAPACITY
        ? null
        : `Use a whole number from 0 to ${MAX_CAPACITY}, or leave it empty for no limit.`;
    },
    weeklyAvailability: () => {
      const result = slotsFromDrafts(values.weeklyAvailability);
      return 'error' in result ? result.error : null;
    },
  };
  for (const field of fields) {
    const error = checks[field]?.();
    if (error) {
      errors[field] = error;
    }
  }
  return errors;
}

/** The input for `updateStaffProfile`: only the fields of `fields` the edit changed. */
export function profileChanges(
  initial: ProfileFormValues,
  edited: ProfileFormValues,
  fields: readonly ProfileField[],
): StaffProfileInput {
  const input: StaffProfileInput = {};
  for (const field of changedProfileFields(initial, edited, fields)) {
    if (isTextField(field)) {
      const text = edited[field].trim();
      // Optional text left empty clears the field; required text is checked before this.
      input[field] = (requiredTextFields as readonly string[]).includes(field)
        ? text
        : text || null;
    } else if (field === 'defaultPhone') {
      input.defaultPhone = edited.defaultPhone;
    } else if (field === 'timezone') {
      input.timezone = edited.timezone || null;
    } else if (field === 'specialties') {
      input.specialties = cleanSpecialties(edited.specialties);
    } else if (field === 'locationIds') {
      input.locationIds = [...edited.locationIds];
    } else if (field === 'caseloadCapacity') {
      const capacity = edited.caseloadCapacity.trim();
      input.caseloadCapacity = capacity === '' ? null : Number(capacity);
    } else if (field === 'weeklyAvailability') {
      const result = slotsFromDrafts(edited.weeklyAvailability);
      if ('slots' in result) {
        input.weeklyAvailability = result.slots;
      }
    } else if (field === 'notificationSettings') {
      const settings = edited.notificationSettings;
      input.notificationSettings = Object.fromEntries(
        (Object.keys(settings) as Array<keyof NotificationSettings>)
          .filter((key) => settings[key] !== initial.notificationSettings[key])
          .map((key) => [key, settings[key]]),
      );
    }
  }
  return input;
}

/** Why a save was refused, sorted by where the form shows it. */
export type ProfileSaveFailure =
  /** Someone else saved the member since the form opened: reload, then save again. */
  | { kind: 'conflict' }
  | { kind: 'field'; field: ProfileField; message: string }
  | { kind: 'general'; message: string };

export function profileSaveFailure(
  error: ErrorLike,
  fields: readonly ProfileField[],
): ProfileSaveFailure {
  const refusal = apiRefusal(error);
  if (refusal.code === ErrorCode.CONFLICT && refusal.field === 'expectedVersion') {
    return { kind: 'conflict' };
  }
  const field = fields.find((known) => known === refusal.field);
  return field
    ? { kind: 'field', field, message: refusal.message }
    : { kind: 'general', message: refusal.message };
}
