import { roleTemplates } from '@caseload/shared';
import { verifyPassword } from '../modules/auth/password-hashing';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { isDatabaseEmpty } from './database-empty';
import { seedDemoData } from './demo-seed';
import { DEMO_PASSWORD, demoSignIns } from './demo-sign-ins';

const now = new Date('2026-11-23T15:00:00Z');
let db: TestDatabase;

async function rows<T = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return db.dataSource.query(sql, params);
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await rows<{ count: string }>(sql, params);
  return Number(row?.count);
}

async function practiceId(name: string): Promise<string> {
  const [row] = await rows<{ id: string }>('SELECT id FROM practice WHERE name = $1', [name]);
  if (!row) throw new Error(`no practice ${name}`);
  return row.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  expect(await isDatabaseEmpty(db.dataSource)).toBe(true);
  await seedDemoData(db.dataSource, { now });
});

afterAll(async () => {
  await db?.destroy();
});

describe('demo data', () => {
  it('marks the database as no longer empty, so a restart does not seed again', async () => {
    expect(await isDatabaseEmpty(db.dataSource)).toBe(false);
  });

  it('has a group practice of about thirty staff across every kind, status and role template', async () => {
    const riverbend = await practiceId('Riverbend Counseling Collective');
    const [practice] = await rows('SELECT plan, timezone FROM practice WHERE id = $1', [riverbend]);
    expect(practice).toEqual({ plan: 'TEAM', timezone: 'America/Chicago' });

    const staff = await count('SELECT count(*) FROM staff_member WHERE "practiceId" = $1', [
      riverbend,
    ]);
    expect(staff).toBeGreaterThanOrEqual(28);
    expect(staff).toBeLessThanOrEqual(34);

    const kinds = await rows<{ kind: string }>(
      'SELECT DISTINCT kind FROM staff_member WHERE "practiceId" = $1 ORDER BY kind',
      [riverbend],
    );
    expect(kinds.map((row) => row.kind)).toEqual([
      'THERAPIST',
      'STUDENT_THERAPIST',
      'ADMIN_STAFF',
      'EXTERNAL_AGENT',
    ]);
    const statuses = await rows<{ status: string; count: string }>(
      'SELECT status, count(*) FROM staff_member WHERE "practiceId" = $1 GROUP BY status',
      [riverbend],
    );
    const byStatus = Object.fromEntries(statuses.map((row) => [row.status, Number(row.count)]));
    expect(byStatus).toMatchObject({ INVITED: 3, ON_HOLD: 2, INACTIVE: 2, REMOVED: 1 });

    const usedTemplates = await rows<{ templateKey: string }>(
      `SELECT DISTINCT r."templateKey" FROM role_assignment ra JOIN role r ON r.id = ra."roleId"
       WHERE ra."practiceId" = $1`,
      [riverbend],
    );
    expect(usedTemplates.map((row) => row.templateKey).sort()).toEqual(
      roleTemplates.map((template) => template.key).sort(),
    );
  });

  it('gives supervisors their interns and associates, and leaves one intern unsupervised', async () => {
    const riverbend = await practiceId('Riverbend Counseling Collective');
    const supervisors = await count(
      `SELECT count(DISTINCT "supervisorId") FROM staff_member
       WHERE "practiceId" = $1 AND status = 'ACTIVE'`,
      [riverbend],
    );
    expect(supervisors).toBe(3);
    const unsupervisedInterns = await count(
      `SELECT count(*) FROM staff_member s
       JOIN role_assignment ra ON ra."staffMemberId" = s.id JOIN role r ON r.id = ra."roleId"
       WHERE s."practiceId" = $1 AND s.status = 'ACTIVE' AND r."requiresSupervision"
         AND s."supervisorId" IS NULL`,
      [riverbend],
    );
    expect(unsupervisedInterns).toBe(1);
    const [intern] = await rows<{ supervisorEmail: string }>(
      `SELECT sup.email AS "supervisorEmail" FROM staff_member s
       JOIN staff_member sup ON sup.id = s."supervisorId" WHERE s.email = 'intern@riverbend.example'`,
    );
    expect(intern?.supervisorEmail).toBe('supervisor@riverbend.example');
  });

  it('has invitations pending, expired, resent and accepted', async () => {
    const states = await rows<{ status: string; expired: boolean }>(
      `SELECT i.status, i."expiresAt" < $1 AS expired FROM invitation i ORDER BY i."createdAt"`,
      [now],
    );
    expect(states).toEqual(
      expect.arrayContaining([
        { status: 'PENDING', expired: true },
        { status: 'PENDING', expired: false },
        { status: 'SUPERSEDED', expired: true },
        { status: 'ACCEPTED', expired: true },
      ]),
    );
    const mails = await count(`SELECT count(*) FROM outbox_mail WHERE status = 'SENT'`);
    expect(mails).toBe(states.length);
  });

  it('has about 300 clients of both scopes and every risk level, each direct client with a therapist', async () => {
    const riverbend = await practiceId('Riverbend Counseling Collective');
    const summary = await rows<{ scope: string; riskLevel: string }>(
      'SELECT DISTINCT scope, "riskLevel" FROM client WHERE "practiceId" = $1',
      [riverbend],
    );
    expect(new Set(summary.map((row) => row.scope))).toEqual(new Set(['DIRECT', 'PRACTICE']));
    expect(new Set(summary.map((row) => row.riskLevel))).toEqual(
      new Set(['LOW', 'MODERATE', 'HIGH', 'CRITICAL']),
    );
    expect(await count('SELECT count(*) FROM client WHERE "practiceId" = $1', [riverbend])).toBe(
      300,
    );
    expect(
      await count(`SELECT count(*) FROM client WHERE scope = 'DIRECT' AND "therapistId" IS NULL`),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) FROM client WHERE "practiceId" = $1 AND "therapistId" IS NULL AND status = 'ACTIVE'`,
        [riverbend],
      ),
    ).toBe(12);
  });

  it('keeps every client’s latest assignment consistent with their current therapist', async () => {
    const mismatched = await count(
      `SELECT count(*) FROM client c
       JOIN LATERAL (SELECT "toTherapistId" FROM client_assignment a WHERE a."clientId" = c.id
                     ORDER BY a."createdAt" DESC LIMIT 1) latest ON true
       WHERE latest."toTherapistId" IS DISTINCT FROM c."therapistId"`,
    );
    expect(mismatched).toBe(0);
    const reassigned = await count(
      `SELECT count(*) FROM client_assignment WHERE "fromTherapistId" IS NOT NULL`,
    );
    expect(reassigned).toBeGreaterThan(20);
  });

  it('has sessions with pending notes, notes awaiting co-signature, and walk-ins', async () => {
    const pending = await rows<{ noteStatus: string; count: string }>(
      `SELECT "noteStatus", count(*) FROM therapy_session GROUP BY "noteStatus"`,
    );
    const byNote = Object.fromEntries(pending.map((row) => [row.noteStatus, Number(row.count)]));
    expect(byNote.PENDING).toBeGreaterThan(20);
    expect(byNote.COSIGN_REQUIRED).toBeGreaterThan(0);
    const walkIns = await count(
      `SELECT count(DISTINCT s."clientId") FROM therapy_session s JOIN client c ON c.id = s."clientId"
       WHERE s."therapistId" <> c."therapistId"`,
    );
    expect(walkIns).toBeGreaterThanOrEqual(20);
    const weekendSessions = await count(
      `SELECT count(*) FROM therapy_session
       WHERE extract(isodow FROM "startsAt" AT TIME ZONE 'America/Chicago') > 5`,
    );
    expect(weekendSessions).toBe(0);
  });

  it('has contacts with emergency contacts, and a couple who are both clients', async () => {
    expect(await count('SELECT count(*) FROM contact')).toBeGreaterThanOrEqual(40);
    expect(
      await count(
        'SELECT count(*) FROM relationship WHERE "isEmergencyContact" AND "contactId" IS NOT NULL',
      ),
    ).toBeGreaterThan(10);
    const couple = await rows<{ same: boolean }>(
      `SELECT a."lastName" = b."lastName" AS same FROM relationship r
       JOIN client a ON a.id = r."clientId" JOIN client b ON b.id = r."relatedClientId"
       WHERE r.type = 'SPOUSE'`,
    );
    expect(couple).toEqual([{ same: true }, { same: true }]);
  });

  it('has a solo practice, and one external agent who belongs to both practices', async () => {
    const hollowPine = await practiceId('Hollow Pine Therapy');
    const [practice] = await rows('SELECT plan FROM practice WHERE id = $1', [hollowPine]);
    expect(practice).toEqual({ plan: 'SOLO' });
    const memberships = await rows<{ practice: string; status: string }>(
      `SELECT p.name AS practice, s.status FROM staff_member s
       JOIN "user" u ON u.id = s."userId" JOIN practice p ON p.id = s."practiceId"
       WHERE u.email = 'agent@agentdesk.example' ORDER BY p.name`,
    );
    expect(memberships).toEqual([
      { practice: 'Hollow Pine Therapy', status: 'ACTIVE' },
      { practice: 'Riverbend Counseling Collective', status: 'ACTIVE' },
    ]);
  });

  it('lets every persona the README lists sign in with the demo password', async () => {
    for (const { email } of demoSignIns) {
      const [user] = await rows<{ passwordHash: string }>(
        'SELECT "passwordHash" FROM "user" WHERE email = $1',
        [email],
      );
      expect(user).toBeDefined();
      expect(await verifyPassword(user?.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(user?.passwordHash ?? '', 'wrong-password')).toBe(false);
    }
  });

  it('is deterministic: the same moment gives the same people', async () => {
    const again = await createTestDatabase();
    try {
      await seedDemoData(again.dataSource, { now });
      const names = `SELECT "staffId", "firstName", "lastName", email FROM staff_member ORDER BY email`;
      const clients = `SELECT "firstName", "lastName", "dateOfBirth", "riskLevel" FROM client
                       ORDER BY "lastName", "firstName", "dateOfBirth"`;
      expect(await again.dataSource.query(names)).toEqual(await rows(names));
      expect(await again.dataSource.query(clients)).toEqual(await rows(clients));
    } finally {
      await again.destroy();
    }
  });
});
