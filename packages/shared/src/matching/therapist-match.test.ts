import fc from 'fast-check';
import type { WeeklySlot } from '../domain';
import {
  type MatchCandidate,
  type MatchClient,
  rankTherapists,
  scoreTherapist,
} from './therapist-match';

const monday = (startHour: number, endHour: number): WeeklySlot => ({
  day: 'MONDAY',
  startMinute: startHour * 60,
  endMinute: endHour * 60,
});

const client: MatchClient = {
  neededSpecialties: ['Trauma', 'Anxiety'],
  preferredLocationId: 'downtown',
  preferredTimes: [monday(9, 11)],
};

const candidate = (overrides: Partial<MatchCandidate>): MatchCandidate => ({
  staffMemberId: 'a',
  specialties: [],
  locationIds: [],
  weeklyAvailability: [],
  activeClientCount: 0,
  caseloadCapacity: 20,
  ...overrides,
});

describe('scoreTherapist', () => {
  it('scores a perfect fit 100 and explains every factor', () => {
    const match = scoreTherapist(
      client,
      candidate({
        specialties: ['trauma', 'Anxiety', 'Grief'],
        locationIds: ['downtown'],
        weeklyAvailability: [monday(8, 12)],
      }),
    );
    expect(match.score).toBe(100);
    expect(match.factors.map((factor) => [factor.kind, factor.explanation])).toEqual([
      ['SPECIALTY', 'Offers Trauma, Anxiety (2 of 2 needed)'],
      ['AVAILABILITY', 'Available for 100% of the preferred times'],
      ['LOCATION', 'Works at the preferred location'],
      ['CAPACITY', '20 of 20 places free'],
    ]);
  });

  it('gives partial credit for half the specialties, half the time and half the room', () => {
    const match = scoreTherapist(
      client,
      candidate({
        specialties: ['Trauma'],
        weeklyAvailability: [monday(10, 12)],
        activeClientCount: 10,
      }),
    );
    // 0.4 × 0.5 + 0.25 × 0.5 + 0.2 × 0 + 0.15 × 0.5
    expect(match.score).toBe(40);
  });
});

describe('rankTherapists', () => {
  const slot = fc
    .record({
      day: fc.constantFrom('MONDAY', 'TUESDAY'),
      startMinute: fc.integer({ min: 0, max: 1380 }),
      length: fc.integer({ min: 0, max: 60 }),
    })
    .map(
      ({ day, startMinute, length }) =>
        ({ day, startMinute, endMinute: startMinute + length }) as WeeklySlot,
    );
  const candidates = fc.array(
    fc.record({
      staffMemberId: fc.uuid(),
      specialties: fc.subarray(['Trauma', 'Anxiety', 'Grief']),
      locationIds: fc.subarray(['downtown', 'northside']),
      weeklyAvailability: fc.array(slot, { maxLength: 3 }),
      activeClientCount: fc.integer({ min: 0, max: 40 }),
      caseloadCapacity: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    }),
    { maxLength: 8 },
  );

  it('orders best first, with every score between 0 and 100', () => {
    fc.assert(
      fc.property(candidates, (list) => {
        const ranked = rankTherapists(client, list);
        expect(ranked).toHaveLength(list.length);
        for (const [index, match] of ranked.entries()) {
          expect(match.score).toBeGreaterThanOrEqual(0);
          expect(match.score).toBeLessThanOrEqual(100);
          if (index > 0) expect(match.score).toBeLessThanOrEqual(ranked[index - 1]?.score ?? 100);
        }
      }),
    );
  });

  it('never ranks a candidate lower for offering one more needed specialty', () => {
    fc.assert(
      fc.property(candidates, (list) => {
        for (const original of list) {
          const better = {
            ...original,
            specialties: [...original.specialties, 'Trauma', 'Anxiety'],
          };
          expect(scoreTherapist(client, better).score).toBeGreaterThanOrEqual(
            scoreTherapist(client, original).score,
          );
        }
      }),
    );
  });
});
