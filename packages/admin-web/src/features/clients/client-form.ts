import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@caseload/shared';
import { readableErrorMessage } from '../../error-messages';
import type {
  ClientChangesInput,
  ClientScope,
  ClientStatus,
  EditableClientFragment,
  NewClientInput,
  RiskLevel,
  Weekday,
  WeeklySlotInput,
} from '../../gql/graphql';

/** Who takes a new client on. */
export type TherapistAssignment = 'CHOOSE' | 'AUTO_MATCH' | 'UNASSIGNED';

export interface ClientFormValues {
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD, as a date input gives it. */
  dateOfBirth: string;
  riskLevel: RiskLevel;
  scope: ClientScope;
  status: ClientStatus;
  assignment: TherapistAssignment;
  therapistId: string | null;
  neededSpecialties: string[];
  preferredLocationId: string | null;
  /** Parts of the week, as `timeBlockKey` gives them. */
  preferredTimes: string[];
}

export type ClientField = keyof ClientFormValues;

export const emptyClientForm: ClientFormValues = {
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  riskLevel: 'LOW',
  scope: 'DIRECT',
  status: 'ACTIVE',
  assignment: 'CHOOSE',
  therapistId: null,
  neededSpecialties: [],
  preferredLocationId: null,
  preferredTimes: [],
};

export const weekdays: readonly Weekday[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];

export const weekdayLabels: Record<Weekday, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};

/** The parts of a day a client can prefer, in minutes after midnight. */
export const timeBlocks = [
  { key: 'MORNING', label: 'Morning', hours: '8–12', startMinute: 480, endMinute: 720 },
  { key: 'AFTERNOON', label: 'Afternoon', hours: '12–17', startMinute: 720, endMinute: 1020 },
  { key: 'EVENING', label: 'Evening', hours: '17–21', startMinute: 1020, endMinute: 1260 },
] as const;

export function timeBlockKey(day: Weekday, block: (typeof timeBlocks)[number]['key']): string {
  return `${day}:${block}`;
}

/** The weekly slots the chosen parts of the week stand for, in week order. */
export function slotsFromTimeBlocks(keys: readonly string[]): WeeklySlotInput[] {
  return weekdays.flatMap((day) =>
    timeBlocks
      .filter((block) => keys.includes(timeBlockKey(day, block.key)))
      .map(({ startMinute, endMinute }) => ({ day, startMinute, endMinute })),
  );
}

/**
 * The parts of the week that stored slots cover; `exact` is false when some slot is not one of
 * them (set through the API), so the form can keep those unless the person changes the times.
 */
export function timeBlocksFromSlots(slots: readonly WeeklySlotInput[]): {
  keys: string[];
  exact: boolean;
} {
  const keys: string[] = [];
  let exact = true;
  for (const slot of slots) {
    const block = timeBlocks.find(
      (candidate) =>
        candidate.startMinute === slot.startMinute && candidate.endMinute === slot.endMinute,
    );
    if (block) {
      keys.push(timeBlockKey(slot.day, block.key));
    } else {
      exact = false;
    }
  }
  return { keys, exact };
}

function clockTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Preferred times as a sentence: "Monday morning, Friday 10:00–11:00". */
export function describePreferredTimes(slots: readonly WeeklySlotInput[]): string {
  if (slots.length === 0) {
    return 'No preference';
  }
  return slots
    .map((slot) => {
      const block = timeBlocks.find(
        (candidate) =>
          candidate.startMinute === slot.startMinute && candidate.endMinute === slot.endMinute,
      );
      const when = block
        ? block.label.toLowerCase()
        : `${clockTime(slot.startMinute)}–${clockTime(slot.endMinute)}`;
      return `${weekdayLabels[slot.day]} ${when}`;
    })
    .join(', ');
}

/** The form filled in with a client's details, for editing. */
export function clientFormValues(client: EditableClientFragment): ClientFormValues {
  return {
    ...emptyClientForm,
    firstName: client.firstName,
    lastName: client.lastName,
    dateOfBirth: client.dateOfBirth,
    riskLevel: client.riskLevel,
    scope: client.scope,
    status: client.status,
    neededSpecialties: client.neededSpecialties,
    preferredLocationId: client.preferredLocation?.id ?? null,
    preferredTimes: timeBlocksFromSlots(client.preferredTimes).keys,
  };
}

/** What is missing or wrong before anything is sent; `today` is YYYY-MM-DD. */
export function clientFormErrors(
  values: ClientFormValues,
  mode: 'create' | 'edit',
  today: string,
): Partial<Record<ClientField, string>> {
  const errors: Partial<Record<ClientField, string>> = {};
  if (!values.firstName.trim()) errors.firstName = 'Enter a first name.';
  if (!values.lastName.trim()) errors.lastName = 'Enter a last name.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.dateOfBirth)) {
    errors.dateOfBirth = 'Enter the date of birth.';
  } else if (values.dateOfBirth > today) {
    errors.dateOfBirth = 'The date of birth cannot be in the future.';
  }
  if (mode === 'create') {
    if (values.assignment === 'CHOOSE' && !values.therapistId) {
      errors.therapistId = 'Choose who takes this client on.';
    }
    if (values.assignment === 'UNASSIGNED' && values.scope === 'DIRECT') {
      errors.assignment = 'A direct client belongs to one therapist: choose one or auto-match.';
    }
  }
  return errors;
}

function trimmedSpecialties(values: readonly string[]): string[] {
  return values.map((value) => value.trim()).filter(Boolean);
}

/** The createClient input for a filled-in form. */
export function newClientInput(values: ClientFormValues): NewClientInput {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    dateOfBirth: values.dateOfBirth,
    riskLevel: values.riskLevel,
    scope: values.scope,
    therapistId: values.assignment === 'CHOOSE' ? values.therapistId : null,
    autoMatch: values.assignment === 'AUTO_MATCH',
    neededSpecialties: trimmedSpecialties(values.neededSpecialties),
    preferredLocationId: values.preferredLocationId,
    preferredTimes: slotsFromTimeBlocks(values.preferredTimes),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** Only what the person changed, so an edit never overwrites a field someone else set. */
export function clientChanges(
  client: EditableClientFragment,
  values: ClientFormValues,
): ClientChangesInput {
  const initial = clientFormValues(client);
  const changes: ClientChangesInput = {};
  if (values.firstName.trim() !== initial.firstName) changes.firstName = values.firstName.trim();
  if (values.lastName.trim() !== initial.lastName) changes.lastName = values.lastName.trim();
  if (values.dateOfBirth !== initial.dateOfBirth) changes.dateOfBirth = values.dateOfBirth;
  if (values.riskLevel !== initial.riskLevel) changes.riskLevel = values.riskLevel;
  if (values.scope !== initial.scope) changes.scope = values.scope;
  if (values.status !== initial.status) changes.status = values.status;
  const specialties = trimmedSpecialties(values.neededSpecialties);
  if (!sameList(specialties, initial.neededSpecialties)) changes.neededSpecialties = specialties;
  if (values.preferredLocationId !== initial.preferredLocationId) {
    changes.preferredLocationId = values.preferredLocationId;
  }
  if (!sameList([...values.preferredTimes].sort(), [...initial.preferredTimes].sort())) {
    changes.preferredTimes = slotsFromTimeBlocks(values.preferredTimes);
  }
  return changes;
}

/** What went wrong with a save, sorted by where the form shows it. */
export type ClientSaveFailure =
  | { kind: 'conflict'; message: string }
  | { kind: 'field'; field: ClientField; message: string }
  | { kind: 'general'; message: string };

const conflictMessage =
  'Someone else changed this client while you were editing. The page now shows the latest details: check them and make your change again.';

/** The API's field names, as the form's. */
const formFields: Record<string, ClientField> = {
  firstName: 'firstName',
  lastName: 'lastName',
  dateOfBirth: 'dateOfBirth',
  riskLevel: 'riskLevel',
  scope: 'scope',
  status: 'status',
  therapistId: 'therapistId',
  autoMatch: 'assignment',
  neededSpecialties: 'neededSpecialties',
  preferredLocationId: 'preferredLocationId',
  preferredTimes: 'preferredTimes',
};

export function clientSaveFailure(error: ErrorLike): ClientSaveFailure {
  if (CombinedGraphQLErrors.is(error)) {
    for (const graphQLError of error.errors) {
      const { code, field } = graphQLError.extensions ?? {};
      if (code === ErrorCode.CONFLICT) {
        return { kind: 'conflict', message: conflictMessage };
      }
      const formField = typeof field === 'string' ? formFields[field] : undefined;
      if ((code === ErrorCode.BAD_USER_INPUT || code === ErrorCode.FORBIDDEN) && formField) {
        return { kind: 'field', field: formField, message: graphQLError.message };
      }
    }
  }
  return { kind: 'general', message: readableErrorMessage(error) };
}
