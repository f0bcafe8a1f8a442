import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pending notes of a therapist (the roster's figures) and of a practice (the dashboard) from
 * a small partial index, not from every session: about 6 % of sessions wait for a signature.
 * The practice comes first, as in the other tenant-owned indexes.
 */
export class PendingNotesIndex1763888400300 implements MigrationInterface {
  name = 'PendingNotesIndex1763888400300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_therapy_session_pending_notes" ON "therapy_session"  ("practiceId", "therapistId") WHERE "noteStatus" IN ('PENDING', 'COSIGN_REQUIRED')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_therapy_session_pending_notes"`);
  }
}
