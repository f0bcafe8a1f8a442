import type { SignedInContext } from '../../context/request-context';
import type { DashboardType } from './dashboard.types';

/** Every figure of the dashboard in one statement. */
export async function getDashboard(ctx: SignedInContext): Promise<DashboardType> {
  const [row] = await ctx.viewer.scope.query<
    Omit<DashboardType, 'clients'> & { clients: DashboardType['clients'] }
  >(
    `SELECT
       (SELECT coalesce(json_agg(json_build_object('status', status, 'count', n) ORDER BY status), '[]')
          FROM (SELECT status, count(*)::int AS n FROM staff_member WHERE "practiceId" = $1 GROUP BY status) s)
         AS "staffByStatus",
       (SELECT coalesce(json_agg(json_build_object('kind', kind, 'count', n) ORDER BY kind), '[]')
          FROM (SELECT kind, count(*)::int AS n FROM staff_member
                 WHERE "practiceId" = $1 AND status <> 'REMOVED' GROUP BY kind) k) AS "staffByKind",
       (SELECT coalesce(json_agg(json_build_object('roleId', r.id, 'roleName', r.name, 'count',
                 (SELECT count(*)::int FROM role_assignment ra JOIN staff_member m ON m.id = ra."staffMemberId"
                   WHERE ra."roleId" = r.id AND m.status <> 'REMOVED')) ORDER BY r.name), '[]')
          FROM role r WHERE r."practiceId" = $1 AND r."archivedAt" IS NULL) AS "staffByRole",
       (SELECT count(*)::int FROM invitation i
         WHERE i."practiceId" = $1 AND i.status = 'PENDING' AND i."expiresAt" > $2) AS "pendingInvitations",
       (SELECT count(*)::int FROM invitation i
         WHERE i."practiceId" = $1 AND i.status = 'PENDING' AND i."expiresAt" <= $2) AS "expiredInvitations",
       (SELECT count(*)::int FROM staff_member m
         WHERE m."practiceId" = $1 AND m.status = 'ACTIVE' AND m."supervisorId" IS NULL
           AND EXISTS (SELECT 1 FROM role_assignment ra JOIN role r ON r.id = ra."roleId"
                        WHERE ra."staffMemberId" = m.id AND r."requiresSupervision"))
         AS "membersNeedingSupervisor",
       CASE WHEN $3 THEN json_build_object(
         'unassigned', (SELECT count(*) FROM client c
                         WHERE c."practiceId" = $1 AND c.status = 'ACTIVE' AND c."therapistId" IS NULL),
         'highRisk', (SELECT count(*) FROM client c WHERE c."practiceId" = $1 AND c.status = 'ACTIVE'
                        AND c."riskLevel" IN ('HIGH', 'CRITICAL')),
         'pendingNotes', (SELECT count(*) FROM therapy_session s
                           WHERE s."practiceId" = $1 AND s."noteStatus" IN ('PENDING', 'COSIGN_REQUIRED')))
       END AS clients`,
    [ctx.now, ctx.viewer.permissions.has('clients.view.all')],
  );
  if (!row) throw new Error('dashboard query returned no row');
  return row;
}
