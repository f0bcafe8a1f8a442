import {
  type ClientReadScope,
  type ClientViewer,
  clientReadScope,
  explainSupervisionEligibility,
  type SupervisorFacts,
  type Viewer,
} from '@caseload/shared';
import type { SelectQueryBuilder } from 'typeorm';
import type { SignedInContext } from '../../context/request-context';
import type { Client } from './client.entity';

/**
 * Which clients a member reads (the pure `clientReadScope`), their supervisees counting only when
 * `explainSupervisionEligibility` says they may supervise. Computed from what the session
 * statement reads, so it costs no statement of its own.
 */
export function clientReadScopeOf(
  viewer: Viewer,
  facts: Pick<SupervisorFacts, 'practiceSupervisionEnabled' | 'supervisorRoles'> & {
    superviseeIds: readonly string[];
  },
): ClientReadScope {
  const eligibility = explainSupervisionEligibility({
    ...facts,
    supervisorStatus: viewer.status,
    supervisorPermissions: viewer.permissions,
  });
  return clientReadScope({
    ...viewer,
    superviseeIds: eligibility.eligible ? facts.superviseeIds : [],
  });
}

/** The viewer as the pure client rules take them, with the supervisees they may read. */
export function clientViewerOf(ctx: SignedInContext): ClientViewer {
  const { staffMemberId, status, permissions, clientReadScope } = ctx.viewer;
  return { staffMemberId, status, permissions, superviseeIds: clientReadScope.superviseeIds };
}

/** Therapists whose caseloads the viewer reads (their own, their supervisees'). */
export function caseloadOwnerIds(readScope: ClientReadScope): string[] {
  return [readScope.ownCaseloadOf, ...readScope.superviseeIds].filter(
    (id): id is string => id !== null,
  );
}

/**
 * Clients on the caseloads of `:...caseloadOwnerIds`, as `caseloadPart` decides one client: those
 * whose therapist they are (DIRECT or primary), and PRACTICE clients they have seen (walk-ins).
 * A union of ids, each side read by its index: an OR of the two would read the whole practice.
 * Whether a client seen is a PRACTICE one is checked on the client row the query reads anyway,
 * not by reading the client of every session seen.
 */
export const onCaseloadsSql = `(client.id IN (
  SELECT own.id FROM client own
   WHERE own."practiceId" = :scopePracticeId AND own."therapistId" IN (:...caseloadOwnerIds)
  UNION ALL
  SELECT seen."clientId" FROM therapy_session seen
   WHERE seen."practiceId" = :scopePracticeId AND seen."therapistId" IN (:...caseloadOwnerIds))
  AND (client.scope = 'PRACTICE' OR client."therapistId" IN (:...caseloadOwnerIds)))`;

/** The list filter of `clientReadScope` in SQL, on a query of `TenantScope.select(Client, 'client')`. */
export function applyClientReadScope(
  query: SelectQueryBuilder<Client>,
  readScope: ClientReadScope,
): void {
  if (readScope.allClients) return;
  const ownerIds = caseloadOwnerIds(readScope);
  if (!ownerIds.length) {
    query.andWhere('false');
    return;
  }
  query.andWhere(onCaseloadsSql, { caseloadOwnerIds: ownerIds });
}
