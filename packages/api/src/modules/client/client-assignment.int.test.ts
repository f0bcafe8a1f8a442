import { ErrorCode } from '@caseload/shared';
import { recordStatements, tenantExit } from '../../test/statement-log';
import { testsOnPostgresServer } from '../../test/test-database';
import { startTestServer, type TestCaller, type TestServer } from '../../test/test-server';

let server: TestServer;
let manager: TestCaller;

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.as('manager@riverbend.example');
});

afterAll(async () => {
  await server?.stop();
});

const REASSIGN = `mutation ($clientId: ID!, $to: ID!, $reason: String!, $version: Int!) {
  reassignClient(clientId: $clientId, toTherapistId: $to, reason: $reason, expectedVersion: $version) {
    id version therapist { email }
    assignmentHistory { reason fromTherapist { email } toTherapist { email } changedBy { email } }
  }
}`;
const BULK = `mutation ($assignments: [ClientReassignment!]!) {
  bulkReassignClients(assignments: $assignments, reason: "Caseload rebalancing")
}`;

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await server.db.dataSource.query(sql, params);
  return row as T;
}

async function memberId(email: string): Promise<string> {
  return (await one<{ id: string }>('SELECT id FROM staff_member WHERE email = $1', [email])).id;
}

/** An active Riverbend client of the therapist, with sessions, not touched by another test. */
async function clientOf(email: string, offset = 0) {
  return one<{ id: string; version: number; therapistId: string }>(
    `SELECT c.id, c.version, c."therapistId" FROM client c JOIN staff_member m ON m.id = c."therapistId"
     WHERE m.email = $1 AND c.status = 'ACTIVE'
       AND EXISTS (SELECT 1 FROM therapy_session s WHERE s."clientId" = c.id)
     ORDER BY c.id OFFSET $2 LIMIT 1`,
    [email, offset],
  );
}

async function sessionsHeldBy(clientId: string) {
  return server.db.dataSource.query(
    `SELECT "therapistId", count(*)::int AS count FROM therapy_session WHERE "clientId" = $1
     GROUP BY "therapistId" ORDER BY "therapistId"`,
    [clientId],
  );
}

describe('reassignClient', () => {
  it('moves the client, appends to the history, audits, and leaves every past session as it was', async () => {
    const client = await clientOf('therapist@riverbend.example');
    const sessionsBefore = await sessionsHeldBy(client.id);
    const { data, errors } = await manager.graphql<{
      reassignClient: {
        version: number;
        therapist: { email: string };
        assignmentHistory: Array<{
          reason: string;
          fromTherapist: { email: string };
          toTherapist: { email: string };
          changedBy: { email: string };
        }>;
      };
    }>(REASSIGN, {
      clientId: client.id,
      to: await memberId('supervisor@riverbend.example'),
      reason: 'Needs trauma specialist',
      version: client.version,
    });
    expect(errors).toBeUndefined();
    expect(data?.reassignClient.therapist.email).toBe('supervisor@riverbend.example');
    expect(data?.reassignClient.version).toBe(client.version + 1);
    expect(data?.reassignClient.assignmentHistory.at(-1)).toEqual({
      reason: 'Needs trauma specialist',
      fromTherapist: { email: 'therapist@riverbend.example' },
      toTherapist: { email: 'supervisor@riverbend.example' },
      changedBy: { email: 'manager@riverbend.example' },
    });
    expect(await sessionsHeldBy(client.id)).toEqual(sessionsBefore);
    const audit = await one<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'client.reassigned' AND "targetId" = $1`,
      [client.id],
    );
    expect(audit.count).toBe(1);
  });

  it('lets exactly one of several concurrent reassignments of one version win', async () => {
    const client = await clientOf('therapist@riverbend.example', 1);
    const targets = ['intern@riverbend.example', 'supervisor@riverbend.example', 'associate'].slice(
      0,
      2,
    );
    const attempts = await Promise.all(
      [...targets, ...targets, ...targets].map(async (email) =>
        manager.graphql(REASSIGN, {
          clientId: client.id,
          to: await memberId(email),
          reason: 'Race',
          version: client.version,
        }),
      ),
    );
    const outcomes = attempts.map((attempt) => attempt.errors?.[0]?.extensions?.code ?? 'ok');
    expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === ErrorCode.CONFLICT)).toHaveLength(5);
    const history = await one<{ count: number }>(
      `SELECT count(*)::int AS count FROM client_assignment WHERE "clientId" = $1 AND reason = 'Race'`,
      [client.id],
    );
    expect(history.count).toBe(1);
    const audited = await one<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_event
        WHERE "targetId" = $1 AND action = 'client.reassigned' AND changes -> 'after' ->> 'reason' = 'Race'`,
      [client.id],
    );
    expect(audited.count).toBe(1);
  });

  it('refuses targets that cannot take clients, with the field at fault', async () => {
    const client = await clientOf('therapist@riverbend.example', 2);
    const hollowPineOwner = await one<{ id: string }>(
      `SELECT id FROM staff_member WHERE email = 'owner@hollowpine.example'`,
    );
    for (const to of [
      await memberId('onhold@riverbend.example'),
      await memberId('frontdesk@riverbend.example'),
      hollowPineOwner.id,
      'not-an-id',
    ]) {
      const result = await manager.graphql(REASSIGN, {
        clientId: client.id,
        to,
        reason: 'x',
        version: client.version,
      });
      expect(result.errors?.[0]?.extensions).toEqual({
        code: ErrorCode.BAD_USER_INPUT,
        field: 'toTherapistId',
      });
    }
    expect((await clientOf('therapist@riverbend.example', 2)).therapistId).toBe(client.therapistId);
  });

  it('is refused without clients.reassign, and NOT_FOUND for a client of another practice', async () => {
    const client = await clientOf('therapist@riverbend.example', 3);
    const frontDesk = await server.as('frontdesk@riverbend.example');
    const to = await memberId('intern@riverbend.example');
    const refused = await frontDesk.graphql(REASSIGN, {
      clientId: client.id,
      to,
      reason: 'x',
      version: client.version,
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'clients.reassign',
    });
    const soloOwner = await server.as('owner@hollowpine.example');
    const foreign = await soloOwner.graphql(REASSIGN, {
      clientId: client.id,
      to,
      reason: 'x',
      version: client.version,
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });
});

describe('bulkReassignClients', () => {
  it('moves every client in one go, or none when one assignment is refused', async () => {
    const clients: Array<{ id: string }> = await server.db.dataSource.query(
      `SELECT c.id FROM client c JOIN staff_member m ON m.id = c."therapistId"
       WHERE m.email = 'onhold@riverbend.example' ORDER BY c.id LIMIT 3`,
    );
    expect(clients).toHaveLength(3);
    const to = await memberId('therapist@riverbend.example');
    const refused = await manager.graphql(BULK, {
      assignments: [
        { clientId: clients[0]?.id, toTherapistId: to },
        { clientId: clients[1]?.id, toTherapistId: to },
        { clientId: clients[2]?.id, toTherapistId: await memberId('frontdesk@riverbend.example') },
      ],
    });
    expect(refused.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'assignments[2].toTherapistId',
    });
    const stillOnHold = await one<{ count: number }>(
      `SELECT count(*)::int AS count FROM client WHERE id = ANY($1) AND "therapistId" = $2`,
      [clients.map((client) => client.id), await memberId('onhold@riverbend.example')],
    );
    expect(stillOnHold.count).toBe(3);

    const moved = await manager.graphql(BULK, {
      assignments: clients.map((client) => ({ clientId: client.id, toTherapistId: to })),
    });
    expect(moved.data).toEqual({ bulkReassignClients: 3 });
    const history = await one<{ count: number }>(
      `SELECT count(*)::int AS count FROM client_assignment WHERE "clientId" = ANY($1) AND reason = 'Caseload rebalancing'`,
      [clients.map((client) => client.id)],
    );
    expect(history.count).toBe(3);
  });
});

describe('the statements and rows of a reassignment', () => {
  const BULK_WITH_REASON = `mutation ($assignments: [ClientReassignment!]!, $reason: String!) {
    bulkReassignClients(assignments: $assignments, reason: $reason)
  }`;
  const USER_AGENT = 'client-assignment.int.test';

  interface ClientRow {
    id: string;
    version: number;
    therapistId: string | null;
  }

  const taken = new Set<string>();
  /**
   * Active Riverbend clients no other test here moves: none of the therapists the tests above
   * draw from or move to, none handed out before.
   */
  async function untouchedClients(count: number): Promise<ClientRow[]> {
    const clients: ClientRow[] = await server.db.dataSource.query(
      `SELECT c.id, c.version, c."therapistId" FROM client c JOIN practice p ON p.id = c."practiceId"
        WHERE p.name = 'Riverbend Counseling Collective' AND c.status = 'ACTIVE'
          AND NOT c.id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM staff_member m WHERE m.id = c."therapistId" AND m.email = ANY($2))
        ORDER BY c.id LIMIT $3`,
      [
        [...taken],
        [
          'therapist@riverbend.example',
          'onhold@riverbend.example',
          'intern@riverbend.example',
          'supervisor@riverbend.example',
        ],
        count,
      ],
    );
    expect(clients).toHaveLength(count);
    for (const client of clients) taken.add(client.id);
    return clients;
  }

  async function clientsNow(ids: string[]): Promise<ClientRow[]> {
    return server.db.dataSource.query(
      'SELECT id, version, "therapistId" FROM client WHERE id = ANY($1) ORDER BY id',
      [ids],
    );
  }

  async function historyOf(ids: string[], reason: string) {
    return server.db.dataSource.query(
      `SELECT "practiceId", "clientId", "fromTherapistId", "toTherapistId", "changedById", reason
         FROM client_assignment WHERE "clientId" = ANY($1) AND reason = $2 ORDER BY "clientId"`,
      [ids, reason],
    );
  }

  async function auditOf(ids: string[]) {
    return server.db.dataSource.query(
      `SELECT "practiceId", "actorUserId", "actorStaffMemberId", action, "targetType", "targetId",
              changes, "ipAddress", "userAgent", "requestId"
         FROM audit_event WHERE action = 'client.reassigned' AND "targetId" = ANY($1)
        ORDER BY "targetId"`,
      [ids],
    );
  }

  /**
   * Until a reassignment's move waits for a row lock. Polled outside any transaction: within one,
   * PostgreSQL answers every read of pg_stat_activity from its first.
   */
  async function waitUntilMoveWaits() {
    for (let tries = 0; tries < 200; tries += 1) {
      const waiting = await server.db.dataSource.query(
        `SELECT 1 FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND query LIKE 'WITH move AS%' AND pid <> pg_backend_pid()`,
      );
      if (waiting.length) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('The move never waited for the locked client.');
  }

  it('costs the same statements for 2 clients as for 20, and writes every history row and audit event', async () => {
    const targets = [
      await memberId('intern@riverbend.example'),
      await memberId('supervisor@riverbend.example'),
    ];
    const actor = await one<{ id: string; userId: string; practiceId: string }>(
      `SELECT id, "userId", "practiceId" FROM staff_member WHERE email = 'manager@riverbend.example'`,
    );
    const bulk = async (count: number): Promise<string[]> => {
      const clients = await untouchedClients(count);
      const ids = clients.map((client) => client.id);
      const moves = clients.map((client, index) => ({
        client,
        to: targets[index % targets.length] as string,
      }));
      const reason = `Rebalancing ${count}`;
      const { result, statements } = await recordStatements(server.db, () =>
        manager.graphql(
          BULK_WITH_REASON,
          {
            assignments: moves.map(({ client, to }) => ({
              clientId: client.id,
              toTherapistId: to,
            })),
            reason,
          },
          { 'user-agent': USER_AGENT },
        ),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ bulkReassignClients: count });

      expect(await clientsNow(ids)).toEqual(
        moves.map(({ client, to }) => ({
          ...client,
          therapistId: to,
          version: client.version + 1,
        })),
      );
      expect(await historyOf(ids, reason)).toEqual(
        moves.map(({ client, to }) => ({
          practiceId: actor.practiceId,
          clientId: client.id,
          fromTherapistId: client.therapistId,
          toTherapistId: to,
          changedById: actor.id,
          reason,
        })),
      );
      const events = await auditOf(ids);
      const [first] = events;
      expect(first?.requestId).toEqual(expect.any(String));
      expect(events).toEqual(
        moves.map(({ client, to }) => ({
          practiceId: actor.practiceId,
          actorUserId: actor.userId,
          actorStaffMemberId: actor.id,
          action: 'client.reassigned',
          targetType: 'Client',
          targetId: client.id,
          changes: {
            before: { therapistId: client.therapistId },
            after: { therapistId: to, reason },
          },
          ipAddress: first?.ipAddress,
          userAgent: USER_AGENT,
          requestId: first?.requestId,
        })),
      );
      return statements;
    };
    const small = await bulk(2);
    const large = await bulk(20);
    expect(large).toHaveLength(small.length);
    // The session, reading the clients with the targets, and the move (update, history and audit
    // events in one statement, which checks the clients and targets again): no transaction.
    expect(small).toEqual([
      expect.stringMatching(/FROM caseload_session/),
      expect.stringMatching(
        /ARRAY\(SELECT target.id FROM staff_member target[\s\S]*FROM "client" "client"/,
      ),
      expect.stringMatching(/^WITH move AS[\s\S]*FOR UPDATE OF client/),
      ...tenantExit(server.db).map((sql) => expect.stringMatching(sql)),
    ]);
  });

  it('moves every client of each of several concurrent bulks of the same clients, or none', async () => {
    const clients = await untouchedClients(6);
    const ids = clients.map((client) => client.id);
    const targets = [
      await memberId('intern@riverbend.example'),
      await memberId('supervisor@riverbend.example'),
    ];
    const reasons = Array.from({ length: 6 }, (_, index) => `Race of bulks ${index}`);
    const answers = await Promise.all(
      reasons.map((reason, index) =>
        manager.graphql<{ bulkReassignClients: number }>(BULK_WITH_REASON, {
          // Every bulk moves all six to one target, in its own order of clients.
          assignments: (index % 2 ? [...ids].reverse() : ids).map((clientId) => ({
            clientId,
            toTherapistId: targets[index % 2],
          })),
          reason,
        }),
      ),
    );
    const rows: Array<{ reason: string; count: number }> = await server.db.dataSource.query(
      `SELECT reason, count(*)::int AS count FROM client_assignment
        WHERE "clientId" = ANY($1) AND reason = ANY($2) GROUP BY reason`,
      [ids, reasons],
    );
    const historyOfReason = new Map(rows.map((row) => [row.reason, row.count]));
    let moves = 0;
    answers.forEach((answer, index) => {
      const written = historyOfReason.get(reasons[index] as string) ?? 0;
      if (answer.errors) {
        expect(answer.errors[0]?.extensions?.code).toBe(ErrorCode.CONFLICT);
        expect(written).toBe(0);
      } else {
        // A bulk that found its clients already with its target moved none of them.
        expect([0, 6]).toContain(answer.data?.bulkReassignClients);
        expect(written).toBe(answer.data?.bulkReassignClients);
      }
      moves += written;
    });
    expect(moves).toBeGreaterThan(0);
    const now = await clientsNow(ids);
    const sameTarget = new Set(now.map((client) => client.therapistId));
    expect(sameTarget.size).toBe(1);
    for (const client of now) {
      const before = clients.find((row) => row.id === client.id) as ClientRow;
      expect(client.version).toBe(before.version + moves / 6);
    }
    const audited = await one<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_event
        WHERE action = 'client.reassigned' AND "targetId" = ANY($1)
          AND changes -> 'after' ->> 'reason' = ANY($2)`,
      [ids, reasons],
    );
    expect(audited.count).toBe(moves);
  });

  // Two connections at once: embedded PostgreSQL serves one at a time.
  const itOnServer = testsOnPostgresServer() ? it : it.skip;

  itOnServer(
    'moves none of a bulk when one client changes between its read and its move, then all',
    async () => {
      const clients = await untouchedClients(4);
      const ids = clients.map((client) => client.id);
      const to = await memberId('intern@riverbend.example');
      const reason = 'Changed in between';
      // Another transaction changes the third client and holds it: the bulk reads the clients as
      // they were, and its move waits for that client.
      const other = server.db.dataSource.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      try {
        await other.query('UPDATE client SET version = version + 1 WHERE id = $1', [ids[2]]);
        const answer = manager.graphql<{ bulkReassignClients: number }>(BULK_WITH_REASON, {
          assignments: ids.map((clientId) => ({ clientId, toTherapistId: to })),
          reason,
        });
        await waitUntilMoveWaits();
        expect(await historyOf(ids, reason)).toEqual([]);
        await other.commitTransaction();
        // The first move found one client changed and moved none; the second read and moved all.
        expect((await answer).data).toEqual({ bulkReassignClients: 4 });
      } finally {
        if (other.isTransactionActive) await other.rollbackTransaction();
        await other.release();
      }
      expect(await clientsNow(ids)).toEqual(
        clients.map((client, index) => ({
          ...client,
          therapistId: to,
          version: client.version + (index === 2 ? 2 : 1),
        })),
      );
      expect(await historyOf(ids, reason)).toHaveLength(4);
    },
  );

  it('writes nothing when one client of a bulk is not visible, or its id is malformed', async () => {
    const clients = await untouchedClients(3);
    const ids = clients.map((client) => client.id);
    const foreign = await one<{ id: string }>(
      `SELECT c.id FROM client c JOIN practice p ON p.id = c."practiceId"
        WHERE p.name <> 'Riverbend Counseling Collective' LIMIT 1`,
    );
    const to = await memberId('intern@riverbend.example');
    const reason = 'Must not happen';
    const attempt = (clientIds: string[]) =>
      manager.graphql(BULK_WITH_REASON, {
        assignments: clientIds.map((clientId) => ({ clientId, toTherapistId: to })),
        reason,
      });

    const invisible = await attempt([ids[0] as string, foreign.id, ids[1] as string]);
    expect(invisible.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const malformed = await attempt([ids[0] as string, 'not-an-id', ids[2] as string]);
    expect(malformed.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'assignments[1].clientId',
    });

    expect(await clientsNow(ids)).toEqual(clients);
    expect(await historyOf([...ids, foreign.id], reason)).toEqual([]);
    expect(await auditOf([...ids, foreign.id])).toEqual([]);
  });

  it('writes nothing on a stale version', async () => {
    const [client] = (await untouchedClients(1)) as [ClientRow];
    const reason = 'Stale';
    const stale = await manager.graphql(REASSIGN, {
      clientId: client.id,
      to: await memberId('intern@riverbend.example'),
      reason,
      version: client.version - 1,
    });
    expect(stale.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.CONFLICT,
      field: 'expectedVersion',
      currentVersion: client.version,
    });
    expect(await clientsNow([client.id])).toEqual([client]);
    expect(await historyOf([client.id], reason)).toEqual([]);
    expect(await auditOf([client.id])).toEqual([]);
  });

  it('reassigns one client in two statements after the session, without a transaction, answering with its therapist and figures', async () => {
    const [client] = (await untouchedClients(1)) as [ClientRow];
    const to = await memberId('supervisor@riverbend.example');
    const { result, statements } = await recordStatements(server.db, () =>
      manager.graphql<{ reassignClient: unknown }>(
        `mutation ($clientId: ID!, $to: ID!, $version: Int!) {
          reassignClient(clientId: $clientId, toTherapistId: $to, reason: "Counted", expectedVersion: $version) {
            id version therapist { id displayName } metrics { sessionsTotal }
          }
        }`,
        { clientId: client.id, to, version: client.version },
      ),
    );
    expect(result.errors).toBeUndefined();
    const [{ sessions }] = await server.db.dataSource.query(
      'SELECT count(*)::int AS sessions FROM therapy_session WHERE "clientId" = $1',
      [client.id],
    );
    expect(result.data?.reassignClient).toMatchObject({
      id: client.id,
      version: client.version + 1,
      therapist: { id: to },
      metrics: { sessionsTotal: sessions },
    });
    // The session, reading the client (with its figures, which a reassignment does not change)
    // and the target (who answers as the therapist), and the move, which checks both again.
    expect(statements).toEqual([
      expect.stringMatching(/FROM caseload_session/),
      expect.stringMatching(/FROM staff_member target[\s\S]*FROM "client" "client"/),
      expect.stringMatching(/^WITH move AS[\s\S]*FOR SHARE[\s\S]*client.version = move.version/),
      ...tenantExit(server.db).map((sql) => expect.stringMatching(sql)),
    ]);
  });
});
