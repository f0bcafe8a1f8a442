/**
 * Dates in the practice's timezone (SPEC: every date shown is in the practice's time, not the
 * browser's), and the reverse: a wall-clock time typed in a form, read in that timezone.
 */

/** e.g. "Mar 12, 2026, 12:00 PM CDT" in the practice's timezone, the zone named. */
export function formatPracticeDateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** e.g. "Mar 12, 2026": the practice's calendar day of an instant. */
export function formatPracticeDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(iso));
}

/** The practice's wall-clock reading of an instant, as `YYYY-MM-DDTHH:mm` (a datetime-local value). */
export function toPracticeWallTime(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const wallTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant at which the practice's clocks read `wallTime` (`YYYY-MM-DDTHH:mm`), as an ISO
 * string; null for anything else. In the hour skipped when clocks go forward, the time an hour on.
 */
export function practiceWallTimeToIso(wallTime: string, timeZone: string): string | null {
  const match = wallTimePattern.exec(wallTime);
  if (!match) {
    return null;
  }
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asIfUtc)) {
    return null;
  }
  // The zone's offset at a moment: how far its wall clock is from UTC's. Twice, for the offset at
  // the answer rather than at the guess (they differ near a daylight-saving change).
  const offsetAt = (instant: number) =>
    Date.parse(`${toPracticeWallTime(new Date(instant), timeZone)}:00Z`) - instant;
  let instant = asIfUtc - offsetAt(asIfUtc);
  instant = asIfUtc - offsetAt(instant);
  return new Date(instant).toISOString();
}

/** An override (or anything with an expiry) stops counting from its expiry on. */
export function hasExpired(expiresAt: string | null | undefined, now: Date): boolean {
  return expiresAt != null && Date.parse(expiresAt) <= now.getTime();
}
