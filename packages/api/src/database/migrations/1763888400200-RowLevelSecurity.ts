import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Defence in depth under the tenant scope of the code: row-level security on every
 * practice-owned table, for the role the API works as once a request is signed in.
 *
 * Migrations run as the owner of the tables, which row-level security does not apply to. A
 * signed-in request switches its connection to `caseload_app` (no login, no superuser, owns
 * nothing) and sets `caseload.practice_id` and `caseload.user_id`; from then on a query that
 * forgot its practice filter still sees only that practice's rows. See
 * src/database/request-connection.ts and the README.
 */
export class RowLevelSecurity1763888400200 implements MigrationInterface {
  name = 'RowLevelSecurity1763888400200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Roles belong to the whole server: another database of it may have created this one already.
    await queryRunner.query(`
      DO $$ BEGIN
        CREATE ROLE caseload_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await queryRunner.query('GRANT caseload_app TO CURRENT_USER');
    await queryRunner.query('GRANT USAGE ON SCHEMA public TO caseload_app');
    await queryRunner.query(
      'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO caseload_app',
    );
    await queryRunner.query(
      'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO caseload_app',
    );
    await queryRunner.query(
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO caseload_app',
    );
    await queryRunner.query(
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO caseload_app',
    );

    await queryRunner.query(`
      CREATE FUNCTION caseload_current_practice() RETURNS uuid LANGUAGE sql STABLE
      AS $$ SELECT nullif(current_setting('caseload.practice_id', true), '')::uuid $$`);
    await queryRunner.query(`
      CREATE FUNCTION caseload_current_user() RETURNS uuid LANGUAGE sql STABLE
      AS $$ SELECT nullif(current_setting('caseload.user_id', true), '')::uuid $$`);

    // The one cross-practice fact an admin's request needs (may I set this member's password?),
    // answered as a count by the owner, so the member's other practices stay out of sight.
    await queryRunner.query(`
      CREATE FUNCTION caseload_other_practice_count(member_user uuid, practice uuid) RETURNS integer
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
      AS $$ SELECT count(*)::int FROM staff_member
             WHERE "userId" = member_user AND "practiceId" <> practice AND status <> 'REMOVED' $$`);

    for (const table of practiceOwnedTables) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING ("practiceId" = caseload_current_practice())`,
      );
    }
    // A user's own memberships are theirs in every practice: sign-in, "me" and switching practice.
    await queryRunner.query('ALTER TABLE staff_member ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(`
      CREATE POLICY tenant_isolation ON staff_member
      USING ("practiceId" = caseload_current_practice() OR "userId" = caseload_current_user())`);
    await queryRunner.query('ALTER TABLE practice ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(`
      CREATE POLICY tenant_isolation ON practice
      USING (id = caseload_current_practice()
        OR id IN (SELECT "practiceId" FROM staff_member WHERE "userId" = caseload_current_user()))`);
    // Audit events and mail are read within the practice, and written for any practice the user
    // belongs to (an external agent switching practice) or for no practice (account events).
    for (const table of ['audit_event', 'outbox_mail']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`
        CREATE POLICY tenant_isolation ON "${table}"
        USING ("practiceId" = caseload_current_practice())
        WITH CHECK ("practiceId" IS NULL OR "practiceId" = caseload_current_practice()
          OR "practiceId" IN (SELECT "practiceId" FROM staff_member WHERE "userId" = caseload_current_user()))`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      ...practiceOwnedTables,
      'staff_member',
      'practice',
      'audit_event',
      'outbox_mail',
    ]) {
      await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query('DROP FUNCTION caseload_other_practice_count(uuid, uuid)');
    await queryRunner.query('DROP FUNCTION caseload_current_user()');
    await queryRunner.query('DROP FUNCTION caseload_current_practice()');
    await queryRunner.query(
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM caseload_app',
    );
    await queryRunner.query(
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM caseload_app',
    );
    await queryRunner.query('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM caseload_app');
    await queryRunner.query('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM caseload_app');
    await queryRunner.query('REVOKE USAGE ON SCHEMA public FROM caseload_app');
  }
}

/** Tables whose every row belongs to one practice, named by its `practiceId`. */
export const practiceOwnedTables = [
  'staff_group',
  'client',
  'client_assignment',
  'therapy_session',
  'contact',
  'relationship',
  'group_membership',
  'invitation',
  'permission_override',
  'role',
  'role_assignment',
];
