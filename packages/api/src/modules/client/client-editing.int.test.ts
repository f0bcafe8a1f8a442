import { ErrorCode } from '@caseload/shared';
import { startTestServer, type TestCaller, type TestServer } from '../../test/test-server';

let server: TestServer;
let frontDesk: TestCaller;

beforeAll(async () => {
  server = await startTestServer();
  frontDesk = await server.as('frontdesk@riverbend.example');
});

afterAll(async () => {
  await server?.stop();
});

const CLIENT_FIELDS = `id firstName lastName dateOfBirth status scope riskLevel version
  neededSpecialties preferredLocation { name } preferredTimes { day startMinute endMinute }
  dischargedAt dischargeReason therapist { email }
  metrics { upcomingSessions sessionsTotal }
  assignmentHistory { reason fromTherapist { email } toTherapist { email } changedBy { email } }`;

const CREATE = `mutation ($input: NewClientInput!) { createClient(input: $input) { ${CLIENT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: ClientChangesInput!, $version: Int!) {
  updateClient(clientId: $id, input: $input, expectedVersion: $version) { ${CLIENT_FIELDS} }
}`;
const DISCHARGE = `mutation ($id: ID!, $reason: String!, $version: Int!) {
  dischargeClient(clientId: $id, reason: $reason, expectedVersion: $version) { ${CLIENT_FIELDS} }
}`;
const SUGGEST = `query ($id: ID!) { suggestTherapists(clientId: $id, first: 1) { score staffMember { email } } }`;

interface ClientData {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  status: string;
  scope: string;
  riskLevel: string;
  version: number;
  neededSpecialties: string[];
  preferredLocation: { name: string } | null;
  preferredTimes: Array<{ day: string; startMinute: number; endMinute: number }>;
  dischargedAt: string | null;
  dischargeReason: string | null;
  therapist: { email: string } | null;
  metrics: { upcomingSessions: number; sessionsTotal: number };
  assignmentHistory: Array<{
    reason: string;
    fromTherapist: { email: string } | null;
    toTherapist: { email: string } | null;
    changedBy: { email: string } | null;
  }>;
}

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await server.db.dataSource.query(sql, params);
  return row as T;
}

async function memberId(email: string): Promise<string> {
  return (await one<{ id: string }>('SELECT id FROM staff_member WHERE email = $1', [email])).id;
}

async function riverbendLocation(name: string): Promise<string> {
  return (
    await one<{ id: string }>(
      `SELECT g.id FROM staff_group g JOIN practice p ON p.id = g."practiceId"
        WHERE p.name = 'Riverbend Counseling Collective' AND g.name = $1`,
      [name],
    )
  ).id;
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  return (await one<{ count: number }>(sql, params)).count;
}

async function create(caller: TestCaller, input: Record<string, unknown>) {
  return caller.graphql<{ createClient: ClientData }>(CREATE, {
    input: { dateOfBirth: '1990-04-12', scope: 'DIRECT', ...input },
  });
}

async function created(input: Record<string, unknown>): Promise<ClientData> {
  const { data, errors } = await create(frontDesk, input);
  if (!data?.createClient) throw new Error(JSON.stringify(errors));
  return data.createClient;
}

const clientCount = () => count('SELECT count(*)::int AS count FROM client');

describe('createClient', () => {
  it('adds a client to the chosen therapist, with the intake in the history and an audit event', async () => {
    const client = await created({
      firstName: ' Ada ',
      lastName: 'Lovelace',
      riskLevel: 'MODERATE',
      therapistId: await memberId('therapist@riverbend.example'),
      neededSpecialties: ['Anxiety', 'anxiety', ' Grief '],
      preferredLocationId: await riverbendLocation('Downtown Clinic'),
      preferredTimes: [{ day: 'TUESDAY', startMinute: 1020, endMinute: 1260 }],
    });
    expect(client).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
      dateOfBirth: '1990-04-12',
      status: 'ACTIVE',
      scope: 'DIRECT',
      riskLevel: 'MODERATE',
      version: 1,
      neededSpecialties: ['Anxiety', 'Grief'],
      preferredLocation: { name: 'Downtown Clinic' },
      preferredTimes: [{ day: 'TUESDAY', startMinute: 1020, endMinute: 1260 }],
      therapist: { email: 'therapist@riverbend.example' },
      metrics: { sessionsTotal: 0, upcomingSessions: 0 },
    });
    expect(client.assignmentHistory).toEqual([
      {
        reason: 'Intake assignment',
        fromTherapist: null,
        toTherapist: { email: 'therapist@riverbend.example' },
        changedBy: { email: 'frontdesk@riverbend.example' },
      },
    ]);
    const audit = await one<{ changes: { before: unknown; after: Record<string, unknown> } }>(
      `SELECT changes FROM audit_event WHERE action = 'client.created' AND "targetId" = $1`,
      [client.id],
    );
    expect(audit.changes.before).toBeNull();
    expect(audit.changes.after).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' });
  });

  it('auto-matches to the therapist suggestTherapists ranks first, and says so in the history', async () => {
    const needs = {
      scope: 'PRACTICE',
      neededSpecialties: ['Trauma'],
      preferredLocationId: await riverbendLocation('Northside Office'),
    };
    // What suggestTherapists ranks first for a client with these needs and no therapist yet.
    const twin = await created({ firstName: 'Grace', lastName: 'Twin', ...needs });
    const manager = await server.as('manager@riverbend.example');
    const suggestion = await manager.graphql<{
      suggestTherapists: Array<{ staffMember: { email: string } }>;
    }>(SUGGEST, { id: twin.id });
    const best = suggestion.data?.suggestTherapists[0]?.staffMember.email;
    expect(best).toBeDefined();

    const client = await created({
      firstName: 'Grace',
      lastName: 'Hopper',
      autoMatch: true,
      ...needs,
    });
    expect(client.therapist).toEqual({ email: best });
    expect(client.assignmentHistory).toHaveLength(1);
    expect(client.assignmentHistory[0]?.reason).toMatch(
      /^Auto-matched at intake \(score \d+ of 100\)$/,
    );
  });

  it('leaves a practice client unassigned when no therapist is named', async () => {
    const client = await created({ firstName: 'Walk', lastName: 'In', scope: 'PRACTICE' });
    expect(client.therapist).toBeNull();
    expect(client.assignmentHistory).toEqual([]);
  });

  it.each([
    ['firstName', { firstName: '   ', lastName: 'X', scope: 'PRACTICE' }],
    ['lastName', { firstName: 'X', lastName: 'Y'.repeat(101), scope: 'PRACTICE' }],
    [
      'dateOfBirth',
      { firstName: 'X', lastName: 'Y', scope: 'PRACTICE', dateOfBirth: '1990-02-30' },
    ],
    [
      'dateOfBirth',
      { firstName: 'X', lastName: 'Y', scope: 'PRACTICE', dateOfBirth: '2999-01-01' },
    ],
    ['therapistId', { firstName: 'X', lastName: 'Y', scope: 'DIRECT' }],
    ['autoMatch', { firstName: 'X', lastName: 'Y', autoMatch: true, therapistId: null }],
    [
      'preferredTimes',
      {
        firstName: 'X',
        lastName: 'Y',
        scope: 'PRACTICE',
        preferredTimes: [{ day: 'MONDAY', startMinute: 600, endMinute: 540 }],
      },
    ],
    [
      'neededSpecialties',
      { firstName: 'X', lastName: 'Y', scope: 'PRACTICE', neededSpecialties: ['Z'.repeat(61)] },
    ],
  ])('refuses bad input naming the field %s, and writes nothing', async (field, input) => {
    const resolved = { ...input } as Record<string, unknown>;
    if (resolved.autoMatch) resolved.therapistId = await memberId('therapist@riverbend.example');
    const before = await clientCount();
    const result = await create(frontDesk, resolved);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field });
    expect(await clientCount()).toBe(before);
  });

  it('refuses a therapist or location that is not an active one of this practice, writing nothing', async () => {
    const before = await clientCount();
    const hollowPineOwner = await memberId('owner@hollowpine.example');
    for (const therapistId of [
      await memberId('onhold@riverbend.example'),
      await memberId('frontdesk@riverbend.example'),
      hollowPineOwner,
    ]) {
      const result = await create(frontDesk, { firstName: 'X', lastName: 'Y', therapistId });
      expect(result.errors?.[0]?.extensions).toEqual({
        code: ErrorCode.BAD_USER_INPUT,
        field: 'therapistId',
      });
    }
    const team = await riverbendLocation('Trauma Team');
    const wrongGroup = await create(frontDesk, {
      firstName: 'X',
      lastName: 'Y',
      scope: 'PRACTICE',
      preferredLocationId: team,
    });
    expect(wrongGroup.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'preferredLocationId',
    });
    expect(await clientCount()).toBe(before);
    expect(
      await count(`SELECT count(*)::int AS count FROM audit_event WHERE action = 'client.created'
                   AND changes -> 'after' ->> 'lastName' = 'Y'`),
    ).toBe(0);
  });

  it('is refused without clients.create', async () => {
    for (const email of ['therapist@riverbend.example', 'records@riverbend.example']) {
      const caller = await server.as(email);
      const result = await create(caller, {
        firstName: 'X',
        lastName: 'Y',
        therapistId: await memberId('therapist@riverbend.example'),
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: ErrorCode.FORBIDDEN,
        permission: 'clients.create',
      });
    }
  });

  it('lets a therapist granted clients.create add clients to their own caseload only', async () => {
    const owner = await server.as('owner@riverbend.example');
    const therapistId = await memberId('therapist@riverbend.example');
    const granted = await owner.graphql(
      `mutation ($id: ID!) { setPermissionOverride(staffMemberId: $id, permission: "clients.create",
         effect: ALLOW, reason: "Takes her own intakes") { id } }`,
      { id: therapistId },
    );
    expect(granted.errors).toBeUndefined();
    const therapist = await server.as('therapist@riverbend.example');

    const own = await create(therapist, { firstName: 'Own', lastName: 'Intake', therapistId });
    expect(own.data?.createClient.therapist).toEqual({ email: 'therapist@riverbend.example' });

    const before = await clientCount();
    const elsewhere = await create(therapist, {
      firstName: 'Not',
      lastName: 'Mine',
      therapistId: await memberId('intern@riverbend.example'),
    });
    expect(elsewhere.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.FORBIDDEN,
      field: 'therapistId',
    });
    const autoMatched = await create(therapist, {
      firstName: 'Not',
      lastName: 'Mine',
      autoMatch: true,
    });
    expect(autoMatched.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.FORBIDDEN,
      field: 'autoMatch',
      permission: 'clients.view.all',
    });
    expect(await clientCount()).toBe(before);
  });
});

describe('updateClient', () => {
  async function freshClient() {
    return created({
      firstName: 'Edit',
      lastName: 'Me',
      therapistId: await memberId('therapist@riverbend.example'),
    });
  }

  it('changes the fields given, bumps the version, and audits the before and after', async () => {
    const client = await freshClient();
    const { data, errors } = await frontDesk.graphql<{ updateClient: ClientData }>(UPDATE, {
      id: client.id,
      version: client.version,
      input: {
        lastName: 'Edited',
        riskLevel: 'HIGH',
        neededSpecialties: ['Grief'],
        preferredTimes: [{ day: 'FRIDAY', startMinute: 540, endMinute: 720 }],
      },
    });
    expect(errors).toBeUndefined();
    expect(data?.updateClient).toMatchObject({
      firstName: 'Edit',
      lastName: 'Edited',
      riskLevel: 'HIGH',
      neededSpecialties: ['Grief'],
      preferredTimes: [{ day: 'FRIDAY', startMinute: 540, endMinute: 720 }],
      version: client.version + 1,
      therapist: { email: 'therapist@riverbend.example' },
    });
    const audit = await one<{ changes: { before: object; after: object } }>(
      `SELECT changes FROM audit_event WHERE action = 'client.updated' AND "targetId" = $1`,
      [client.id],
    );
    expect(audit.changes).toEqual({
      before: { lastName: 'Me', riskLevel: 'LOW', neededSpecialties: [], preferredTimes: [] },
      after: {
        lastName: 'Edited',
        riskLevel: 'HIGH',
        neededSpecialties: ['Grief'],
        preferredTimes: [{ day: 'FRIDAY', startMinute: 540, endMinute: 720 }],
      },
    });

    // The same values again change nothing: no new version, no new audit event.
    const again = await frontDesk.graphql<{ updateClient: ClientData }>(UPDATE, {
      id: client.id,
      version: client.version + 1,
      input: { preferredTimes: [{ day: 'FRIDAY', startMinute: 540, endMinute: 720 }] },
    });
    expect(again.data?.updateClient.version).toBe(client.version + 1);
    expect(
      await count(
        `SELECT count(*)::int AS count FROM audit_event WHERE action = 'client.updated' AND "targetId" = $1`,
        [client.id],
      ),
    ).toBe(1);
  });

  it('answers CONFLICT for a stale version and keeps the newer edit', async () => {
    const client = await freshClient();
    const first = await frontDesk.graphql(UPDATE, {
      id: client.id,
      version: client.version,
      input: { firstName: 'First' },
    });
    expect(first.errors).toBeUndefined();
    const stale = await frontDesk.graphql(UPDATE, {
      id: client.id,
      version: client.version,
      input: { firstName: 'Second' },
    });
    expect(stale.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.CONFLICT,
      field: 'expectedVersion',
      currentVersion: client.version + 1,
    });
    const row = await one<{ firstName: string }>('SELECT "firstName" FROM client WHERE id = $1', [
      client.id,
    ]);
    expect(row.firstName).toBe('First');
  });

  it('lets exactly one of several concurrent edits of one version win', async () => {
    const client = await freshClient();
    const attempts = await Promise.all(
      ['A', 'B', 'C', 'D'].map((firstName) =>
        frontDesk.graphql(UPDATE, { id: client.id, version: client.version, input: { firstName } }),
      ),
    );
    const outcomes = attempts.map((attempt) => attempt.errors?.[0]?.extensions?.code ?? 'ok');
    expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === ErrorCode.CONFLICT)).toHaveLength(3);
  });

  it.each([
    ['firstName', { firstName: '' }],
    ['dateOfBirth', { dateOfBirth: '12/04/1990' }],
    ['status', { status: 'DISCHARGED' }],
    ['riskLevel', { riskLevel: null }],
    ['preferredLocationId', { preferredLocationId: 'not-an-id' }],
  ])('refuses bad input naming the field %s, and changes nothing', async (field, input) => {
    const client = await freshClient();
    const result = await frontDesk.graphql(UPDATE, {
      id: client.id,
      version: client.version,
      input,
    });
    expect(result.errors?.[0]?.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field });
    const row = await one<{ version: number }>('SELECT version FROM client WHERE id = $1', [
      client.id,
    ]);
    expect(row.version).toBe(client.version);
  });

  it('refuses making an unassigned practice client direct', async () => {
    const client = await created({ firstName: 'No', lastName: 'Therapist', scope: 'PRACTICE' });
    const result = await frontDesk.graphql(UPDATE, {
      id: client.id,
      version: client.version,
      input: { scope: 'DIRECT' },
    });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'scope',
    });
  });

  it('is FORBIDDEN to a member without clients.edit, NOT_FOUND across practices and caseloads', async () => {
    const client = await freshClient();
    const variables = { id: client.id, version: client.version, input: { firstName: 'Nope' } };
    const therapist = await server.as('therapist@riverbend.example');
    const withoutEdit = await therapist.graphql(UPDATE, variables);
    expect(withoutEdit.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'clients.edit',
    });
    const soloOwner = await server.as('owner@hollowpine.example');
    const foreign = await soloOwner.graphql(UPDATE, variables);
    expect(foreign.data).toBeNull();
    expect(foreign.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);

    // With clients.edit, a therapist still cannot reach a client off their caseload.
    const owner = await server.as('owner@riverbend.example');
    await owner.graphql(
      `mutation ($id: ID!) { setPermissionOverride(staffMemberId: $id, permission: "clients.edit",
         effect: ALLOW, reason: "Keeps her clients' details current") { id } }`,
      { id: await memberId('intern@riverbend.example') },
    );
    const intern = await server.as('intern@riverbend.example');
    const offCaseload = await intern.graphql(UPDATE, variables);
    expect(offCaseload.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const own = await one<{ id: string; version: number }>(
      `SELECT c.id, c.version FROM client c JOIN staff_member m ON m.id = c."therapistId"
        WHERE m.email = 'intern@riverbend.example' AND c.scope = 'DIRECT' LIMIT 1`,
    );
    const onCaseload = await intern.graphql<{ updateClient: ClientData }>(UPDATE, {
      id: own.id,
      version: own.version,
      input: { riskLevel: 'MODERATE' },
    });
    expect(onCaseload.errors).toBeUndefined();
    expect(onCaseload.data?.updateClient.riskLevel).toBe('MODERATE');
    const unchanged = await one<{ firstName: string }>(
      'SELECT "firstName" FROM client WHERE id = $1',
      [client.id],
    );
    expect(unchanged.firstName).toBe('Edit');
  });
});

describe('dischargeClient', () => {
  /** An active client of the therapist with upcoming sessions. */
  async function clientWithUpcomingSessions() {
    return one<{ id: string; version: number; upcoming: number }>(
      `SELECT c.id, c.version, count(s.id)::int AS upcoming FROM client c
         JOIN staff_member m ON m.id = c."therapistId"
         JOIN therapy_session s ON s."clientId" = c.id AND s.status = 'SCHEDULED' AND s."startsAt" > now()
        WHERE c.status = 'ACTIVE' AND c."practiceId" = m."practiceId"
          AND m."practiceId" = (SELECT id FROM practice WHERE name = 'Riverbend Counseling Collective')
          AND NOT EXISTS (SELECT 1 FROM audit_event e WHERE e."targetId" = c.id)
        GROUP BY c.id ORDER BY c.id LIMIT 1`,
    );
  }

  it('discharges with the reason, cancels upcoming sessions, keeps the therapist and past sessions', async () => {
    const client = await clientWithUpcomingSessions();
    expect(client.upcoming).toBeGreaterThan(0);
    const before = await one<{ therapistId: string; sessions: number }>(
      `SELECT c."therapistId", (SELECT count(*)::int FROM therapy_session s WHERE s."clientId" = c.id) AS sessions
         FROM client c WHERE c.id = $1`,
      [client.id],
    );
    const { data, errors } = await frontDesk.graphql<{ dischargeClient: ClientData }>(DISCHARGE, {
      id: client.id,
      reason: ' Treatment goals met ',
      version: client.version,
    });
    expect(errors).toBeUndefined();
    const discharged = data?.dischargeClient as ClientData;
    expect(discharged.status).toBe('DISCHARGED');
    expect(discharged.dischargeReason).toBe('Treatment goals met');
    expect(discharged.dischargedAt).not.toBeNull();
    expect(discharged.version).toBe(client.version + 1);
    expect(discharged.metrics.upcomingSessions).toBe(0);
    expect(discharged.metrics.sessionsTotal).toBe(before.sessions);
    const after = await one<{ therapistId: string }>(
      'SELECT "therapistId" FROM client WHERE id = $1',
      [client.id],
    );
    expect(after.therapistId).toBe(before.therapistId);
    const audit = await one<{ changes: { before: object; after: Record<string, unknown> } }>(
      `SELECT changes FROM audit_event WHERE action = 'client.discharged' AND "targetId" = $1`,
      [client.id],
    );
    expect(audit.changes.before).toEqual({ status: 'ACTIVE', dischargedAt: null });
    expect(audit.changes.after).toMatchObject({
      status: 'DISCHARGED',
      reason: 'Treatment goals met',
      cancelledSessions: client.upcoming,
    });

    const twice = await frontDesk.graphql(DISCHARGE, {
      id: client.id,
      reason: 'Again',
      version: discharged.version,
    });
    expect(twice.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'clientId',
    });

    // Readmitted: active again, no longer discharged.
    const readmitted = await frontDesk.graphql<{ updateClient: ClientData }>(UPDATE, {
      id: client.id,
      version: discharged.version,
      input: { status: 'ACTIVE' },
    });
    expect(readmitted.data?.updateClient).toMatchObject({
      status: 'ACTIVE',
      dischargedAt: null,
      dischargeReason: null,
    });
  });

  it('refuses a blank reason or a stale version, and then writes nothing', async () => {
    const client = await clientWithUpcomingSessions();
    const blank = await frontDesk.graphql(DISCHARGE, {
      id: client.id,
      reason: '  ',
      version: client.version,
    });
    expect(blank.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'reason',
    });
    const stale = await frontDesk.graphql(DISCHARGE, {
      id: client.id,
      reason: 'Moved away',
      version: client.version - 1,
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.CONFLICT,
      field: 'expectedVersion',
    });
    const row = await one<{ status: string; version: number; upcoming: number }>(
      `SELECT c.status, c.version, (SELECT count(*)::int FROM therapy_session s WHERE s."clientId" = c.id
         AND s.status = 'SCHEDULED' AND s."startsAt" > now()) AS upcoming FROM client c WHERE c.id = $1`,
      [client.id],
    );
    expect(row).toEqual({ status: 'ACTIVE', version: client.version, upcoming: client.upcoming });
    expect(
      await count(
        `SELECT count(*)::int AS count FROM audit_event WHERE action = 'client.discharged' AND "targetId" = $1`,
        [client.id],
      ),
    ).toBe(0);
  });

  it('is FORBIDDEN without clients.edit and NOT_FOUND for a client of another practice', async () => {
    const client = await clientWithUpcomingSessions();
    const variables = { id: client.id, reason: 'x', version: client.version };
    const records = await server.as('records@riverbend.example');
    const refused = await records.graphql(DISCHARGE, variables);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'clients.edit',
    });
    const soloOwner = await server.as('owner@hollowpine.example');
    const foreign = await soloOwner.graphql(DISCHARGE, variables);
    expect(foreign.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const row = await one<{ status: string }>('SELECT status FROM client WHERE id = $1', [
      client.id,
    ]);
    expect(row.status).toBe('ACTIVE');
  });
});
