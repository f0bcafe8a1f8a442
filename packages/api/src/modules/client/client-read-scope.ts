import {
  type ClientReadScope,
  type ClientViewer,
  clientReadScope,
  explainSupervisionEligibility,
} from '@caseload/shared';
import type { SelectQueryBuilder } from 'typeorm';
import { Brackets } from 'typeorm';
import type { SignedInContext, Viewer } from '../../context/request-context';
import type { Client } from './client.entity';

interface SupervisionRow {
  supervisionEnabled: boolean;
  roles: Array<{ roleName: string; canSupervise: boolean }>;
  superviseeIds: string[];
}

const readScopes = new WeakMap<Viewer, Promise<ClientReadScope>>();

/**
 * Which clients the viewer reads (the pure `clientReadScope`), with their supervisees when
 * `explainSupervisionEligibility` says they may supervise. One statement, once per request.
 */
export function loadClientReadScope(ctx: SignedInContext): Promise<ClientReadScope> {
  let readScope = readScopes.get(ctx.viewer);
  if (!readScope) {
    readScope = computeReadScope(ctx);
    readScopes.set(ctx.viewer, readScope);
  }
  return readScope;
}

async function computeReadScope({ viewer }: SignedInContext): Promise<ClientReadScope> {
  const [row] = await viewer.scope.query<SupervisionRow>(
    `SELECT p."supervisionEnabled",
            (SELECT coalesce(json_agg(json_build_object('roleName', r.name, 'canSupervise', r."canSupervise")), '[]')
               FROM role_assignment ra JOIN role r ON r.id = ra."roleId"
              WHERE ra."staffMemberId" = $2) AS roles,
            (SELECT coalesce(array_agg(s.id ORDER BY s.id), '{}') FROM staff_member s
              WHERE s."practiceId" = p.id AND s."supervisorId" = $2
                AND s.status IN ('ACTIVE', 'ON_HOLD')) AS "superviseeIds"
       FROM practice p WHERE p.id = $1`,
    [viewer.staffMemberId],
  );
  const eligibility = explainSupervisionEligibility({
    practiceSupervisionEnabled: row?.supervisionEnabled ?? false,
    supervisorStatus: viewer.status,
    supervisorRoles: row?.roles ?? [],
    supervisorPermissions: viewer.permissions,
  });
  return clientReadScope({
    staffMemberId: viewer.staffMemberId,
    status: viewer.status,
    permissions: viewer.permissions,
    superviseeIds: eligibility.eligible ? (row?.superviseeIds ?? []) : [],
  });
}

/** The viewer as the pure client rules take them, with the supervisees they may read. */
export function clientViewerOf(ctx: SignedInContext, readScope: ClientReadScope): ClientViewer {
  const { staffMemberId, status, permissions } = ctx.viewer;
  return { staffMemberId, status, permissions, superviseeIds: readScope.superviseeIds };
}

/** Therapists whose caseloads the viewer reads (their own, their supervisees'). */
export function caseloadOwnerIds(readScope: ClientReadScope): string[] {
  return [readScope.ownCaseloadOf, ...readScope.superviseeIds].filter(
    (id): id is string => id !== null,
  );
}

/**
 * The list filter of `clientReadScope` in SQL: a client is on a therapist's caseload when they
 * are its therapist (DIRECT or primary), or it is a PRACTICE client they have seen (a walk-in),
 * exactly as `caseloadPart` decides one client.
 */
export function applyClientReadScope(
  query: SelectQueryBuilder<Client>,
  readScope: ClientReadScope,
): void {
  if (readScope.allClients) return;
  const therapistIds = caseloadOwnerIds(readScope);
  if (!therapistIds.length) {
    query.andWhere('false');
    return;
  }
  query.andWhere(
    new Brackets((onCaseload) => {
      onCaseload.where('client.therapistId IN (:...caseloadOwnerIds)').orWhere(
        `client.scope = 'PRACTICE' AND EXISTS (
           SELECT 1 FROM therapy_session seen
            WHERE seen."clientId" = client.id AND seen."therapistId" IN (:...caseloadOwnerIds))`,
      );
    }),
    { caseloadOwnerIds: therapistIds },
  );
}
