import type { Request, Response } from 'express';
import type { Environment } from '../config';
import type { RequestConnections } from '../database/request-connection';
import type { Logger } from '../logger';
import { authenticate } from '../modules/auth/session.service';
import type { RequestContext, SessionCookie } from './request-context';

export const SESSION_COOKIE = 'caseload_session';

interface ContextDependencies {
  requestConnections: RequestConnections;
  environment: Environment;
  logger: Logger;
}

/** The session token of a request: `Authorization: Bearer` (API clients) or the cookie (browsers). */
function sessionToken(req: Request): string | null {
  const authorization = req.header('authorization');
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim();
  const cookie: unknown = req.cookies?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie ? cookie : null;
}

function sessionCookie(res: Response, secure: boolean): SessionCookie {
  const options = { httpOnly: true, sameSite: 'lax', secure, path: '/' } as const;
  return {
    set: (token, expiresAt) =>
      res.cookie(SESSION_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}

/**
 * Builds the context of each GraphQL request: who is calling (from their session, once per
 * request, with their permissions computed), or anonymous when there is no valid session, and
 * the one database connection the request works on, released when the response is sent.
 */
export function createContextFactory({
  requestConnections,
  environment,
  logger,
}: ContextDependencies) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => {
    const now = new Date();
    const token = sessionToken(req);
    const connection = requestConnections.forRequest(token !== null);
    // Released by Apollo before it answers; 'close' covers a request that fails before that.
    res.once('close', () => {
      connection.release().catch((error: unknown) => {
        logger.error({ err: error, requestId: req.id }, 'could not release the request connection');
      });
    });
    return {
      requestId: String(req.id),
      logger: logger.child({ requestId: req.id }),
      now,
      client: { ipAddress: req.ip ?? 'unknown', userAgent: req.header('user-agent') ?? null },
      // Production sits behind TLS; local development and tests speak plain HTTP.
      sessionCookie: sessionCookie(res, environment === 'production'),
      connection,
      viewer: token ? await authenticate(connection, token, now) : null,
    };
  };
}
