import {
  type ClientReadScope,
  ErrorCode,
  type Permission,
  type StaffKind,
  type StaffStatus,
} from '@caseload/shared';
import type { RequestConnection } from '../database/request-connection';
import type { TenantScope } from '../database/tenant-scope';
import { AppError } from '../errors/app-error';
import type { Logger } from '../logger';
import type { RequestLoaders } from './request-loaders';

/** Everything a resolver or service knows about the request it serves. */
export interface RequestContext {
  requestId: string;
  logger: Logger;
  /** One clock reading per request, so every rule of a request sees the same moment. */
  now: Date;
  client: ClientInfo;
  sessionCookie: SessionCookie;
  /**
   * The request's own database connection. Its manager is unscoped: only account code (sign-in,
   * sessions, passwords, invitations) uses it directly; practice data goes through `viewer.scope`.
   */
  connection: RequestConnection;
  /** Null for anonymous requests; shield refuses them everything but signing in. */
  viewer: Viewer | null;
}

export interface ClientInfo {
  ipAddress: string;
  userAgent: string | null;
}

export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** The signed-in member, in the practice they act for, with permissions computed once. */
export interface Viewer {
  userId: string;
  email: string;
  sessionId: string;
  staffMemberId: string;
  practiceId: string;
  kind: StaffKind;
  status: StaffStatus;
  permissions: ReadonlySet<Permission>;
  /** An admin set a temporary password: until it is changed, the session may only change it. */
  mustChangePassword: boolean;
  /** The practice requires MFA and this user has none: until enrolled, the same restriction. */
  mfaEnrollmentRequired: boolean;
  mfaEnabled: boolean;
  /** Every practice-owned query starts here, already limited to `practiceId`. */
  scope: TenantScope;
  /** Which clients they read (all, their caseload, their supervisees'), read with the session. */
  clientReadScope: ClientReadScope;
  loaders: RequestLoaders;
}

export type SignedInContext = RequestContext & { viewer: Viewer };

/** Narrows to a signed-in request; shield refuses anonymous callers before this ever throws. */
export function signedIn(ctx: RequestContext): SignedInContext {
  if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first.');
  return ctx as SignedInContext;
}
