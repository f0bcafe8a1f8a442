import { ErrorCode, type WeeklySlot } from '@caseload/shared';
import { isUUID } from 'class-validator';
import { AppError, badUserInput } from '../../errors/app-error';
import { validSpecialties, validWeeklyAvailability } from '../staff/staff-profile.service';
import type { Client } from './client.entity';
import type { ClientChangesInput, NewClientInput } from './client-editing.types';

/** The client columns a create or an update writes, after validation. */
export type ClientColumns = Partial<
  Pick<
    Client,
    | 'firstName'
    | 'lastName'
    | 'dateOfBirth'
    | 'riskLevel'
    | 'scope'
    | 'status'
    | 'neededSpecialties'
    | 'preferredLocationId'
    | 'preferredTimes'
    | 'dischargedAt'
  >
>;

const MAX_NAME_LENGTH = 100;
const MAX_AGE_YEARS = 130;
// Today somewhere on Earth: a birth date is never later than the date in the easternmost zone.
const EASTERNMOST_OFFSET_MS = 14 * 3_600_000;

function requiredName(field: string, value: string | null | undefined): string {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) throw badUserInput(field, 'This cannot be empty.');
  if (trimmed.length > MAX_NAME_LENGTH) {
    throw badUserInput(field, `Use at most ${MAX_NAME_LENGTH} characters.`);
  }
  return trimmed;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A real calendar date, YYYY-MM-DD, not in the future and not before anyone alive was born. */
export function validDateOfBirth(value: string | null | undefined, now: Date): string {
  const text = value?.trim() ?? '';
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || isoDate(parsed) !== text) {
    throw badUserInput('dateOfBirth', 'Enter the date of birth as YYYY-MM-DD.');
  }
  if (text > isoDate(new Date(now.getTime() + EASTERNMOST_OFFSET_MS))) {
    throw badUserInput('dateOfBirth', 'The date of birth cannot be in the future.');
  }
  const earliest = new Date(now);
  earliest.setUTCFullYear(earliest.getUTCFullYear() - MAX_AGE_YEARS);
  if (text < isoDate(earliest)) {
    throw badUserInput('dateOfBirth', `The date of birth is more than ${MAX_AGE_YEARS} years ago.`);
  }
  return text;
}

/** Staff profiles check the same shapes under their own field names; refusals name the client's. */
function underField<T>(field: string, validate: () => T): T {
  try {
    return validate();
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.BAD_USER_INPUT) {
      throw badUserInput(field, error.message);
    }
    throw error;
  }
}

function neededSpecialties(values: readonly string[]): string[] {
  return underField('neededSpecialties', () => validSpecialties(values));
}

function preferredTimes(slots: readonly WeeklySlot[]): WeeklySlot[] {
  return underField('preferredTimes', () => validWeeklyAvailability(slots));
}

function locationId(value: string | null | undefined): string | null {
  if (!value) return null;
  if (!isUUID(value)) {
    throw badUserInput('preferredLocationId', 'Choose a location of this practice.');
  }
  return value;
}

/** A new client's columns, or BAD_USER_INPUT naming the first field at fault. */
export function validatedNewClient(input: NewClientInput, now: Date): ClientColumns {
  if (input.autoMatch && input.therapistId) {
    throw badUserInput('autoMatch', 'Choose a therapist or auto-match, not both.');
  }
  if (input.therapistId && !isUUID(input.therapistId)) {
    throw badUserInput('therapistId', 'Choose an active therapist of this practice.');
  }
  if (input.scope === 'DIRECT' && !input.therapistId && !input.autoMatch) {
    throw badUserInput(
      'therapistId',
      'A direct client belongs to one therapist: choose one, or auto-match.',
    );
  }
  return {
    firstName: requiredName('firstName', input.firstName),
    lastName: requiredName('lastName', input.lastName),
    dateOfBirth: validDateOfBirth(input.dateOfBirth, now),
    riskLevel: input.riskLevel,
    scope: input.scope,
    status: 'ACTIVE',
    neededSpecialties: neededSpecialties(input.neededSpecialties ?? []),
    preferredLocationId: locationId(input.preferredLocationId),
    preferredTimes: preferredTimes(input.preferredTimes ?? []),
  };
}

function refuseNull(field: string, value: unknown) {
  if (value === null) throw badUserInput(field, 'This cannot be cleared.');
}

/** The columns an update asks to write (those given), or BAD_USER_INPUT naming the field. */
export function validatedClientChanges(input: ClientChangesInput, now: Date): ClientColumns {
  const columns: ClientColumns = {};
  const has = (field: keyof ClientChangesInput) => input[field] !== undefined;
  if (has('firstName')) columns.firstName = requiredName('firstName', input.firstName);
  if (has('lastName')) columns.lastName = requiredName('lastName', input.lastName);
  if (has('dateOfBirth')) columns.dateOfBirth = validDateOfBirth(input.dateOfBirth, now);
  for (const field of ['riskLevel', 'scope', 'status'] as const) {
    if (has(field)) refuseNull(field, input[field]);
  }
  if (input.riskLevel) columns.riskLevel = input.riskLevel;
  if (input.scope) columns.scope = input.scope;
  if (input.status === 'DISCHARGED') {
    throw badUserInput('status', 'Discharge a client with dischargeClient, which asks why.');
  }
  if (input.status) columns.status = input.status;
  if (has('neededSpecialties')) {
    columns.neededSpecialties = neededSpecialties(input.neededSpecialties ?? []);
  }
  if (has('preferredLocationId')) {
    columns.preferredLocationId = locationId(input.preferredLocationId);
  }
  if (has('preferredTimes')) columns.preferredTimes = preferredTimes(input.preferredTimes ?? []);
  return columns;
}

const MAX_REASON_LENGTH = 1000;

export function requiredReason(reason: string, refusal: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw badUserInput('reason', refusal);
  if (trimmed.length > MAX_REASON_LENGTH) {
    throw badUserInput('reason', `Keep the reason to ${MAX_REASON_LENGTH} characters.`);
  }
  return trimmed;
}
