import { createHash } from 'node:crypto';
import pg from 'pg';

/** Distinct statements one connection keeps prepared; past it, statements are planned each time. */
export const MAX_PREPARED_PER_CONNECTION = 256;

/**
 * Names already hashed, shared by every connection. Bounded like the connections' sets, with room
 * for the statements that differ between connections: past it, a name is hashed on each run.
 */
const statementNames = new Map<string, string>();

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = createHash('sha1').update(text).digest('base64');
    if (statementNames.size < 4 * MAX_PREPARED_PER_CONNECTION) statementNames.set(text, name);
  }
  return name;
}

/**
 * A pg client that prepares each parameterised statement once per connection, by a name made
 * from its text: PostgreSQL then parses it once, and after five runs may keep a generic plan,
 * instead of parsing and planning every run of an unnamed statement.
 */
export class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();

  // biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; this passes them all through.
  override query(config: any, values?: any, callback?: any): any {
    const submit = super.query as (...args: unknown[]) => unknown;
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
      const name = statementName(config);
      if (this.prepared.has(name) || this.prepared.size < MAX_PREPARED_PER_CONNECTION) {
        this.prepared.add(name);
        return submit.call(this, { name, text: config }, values, callback);
      }
    }
    return submit.call(this, config, values, callback);
  }
}
