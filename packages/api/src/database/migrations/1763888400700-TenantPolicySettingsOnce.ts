import type { MigrationInterface, QueryRunner } from 'typeorm';
import { practiceOwnedTables } from './1763888400200-RowLevelSecurity';

/**
 * The tenant policies read the request's practice and user once a statement, not once a row:
 * each call of `caseload_current_practice()` / `caseload_current_user()` becomes a scalar
 * sub-select, which PostgreSQL evaluates once (an init plan) and then compares like a parameter.
 * The rows each policy lets through are the same. A roster page filtered 2,000 members through
 * two `current_setting` calls each (docs/performance.md, fix 37).
 */
export class TenantPolicySettingsOnce1763888400700 implements MigrationInterface {
  name = 'TenantPolicySettingsOnce1763888400700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of alterPolicies(
      '(SELECT caseload_current_practice())',
      '(SELECT caseload_current_user())',
    )) {
      await queryRunner.query(sql);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of alterPolicies('caseload_current_practice()', 'caseload_current_user()')) {
      await queryRunner.query(sql);
    }
  }
}

/** The policies of RowLevelSecurity1763888400200, with `practice` and `user` as the settings. */
function alterPolicies(practice: string, user: string): string[] {
  const userPractices = `SELECT "practiceId" FROM staff_member WHERE "userId" = ${user}`;
  return [
    ...practiceOwnedTables.map(
      (table) => `ALTER POLICY tenant_isolation ON "${table}" USING ("practiceId" = ${practice})`,
    ),
    `ALTER POLICY tenant_isolation ON staff_member
     USING ("practiceId" = ${practice} OR "userId" = ${user})`,
    `ALTER POLICY tenant_isolation ON practice
     USING (id = ${practice} OR id IN (${userPractices}))`,
    ...['audit_event', 'outbox_mail'].map(
      (table) => `ALTER POLICY tenant_isolation ON "${table}"
     USING ("practiceId" = ${practice})
     WITH CHECK ("practiceId" IS NULL OR "practiceId" = ${practice} OR "practiceId" IN (${userPractices}))`,
    ),
  ];
}
