import {
  formatPracticeDate,
  formatPracticeDateTime,
  hasExpired,
  practiceWallTimeToIso,
  toPracticeWallTime,
} from './practice-time';

describe('formatPracticeDateTime', () => {
  it('shows the time in the practice timezone, not the browser’s', () => {
    const iso = '2026-03-12T17:00:00.000Z';
    expect(formatPracticeDateTime(iso, 'America/Chicago')).toBe('Mar 12, 2026, 12:00 PM CDT');
    expect(formatPracticeDateTime(iso, 'UTC')).toBe('Mar 12, 2026, 5:00 PM UTC');
  });
});

describe('formatPracticeDate', () => {
  it('gives the practice’s calendar day, which can differ from UTC’s', () => {
    const iso = '2026-03-13T03:00:00.000Z';
    expect(formatPracticeDate(iso, 'America/Chicago')).toBe('Mar 12, 2026');
    expect(formatPracticeDate(iso, 'UTC')).toBe('Mar 13, 2026');
  });
});

describe('practice wall time', () => {
  it('reads a wall-clock time in the practice timezone', () => {
    expect(practiceWallTimeToIso('2026-01-15T09:30', 'America/New_York')).toBe(
      '2026-01-15T14:30:00.000Z',
    );
    expect(practiceWallTimeToIso('2026-07-15T09:30', 'America/New_York')).toBe(
      '2026-07-15T13:30:00.000Z',
    );
    expect(practiceWallTimeToIso('2026-07-15T09:30', 'Australia/Sydney')).toBe(
      '2026-07-14T23:30:00.000Z',
    );
  });

  it('round-trips with toPracticeWallTime', () => {
    const iso = practiceWallTimeToIso('2026-11-01T01:15', 'Europe/London');
    expect(iso).not.toBeNull();
    expect(toPracticeWallTime(new Date(iso as string), 'Europe/London')).toBe('2026-11-01T01:15');
  });

  it('refuses what is not a wall-clock time', () => {
    expect(practiceWallTimeToIso('', 'UTC')).toBeNull();
    expect(practiceWallTimeToIso('tomorrow', 'UTC')).toBeNull();
  });
});

describe('hasExpired', () => {
  const now = new Date('2026-05-01T12:00:00Z');

  it('counts an override without expiry as current', () => {
    expect(hasExpired(null, now)).toBe(false);
  });

  it('expires at the expiry itself', () => {
    expect(hasExpired('2026-05-01T12:00:00Z', now)).toBe(true);
    expect(hasExpired('2026-05-01T12:00:01Z', now)).toBe(false);
  });
});
