import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The session lookup as a function that runs as the owner (`SECURITY DEFINER`), so a connection
 * can find the next request's session whatever tenant it was left in: row-level security is
 * fixed for a statement before it runs, so the lookup cannot first leave the tenant within its
 * own statement. With it, a pooled connection keeps its last tenant until the next session
 * statement enters another one, and a request costs no statement to leave its tenant (see
 * src/database/request-connection.ts).
 *
 * PL/pgSQL rather than SQL so that each connection plans the lookup once (PostgreSQL 15 plans a
 * SQL function's body on every call). It answers only for the token's hash it is given. The roles
 * and overrides are built as `roleGrantsSql` and `overrideGrantsSql` build them
 * (permission-subjects.ts); a test checks that this body still holds their SQL, so a change to
 * either needs a migration that replaces this function.
 */
export class SessionLookup1763888400400 implements MigrationInterface {
  name = 'SessionLookup1763888400400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION caseload_session(token_hash bpchar, seen_at timestamptz, statuses staff_status[])
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
           AND m.status = ANY(statuses);
      END
      $$`);
    await queryRunner.query(
      'REVOKE ALL ON FUNCTION caseload_session(bpchar, timestamptz, staff_status[]) FROM PUBLIC',
    );
    await queryRunner.query(
      'GRANT EXECUTE ON FUNCTION caseload_session(bpchar, timestamptz, staff_status[]) TO caseload_app',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION caseload_session(bpchar, timestamptz, staff_status[])');
  }
}
