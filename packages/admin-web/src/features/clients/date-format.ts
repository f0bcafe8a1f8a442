/**
 * Dates as the practice reads them: every date is shown in the practice's timezone, whatever the
 * browser's, so a front desk abroad and the therapist in the office see the same session time.
 */

const locale = 'en-US';

/** "Nov 23, 2026, 2:30 PM" in `timeZone`; an unknown zone falls back to UTC rather than failing. */
export function formatDateTime(iso: string, timeZone: string): string {
  return format(iso, timeZone, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "Nov 23, 2026" in `timeZone`. */
export function formatDate(iso: string, timeZone: string): string {
  return format(iso, timeZone, { dateStyle: 'medium' });
}

/** A YYYY-MM-DD calendar date (a birthday): no timezone applies, so none is used. */
export function formatCalendarDate(yyyyMmDd: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(yyyyMmDd);
  if (!match) {
    return yyyyMmDd;
  }
  const [, year, month, day] = match;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))),
  );
}

/** Today's YYYY-MM-DD where the browser is, e.g. the latest date of birth a form accepts. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A short name of the zone, e.g. "CST", to say which zone times are in. */
export function timeZoneName(timeZone: string, at: Date = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((each) => each.type === 'timeZoneName');
    return part?.value ?? timeZone;
  } catch {
    return 'UTC';
  }
}

function format(iso: string, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  }
}
