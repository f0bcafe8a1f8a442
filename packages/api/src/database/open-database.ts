import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';
import { RequestConnections } from './request-connection';

export interface Database {
  /** The owner's connections: migrations, seeds, mail, and requests without a session. */
  dataSource: DataSource;
  requestConnections: RequestConnections;
  /** The connection string in use (the embedded server's, when embedded). */
  url: string;
  /** Which server this is, for the start-up log line: a host:port, never a password. */
  description: string;
  close(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {
  constructor(
    readonly host: string,
    cause: unknown,
  ) {
    super(`Cannot reach PostgreSQL at ${host}: ${(cause as Error).message}`, { cause });
  }
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL server; when absent, embedded PostgreSQL is started. */
  databaseUrl?: string;
  /** Where embedded PostgreSQL keeps its files; null keeps them in memory. */
  embeddedDataDir: string | null;
}

/** Signed-in requests' connections: most of the load. */
const SIGNED_IN_POOL_SIZE = 10;
/** The owner's: sign-in and other anonymous requests (argon2 paces them), mail, health checks. */
const OWNER_POOL_SIZE = 4;

/** Opens the database and runs pending migrations. Above this point the app cannot tell which it has. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const embedded = options.databaseUrl
    ? null
    : await startEmbeddedPostgres(options.embeddedDataDir);
  const url = options.databaseUrl ?? (embedded as { url: string }).url;
  const host = describeHost(url);
  const dataSource = createDataSource({
    url,
    poolSize: embedded ? 1 : OWNER_POOL_SIZE,
    prepareStatements: !embedded,
  });
  const requestConnections = embedded
    ? new RequestConnections(dataSource)
    : new RequestConnections(
        dataSource,
        createDataSource({ url, poolSize: SIGNED_IN_POOL_SIZE, prepareStatements: true }),
      );
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw new DatabaseUnreachableError(host, error);
  }
  try {
    await dataSource.runMigrations();
    await requestConnections.initialize();
  } catch (error) {
    await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    requestConnections,
    url,
    description: embedded
      ? `embedded PostgreSQL (${options.embeddedDataDir ?? 'in memory'})`
      : `PostgreSQL at ${host}`,
    async close() {
      await requestConnections.destroy();
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

function describeHost(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}`;
}
