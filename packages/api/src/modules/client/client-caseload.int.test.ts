import { ErrorCode } from '@caseload/shared';
import { TenantScope } from '../../database/tenant-scope';
import { recordStatements, tenantExit } from '../../test/statement-log';
import { startTestServer, type TestCaller, type TestServer } from '../../test/test-server';
import { caseloadsPerStatement, readCaseloads } from './client.service';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

const CASELOAD = `query ($id: ID!) {
  caseload(therapistId: $id) {
    therapist { email activeClientCount pendingNotes }
    activeClientCount pendingNotes sessionsTotal sessionsLast30Days lastSessionAt nextSessionAt
    riskMix { riskLevel count }
    direct { id scope status riskLevel therapist { email } }
    primary { id scope status riskLevel therapist { email } }
    walkIns { id scope status riskLevel therapist { email } }
  }
}`;

interface CaseloadClient {
  id: string;
  scope: string;
  status: string;
  riskLevel: string;
  therapist: { email: string } | null;
}

interface Caseload {
  therapist: { email: string; activeClientCount: number; pendingNotes: number };
  activeClientCount: number;
  pendingNotes: number;
  sessionsTotal: number;
  sessionsLast30Days: number;
  lastSessionAt: string | null;
  nextSessionAt: string | null;
  riskMix: Array<{ riskLevel: string; count: number }>;
  direct: CaseloadClient[];
  primary: CaseloadClient[];
  walkIns: CaseloadClient[];
}

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await server.db.dataSource.query(sql, params);
  return row as T;
}

async function memberId(email: string): Promise<string> {
  return (await one<{ id: string }>('SELECT id FROM staff_member WHERE email = $1', [email])).id;
}

async function caseloadOf(caller: TestCaller, therapistId: string) {
  return caller.graphql<{ caseload: Caseload }>(CASELOAD, { id: therapistId });
}

describe('caseload', () => {
  it('gives a therapist’s figures, as the roster and the sessions say, and their clients in three parts', async () => {
    const therapistId = await memberId('therapist@riverbend.example');
    const owner = await server.as('owner@riverbend.example');
    const { data, errors } = await caseloadOf(owner, therapistId);
    expect(errors).toBeUndefined();
    const caseload = data?.caseload as Caseload;

    const expected = await one<{
      active: number;
      sessions: number;
      recent: number;
      pending: number;
      onCaseload: number;
    }>(
      `SELECT (SELECT count(*)::int FROM client WHERE "therapistId" = $1 AND status = 'ACTIVE') AS active,
              (SELECT count(*)::int FROM therapy_session WHERE "therapistId" = $1) AS sessions,
              (SELECT count(*)::int FROM therapy_session WHERE "therapistId" = $1 AND status = 'COMPLETED'
                 AND "startsAt" > now() - interval '30 days' AND "startsAt" <= now()) AS recent,
              (SELECT count(*)::int FROM therapy_session WHERE "therapistId" = $1
                 AND "noteStatus" IN ('PENDING', 'COSIGN_REQUIRED')) AS pending,
              (SELECT count(*)::int FROM client c WHERE c."therapistId" = $1 OR (c.scope = 'PRACTICE'
                 AND EXISTS (SELECT 1 FROM therapy_session s WHERE s."clientId" = c.id AND s."therapistId" = $1)))
                AS "onCaseload"`,
      [therapistId],
    );
    expect(caseload.therapist.email).toBe('therapist@riverbend.example');
    expect(caseload.activeClientCount).toBe(expected.active);
    expect(caseload.activeClientCount).toBe(caseload.therapist.activeClientCount);
    expect(caseload.pendingNotes).toBe(expected.pending);
    expect(caseload.pendingNotes).toBe(caseload.therapist.pendingNotes);
    expect(caseload.sessionsTotal).toBe(expected.sessions);
    expect(caseload.sessionsLast30Days).toBe(expected.recent);
    expect(caseload.sessionsTotal).toBeGreaterThan(0);

    expect(caseload.riskMix.map((entry) => entry.riskLevel)).toEqual([
      'LOW',
      'MODERATE',
      'HIGH',
      'CRITICAL',
    ]);
    expect(caseload.riskMix.reduce((sum, entry) => sum + entry.count, 0)).toBe(expected.active);
    const assigned = [...caseload.direct, ...caseload.primary];
    for (const { riskLevel, count } of caseload.riskMix) {
      expect(
        assigned.filter((client) => client.status === 'ACTIVE' && client.riskLevel === riskLevel),
      ).toHaveLength(count);
    }

    expect(
      caseload.direct.every(
        (client) =>
          client.scope === 'DIRECT' && client.therapist?.email === 'therapist@riverbend.example',
      ),
    ).toBe(true);
    expect(
      caseload.primary.every(
        (client) =>
          client.scope === 'PRACTICE' && client.therapist?.email === 'therapist@riverbend.example',
      ),
    ).toBe(true);
    expect(
      caseload.walkIns.every(
        (client) =>
          client.scope === 'PRACTICE' && client.therapist?.email !== 'therapist@riverbend.example',
      ),
    ).toBe(true);
    const ids = [...assigned, ...caseload.walkIns].map((client) => client.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(expected.onCaseload);
  });

  it('opens a therapist’s own caseload and a supervisee’s, and answers NOT_FOUND for any other', async () => {
    const therapistId = await memberId('therapist@riverbend.example');
    const internId = await memberId('intern@riverbend.example');
    const cases: Array<[string, string, 'ok' | ErrorCode]> = [
      ['therapist@riverbend.example', therapistId, 'ok'],
      ['therapist@riverbend.example', internId, ErrorCode.NOT_FOUND],
      ['supervisor@riverbend.example', internId, 'ok'],
      ['supervisor@riverbend.example', therapistId, ErrorCode.NOT_FOUND],
      ['intern@riverbend.example', therapistId, ErrorCode.NOT_FOUND],
      ['onhold@riverbend.example', await memberId('onhold@riverbend.example'), 'ok'],
      ['onhold@riverbend.example', therapistId, ErrorCode.NOT_FOUND],
      ['frontdesk@riverbend.example', internId, 'ok'],
      ['owner@hollowpine.example', therapistId, ErrorCode.NOT_FOUND],
    ];
    for (const [email, id, outcome] of cases) {
      const result = await caseloadOf(await server.as(email), id);
      expect([email, result.errors?.[0]?.extensions?.code ?? 'ok']).toEqual([email, outcome]);
      if (outcome !== 'ok') expect(result.data).toBeNull();
    }
    const owner = await server.as('owner@riverbend.example');
    for (const id of ['not-an-id', '00000000-0000-4000-8000-000000000000']) {
      const result = await caseloadOf(owner, id);
      expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    }
  });

  it('costs the same number of SQL statements for a small caseload and a large one', async () => {
    const owner = await server.as('owner@riverbend.example');
    // Both with clients, so both read their clients' therapists.
    const [smallest, largest] = await server.db.dataSource.query(
      `(SELECT m.id, count(c.id) AS clients FROM staff_member m JOIN client c ON c."therapistId" = m.id
         WHERE m.kind = 'THERAPIST' GROUP BY m.id ORDER BY count(c.id) ASC, m.id LIMIT 1)
       UNION ALL
       (SELECT m.id, count(c.id) AS clients FROM staff_member m JOIN client c ON c."therapistId" = m.id
         WHERE m.kind = 'THERAPIST' GROUP BY m.id ORDER BY count(c.id) DESC, m.id LIMIT 1)`,
    );
    expect(Number(largest.clients)).toBeGreaterThan(Number(smallest.clients) + 10);

    const statements = async (therapistId: string) => {
      const { result, statements } = await recordStatements(server.db, () =>
        caseloadOf(owner, therapistId),
      );
      expect(result.errors).toBeUndefined();
      return statements.length;
    };
    const small = await statements(smallest.id);
    const large = await statements(largest.id);
    expect(large).toBe(small);
    // The session, the therapist with their figures, the clients with their therapists, the
    // session history.
    expect(small).toBe(4 + tenantExit(server.db).length);
  });

  it('is FORBIDDEN to a member who reads no clients at all', async () => {
    const owner = await server.as('owner@riverbend.example');
    const recordsId = await memberId('records@riverbend.example');
    const denied = await owner.graphql(
      `mutation ($id: ID!) { setPermissionOverride(staffMemberId: $id, permission: "clients.view.all",
         effect: DENY, reason: "Release of information on hold") { id } }`,
      { id: recordsId },
    );
    expect(denied.errors).toBeUndefined();
    const records = await server.as('records@riverbend.example');
    const result = await caseloadOf(records, await memberId('therapist@riverbend.example'));
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'clients.view.all',
    });
  });

  it(`reads more caseloads than one statement holds (${caseloadsPerStatement}), each as when read alone`, async () => {
    const owner = await server.as('owner@riverbend.example');
    const therapistId = await memberId('therapist@riverbend.example');
    const { practiceId } = await one<{ practiceId: string }>(
      'SELECT "practiceId" FROM staff_member WHERE id = $1',
      [therapistId],
    );
    // Invited therapists after the seeded one, each given one session of another therapist's
    // PRACTICE client: a walk-in of theirs alone, in every bit of the statements' masks.
    const [newcomers]: [Array<{ id: string; clientId: string }>] = await server.db.dataSource.query(
      `WITH newcomer AS (
         INSERT INTO staff_member ("practiceId", kind, status, "staffId", "firstName", "lastName", email)
         SELECT $1, 'THERAPIST', 'INVITED', 'WALKIN-' || n, 'Walk-in', 'Therapist ' || n,
                'walkin' || n || '@riverbend.example'
           FROM generate_series(1, $2::int) n RETURNING id, "staffId"),
       numbered AS (SELECT id, row_number() OVER (ORDER BY "staffId") AS n FROM newcomer),
       sessions AS (
         SELECT s.id, s."clientId", row_number() OVER (ORDER BY s.id) AS n
           FROM therapy_session s JOIN client c ON c.id = s."clientId"
          WHERE c."practiceId" = $1 AND c.scope = 'PRACTICE' AND c."therapistId" IS NOT NULL)
       UPDATE therapy_session s SET "therapistId" = numbered.id
         FROM numbered JOIN sessions USING (n) WHERE s.id = sessions.id
       RETURNING numbered.id, s."clientId"`,
      [practiceId, caseloadsPerStatement + 1],
    );
    expect(newcomers).toHaveLength(caseloadsPerStatement + 1);
    const therapistIds = [therapistId, ...newcomers.map((newcomer) => newcomer.id)];

    const parts = 'direct { id } primary { id } walkIns { id }';
    const { result, statements } = await recordStatements(server.db, () =>
      owner.graphql<Record<string, Pick<Caseload, 'direct' | 'primary' | 'walkIns'>>>(
        `query (${therapistIds.map((_, i) => `$t${i}: ID!`).join(', ')}) {
          ${therapistIds.map((_, i) => `t${i}: caseload(therapistId: $t${i}) { ${parts} }`).join('\n')}
        }`,
        Object.fromEntries(therapistIds.map((id, i) => [`t${i}`, id])),
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(statements.filter((sql) => /FROM "client" "client"/.test(sql))).toHaveLength(2);
    for (const [i, id] of therapistIds.entries()) {
      const alone = await owner.graphql<{ caseload: Caseload }>(
        `query ($id: ID!) { caseload(therapistId: $id) { ${parts} } }`,
        { id },
      );
      expect(result.data?.[`t${i}`]).toEqual(alone.data?.caseload);
    }
    for (const [i, { clientId }] of newcomers.entries()) {
      expect(result.data?.[`t${i + 1}`]).toEqual({
        direct: [],
        primary: [],
        walkIns: [{ id: clientId }],
      });
    }
    expect(result.data?.t0?.direct.length).toBeGreaterThan(0);
    await expect(
      readCaseloads(
        new TenantScope(server.db.dataSource.manager, practiceId),
        therapistIds,
        new Date(),
        [],
      ),
    ).rejects.toThrow(`At most ${caseloadsPerStatement} caseloads a statement`);
  });
});
