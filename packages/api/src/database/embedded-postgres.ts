import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lock } from 'proper-lockfile';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export class DataFolderInUseError extends Error {
  constructor(readonly dataDir: string) {
    super(`The embedded database folder ${dataDir} is in use by another Caseload process.`);
  }
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), spoken to over the wire protocol, so the rest of
 * the app connects to it exactly as to a server. PGlite is a single session: the pool that talks
 * to it must hold one connection (see NOTES.md), and two processes must never share a folder.
 *
 * `dataDir` null keeps the database in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  let releaseLock: (() => Promise<void>) | undefined;
  if (dataDir) {
    await mkdir(dataDir, { recursive: true });
    try {
      releaseLock = await lock(dataDir, { lockfilePath: `${dataDir}.lock`, stale: 15_000 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOCKED')
        throw new DataFolderInUseError(dataDir);
      throw error;
    }
  }
  const db = await PGlite.create(dataDir ?? undefined);
  // Two slots: with one, the connection that follows an SQL error is refused (NOTES.md).
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 2 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
      await releaseLock?.();
    },
  };
}
