import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Remembers the last TOTP time step a user signed in with, so a code cannot be replayed. */
export class TotpReplayGuard1763888400100 implements MigrationInterface {
  name = 'TotpReplayGuard1763888400100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" ADD "mfaLastUsedStep" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "mfaLastUsedStep"`);
  }
}
