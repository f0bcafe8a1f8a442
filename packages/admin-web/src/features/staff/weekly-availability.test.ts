import {
  availabilityByDay,
  formatMinutes,
  minutesToTime,
  slotDrafts,
  slotsFromDrafts,
  timeToMinutes,
} from './weekly-availability';

describe('times of day', () => {
  it('turns minutes into a time field’s value and back', () => {
    expect(minutesToTime(540)).toBe('09:00');
    expect(minutesToTime(1005)).toBe('16:45');
    expect(timeToMinutes('09:00', 'start')).toBe(540);
    expect(timeToMinutes('16:45', 'end')).toBe(1005);
  });

  it('reads an end of 00:00 as midnight at the end of the day', () => {
    expect(minutesToTime(1440)).toBe('00:00');
    expect(timeToMinutes('00:00', 'end')).toBe(1440);
    expect(timeToMinutes('00:00', 'start')).toBe(0);
  });

  it('refuses what is not a time', () => {
    expect(timeToMinutes('', 'start')).toBeNull();
    expect(timeToMinutes('24:00', 'end')).toBeNull();
    expect(timeToMinutes('9:00', 'start')).toBeNull();
  });

  it('reads minutes as a clock does', () => {
    expect(formatMinutes(540)).toBe('9:00 AM');
    expect(formatMinutes(720)).toBe('12:00 PM');
    expect(formatMinutes(795)).toBe('1:15 PM');
    expect(formatMinutes(1440)).toBe('midnight');
  });
});

describe('slotsFromDrafts', () => {
  it('gives the slots sorted by day and start', () => {
    expect(
      slotsFromDrafts([
        { day: 'TUESDAY', start: '13:00', end: '17:00' },
        { day: 'MONDAY', start: '18:00', end: '00:00' },
        { day: 'TUESDAY', start: '09:00', end: '12:00' },
      ]),
    ).toEqual({
      slots: [
        { day: 'MONDAY', startMinute: 1080, endMinute: 1440 },
        { day: 'TUESDAY', startMinute: 540, endMinute: 720 },
        { day: 'TUESDAY', startMinute: 780, endMinute: 1020 },
      ],
    });
  });

  it('refuses a slot that ends before it starts, a missing time, and overlaps', () => {
    expect(slotsFromDrafts([{ day: 'MONDAY', start: '17:00', end: '09:00' }])).toEqual({
      error: 'A slot on Monday ends before it starts: 17:00–09:00.',
    });
    expect(slotsFromDrafts([{ day: 'FRIDAY', start: '', end: '09:00' }])).toHaveProperty('error');
    expect(
      slotsFromDrafts([
        { day: 'MONDAY', start: '09:00', end: '12:00' },
        { day: 'MONDAY', start: '11:00', end: '13:00' },
      ]),
    ).toEqual({ error: 'Two slots on Monday overlap.' });
  });

  it('lets slots touch', () => {
    expect(
      slotsFromDrafts([
        { day: 'MONDAY', start: '09:00', end: '12:00' },
        { day: 'MONDAY', start: '12:00', end: '13:00' },
      ]),
    ).toHaveProperty('slots');
  });

  it('round-trips what the API gives', () => {
    const slots = [
      { day: 'WEDNESDAY' as const, startMinute: 0, endMinute: 1440 },
      { day: 'SUNDAY' as const, startMinute: 600, endMinute: 630 },
    ];
    expect(slotsFromDrafts(slotDrafts(slots))).toEqual({ slots });
  });
});

describe('availabilityByDay', () => {
  it('lists each day with slots, in week order', () => {
    expect(
      availabilityByDay([
        { day: 'THURSDAY', startMinute: 780, endMinute: 1020 },
        { day: 'MONDAY', startMinute: 540, endMinute: 720 },
        { day: 'MONDAY', startMinute: 780, endMinute: 1020 },
      ]),
    ).toEqual([
      { day: 'MONDAY', label: 'Monday', times: '9:00 AM–12:00 PM, 1:00 PM–5:00 PM' },
      { day: 'THURSDAY', label: 'Thursday', times: '1:00 PM–5:00 PM' },
    ]);
  });
});
