import { explainCaseloadAccess, riskLevelsBySeverity } from '@caseload/shared';
import { isUUID } from 'class-validator';
import type { SignedInContext } from '../../context/request-context';
import type { TenantScope } from '../../database/tenant-scope';
import { notFound } from '../../errors/app-error';
import { allComputedFields } from '../staff/staff.service';
import type { OptionalClientField } from './client.service';
import type { ClientType } from './client.types';
import type { RiskLevelCountType, TherapistCaseloadType } from './client-caseload.types';
import { clientViewerOf } from './client-read-scope';

const DAY_MS = 86_400_000;

interface SessionHistoryRow {
  sessionsTotal: number;
  sessionsLast30Days: number;
  lastSessionAt: Date | null;
  nextSessionAt: Date | null;
}

/** The sessions a therapist has held or booked, summed up in one statement. */
async function sessionHistory(
  scope: TenantScope,
  therapistId: string,
  now: Date,
): Promise<SessionHistoryRow> {
  const [row] = await scope.query<SessionHistoryRow>(
    `SELECT count(*)::int AS "sessionsTotal",
            count(*) FILTER (WHERE s.status = 'COMPLETED' AND s."startsAt" > $3 AND s."startsAt" <= $4)::int
              AS "sessionsLast30Days",
            max(s."startsAt") FILTER (WHERE s.status = 'COMPLETED') AS "lastSessionAt",
            min(s."startsAt") FILTER (WHERE s.status = 'SCHEDULED' AND s."startsAt" > $4) AS "nextSessionAt"
       FROM therapy_session s WHERE s."practiceId" = $1 AND s."therapistId" = $2`,
    [therapistId, new Date(now.getTime() - 30 * DAY_MS), now],
  );
  return row as SessionHistoryRow;
}

/** ACTIVE clients per risk level, lowest first, levels without clients counted as 0. */
export function riskMix(clients: readonly ClientType[]): RiskLevelCountType[] {
  return riskLevelsBySeverity.map((riskLevel) => ({
    riskLevel,
    count: clients.filter((client) => client.status === 'ACTIVE' && client.riskLevel === riskLevel)
      .length,
  }));
}

/**
 * A therapist's caseload with its figures: NOT_FOUND unless the caller reads it
 * (`explainCaseloadAccess`). Three statements whatever its size: the therapist with the roster's
 * caseload figures, the clients, the session history.
 */
export async function getTherapistCaseload(
  ctx: SignedInContext,
  therapistId: string,
  fields: readonly OptionalClientField[],
): Promise<TherapistCaseloadType> {
  if (!isUUID(therapistId)) throw notFound('Therapist');
  if (!explainCaseloadAccess(clientViewerOf(ctx), therapistId).visible) {
    throw notFound('Therapist');
  }
  const { scope, loaders } = ctx.viewer;
  const [therapist, parts, sessions] = await Promise.all([
    loaders.staffById.load({ id: therapistId, fields: allComputedFields }),
    loaders.caseloads.load({ therapistId, fields }),
    sessionHistory(scope, therapistId, ctx.now),
  ]);
  if (!therapist) throw notFound('Therapist');
  return {
    therapist,
    activeClientCount: therapist.activeClientCount,
    pendingNotes: therapist.pendingNotes,
    ...sessions,
    riskMix: riskMix([...parts.direct, ...parts.primary]),
    ...parts,
  };
}
