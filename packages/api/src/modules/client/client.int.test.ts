import {
  type ClientFacts,
  ErrorCode,
  explainClientAccess,
  type Permission,
} from '@caseload/shared';
import { recordStatements, tenantExit } from '../../test/statement-log';
import {
  type GraphqlResponse,
  startTestServer,
  type TestCaller,
  type TestServer,
} from '../../test/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

interface ClientNode {
  id: string;
  lastName: string;
  scope: string;
  riskLevel: string;
  therapist: { email: string } | null;
  metrics: { sessionsTotal: number; pendingNotes: number };
}

interface ClientsPage {
  clients: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: ClientNode }>;
  };
}

const CLIENTS = `query ($first: Int!, $after: String, $filter: ClientFilter) {
  clients(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id lastName scope riskLevel therapist { email } metrics { sessionsTotal pendingNotes } } }
  }
}`;

async function allVisibleClients(caller: TestCaller, filter?: object): Promise<ClientNode[]> {
  const nodes: ClientNode[] = [];
  let after: string | null = null;
  do {
    const response: GraphqlResponse<ClientsPage> = await caller.graphql<ClientsPage>(CLIENTS, {
      first: 100,
      after,
      filter,
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    nodes.push(...response.data.clients.edges.map((edge) => edge.node));
    after = response.data.clients.pageInfo.hasNextPage
      ? response.data.clients.pageInfo.endCursor
      : null;
  } while (after);
  return nodes;
}

/** What the pure rule says the persona sees, from the database's own facts. */
async function expectedVisibleIds(email: string): Promise<string[]> {
  const [viewer] = await server.db.dataSource.query(
    `SELECT m.id, m.status, m."practiceId" FROM staff_member m WHERE m.email = $1`,
    [email],
  );
  const caller = await server.as(email);
  const { data } = await caller.graphql<{ me: { permissions: Permission[] } }>(
    '{ me { permissions } }',
  );
  const supervisees: Array<{ id: string }> = await server.db.dataSource.query(
    `SELECT id FROM staff_member WHERE "supervisorId" = $1 AND status IN ('ACTIVE', 'ON_HOLD')`,
    [viewer.id],
  );
  const clients: Array<ClientFacts & { id: string }> = await server.db.dataSource.query(
    `SELECT c.id, c.scope, c."therapistId",
            coalesce(array_agg(DISTINCT s."therapistId") FILTER (WHERE s.id IS NOT NULL), '{}') AS "seenByTherapistIds"
       FROM client c LEFT JOIN therapy_session s ON s."clientId" = c.id
      WHERE c."practiceId" = $1 GROUP BY c.id`,
    [viewer.practiceId],
  );
  const permissions = new Set(data?.me.permissions);
  return clients
    .filter(
      (client) =>
        explainClientAccess(
          {
            staffMemberId: viewer.id,
            status: viewer.status,
            permissions,
            superviseeIds: permissions.has('caseload.supervise')
              ? supervisees.map((row) => row.id)
              : [],
          },
          client,
        ).visible,
    )
    .map((client) => client.id)
    .sort();
}

describe('clients', () => {
  it.each([
    'owner@riverbend.example',
    'therapist@riverbend.example',
    'intern@riverbend.example',
    'supervisor@riverbend.example',
    'frontdesk@riverbend.example',
    'onhold@riverbend.example',
  ])('lists exactly the clients the access rules let %s see', async (email) => {
    const visible = await allVisibleClients(await server.as(email));
    const expected = await expectedVisibleIds(email);
    expect(visible.map((client) => client.id).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('gives a therapist their own caseload only, walk-ins included', async () => {
    const visible = await allVisibleClients(await server.as('therapist@riverbend.example'));
    const others = visible.filter(
      (client) => client.therapist?.email !== 'therapist@riverbend.example',
    );
    expect(visible.length).toBeLessThan(60);
    expect(others.every((client) => client.scope === 'PRACTICE')).toBe(true);
  });

  it('filters by risk, scope and unassigned, with session metrics on each client', async () => {
    const owner = await server.as('owner@riverbend.example');
    const critical = await allVisibleClients(owner, { riskLevels: ['CRITICAL'] });
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.every((client) => client.riskLevel === 'CRITICAL')).toBe(true);
    const unassigned = await allVisibleClients(owner, { unassigned: true, statuses: ['ACTIVE'] });
    expect(unassigned).toHaveLength(12);
    expect(unassigned.every((client) => client.therapist === null)).toBe(true);
    const all = await allVisibleClients(owner);
    expect(all).toHaveLength(300);
    expect(all.some((client) => client.metrics.pendingNotes > 0)).toBe(true);
  });

  it('gives each client’s last and next session as its sessions say, to the millisecond', async () => {
    // A microsecond part, which a Date drops, on one client's last session.
    const [[{ clientId }]] = await server.db.dataSource.query(
      `UPDATE therapy_session SET "startsAt" = "startsAt" + interval '0.987654 seconds'
        WHERE id = (SELECT id FROM therapy_session WHERE status = 'COMPLETED'
                     ORDER BY "startsAt" DESC LIMIT 1)
        RETURNING "clientId"`,
    );
    const expected: Array<{ id: string; last: Date | null; next: Date | null }> =
      await server.db.dataSource.query(
        `SELECT c.id,
                date_trunc('milliseconds', max(s."startsAt") FILTER (WHERE s.status = 'COMPLETED')) AS last,
                min(s."startsAt") FILTER (WHERE s.status = 'SCHEDULED' AND s."startsAt" > now()) AS next
           FROM client c JOIN staff_member m ON m."practiceId" = c."practiceId"
           LEFT JOIN therapy_session s ON s."clientId" = c.id
          WHERE m.email = 'owner@riverbend.example' GROUP BY c.id`,
      );
    const owner = await server.as('owner@riverbend.example');
    const { data, errors } = await owner.graphql<{
      clients: {
        edges: Array<{ node: { id: string; metrics: Record<string, string | null> } }>;
      };
    }>(`{ clients(first: 100) { edges { node { id metrics { lastSessionAt nextSessionAt } } } } }`);
    expect(errors).toBeUndefined();
    const answered = new Map(data?.clients.edges.map(({ node }) => [node.id, node.metrics]));
    const checked = expected.filter(({ id }) => answered.has(id));
    expect(checked.length).toBe(100);
    for (const { id, last, next } of checked) {
      expect([id, answered.get(id)]).toEqual([
        id,
        { lastSessionAt: last?.toISOString() ?? null, nextSessionAt: next?.toISOString() ?? null },
      ]);
    }
    expect(checked.some(({ last }) => last === null)).toBe(true);
    expect(checked.some(({ next }) => next !== null)).toBe(true);
    const client = await owner.graphql<{ client: { metrics: { lastSessionAt: string } } }>(
      'query ($id: ID!) { client(id: $id) { metrics { lastSessionAt } } }',
      { id: clientId },
    );
    expect(client.data?.client.metrics.lastSessionAt).toMatch(/\.987Z$/);
  });

  it('answers NOT_FOUND for a client outside the caller’s caseloads or practice', async () => {
    const [{ id: othersDirectClient }] = await server.db.dataSource.query(
      `SELECT c.id FROM client c JOIN staff_member m ON m.id = c."therapistId"
       WHERE c.scope = 'DIRECT' AND m.email = 'supervisor@riverbend.example' LIMIT 1`,
    );
    const query = 'query ($id: ID!) { client(id: $id) { id } }';
    const therapist = await server.as('therapist@riverbend.example');
    const soloOwner = await server.as('owner@hollowpine.example');
    for (const caller of [therapist, soloOwner]) {
      const result = await caller.graphql(query, { id: othersDirectClient });
      expect(result.data).toEqual({ client: null });
      expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    }
    const owner = await server.as('owner@riverbend.example');
    expect((await owner.graphql(query, { id: othersDirectClient })).data).toEqual({
      client: { id: othersDirectClient },
    });
  });
});

describe('supervision', () => {
  interface Caseload {
    superviseeCaseload: Record<
      'direct' | 'primary' | 'walkIns',
      Array<{ id: string; scope: string; therapist: { email: string } | null }>
    >;
  }
  const CASELOAD = `query ($id: ID!) {
    superviseeCaseload(superviseeId: $id) {
      direct { id scope therapist { email } }
      primary { id scope therapist { email } }
      walkIns { id scope therapist { email } }
    }
  }`;

  it('shows a supervisor their supervisees and each one’s caseload in three parts, each client once', async () => {
    const supervisor = await server.as('supervisor@riverbend.example');
    const { data } = await supervisor.graphql<{
      mySupervisees: Array<{ id: string; email: string }>;
    }>('{ mySupervisees { id email } }');
    const intern = data?.mySupervisees.find(
      (member) => member.email === 'intern@riverbend.example',
    );
    expect(intern).toBeDefined();

    const caseload = await supervisor.graphql<Caseload>(CASELOAD, { id: intern?.id });
    const { direct, primary, walkIns } = caseload.data?.superviseeCaseload ?? {
      direct: [],
      primary: [],
      walkIns: [],
    };
    expect(
      direct.every(
        (client) =>
          client.scope === 'DIRECT' && client.therapist?.email === 'intern@riverbend.example',
      ),
    ).toBe(true);
    expect(
      primary.every(
        (client) =>
          client.scope === 'PRACTICE' && client.therapist?.email === 'intern@riverbend.example',
      ),
    ).toBe(true);
    expect(
      walkIns.every(
        (client) =>
          client.scope === 'PRACTICE' && client.therapist?.email !== 'intern@riverbend.example',
      ),
    ).toBe(true);
    const ids = [...direct, ...primary, ...walkIns].map((client) => client.id);
    expect(new Set(ids).size).toBe(ids.length);

    const [{ count }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS count FROM client c JOIN staff_member m ON m.email = 'intern@riverbend.example'
       WHERE c."therapistId" = m.id OR (c.scope = 'PRACTICE' AND EXISTS (
         SELECT 1 FROM therapy_session s WHERE s."clientId" = c.id AND s."therapistId" = m.id))`,
    );
    expect(ids).toHaveLength(count);
  });

  it('reads the session, the supervisees and every caseload asked (each client’s therapist included) in a statement each', async () => {
    const supervisor = await server.as('supervisor@riverbend.example');
    const superviseeIds: string[] = (
      await server.db.dataSource.query(
        `SELECT sv.id FROM staff_member sv JOIN staff_member m ON m.id = sv."supervisorId"
          WHERE m.email = 'supervisor@riverbend.example' AND sv.status IN ('ACTIVE', 'ON_HOLD')
          ORDER BY sv.id`,
      )
    ).map((row: { id: string }) => row.id);
    expect(superviseeIds.length).toBeGreaterThan(1);
    const parts = 'direct { ...C } primary { ...C } walkIns { ...C }';
    const query = `query (${superviseeIds.map((_, i) => `$s${i}: ID!`).join(', ')}) {
      mySupervisees { id displayName }
      ${superviseeIds.map((_, i) => `s${i}: superviseeCaseload(superviseeId: $s${i}) { ${parts} }`).join('\n')}
    }
    fragment C on Client { id therapist { id displayName } }`;
    const variables = Object.fromEntries(superviseeIds.map((id, i) => [`s${i}`, id]));
    const { result, statements } = await recordStatements(server.db, () =>
      supervisor.graphql<
        Record<string, Record<string, Array<{ id: string; therapist: { id: string } | null }>>>
      >(query, variables),
    );
    expect(result.errors).toBeUndefined();
    const answered = superviseeIds.flatMap((_, i) =>
      Object.values(result.data?.[`s${i}`] ?? {}).flat(),
    );
    expect(answered.length).toBeGreaterThan(0);
    const therapists = new Map<string, string | null>(
      (
        await server.db.dataSource.query(
          'SELECT id, "therapistId" FROM client WHERE id = ANY($1)',
          [answered.map((client) => client.id)],
        )
      ).map((row: { id: string; therapistId: string | null }) => [row.id, row.therapistId]),
    );
    for (const client of answered) {
      expect(client.therapist?.id ?? null).toBe(therapists.get(client.id));
    }
    // The session, the supervisees, every caseload with its therapists.
    expect(statements).toEqual([
      expect.stringMatching(/FROM caseload_session/),
      expect.stringMatching(/FROM "staff_member" "staff"/),
      expect.stringMatching(/FROM "client" "client"/),
      ...tenantExit(server.db).map((sql) => expect.stringMatching(sql)),
    ]);
  });

  it('gives a caseload’s clients every field each part of the query asks, as the client query does, in one statement', async () => {
    const supervisor = await server.as('supervisor@riverbend.example');
    const [{ id: internId }] = await server.db.dataSource.query(
      `SELECT id FROM staff_member WHERE email = 'intern@riverbend.example'`,
    );
    // One client discharged with a reason and given a location, so that every field has a value.
    const [{ id: clientId, version }] = await server.db.dataSource.query(
      `SELECT id, version FROM client
        WHERE "therapistId" = $1 AND scope = 'DIRECT' AND status <> 'DISCHARGED' ORDER BY id LIMIT 1`,
      [internId],
    );
    const [{ id: locationId }] = await server.db.dataSource.query(
      `SELECT g.id FROM staff_group g JOIN client c ON c."practiceId" = g."practiceId"
        WHERE c.id = $1 AND g.kind = 'LOCATION' LIMIT 1`,
      [clientId],
    );
    const owner = await server.as('owner@riverbend.example');
    const discharged = await owner.graphql(
      `mutation ($id: ID!, $version: Int!) {
        dischargeClient(clientId: $id, expectedVersion: $version, reason: "Moved away") { id }
      }`,
      { id: clientId, version },
    );
    expect(discharged.errors).toBeUndefined();
    await server.db.dataSource.query('UPDATE client SET "preferredLocationId" = $2 WHERE id = $1', [
      clientId,
      locationId,
    ]);

    const fields = `id dateOfBirth neededSpecialties preferredTimes { day startMinute endMinute }
      dischargedAt dischargeReason version preferredLocation { id name archivedAt }
      metrics { sessionsTotal upcomingSessions lastSessionAt nextSessionAt }`;
    const { result, statements } = await recordStatements(server.db, () =>
      supervisor.graphql<{
        ids: Record<string, Array<Record<string, unknown>>>;
        full: Record<string, Array<Record<string, unknown>>>;
      }>(
        `query ($id: ID!) {
          ids: superviseeCaseload(superviseeId: $id) { direct { id } primary { id } walkIns { id } }
          full: superviseeCaseload(superviseeId: $id) {
            direct { ${fields} } primary { id } walkIns { ${fields} }
          }
        }`,
        { id: internId },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(statements.filter((sql) => /FROM "client" "client"/.test(sql))).toHaveLength(1);
    const full = result.data?.full ?? {};
    const clients = [...(full.direct ?? []), ...(full.walkIns ?? [])];
    expect(clients.map((client) => client.id)).toContain(clientId);
    for (const client of clients) {
      const alone = await supervisor.graphql<{ client: Record<string, unknown> }>(
        `query ($id: ID!) { client(id: $id) { ${fields} } }`,
        { id: client.id },
      );
      expect(client).toEqual(alone.data?.client);
    }
    expect(clients.find((client) => client.id === clientId)).toMatchObject({
      dischargeReason: 'Moved away',
      dischargedAt: expect.any(String),
      preferredLocation: { id: locationId },
    });
  });

  it('gives a member reached through a client the figures the query asks of them, as the roster does', async () => {
    const owner = await server.as('owner@riverbend.example');
    const [{ id: clientId, therapistId }] = await server.db.dataSource.query(
      `SELECT c.id, c."therapistId" FROM client c JOIN staff_member m ON m.id = c."therapistId"
        WHERE m.email = 'intern@riverbend.example' LIMIT 1`,
    );
    const figures =
      'activeClientCount pendingNotes highestClientRisk needsSupervisor roles { name } groups { name }';
    const { data, errors } = await owner.graphql<{
      client: { byName: { id: string }; withFigures: Record<string, unknown> };
      staffMember: Record<string, unknown>;
    }>(
      `query ($client: ID!, $member: ID!) {
        client(id: $client) { byName: therapist { id } withFigures: therapist { ${figures} } }
        staffMember(id: $member) { ${figures} }
      }`,
      { client: clientId, member: therapistId },
    );
    expect(errors).toBeUndefined();
    expect(data?.client.byName).toEqual({ id: therapistId });
    expect(data?.client.withFigures).toEqual(data?.staffMember);
    expect(data?.staffMember.activeClientCount).toBeGreaterThan(0);
  });

  it('answers NOT_FOUND for someone the caller does not supervise, and FORBIDDEN without caseload.supervise', async () => {
    const supervisor = await server.as('supervisor@riverbend.example');
    const [{ id: therapistId }] = await server.db.dataSource.query(
      `SELECT id FROM staff_member WHERE email = 'therapist@riverbend.example'`,
    );
    const notMine = await supervisor.graphql(CASELOAD, { id: therapistId });
    expect(notMine.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const therapist = await server.as('therapist@riverbend.example');
    const refused = await therapist.graphql(CASELOAD, { id: therapistId });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'caseload.supervise',
    });
  });
});

describe('suggestTherapists', () => {
  const SUGGEST = `query ($id: ID!, $first: Int) {
    suggestTherapists(clientId: $id, first: $first) {
      score staffMember { id status kind } factors { kind score weight explanation }
    }
  }`;

  it('ranks active therapists other than the current one, best first, explaining each factor', async () => {
    const [client] = await server.db.dataSource.query(
      `SELECT id, "therapistId" FROM client WHERE cardinality("neededSpecialties") > 0 AND "therapistId" IS NOT NULL LIMIT 1`,
    );
    const manager = await server.as('manager@riverbend.example');
    const { data, errors } = await manager.graphql<{
      suggestTherapists: Array<{
        score: number;
        staffMember: { id: string; status: string; kind: string };
        factors: Array<{ kind: string; explanation: string }>;
      }>;
    }>(SUGGEST, { id: client.id, first: 5 });
    expect(errors).toBeUndefined();
    const suggestions = data?.suggestTherapists ?? [];
    expect(suggestions).toHaveLength(5);
    const scores = suggestions.map((suggestion) => suggestion.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const suggestion of suggestions) {
      expect(suggestion.staffMember.id).not.toBe(client.therapistId);
      expect(suggestion.staffMember.status).toBe('ACTIVE');
      expect(['THERAPIST', 'STUDENT_THERAPIST']).toContain(suggestion.staffMember.kind);
      expect(suggestion.factors.map((factor) => factor.kind)).toEqual([
        'SPECIALTY',
        'AVAILABILITY',
        'LOCATION',
        'CAPACITY',
      ]);
    }
    const tooMany = await manager.graphql(SUGGEST, { id: client.id, first: 50 });
    expect(tooMany.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'first',
    });
  });
});
