import type { Logger as TypeormLogger } from 'typeorm';
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

  it('costs the same number of SQL statements for a page of 10 and a page of 50', async () => {
    const statements = async (first: number) => {
      let count = 0;
      const original = server.db.dataSource.logger;
      const counting: TypeormLogger = {
        logQuery: () => {
          count += 1;
        },
        logQueryError: () => undefined,
        logQuerySlow: () => undefined,
        logSchemaBuild: () => undefined,
        logMigration: () => undefined,
        log: () => undefined,
      };
      Object.assign(server.db.dataSource, { logger: counting });
      try {
        await roster({ first });
      } finally {
        Object.assign(server.db.dataSource, { logger: original });
      }
      return count;
    };
    const small = await statements(10);
    const large = await statements(50);
    expect(large).toBe(small);
    // The session (entering the tenant), the page with its count, the page's supervisors, and
    // leaving the tenant.
    expect(small).toBe(4);
  });
});
