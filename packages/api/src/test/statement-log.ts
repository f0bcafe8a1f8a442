import type { Logger } from 'typeorm';
import type { TestDatabase } from './test-database';

/**
 * The SQL statements signed-in requests send while `work` runs, in order, transaction control
 * included, for tests that pin what a request costs. TypeORM hands every statement to the data
 * source's logger, so a recording logger stands in for it meanwhile: no other signed-in request
 * may run until `work` ends.
 */
export async function recordStatements<Result>(
  db: TestDatabase,
  work: () => Promise<Result>,
): Promise<{ result: Result; statements: string[] }> {
  const dataSource = db.requestConnections.signedInPool;
  const statements: string[] = [];
  const original = dataSource.logger;
  const recording: Logger = {
    logQuery: (query) => {
      statements.push(query);
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(dataSource, { logger: recording });
  try {
    return { result: await work(), statements };
  } finally {
    Object.assign(dataSource, { logger: original });
  }
}

/**
 * The statements that end a signed-in request: none where its pool keeps tenants (a PostgreSQL
 * server), leaving the tenant where requests share the owner's connections (embedded).
 */
export function tenantExit(db: TestDatabase): RegExp[] {
  return db.requestConnections.keepTenants ? [] : [/set_config\('role', 'none'/];
}
