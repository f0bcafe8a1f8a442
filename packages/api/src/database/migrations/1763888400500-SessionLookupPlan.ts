import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SessionLookup1763888400400 } from './1763888400400-SessionLookup';

/**
 * The session lookup with a plan that stays good once PL/pgSQL keeps a generic one. The member is
 * found by the only index on its user, `UQ_staff_member_user_per_practice`, which is partial
 * (`status <> 'REMOVED'`): a generic plan cannot prove that from `status = ANY(statuses)`, so it
 * read every member of the session's practice instead (1.2 ms a request for the bench's practice of
 * 2,000, against 0.2 ms). The body is 1763888400400's with that condition spelled out; the grants
 * and settings stay as that migration made them (`CREATE OR REPLACE` keeps them).
 */
export class SessionLookupPlan1763888400500 implements MigrationInterface {
  name = 'SessionLookupPlan1763888400500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION caseload_session(token_hash bpchar, seen_at timestamptz, statuses staff_status[])
      RETURNS TABLE ("sessionId" uuid, "userId" uuid, email varchar, "lastSeenAt" timestamptz,
                     "idleSignOutMinutes" integer, "mustChangePassword" boolean,
                     "mfaEnabled" boolean, "mfaEnrollmentRequired" boolean,
                     "staffMemberId" uuid, "practiceId" uuid, kind staff_kind, status staff_status,
                     roles json, overrides json, "supervisionEnabled" boolean,
                     "superviseeIds" uuid[])
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
      BEGIN
        RETURN QUERY
        SELECT s.id, s."userId", u.email, s."lastSeenAt", p."idleSignOutMinutes",
               u."mustChangePassword", u."mfaEnabledAt" IS NOT NULL,
               p."mfaRequired" AND u."mfaEnabledAt" IS NULL,
               m.id, m."practiceId", m.kind, m.status,
               (SELECT coalesce(json_agg(json_build_object(
                  'roleId', r.id, 'roleName', r.name, 'permissions', r.permissions,
                  'canSupervise', r."canSupervise") ORDER BY r.name), '[]')
                  FROM role_assignment ra JOIN role r ON r.id = ra."roleId"
                 WHERE ra."staffMemberId" = m.id),
               (SELECT coalesce(json_agg(json_build_object(
                  'overrideId', o.id, 'permission', o.permission, 'effect', o.effect, 'reason', o.reason,
                  'expiresAt', o."expiresAt",
                  'grantedBy', CASE WHEN g.id IS NULL THEN NULL ELSE json_build_object(
                    'staffMemberId', g.id, 'name', g."firstName" || ' ' || g."lastName") END)
                  ORDER BY o.permission), '[]')
                  FROM permission_override o LEFT JOIN staff_member g ON g.id = o."grantedById"
                 WHERE o."staffMemberId" = m.id),
               p."supervisionEnabled",
               (SELECT coalesce(array_agg(sv.id ORDER BY sv.id), '{}') FROM staff_member sv
                 WHERE sv."practiceId" = m."practiceId" AND sv."supervisorId" = m.id
                   AND sv.status IN ('ACTIVE', 'ON_HOLD'))
          FROM auth_session s
          JOIN "user" u ON u.id = s."userId"
          JOIN staff_member m ON m."userId" = s."userId" AND m."practiceId" = s."activePracticeId"
          JOIN practice p ON p.id = m."practiceId"
         WHERE s."tokenHash" = token_hash AND s."revokedAt" IS NULL
           AND NOT s."awaitingSecondFactor" AND s."expiresAt" > seen_at
           AND m.status <> 'REMOVED' AND m.status = ANY(statuses);
      END
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const previous = new SessionLookup1763888400400();
    await previous.down(queryRunner);
    await previous.up(queryRunner);
  }
}
