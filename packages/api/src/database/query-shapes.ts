import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The SQL text of each query shape built so far, with its parameters still named. */
const textOfShape = new Map<string, string>();

/**
 * `query`, its SQL text built only the first time a query of its `shape` runs. TypeORM builds the
 * text on every run, rewriting each property path of the whole statement: for a caseload's
 * supervisees and clients, more Node CPU than the supervisees' statement costs PostgreSQL.
 * `shape` names the caller and everything the text depends on besides the parameters' values
 * (which fields, how many caseloads): a query of a known shape runs that shape's text.
 */
export function builtOnce<Query extends SelectQueryBuilder<ObjectLiteral>>(
  query: Query,
  shape: string,
): Query {
  let text = textOfShape.get(shape);
  if (text === undefined) {
    text = query.getQuery();
    textOfShape.set(shape, text);
  }
  const built = text;
  return Object.assign(query, { getQuery: () => built });
}
