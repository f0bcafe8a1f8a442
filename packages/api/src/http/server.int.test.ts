import { ErrorCode } from '@caseload/shared';
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

interface RosterData {
  staff: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        displayName: string;
        status: string;
        kind: string;
        roles: Array<{ name: string }>;
        supervisor: { displayName: string } | null;
      };
    }>;
  };
}

const ROSTER = `query Roster($first: Int!, $after: String, $filter: StaffFilter, $orderBy: StaffOrder) {
  staff(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id displayName status kind roles { name } supervisor { displayName } } }
  }
}`;

describe('GET /healthz', () => {
  it('reports that the database answers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });
});

describe('practice query', () => {
  it('returns the demo group practice with its settings', async () => {
    const { data, errors } = await owner.graphql<{
      practice: {
        name: string;
        plan: string;
        timezone: string;
        settings: { invitationLifetimeHours: number };
      };
    }>('{ practice { name plan timezone settings { invitationLifetimeHours } } }');
    expect(errors).toBeUndefined();
    expect(data?.practice).toEqual({
      name: 'Riverbend Counseling Collective',
      plan: 'TEAM',
      timezone: 'America/Chicago',
      settings: { invitationLifetimeHours: 72 },
    });
  });
});

describe('staff roster', () => {
  it('pages through every member on the roster exactly once, removed members excluded', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const { data }: { data?: RosterData | null } = await owner.graphql<RosterData>(ROSTER, {
        first: 10,
        after,
      });
      const page: RosterData['staff'] | undefined = data?.staff;
      if (!page) throw new Error('no roster page');
      totalCount = page.totalCount;
      seen.push(...page.edges.map((edge) => edge.node.id));
      expect(page.edges.every((edge) => edge.node.status !== 'REMOVED')).toBe(true);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(totalCount).toBeGreaterThan(20);
    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen).size).toBe(totalCount);
  });

  it('filters by status and searches by name, with each member’s roles and supervisor', async () => {
    const invited = await owner.graphql<RosterData>(ROSTER, {
      first: 50,
      filter: { statuses: ['INVITED'] },
    });
    const invitedNodes = invited.data?.staff.edges.map((edge) => edge.node) ?? [];
    expect(invitedNodes.length).toBeGreaterThan(0);
    expect(invitedNodes.every((node) => node.status === 'INVITED')).toBe(true);

    const all = await owner.graphql<RosterData>(ROSTER, { first: 100 });
    const supervised = all.data?.staff.edges.find((edge) => edge.node.supervisor)?.node;
    expect(supervised?.roles.length).toBeGreaterThan(0);
    const lastName = supervised?.displayName.split(' ').at(-1) ?? '';
    const found = await owner.graphql<RosterData>(ROSTER, {
      first: 50,
      filter: { search: lastName.toUpperCase() },
    });
    const names = found.data?.staff.edges.map((edge) => edge.node.displayName) ?? [];
    expect(names).toContain(supervised?.displayName);
    expect(names.every((name) => name.toLowerCase().includes(lastName.toLowerCase()))).toBe(true);
  });

  it('sorts by last name in both directions', async () => {
    const ascending = await owner.graphql<RosterData>(ROSTER, { first: 100 });
    const descending = await owner.graphql<RosterData>(ROSTER, {
      first: 100,
      orderBy: { field: 'LAST_NAME', direction: 'DESC' },
    });
    const ids = (result: typeof ascending) => result.data?.staff.edges.map((edge) => edge.node.id);
    expect(ids(descending)).toEqual([...(ids(ascending) ?? [])].reverse());
  });

  it('refuses a page size over 100 with the field at fault', async () => {
    const { data, errors } = await owner.graphql(ROSTER, { first: 500 });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'first' });
  });

  it('refuses a cursor it did not give out', async () => {
    const { errors } = await owner.graphql(ROSTER, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(errors?.[0]?.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
  });
});

describe('tenant isolation', () => {
  it('answers NOT_FOUND for a member of another practice, exactly as for an id that does not exist', async () => {
    const soloOwner = await server.as('owner@hollowpine.example');
    const roster = await owner.graphql<RosterData>(ROSTER, { first: 1 });
    const groupMemberId = roster.data?.staff.edges[0]?.node.id;
    const query = 'query ($id: ID!) { staffMember(id: $id) { id displayName } }';
    const inOtherPractice = await soloOwner.graphql(query, { id: groupMemberId });
    const missing = await owner.graphql(query, { id: '00000000-0000-4000-8000-000000000000' });
    const malformed = await owner.graphql(query, { id: 'not-an-id' });
    for (const result of [inOtherPractice, missing, malformed]) {
      expect(result.data).toEqual({ staffMember: null });
      expect(result.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
        ['Staff member not found.', ErrorCode.NOT_FOUND],
      ]);
    }
    const ownPractice = await owner.graphql<{ staffMember: { id: string } }>(query, {
      id: groupMemberId,
    });
    expect(ownPractice.data?.staffMember.id).toBe(groupMemberId);
  });
});

describe('errors a client sees', () => {
  it('reports a malformed query as BAD_USER_INPUT without suggesting field names', async () => {
    const { status, errors } = await owner.graphql('{ practice { nmae } }');
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('refuses a cross-site form post (CSRF prevention)', async () => {
    const response = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ practice { name } }')}`,
      {
        headers: { accept: 'application/json' },
      },
    );
    expect(response.status).toBe(400);
  });
});

describe('production', () => {
  it('answers anonymous callers UNAUTHENTICATED, with nothing in data', async () => {
    const production = await startTestServer('production', server.db);
    try {
      const { data, errors } = await production.graphql('{ practice { name } }');
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    } finally {
      await production.stop();
    }
  });
});
