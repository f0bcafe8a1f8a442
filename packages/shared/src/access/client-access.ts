import type { ClientScope, StaffStatus } from '../domain';
import type { ErrorCode } from '../errors';
import { statusReach, type Viewer } from './viewer';

export interface ClientViewer extends Viewer {
  /** Filled only when the viewer may supervise (`explainSupervisionEligibility`); else empty. */
  superviseeIds: readonly string[];
}

/** The facts about a client that decide who sees it. */
export interface ClientFacts {
  scope: ClientScope;
  /** DIRECT: the therapist the client belongs to. PRACTICE: the primary therapist, if any. */
  therapistId: string | null;
  /** Therapists who have had a session with the client. */
  seenByTherapistIds: readonly string[];
}

export type CaseloadPart = 'DIRECT' | 'PRIMARY' | 'WALK_IN';

/**
 * Where a client sits in one therapist's caseload (seed 001): their DIRECT clients, the PRACTICE
 * clients they are primary for, and walk-ins (PRACTICE clients they have seen who are not theirs).
 * Another therapist's DIRECT client is never a walk-in: seed 001 keeps direct clients visible only
 * to their therapist and that therapist's supervisor, even when someone else covered a session.
 */
export function caseloadPart(therapistId: string, client: ClientFacts): CaseloadPart | null {
  if (client.therapistId === therapistId) return client.scope === 'DIRECT' ? 'DIRECT' : 'PRIMARY';
  if (client.scope === 'PRACTICE' && client.seenByTherapistIds.includes(therapistId)) {
    return 'WALK_IN';
  }
  return null;
}

/**
 * Which clients a viewer reads, for the data layer's list filter: every client, or the clients on
 * the named caseloads (a client is on a caseload when `caseloadPart` is not null).
 */
export interface ClientReadScope {
  /** `clients.view.all`, ACTIVE only. */
  allClients: boolean;
  /** The viewer's own id with `clients.view.own` (ACTIVE or ON_HOLD), else null. */
  ownCaseloadOf: string | null;
  /** Supervisees whose caseloads the viewer reads: `caseload.supervise`, ACTIVE only. */
  superviseeIds: readonly string[];
}

export function clientReadScope(viewer: ClientViewer): ClientReadScope {
  const reach = statusReach(viewer.status);
  const holds = (permission: 'clients.view.all' | 'clients.view.own' | 'caseload.supervise') =>
    viewer.permissions.has(permission);
  return {
    allClients: reach === 'ALL' && holds('clients.view.all'),
    ownCaseloadOf: reach !== 'NONE' && holds('clients.view.own') ? viewer.staffMemberId : null,
    superviseeIds: reach === 'ALL' && holds('caseload.supervise') ? viewer.superviseeIds : [],
  };
}

export type ClientAccessReason =
  | { kind: 'ALL_CLIENTS' }
  | { kind: 'DIRECT_CLIENT' }
  | { kind: 'PRIMARY_THERAPIST' }
  | { kind: 'WALK_IN' }
  | { kind: 'SUPERVISEE_CASELOAD'; superviseeId: string; part: CaseloadPart };

export type ClientAccessRefusal =
  | { kind: 'STATUS'; status: StaffStatus }
  | { kind: 'NO_PERMISSION'; permission: 'clients.view.own' }
  | { kind: 'NOT_IN_CASELOAD' };

export type ClientAccessDecision =
  | { visible: true; reasons: ClientAccessReason[] }
  | { visible: false; reasons: []; refusal: ClientAccessRefusal };

const ownCaseloadReasonKinds = {
  DIRECT: 'DIRECT_CLIENT',
  PRIMARY: 'PRIMARY_THERAPIST',
  WALK_IN: 'WALK_IN',
} as const satisfies Record<CaseloadPart, ClientAccessReason['kind']>;

/** Whether the viewer sees the client, with every ground that lets them (or the one that stops them). */
export function explainClientAccess(
  viewer: ClientViewer,
  client: ClientFacts,
): ClientAccessDecision {
  if (statusReach(viewer.status) === 'NONE') {
    return { visible: false, reasons: [], refusal: { kind: 'STATUS', status: viewer.status } };
  }
  const scope = clientReadScope(viewer);
  const reasons: ClientAccessReason[] = [];
  if (scope.allClients) reasons.push({ kind: 'ALL_CLIENTS' });
  const ownPart = scope.ownCaseloadOf === null ? null : caseloadPart(scope.ownCaseloadOf, client);
  if (ownPart !== null) reasons.push({ kind: ownCaseloadReasonKinds[ownPart] });
  for (const superviseeId of scope.superviseeIds) {
    const part = caseloadPart(superviseeId, client);
    if (part !== null) reasons.push({ kind: 'SUPERVISEE_CASELOAD', superviseeId, part });
  }
  if (reasons.length > 0) return { visible: true, reasons };

  const readsSomeCaseload =
    scope.allClients || scope.ownCaseloadOf !== null || scope.superviseeIds.length > 0;
  const refusal: ClientAccessRefusal = readsSomeCaseload
    ? { kind: 'NOT_IN_CASELOAD' }
    : { kind: 'NO_PERMISSION', permission: 'clients.view.own' };
  return { visible: false, reasons: [], refusal };
}

export type ClientWriteDecision =
  | { allowed: true; reasons: ClientAccessReason[] }
  | { allowed: false; code: typeof ErrorCode.NOT_FOUND; refusal: ClientAccessRefusal }
  | {
      allowed: false;
      code: typeof ErrorCode.FORBIDDEN;
      refusal:
        | { kind: 'STATUS'; status: StaffStatus }
        | { kind: 'NO_PERMISSION'; permission: 'clients.edit' };
    };

/**
 * Editing a client needs `clients.edit`, an ACTIVE viewer, and a client they can see (a supervisor
 * edits a supervisee's client only if their permissions say so). A client the viewer cannot see is
 * NOT_FOUND rather than FORBIDDEN, so its existence is not revealed.
 */
export function explainClientWrite(viewer: ClientViewer, client: ClientFacts): ClientWriteDecision {
  const access = explainClientAccess(viewer, client);
  if (!access.visible) return { allowed: false, code: 'NOT_FOUND', refusal: access.refusal };
  if (statusReach(viewer.status) !== 'ALL') {
    return {
      allowed: false,
      code: 'FORBIDDEN',
      refusal: { kind: 'STATUS', status: viewer.status },
    };
  }
  if (!viewer.permissions.has('clients.edit')) {
    return {
      allowed: false,
      code: 'FORBIDDEN',
      refusal: { kind: 'NO_PERMISSION', permission: 'clients.edit' },
    };
  }
  return { allowed: true, reasons: access.reasons };
}

/** Where a new client would sit: what decides whether its creator could open it afterwards. */
export interface NewClientFacts {
  scope: ClientScope;
  /** The therapist chosen at intake; null when auto-matching or leaving a PRACTICE client unassigned. */
  therapistId: string | null;
  /** The practice picks the therapist: the best-ranked suggestion. */
  autoMatch: boolean;
}

export type ClientCreateRefusal =
  | { kind: 'STATUS'; status: StaffStatus }
  | { kind: 'NO_PERMISSION'; permission: 'clients.create' }
  /** Auto-match may land anywhere: only a viewer who reads every client is sure to see the result. */
  | { kind: 'AUTO_MATCH_NEEDS_ALL_CLIENTS' }
  /** The client would go to a caseload the viewer does not read: they could never open it. */
  | { kind: 'OUTSIDE_READABLE_CASELOADS' };

export type ClientCreateDecision =
  | { allowed: true; reasons: ClientAccessReason[] }
  | { allowed: false; refusal: ClientCreateRefusal };

/**
 * Adding a client needs `clients.create`, an ACTIVE viewer, and a client the viewer will then see
 * (the reasons say why they will), so no one adds a client they cannot open again: a therapist
 * without `clients.view.all` adds clients to their own caseload or their supervisees'.
 */
export function explainClientCreate(
  viewer: ClientViewer,
  client: NewClientFacts,
): ClientCreateDecision {
  if (statusReach(viewer.status) !== 'ALL') {
    return { allowed: false, refusal: { kind: 'STATUS', status: viewer.status } };
  }
  if (!viewer.permissions.has('clients.create')) {
    return { allowed: false, refusal: { kind: 'NO_PERMISSION', permission: 'clients.create' } };
  }
  if (client.autoMatch) {
    return clientReadScope(viewer).allClients
      ? { allowed: true, reasons: [{ kind: 'ALL_CLIENTS' }] }
      : { allowed: false, refusal: { kind: 'AUTO_MATCH_NEEDS_ALL_CLIENTS' } };
  }
  const access = explainClientAccess(viewer, { ...client, seenByTherapistIds: [] });
  return access.visible
    ? { allowed: true, reasons: access.reasons }
    : { allowed: false, refusal: { kind: 'OUTSIDE_READABLE_CASELOADS' } };
}

export type CaseloadAccessReason =
  | { kind: 'ALL_CLIENTS' }
  | { kind: 'OWN_CASELOAD' }
  | { kind: 'SUPERVISEE_CASELOAD' };

export type CaseloadAccessDecision =
  | { visible: true; reasons: CaseloadAccessReason[] }
  | {
      visible: false;
      reasons: [];
      refusal:
        | { kind: 'STATUS'; status: StaffStatus }
        | { kind: 'NO_PERMISSION'; permission: 'clients.view.own' }
        | { kind: 'NOT_A_READABLE_CASELOAD' };
    };

/**
 * Whether the viewer reads a therapist's whole caseload (figures included): with
 * `clients.view.all` anyone's, else their own and their supervisees', exactly the caseloads
 * `clientReadScope` lets them list.
 */
export function explainCaseloadAccess(
  viewer: ClientViewer,
  therapistId: string,
): CaseloadAccessDecision {
  if (statusReach(viewer.status) === 'NONE') {
    return { visible: false, reasons: [], refusal: { kind: 'STATUS', status: viewer.status } };
  }
  const scope = clientReadScope(viewer);
  const reasons: CaseloadAccessReason[] = [];
  if (scope.allClients) reasons.push({ kind: 'ALL_CLIENTS' });
  if (scope.ownCaseloadOf === therapistId) reasons.push({ kind: 'OWN_CASELOAD' });
  if (scope.superviseeIds.includes(therapistId)) reasons.push({ kind: 'SUPERVISEE_CASELOAD' });
  if (reasons.length > 0) return { visible: true, reasons };
  const readsSomeCaseload =
    scope.allClients || scope.ownCaseloadOf !== null || scope.superviseeIds.length > 0;
  return {
    visible: false,
    reasons: [],
    refusal: readsSomeCaseload
      ? { kind: 'NOT_A_READABLE_CASELOAD' }
      : { kind: 'NO_PERMISSION', permission: 'clients.view.own' },
  };
}
