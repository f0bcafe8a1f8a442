import { ErrorCode } from '@caseload/shared';
import { startTestServer, type TestCaller, type TestServer } from '../../test/test-server';

let server: TestServer;
let owner: TestCaller;

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.as('owner@riverbend.example');
});

afterAll(async () => {
  await server?.stop();
});

const SET_STATUS = `mutation ($id: ID!, $status: StaffStatus!, $reason: String!) {
  setStaffStatus(staffMemberId: $id, status: $status, reason: $reason) { id status }
}`;
const REMOVE = `mutation ($id: ID!, $to: ID, $reason: String!) {
  removeStaffMember(staffMemberId: $id, reassignTo: $to, reason: $reason) { id status }
}`;
const SET_SUPERVISOR = `mutation ($supervisee: ID!, $supervisor: ID) {
  setSupervisor(superviseeId: $supervisee, supervisorId: $supervisor) { id supervisor { email } }
}`;

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return server.db.dataSource.query(sql, params);
}

async function memberId(email: string): Promise<string> {
  const [row] = await query<{ id: string }>('SELECT id FROM staff_member WHERE email = $1', [
    email,
  ]);
  if (!row) throw new Error(`no member ${email}`);
  return row.id;
}

/** A generated demo therapist (not a persona) who can sign in with the demo password. */
async function plainTherapist(offset: number): Promise<{ id: string; email: string }> {
  const [row] = await query<{ id: string; email: string }>(
    `SELECT m.id, m.email FROM staff_member m JOIN practice p ON p.id = m."practiceId"
     WHERE p.name = 'Riverbend Counseling Collective' AND m.kind = 'THERAPIST' AND m.status = 'ACTIVE'
       AND m.email NOT IN
       ('owner@riverbend.example', 'supervisor@riverbend.example', 'therapist@riverbend.example')
       AND EXISTS (SELECT 1 FROM client c WHERE c."therapistId" = m.id AND c.status = 'ACTIVE')
       AND m."supervisorId" IS NULL
       AND NOT EXISTS (SELECT 1 FROM staff_member s WHERE s."supervisorId" = m.id)
     ORDER BY m."staffId" OFFSET $1 LIMIT 1`,
    [offset],
  );
  if (!row) throw new Error('no plain therapist');
  return row;
}

function code(result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) {
  return result.errors?.[0]?.extensions;
}

describe('setStaffStatus', () => {
  it('puts a member on hold with a reason, and they lose write access on their next request', async () => {
    const therapist = await server.as('therapist@riverbend.example');
    const id = await memberId('therapist@riverbend.example');
    expect(code(await owner.graphql(SET_STATUS, { id, status: 'ON_HOLD', reason: ' ' }))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'reason',
    });
    const held = await owner.graphql(SET_STATUS, {
      id,
      status: 'ON_HOLD',
      reason: 'Medical leave',
    });
    expect(held.data).toEqual({ setStaffStatus: { id, status: 'ON_HOLD' } });
    const { data } = await therapist.graphql<{ me: { permissions: string[] } }>(
      '{ me { permissions } }',
    );
    expect(data?.me.permissions).toEqual([
      'clients.view.own',
      'notes.view',
      'contacts.view.assigned',
    ]);

    await owner.graphql(SET_STATUS, { id, status: 'ACTIVE', reason: '' });
    const back = await therapist.graphql<{ me: { permissions: string[] } }>(
      '{ me { permissions } }',
    );
    expect(back.data?.me.permissions).toContain('notes.write');
  });

  it('ends a deactivated member’s sessions at once', async () => {
    const frontDesk = await server.as('frontdesk@riverbend.example');
    const id = await memberId('frontdesk@riverbend.example');
    await owner.graphql(SET_STATUS, { id, status: 'INACTIVE', reason: 'Contract ended' });
    expect((await frontDesk.graphql('{ me { email } }')).data).toEqual({ me: null });
    const [audit] = await query<{ changes: { after: { status: string } } }>(
      `SELECT changes FROM audit_event WHERE action = 'staff.status.changed' AND "targetId" = $1`,
      [id],
    );
    expect(audit?.changes.after.status).toBe('INACTIVE');
    await owner.graphql(SET_STATUS, { id, status: 'ACTIVE', reason: '' });
  });

  it('refuses reactivation without a role, invited members, and the last owner stepping down', async () => {
    const [noRoles] = await query<{ id: string }>(
      `SELECT m.id FROM staff_member m WHERE m.status = 'INACTIVE'
       AND NOT EXISTS (SELECT 1 FROM role_assignment ra WHERE ra."staffMemberId" = m.id)`,
    );
    expect(
      code(await owner.graphql(SET_STATUS, { id: noRoles?.id, status: 'ACTIVE', reason: '' })),
    ).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'status',
    });
    const [invited] = await query<{ id: string }>(
      `SELECT id FROM staff_member WHERE status = 'INVITED' LIMIT 1`,
    );
    expect(
      code(await owner.graphql(SET_STATUS, { id: invited?.id, status: 'ACTIVE', reason: '' }))
        ?.code,
    ).toBe(ErrorCode.BAD_USER_INPUT);
    const ownerId = await memberId('owner@riverbend.example');
    expect(
      code(await owner.graphql(SET_STATUS, { id: ownerId, status: 'INACTIVE', reason: 'x' }))?.code,
    ).toBe(ErrorCode.LAST_OWNER);
  });

  it('is refused without staff.status', async () => {
    const therapist = await server.as('supervisor@riverbend.example');
    const result = await therapist.graphql(SET_STATUS, {
      id: await memberId('intern@riverbend.example'),
      status: 'ON_HOLD',
      reason: 'x',
    });
    expect(code(result)).toMatchObject({ code: ErrorCode.FORBIDDEN, permission: 'staff.status' });
  });
});

describe('removeStaffMember', () => {
  it('refuses while the member has active clients, then hands every one over in the same step', async () => {
    const leaving = await plainTherapist(0);
    const successor = await plainTherapist(1);
    const [active] = await query<{ count: number }>(
      `SELECT count(*)::int AS count FROM client WHERE "therapistId" = $1 AND status = 'ACTIVE'`,
      [leaving.id],
    );
    const count = active?.count ?? 0;
    expect(count).toBeGreaterThan(0);
    const refused = await owner.graphql(REMOVE, { id: leaving.id, reason: 'Moved away' });
    expect(code(refused)).toEqual({ code: ErrorCode.HAS_ACTIVE_CLIENTS, activeClientCount: count });

    const removed = await owner.graphql(REMOVE, {
      id: leaving.id,
      to: successor.id,
      reason: 'Moved away',
    });
    expect(removed.data).toEqual({ removeStaffMember: { id: leaving.id, status: 'REMOVED' } });
    const [left] = await query<{ count: number }>(
      `SELECT count(*)::int AS count FROM client WHERE "therapistId" = $1 AND status = 'ACTIVE'`,
      [leaving.id],
    );
    expect(left?.count).toBe(0);
    const [history] = await query<{ count: number }>(
      `SELECT count(*)::int AS count FROM client_assignment WHERE "fromTherapistId" = $1 AND "toTherapistId" = $2`,
      [leaving.id, successor.id],
    );
    expect(history?.count).toBe(count);
  });

  it('never leaves a client with a removed therapist when a reassignment races the removal', async () => {
    for (let round = 0; round < 3; round += 1) {
      const leaving = await plainTherapist(0);
      const successor = await plainTherapist(1);
      const [client] = await query<{ id: string; version: number }>(
        `SELECT id, version FROM client WHERE status = 'ACTIVE' AND "therapistId" = $1 LIMIT 1`,
        [successor.id],
      );
      await Promise.all([
        owner.graphql(REMOVE, { id: leaving.id, to: successor.id, reason: `Race ${round}` }),
        owner.graphql(
          `mutation ($c: ID!, $t: ID!, $v: Int!) {
             reassignClient(clientId: $c, toTherapistId: $t, reason: "race", expectedVersion: $v) { id }
           }`,
          { c: client?.id, t: leaving.id, v: client?.version },
        ),
      ]);
      const stranded = await query(
        `SELECT c.id FROM client c JOIN staff_member m ON m.id = c."therapistId"
         WHERE c.status = 'ACTIVE' AND m.status = 'REMOVED'`,
      );
      expect(stranded).toEqual([]);
    }
  });

  it('is refused without staff.remove', async () => {
    const manager = await server.as('records@riverbend.example');
    const result = await manager.graphql(REMOVE, {
      id: await memberId('intern@riverbend.example'),
      reason: 'x',
    });
    expect(code(result)).toMatchObject({ code: ErrorCode.FORBIDDEN, permission: 'staff.remove' });
  });
});

describe('setSupervisor', () => {
  it('accepts a member whose roles can supervise, and refuses anyone else, oneself and loops', async () => {
    const intern = await memberId('intern@riverbend.example');
    const supervisor = await memberId('supervisor@riverbend.example');
    const therapist = await memberId('therapist@riverbend.example');

    const notSupervising = await owner.graphql(SET_SUPERVISOR, {
      supervisee: intern,
      supervisor: therapist,
    });
    expect(code(notSupervising)).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'supervisorId' });
    const self = await owner.graphql(SET_SUPERVISOR, { supervisee: supervisor, supervisor });
    expect(code(self)).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'supervisorId' });

    const [otherSupervisor] = await query<{ id: string }>(
      `SELECT m.id FROM staff_member m WHERE m.id <> $1 AND EXISTS (
         SELECT 1 FROM role_assignment ra JOIN role r ON r.id = ra."roleId"
         WHERE ra."staffMemberId" = m.id AND r."canSupervise") AND m.status = 'ACTIVE' LIMIT 1`,
      [supervisor],
    );
    const moved = await owner.graphql<{ setSupervisor: { supervisor: { email: string } } }>(
      SET_SUPERVISOR,
      {
        supervisee: supervisor,
        supervisor: otherSupervisor?.id,
      },
    );
    expect(moved.errors).toBeUndefined();
    const loop = await owner.graphql(SET_SUPERVISOR, {
      supervisee: otherSupervisor?.id,
      supervisor,
    });
    expect(code(loop)).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'supervisorId' });
    const cleared = await owner.graphql(SET_SUPERVISOR, {
      supervisee: supervisor,
      supervisor: null,
    });
    expect(cleared.data).toEqual({ setSupervisor: { id: supervisor, supervisor: null } });
  });
});
