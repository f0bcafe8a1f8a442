import { formatCalendarDate, formatDate, formatDateTime, localToday } from './date-format';

describe('dates in the practice timezone', () => {
  const iso = '2026-03-02T03:30:00.000Z';

  it('shows the moment in the practice zone, not the browser one', () => {
    expect(formatDateTime(iso, 'America/Chicago')).toBe('Mar 1, 2026, 9:30 PM');
    expect(formatDateTime(iso, 'Europe/Berlin')).toBe('Mar 2, 2026, 4:30 AM');
    expect(formatDate(iso, 'America/Chicago')).toBe('Mar 1, 2026');
  });

  it('falls back to UTC for an unknown zone and keeps unreadable input as it is', () => {
    expect(formatDateTime(iso, 'Not/AZone')).toBe('Mar 2, 2026, 3:30 AM');
    expect(formatDateTime('soon', 'UTC')).toBe('soon');
  });

  it('shows a birthday as the calendar date it is', () => {
    expect(formatCalendarDate('1990-01-31')).toBe('Jan 31, 1990');
    expect(formatCalendarDate('31/01/1990')).toBe('31/01/1990');
  });
});

describe('localToday', () => {
  it('gives the local calendar date as YYYY-MM-DD', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
