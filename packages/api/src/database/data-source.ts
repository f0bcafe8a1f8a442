import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { PreparingClient } from './prepared-statements';

export interface DataSourceSettings {
  url: string;
  /** PGlite serves one session at a time: a pool of one avoids waiting on ourselves. */
  poolSize: number;
  /**
   * Keep statements prepared on each connection (`PreparingClient`). Not for embedded PostgreSQL:
   * its connections share one session, so a new connection would prepare a name the session has.
   */
  prepareStatements: boolean;
}

export function dataSourceOptions({
  url,
  poolSize,
  prepareStatements,
}: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    // All pending migrations in one transaction: a failure leaves the database as it was.
    migrationsTransactionMode: 'all',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; creating extensions needs a superuser.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 10_000,
      // Short OLTP statements: JIT compiling a large plan cost more than running it (docs/performance.md).
      options: '-c jit=off',
      ...(prepareStatements && { Client: PreparingClient }),
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}

/** For the TypeORM CLI (migration:generate), which reads DATABASE_URL. */
export default new DataSource(
  dataSourceOptions({
    url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    poolSize: 2,
    prepareStatements: false,
  }),
);
