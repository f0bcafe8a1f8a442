import { ErrorCode } from '@caseload/shared';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

interface EventsData {
  auditEvents: {
    totalCount: number;
    edges: Array<{ node: { action: string; occurredAt: string; actor: { email: string } | null } }>;
  };
}

const EVENTS = `query ($filter: AuditEventFilter) {
  auditEvents(first: 100, filter: $filter) { totalCount edges { node { action occurredAt actor { email } } } }
}`;

describe('auditEvents', () => {
  it('lists the practice’s activity newest first, filtered by action prefix, to audit.view holders', async () => {
    const records = await server.as('records@riverbend.example');
    const { data, errors } = await records.graphql<EventsData>(EVENTS, {
      filter: { action: 'staff.' },
    });
    expect(errors).toBeUndefined();
    const events = data?.auditEvents.edges.map((edge) => edge.node) ?? [];
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.action.startsWith('staff.'))).toBe(true);
    const times = events.map((event) => Date.parse(event.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('never shows another practice’s events, and refuses members without audit.view', async () => {
    const soloOwner = await server.as('owner@hollowpine.example');
    const riverbendTargets = await server.db.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event a JOIN practice p ON p.id = a."practiceId"
       WHERE p.name = 'Riverbend Counseling Collective'`,
    );
    expect(riverbendTargets[0].count).toBeGreaterThan(0);
    const own = await soloOwner.graphql<EventsData>(EVENTS);
    const mine = await server.db.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event a JOIN practice p ON p.id = a."practiceId"
       WHERE p.name = 'Hollow Pine Therapy'`,
    );
    expect(own.data?.auditEvents.totalCount).toBe(mine[0].count);

    const therapist = await server.as('therapist@riverbend.example');
    const refused = await therapist.graphql(EVENTS);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'audit.view',
    });
  });

  it('refuses a range that ends before it starts, with the field at fault', async () => {
    const owner = await server.as('owner@riverbend.example');
    const result = await owner.graphql(EVENTS, {
      filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'filter.to',
    });
  });
});

describe('auditEventsCsv', () => {
  it('exports the filtered log as CSV, quoting every cell and defusing spreadsheet formulas', async () => {
    const owner = await server.as('owner@riverbend.example');
    await owner.graphql(
      'mutation { createRole(input: { name: "=HYPERLINK(\\"x\\")", permissions: ["staff.view"] }) { id } }',
    );
    const { data } = await owner.graphql<{ auditEventsCsv: string }>(
      '{ auditEventsCsv(filter: { action: "role.created" }) }',
    );
    const [header, first, ...rest] = data?.auditEventsCsv.split('\r\n') ?? [];
    expect(header).toBe('occurredAt,actor,action,targetType,targetId,ipAddress,changes');
    expect(rest).toEqual([]);
    expect(first).toMatch(
      /^"\d{4}-\d\d-\d\dT[^"]+Z","Elena Marsh","role.created","Role","[0-9a-f-]{36}",/,
    );
    expect(first).toContain('=HYPERLINK');
    expect(first).not.toMatch(/,"=HYPERLINK/);
  });
});
