import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rules TypeORM cannot describe in entities: expression indexes (declared on the entities with
 * `synchronize: false`, so schema comparison leaves them alone) and the append-only audit trigger.
 */
export class DatabaseRules1763888400001 implements MigrationInterface {
  name = 'DatabaseRules1763888400001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_user_email_lower" ON "user" (lower("email"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_staff_member_email_per_practice" ON "staff_member" ("practiceId", lower("email")) WHERE "status" <> 'REMOVED'`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "TR_audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "TR_audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TR_audit_event_no_truncate" ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER "TR_audit_event_append_only" ON "audit_event"`);
    await queryRunner.query('DROP FUNCTION audit_event_is_append_only()');
    await queryRunner.query(`DROP INDEX "UQ_staff_member_email_per_practice"`);
    await queryRunner.query(`DROP INDEX "UQ_user_email_lower"`);
  }
}
