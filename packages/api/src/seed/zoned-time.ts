const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    dateTimeFormats.set(timeZone, format);
  }
  return format;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of formatFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts as unknown as LocalParts;
}

/** Minutes the zone is ahead of UTC at that instant (America/Chicago in winter: -360). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const local = localParts(instant, timeZone);
  const asUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant that is `minuteOfDay` minutes after local midnight, in `timeZone`, on the local
 * calendar day `dayOffset` days from `reference` (DST-correct).
 */
export function localDateTime(
  reference: Date,
  dayOffset: number,
  minuteOfDay: number,
  timeZone: string,
): Date {
  const local = localParts(new Date(reference.getTime() + dayOffset * 86_400_000), timeZone);
  const wallClock = Date.UTC(local.year, local.month - 1, local.day, 0, minuteOfDay);
  let utc = wallClock - offsetMinutes(new Date(wallClock), timeZone) * 60_000;
  const corrected = wallClock - offsetMinutes(new Date(utc), timeZone) * 60_000;
  if (corrected !== utc) utc = corrected;
  return new Date(utc);
}

/** Day of the week (0 = Sunday) of the local calendar day `dayOffset` days from `reference`. */
export function localWeekday(reference: Date, dayOffset: number, timeZone: string): number {
  const local = localParts(new Date(reference.getTime() + dayOffset * 86_400_000), timeZone);
  return new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
}
