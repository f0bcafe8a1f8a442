import type { Weekday } from '../../gql/graphql';

/**
 * Weekly availability as a form edits it: times as `HH:mm` (what `<input type="time">` holds),
 * while the API counts minutes after midnight, 0 to 1440, in the member's timezone.
 */

export interface WeeklySlot {
  day: Weekday;
  startMinute: number;
  endMinute: number;
}

export interface SlotDraft {
  day: Weekday;
  start: string;
  end: string;
}

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

const MINUTES_PER_DAY = 1440;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * `HH:mm` for a minute of the day. A slot that ends at midnight (1440) reads `00:00`: a time
 * field cannot hold 24:00, and an end of 00:00 is read back as midnight.
 */
export function minutesToTime(minutes: number): string {
  const inDay = minutes % MINUTES_PER_DAY;
  const hours = String(Math.floor(inDay / 60)).padStart(2, '0');
  return `${hours}:${String(inDay % 60).padStart(2, '0')}`;
}

/** Minutes after midnight for `HH:mm`; an end of `00:00` is midnight at the end of the day. */
export function timeToMinutes(time: string, edge: 'start' | 'end'): number | null {
  const match = timePattern.exec(time);
  if (!match) {
    return null;
  }
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return edge === 'end' && minutes === 0 ? MINUTES_PER_DAY : minutes;
}

function sortSlots(slots: readonly WeeklySlot[]): WeeklySlot[] {
  return [...slots].sort(
    (a, b) => weekdays.indexOf(a.day) - weekdays.indexOf(b.day) || a.startMinute - b.startMinute,
  );
}

export function slotDrafts(slots: readonly WeeklySlot[]): SlotDraft[] {
  return sortSlots(slots).map((slot) => ({
    day: slot.day,
    start: minutesToTime(slot.startMinute),
    end: minutesToTime(slot.endMinute),
  }));
}

/**
 * The slots a form describes, sorted by day and start, or what is wrong with them, checked as the
 * API does: each slot starts before it ends, and slots of one day do not overlap.
 */
export function slotsFromDrafts(
  drafts: readonly SlotDraft[],
): { slots: WeeklySlot[] } | { error: string } {
  const slots: WeeklySlot[] = [];
  for (const draft of drafts) {
    const startMinute = timeToMinutes(draft.start, 'start');
    const endMinute = timeToMinutes(draft.end, 'end');
    if (startMinute === null || endMinute === null) {
      return {
        error: `Give a start and an end time for every slot (${weekdayLabels[draft.day]}).`,
      };
    }
    if (startMinute >= endMinute) {
      return {
        error: `A slot on ${weekdayLabels[draft.day]} ends before it starts: ${draft.start}–${draft.end}.`,
      };
    }
    slots.push({ day: draft.day, startMinute, endMinute });
  }
  const sorted = sortSlots(slots);
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1] as WeeklySlot;
    const slot = sorted[index] as WeeklySlot;
    if (slot.day === previous.day && slot.startMinute < previous.endMinute) {
      return { error: `Two slots on ${weekdayLabels[slot.day]} overlap.` };
    }
  }
  return { slots: sorted };
}

/** "9:00 AM", "12:30 PM", "midnight". */
export function formatMinutes(minutes: number): string {
  if (minutes === 0 || minutes === MINUTES_PER_DAY) {
    return 'midnight';
  }
  const hours = Math.floor(minutes / 60);
  const suffix = hours < 12 ? 'AM' : 'PM';
  const clockHours = hours % 12 === 0 ? 12 : hours % 12;
  return `${clockHours}:${String(minutes % 60).padStart(2, '0')} ${suffix}`;
}

/** Each day with slots, and its slots in words: "9:00 AM–12:00 PM, 1:00 PM–5:00 PM". */
export function availabilityByDay(
  slots: readonly WeeklySlot[],
): Array<{ day: Weekday; label: string; times: string }> {
  const sorted = sortSlots(slots);
  return weekdays.flatMap((day) => {
    const ofDay = sorted.filter((slot) => slot.day === day);
    if (ofDay.length === 0) {
      return [];
    }
    const times = ofDay
      .map((slot) => `${formatMinutes(slot.startMinute)}–${formatMinutes(slot.endMinute)}`)
      .join(', ');
    return [{ day, label: weekdayLabels[day], times }];
  });
}
