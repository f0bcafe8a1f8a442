import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; pipe through pino-pretty to read them in a terminal. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'caseload-api' },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  });
}
