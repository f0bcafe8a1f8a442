import { resolve } from 'node:path';
import { loadMailConfig, type MailConfig } from './modules/mail/mail.config';

export type Environment = 'development' | 'production' | 'test';

export interface AppConfig {
  environment: Environment;
  host: string;
  port: number;
  /** A PostgreSQL server; when unset, embedded PostgreSQL keeps its files in `embeddedDataDir`. */
  databaseUrl: string | undefined;
  embeddedDataDir: string;
  /** The built admin app to serve at `/` (one origin in production); unset in development. */
  adminWebDir: string | undefined;
  /** The built GraphiQL playground served at GET /graphql. */
  playgroundDir: string;
  logLevel: string;
  mail: MailConfig;
}

/** Source and compiled files both sit two levels below the repository root (packages/api/{src,dist}). */
const repositoryRoot = resolve(__dirname, '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const environment = parseEnvironment(env.NODE_ENV);
  return {
    environment,
    host: env.HOST ?? '127.0.0.1',
    port: parsePort(env.PORT ?? '4000'),
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedDataDir: resolve(env.PGLITE_DATA_DIR ?? resolve(repositoryRoot, '.data/pglite')),
    adminWebDir: env.SERVE_ADMIN_WEB_DIR ? resolve(env.SERVE_ADMIN_WEB_DIR) : undefined,
    playgroundDir: resolve(repositoryRoot, 'packages/api/dist/playground'),
    logLevel: env.LOG_LEVEL ?? (environment === 'test' ? 'silent' : 'info'),
    mail: loadMailConfig(env),
  };
}

function parseEnvironment(value: string | undefined): Environment {
  if (value === 'production' || value === 'test') return value;
  return 'development';
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}
