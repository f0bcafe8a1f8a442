import fc from 'fast-check';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { DateTimeISO, writtenInstantOfUtc } from './date-time';

const instants = fc.date({
  min: new Date('0001-01-01T00:00:00Z'),
  max: new Date('9999-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});

/** A UTC `timestamp` as PostgreSQL's JSON writes it: microseconds, trailing zeros dropped. */
function postgresJsonOf(instant: Date, extraMicroseconds: number): string {
  const micros = `${String(instant.getUTCMilliseconds()).padStart(3, '0')}${String(extraMicroseconds).padStart(3, '0')}`;
  const fraction = micros.replace(/0+$/, '');
  return `${instant.toISOString().slice(0, 19)}${fraction ? `.${fraction}` : ''}`;
}

describe('DateTimeISO', () => {
  it('answers what graphql-scalars answers, for a Date and for its written form', () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const written = GraphQLDateTimeISO.serialize(instant);
        expect(DateTimeISO.serialize(instant)).toBe(written);
        expect(DateTimeISO.serialize(written)).toBe(written);
      }),
    );
  });

  it('leaves every other string to graphql-scalars, which rewrites or refuses it', () => {
    expect(DateTimeISO.serialize('2026-01-02T03:04:05+02:00')).toBe('2026-01-02T01:04:05.000Z');
    expect(DateTimeISO.serialize('2026-01-02T03:04:05Z')).toBe('2026-01-02T03:04:05.000Z');
    for (const refused of ['2026-13-02T03:04:05.000Z', '2026-01-02T24:04:05.000Z', 'soon']) {
      expect(() => DateTimeISO.serialize(refused)).toThrow(/DateTime cannot represent/);
    }
  });
});

describe('writtenInstantOfUtc', () => {
  it('writes PostgreSQL’s UTC timestamps as a Date made of them would be written', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 999 }), (instant, extraMicroseconds) => {
        const timestamp = postgresJsonOf(instant, extraMicroseconds);
        expect(writtenInstantOfUtc(timestamp)).toBe(new Date(`${timestamp}Z`).toISOString());
      }),
    );
  });
});
