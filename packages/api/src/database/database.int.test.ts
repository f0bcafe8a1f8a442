import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { createDataSource } from './data-source';
import { DataFolderInUseError, startEmbeddedPostgres } from './embedded-postgres';
import { migrations } from './migrations';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.destroy();
});

async function insertPractice(name = 'Practice'): Promise<string> {
  const [row] = await db.dataSource.query(
    `INSERT INTO practice (name, plan, timezone) VALUES ($1, 'TEAM', 'UTC') RETURNING id`,
    [name],
  );
  return row.id;
}

async function insertUser(email: string): Promise<string> {
  const [row] = await db.dataSource.query(`INSERT INTO "user" (email) VALUES ($1) RETURNING id`, [
    email,
  ]);
  return row.id;
}

async function insertStaff(
  practiceId: string,
  values: {
    userId?: string | null;
    kind?: string;
    status?: string;
    email: string;
    staffId: string;
  },
): Promise<string> {
  const [row] = await db.dataSource.query(
    `INSERT INTO staff_member ("practiceId", "userId", kind, status, "staffId", "firstName", "lastName", email)
     VALUES ($1, $2, $3, $4, $5, 'Ada', 'Lovelace', $6) RETURNING id`,
    [
      practiceId,
      values.userId ?? null,
      values.kind ?? 'THERAPIST',
      values.status ?? 'ACTIVE',
      values.staffId,
      values.email,
    ],
  );
  return row.id;
}

describe('schema', () => {
  it('migrating an empty database gives exactly the schema the entities describe', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('refuses a second user whose email differs only in case', async () => {
    await insertUser('Case.Test@Example.org');
    await expect(insertUser('case.test@example.org')).rejects.toThrow(/UQ_user_email_lower/);
  });

  it('lets a therapist be an active member of only one practice, while external agents may join several', async () => {
    const first = await insertPractice('First');
    const second = await insertPractice('Second');
    const therapist = await insertUser('one.practice@example.org');
    await insertStaff(first, {
      userId: therapist,
      email: 'one.practice@example.org',
      staffId: 'S-1',
    });
    await expect(
      insertStaff(second, { userId: therapist, email: 'one.practice@example.org', staffId: 'S-1' }),
    ).rejects.toThrow(/UQ_staff_member_one_practice_per_user/);

    const agent = await insertUser('agent@example.org');
    const agentEmail = 'agent@example.org';
    await insertStaff(first, {
      userId: agent,
      kind: 'EXTERNAL_AGENT',
      email: agentEmail,
      staffId: 'A-1',
    });
    await expect(
      insertStaff(second, {
        userId: agent,
        kind: 'EXTERNAL_AGENT',
        email: agentEmail,
        staffId: 'A-1',
      }),
    ).resolves.toEqual(expect.any(String));
  });

  it('lets a removed therapist join another practice', async () => {
    const first = await insertPractice('Left');
    const second = await insertPractice('Joined');
    const user = await insertUser('moved.on@example.org');
    await insertStaff(first, {
      userId: user,
      status: 'REMOVED',
      email: 'moved.on@example.org',
      staffId: 'S-9',
    });
    await expect(
      insertStaff(second, { userId: user, email: 'moved.on@example.org', staffId: 'S-9' }),
    ).resolves.toEqual(expect.any(String));
  });

  it('keeps staff IDs and roster emails unique within a practice', async () => {
    const practice = await insertPractice();
    await insertStaff(practice, { status: 'INVITED', email: 'Dup@Example.org', staffId: 'S-1' });
    await expect(
      insertStaff(practice, { status: 'INVITED', email: 'other@example.org', staffId: 'S-1' }),
    ).rejects.toThrow(/UQ_staff_member_staff_id/);
    await expect(
      insertStaff(practice, { status: 'INVITED', email: 'dup@example.org', staffId: 'S-2' }),
    ).rejects.toThrow(/UQ_staff_member_email_per_practice/);
  });

  it('refuses a DIRECT client without a therapist', async () => {
    const practice = await insertPractice();
    await expect(
      db.dataSource.query(
        `INSERT INTO client ("practiceId", "firstName", "lastName", "dateOfBirth", scope)
         VALUES ($1, 'No', 'Therapist', '1990-01-01', 'DIRECT')`,
        [practice],
      ),
    ).rejects.toThrow(/CHK_client_direct_has_therapist/);
  });

  it('keeps audit events append-only', async () => {
    const [event] = await db.dataSource.query(
      `INSERT INTO audit_event (action, "targetType") VALUES ('test.recorded', 'test') RETURNING id`,
    );
    await expect(
      db.dataSource.query(`UPDATE audit_event SET action = 'test.rewritten' WHERE id = $1`, [
        event.id,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.dataSource.query(`DELETE FROM audit_event WHERE id = $1`, [event.id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    const [{ count }] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE id = $1 AND action = 'test.recorded'`,
      [event.id],
    );
    expect(count).toBe(1);
  });
});

describe('migrations', () => {
  it('leave the database as it was when one of them fails', async () => {
    class BrokenMigration1999999999999 implements MigrationInterface {
      async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query('CREATE TABLE half_written (id int)');
        throw new Error('this migration fails on purpose');
      }
      async down(): Promise<void> {}
    }
    const scratch = await createTestDatabase();
    await scratch.dataSource.query('DROP SCHEMA public CASCADE');
    await scratch.dataSource.query('CREATE SCHEMA public');
    const broken = createDataSource({ url: scratch.url, poolSize: 1, prepareStatements: false });
    broken.setOptions({ migrations: [...migrations, BrokenMigration1999999999999] });
    await broken.initialize();
    try {
      await expect(broken.runMigrations()).rejects.toThrow('fails on purpose');
      // Only TypeORM's own bookkeeping table, created before the migrations' transaction.
      const tables = await broken.query(
        `SELECT table_name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
    } finally {
      await broken.destroy();
      await scratch.destroy();
    }
  });
});

describe('embedded PostgreSQL', () => {
  it('refuses a second start on a data folder that is in use', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'caseload-embedded-'));
    const dataDir = join(parent, 'pglite');
    const first = await startEmbeddedPostgres(dataDir);
    try {
      await expect(startEmbeddedPostgres(dataDir)).rejects.toBeInstanceOf(DataFolderInUseError);
    } finally {
      await first.stop();
      await rm(parent, { recursive: true, force: true });
    }
    // A first start on an empty folder runs initdb: seconds on a busy machine.
  }, 30_000);
});
