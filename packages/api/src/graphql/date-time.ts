import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

const library = GraphQLDateTimeISO.toConfig();

/** An instant as `DateTimeISO` writes it (`Date#toISOString`): UTC, to the millisecond. */
const writtenInstant =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/**
 * graphql-scalars' `DateTimeISO`, which also takes an instant already written in its own form
 * and answers it as it is: a caseload's 600 session dates then cost neither a `Date` nor a
 * `toISOString` each (5 % of its Node CPU). Anything else goes the library's way. Such a string
 * is taken on its form alone (a February 30 would pass): only PostgreSQL's instants come this way.
 */
export const DateTimeISO = new GraphQLScalarType({
  ...library,
  serialize: (value) =>
    typeof value === 'string' && writtenInstant.test(value) ? value : library.serialize(value),
});

/**
 * A UTC `timestamp` from PostgreSQL's JSON (`timestamptz AT TIME ZONE 'UTC'`, such as
 * "2026-01-02T03:04:05" or "2026-01-02T03:04:05.5"), written as `DateTimeISO` writes it, the
 * fraction cut to milliseconds as a `Date` would. Years 1 to 9999 only: any other comes out in a
 * form `DateTimeISO` refuses.
 */
export function writtenInstantOfUtc(timestamp: string): string {
  return `${timestamp.slice(0, 19)}.${timestamp.slice(20, 23).padEnd(3, '0')}Z`;
}
