import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs; pipe through pino-pretty to read them in a terminal. Written to stdout
 * in batches, not with a system call a line (each request's line cost a small request a sixth of
 * its CPU); pino flushes what is left when the process exits.
 */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { service: 'caseload-api' },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
    pino.destination({ dest: 1, sync: false }),
  );
}
