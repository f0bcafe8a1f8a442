import type { DataSource, Logger } from 'typeorm';

/**
 * The SQL statements `work` sends through the data source, in order, transaction control
 * included, for tests that pin what a request costs. TypeORM hands every statement to the data
 * source's logger, so a recording logger stands in for it meanwhile: nothing else may use the data
 * source until `work` ends.
 */
export async function recordStatements<Result>(
  dataSource: DataSource,
  work: () => Promise<Result>,
): Promise<{ result: Result; statements: string[] }> {
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
