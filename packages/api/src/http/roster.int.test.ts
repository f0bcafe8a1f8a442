import { recordStatements, tenantExit } from '../test/statement-log';
import { startTestServer, type TestCaller, type TestServer } from '../test/test-server';

let server: TestServer;
let owner: TestCaller;

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.as('owner@riverbend.example');
});

afterAll(async () => {
  await server?.stop();
});

interface Node {
  id: string;
  email: string;
  activeClientCount: number;
  pendingNotes: number;
  highestClientRisk: string | null;
  needsSupervisor: boolean;
  roles: Array<{ name: string }>;
  groups: Array<{ name: string }>;
}

const ROSTER = `query ($first: Int!, $filter: StaffFilter, $orderBy: StaffOrder) {
  staff(first: $first, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { node { id email activeClientCount pendingNotes highestClientRisk needsSupervisor
                   roles { name } groups { name } supervisor { id } } }
  }
}`;

async function roster(variables: Record<string, unknown>): Promise<Node[]> {
  const { data, errors } = await owner.graphql<{ staff: { edges: Array<{ node: Node }> } }>(
    ROSTER,
    {
      first: 100,
      ...variables,
    },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data?.staff.edges.map((edge) => edge.node) ?? [];
}

async function idOf(table: 'role' | 'staff_group', name: string): Promise<string> {
  const [row] = await server.db.dataSource.query(
    `SELECT t.id FROM ${table} t JOIN practice p ON p.id = t."practiceId"
     WHERE p.name = 'Riverbend Counseling Collective' AND t.name = $1`,
    [name],
  );
  return row.id;
}

describe('roster filters and sorting', () => {
  it('filters by role, by group and by missing supervisor', async () => {
    const supervisors = await roster({ filter: { roleIds: [await idOf('role', 'Supervisor')] } });
    expect(supervisors).toHaveLength(3);
    expect(supervisors.every((node) => node.roles.some((role) => role.name === 'Supervisor'))).toBe(
      true,
    );

    const trauma = await roster({
      filter: { groupIds: [await idOf('staff_group', 'Trauma Team')] },
    });
    expect(trauma.length).toBeGreaterThan(0);
    expect(trauma.every((node) => node.groups.some((group) => group.name === 'Trauma Team'))).toBe(
      true,
    );

    const unsupervised = await roster({ filter: { needsSupervisor: true, statuses: ['ACTIVE'] } });
    expect(unsupervised).toHaveLength(1);
    expect(unsupervised[0]?.needsSupervisor).toBe(true);
  });

  it('gives each member their caseload figures, and sorts by active clients', async () => {
    const byClients = await roster({ orderBy: { field: 'ACTIVE_CLIENTS', direction: 'DESC' } });
    const counts = byClients.map((node) => node.activeClientCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const busiest = byClients[0] as Node;
    const [expected] = await server.db.dataSource.query(
      `SELECT count(*)::int AS count FROM client WHERE "therapistId" = $1 AND status = 'ACTIVE'`,
      [busiest.id],
    );
    expect(busiest.activeClientCount).toBe(expected.count);
    expect(busiest.highestClientRisk).not.toBeNull();
  });

  it('counts the whole roster on every page, a page past the end included', async () => {
    const COUNTED = `query ($first: Int!, $after: String) {
      staff(first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage } }
    }`;
    type Counted = {
      staff: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } };
    };
    const [{ members }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS members FROM staff_member m JOIN practice p ON p.id = m."practiceId"
        WHERE p.name = 'Riverbend Counseling Collective' AND m.status <> 'REMOVED'`,
    );
    const first = await owner.graphql<Counted>(COUNTED, { first: 5 });
    expect(first.data?.staff).toMatchObject({
      totalCount: members,
      pageInfo: { hasNextPage: true },
    });
    const pastTheEnd = await owner.graphql<Counted>(COUNTED, {
      first: 5,
      after: Buffer.from('offset:999').toString('base64url'),
    });
    expect(pastTheEnd.data?.staff).toMatchObject({ totalCount: members, edges: [] });
  });

  it('pages by every order in both directions without losing or repeating a member', async () => {
    const PAGED = `query ($first: Int!, $after: String, $orderBy: StaffOrder) {
      staff(first: $first, after: $after, orderBy: $orderBy) {
        totalCount edges { node { id } } pageInfo { hasNextPage endCursor }
      }
    }`;
    type Paged = {
      staff: {
        totalCount: number;
        edges: Array<{ node: { id: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const byLastName: Array<{ id: string }> = await server.db.dataSource.query(
      `SELECT m.id FROM staff_member m JOIN practice p ON p.id = m."practiceId"
        WHERE p.name = 'Riverbend Counseling Collective' AND m.status <> 'REMOVED'
        ORDER BY m."lastName", m."firstName", m.id`,
    );
    expect((await roster({})).map((node) => node.id)).toEqual(byLastName.map((row) => row.id));

    for (const field of ['LAST_NAME', 'STAFF_ID', 'STATUS', 'ACTIVE_CLIENTS', 'LAST_SIGN_IN']) {
      for (const direction of ['ASC', 'DESC']) {
        const orderBy = { field, direction };
        const whole = (await roster({ orderBy })).map((node) => node.id);
        const paged: string[] = [];
        let after: string | null = null;
        do {
          const { data }: { data?: Paged | null } = await owner.graphql<Paged>(PAGED, {
            first: 5,
            after,
            orderBy,
          });
          if (!data) throw new Error(`no page for ${field} ${direction}`);
          expect(data.staff.totalCount).toBe(whole.length);
          paged.push(...data.staff.edges.map((edge) => edge.node.id));
          after = data.staff.pageInfo.hasNextPage ? data.staff.pageInfo.endCursor : null;
        } while (after);
        expect({ field, direction, ids: paged }).toEqual({ field, direction, ids: whole });
      }
    }
  });

  it('reads a page, its count included, in one statement, whatever its size', async () => {
    const BENCH_ROSTER = `query ($first: Int!) {
      staff(first: $first, filter: { statuses: [ACTIVE] }, orderBy: { field: LAST_NAME }) {
        totalCount edges { node { id displayName roles { name } activeClientCount } }
      }
    }`;
    const statements = async (query: string, first: number) =>
      (await recordStatements(server.db, () => owner.graphql(query, { first }))).statements;
    const enter = /set_config\('role', 'caseload_app'[\s\S]*FROM caseload_session/;
    const page = /FROM "staff_member" "staff" INNER JOIN \(SELECT[\s\S]*count\(\*\) OVER \(\)/;
    const supervisors =
      /FROM "staff_member" "staff" WHERE "staff"."practiceId" = \$1 AND "staff"."id" = ANY/;
    const exit = tenantExit(server.db).map((sql) => expect.stringMatching(sql));

    // The session (entering the tenant) and the page with its count.
    for (const first of [10, 50]) {
      expect(await statements(BENCH_ROSTER, first)).toEqual([
        expect.stringMatching(enter),
        expect.stringMatching(page),
        ...exit,
      ]);
    }
    // Asking for supervisors adds one statement for all of the page's (the staffById loader),
    // which reads only the figures asked of them: none here.
    for (const first of [10, 50]) {
      const sql = await statements(ROSTER, first);
      expect(sql).toEqual([
        expect.stringMatching(enter),
        expect.stringMatching(page),
        expect.stringMatching(supervisors),
        ...exit,
      ]);
      expect(sql[2]).not.toMatch(/FROM client|role_assignment/);
    }
  });

  it('computes only the figures the query selects, with the same values', async () => {
    const pageStatement = async (query: string) => {
      const { result, statements } = await recordStatements(server.db, () =>
        owner.graphql<{ staff: { edges: Array<{ node: Node }> } }>(query, { first: 100 }),
      );
      const nodes = result.data?.staff.edges.map((edge) => edge.node) ?? [];
      return { nodes, sql: statements.find((sql) => sql.includes('INNER JOIN (SELECT')) ?? '' };
    };
    const lean = await pageStatement(`query ($first: Int!) {
      staff(first: $first) { edges { node { id activeClientCount } } }
    }`);
    const full = await pageStatement(ROSTER);
    for (const costly of ['noteStatus', 'riskLevel', 'staff_group']) {
      expect(lean.sql).not.toContain(costly);
      expect(full.sql).toContain(costly);
    }
    expect(lean.nodes.length).toBeGreaterThan(0);
    expect(lean.nodes).toEqual(
      full.nodes.map(({ id, activeClientCount }) => ({ id, activeClientCount })),
    );
  });
});
