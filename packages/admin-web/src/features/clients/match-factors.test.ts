import { matchFactorLine, matchScore } from './match-factors';

describe('matchFactorLine', () => {
  it('gives the points a factor earned out of what it weighs', () => {
    expect(matchFactorLine({ kind: 'SPECIALTY', score: 0.5, weight: 0.4 })).toEqual({
      label: 'Specialty (weighs 40)',
      points: '20 of 40',
    });
    expect(matchFactorLine({ kind: 'CAPACITY', score: 1, weight: 0.15 })).toEqual({
      label: 'Capacity (weighs 15)',
      points: '15 of 15',
    });
  });

  it('keeps a factor it has no name for readable', () => {
    expect(matchFactorLine({ kind: 'LANGUAGE', score: 0, weight: 0.1 }).label).toBe(
      'LANGUAGE (weighs 10)',
    );
  });
});

describe('matchScore', () => {
  it('rounds to whole points out of 100', () => {
    expect(matchScore(78.456)).toBe('78 / 100');
  });
});
