import { allPermissions, ErrorCode } from '@caseload/shared';
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

interface Decision {
  permission: string;
  granted: boolean;
  reasons: Array<{
    kind: string;
    summary: string;
    roleName: string | null;
    expiresAt: string | null;
  }>;
}

const EXPLAIN = `query ($id: ID!) {
  effectivePermissions(staffMemberId: $id) {
    permission granted reasons { kind summary roleName expiresAt }
  }
}`;
const SET_OVERRIDE = `mutation ($staffMemberId: ID!, $permission: String!, $effect: OverrideEffect!,
                                 $reason: String!, $expiresAt: DateTimeISO) {
  setPermissionOverride(staffMemberId: $staffMemberId, permission: $permission, effect: $effect,
                        reason: $reason, expiresAt: $expiresAt) { id permission effect }
}`;

async function memberId(email: string, practice = 'Riverbend Counseling Collective') {
  const [row] = await server.db.dataSource.query(
    `SELECT m.id FROM staff_member m JOIN practice p ON p.id = m."practiceId"
     WHERE m.email = $1 AND p.name = $2`,
    [email, practice],
  );
  return row.id as string;
}

async function explain(caller: TestCaller, id: string) {
  const result = await caller.graphql<{ effectivePermissions: Decision[] }>(EXPLAIN, { id });
  const byKey = new Map(
    result.data?.effectivePermissions.map((decision) => [decision.permission, decision]),
  );
  return { result, byKey };
}

describe('permissionCatalog', () => {
  it('lists every key with its group and description to any signed-in member', async () => {
    const intern = await server.as('intern@riverbend.example');
    const { data } = await intern.graphql<{
      permissionCatalog: Array<{ key: string; group: string; description: string }>;
    }>('{ permissionCatalog { key group description } }');
    expect(data?.permissionCatalog.map((entry) => entry.key)).toEqual(allPermissions);
    expect(data?.permissionCatalog[0]).toMatchObject({ key: 'staff.view', group: 'Staff' });
  });

  it('is refused to anonymous callers', async () => {
    const result = await server.graphql('{ permissionCatalog { key } }');
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('effectivePermissions', () => {
  it('explains each key: the roles that grant it, an override with its reason and expiry', async () => {
    const { byKey } = await explain(owner, await memberId('intern@riverbend.example'));
    expect(byKey.get('notes.write')).toMatchObject({
      granted: true,
      reasons: [{ kind: 'ROLE', roleName: 'Intern' }],
    });
    const contacts = byKey.get('contacts.view.all');
    expect(contacts?.granted).toBe(true);
    expect(contacts?.reasons[0]?.kind).toBe('OVERRIDE');
    expect(contacts?.reasons[0]?.summary).toMatch(
      /^ALLOW override by Elena Marsh until .*: Covering intake/,
    );
    expect(byKey.get('roles.manage')).toEqual({
      permission: 'roles.manage',
      granted: false,
      reasons: [],
    });
  });

  it('ignores an expired override without any job having run', async () => {
    const { byKey } = await explain(owner, await memberId('therapist@riverbend.example'));
    expect(byKey.get('scheduling.manage')).toEqual({
      permission: 'scheduling.manage',
      granted: false,
      reasons: [],
    });
  });

  it('lets a member read their own, even ON_HOLD, and says the status is why', async () => {
    const onHold = await server.as('onhold@riverbend.example');
    const { byKey } = await explain(onHold, await memberId('onhold@riverbend.example'));
    expect(byKey.get('clients.view.own')?.granted).toBe(true);
    const write = byKey.get('notes.write');
    expect(write?.granted).toBe(false);
    expect(write?.reasons[0]).toMatchObject({ kind: 'STATUS' });
    expect(write?.reasons[0]?.summary).toMatch(/ON_HOLD: read-only/);
    expect(write?.reasons[1]).toMatchObject({ kind: 'ROLE', roleName: 'Therapist' });
  });

  it('refuses someone else’s without staff.view, and answers NOT_FOUND across practices', async () => {
    const onHold = await server.as('onhold@riverbend.example');
    const other = await onHold.graphql(EXPLAIN, { id: await memberId('owner@riverbend.example') });
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'staff.view',
    });
    const foreign = await owner.graphql(EXPLAIN, {
      id: await memberId('owner@hollowpine.example', 'Hollow Pine Therapy'),
    });
    expect(foreign.data).toBeNull();
    expect(foreign.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });
});

describe('permission overrides', () => {
  it('DENY takes a permission away on the very next request, and removing it gives it back', async () => {
    const frontDesk = await server.as('frontdesk@riverbend.example');
    expect((await frontDesk.graphql('{ staff(first: 1) { totalCount } }')).errors).toBeUndefined();

    const set = await owner.graphql<{ setPermissionOverride: { id: string } }>(SET_OVERRIDE, {
      staffMemberId: await memberId('frontdesk@riverbend.example'),
      permission: 'staff.view',
      effect: 'DENY',
      reason: 'Roster review in progress',
    });
    expect(set.errors).toBeUndefined();
    const denied = await frontDesk.graphql('{ staff(first: 1) { totalCount } }');
    expect(denied.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'staff.view',
    });

    await owner.graphql('mutation ($id: ID!) { removePermissionOverride(id: $id) }', {
      id: set.data?.setPermissionOverride.id,
    });
    expect((await frontDesk.graphql('{ staff(first: 1) { totalCount } }')).errors).toBeUndefined();
    const [{ count }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action LIKE 'permission_override.%'
       AND "targetId" = $1`,
      [await memberId('frontdesk@riverbend.example')],
    );
    expect(count).toBe(2);
  });

  it('refuses a blank reason, a past expiry and an unknown key, with the field at fault', async () => {
    const staffMemberId = await memberId('therapist@riverbend.example');
    const base = { staffMemberId, permission: 'billing.view', effect: 'ALLOW', reason: 'Cover' };
    const cases = [
      [{ ...base, reason: '   ' }, 'reason'],
      [{ ...base, expiresAt: '2020-01-01T00:00:00Z' }, 'expiresAt'],
      [{ ...base, permission: 'billing.everything' }, 'permission'],
    ] as const;
    for (const [variables, field] of cases) {
      const result = await owner.graphql(SET_OVERRIDE, variables);
      expect(result.errors?.[0]?.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field });
    }
  });

  it('refuses overriding one’s own permissions, and ALLOW of a key one does not hold', async () => {
    const manager = await server.as('manager@riverbend.example');
    const own = await manager.graphql(SET_OVERRIDE, {
      staffMemberId: await memberId('manager@riverbend.example'),
      permission: 'billing.view',
      effect: 'DENY',
      reason: 'test',
    });
    expect(own.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
    const beyond = await manager.graphql(SET_OVERRIDE, {
      staffMemberId: await memberId('therapist@riverbend.example'),
      permission: 'practice.settings',
      effect: 'ALLOW',
      reason: 'test',
    });
    expect(beyond.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.FORBIDDEN,
      permissions: ['practice.settings'],
    });
  });

  it('is refused without permissions.override, and NOT_FOUND for a member of another practice', async () => {
    const supervisor = await server.as('supervisor@riverbend.example');
    const refused = await supervisor.graphql(SET_OVERRIDE, {
      staffMemberId: await memberId('intern@riverbend.example'),
      permission: 'notes.cosign',
      effect: 'ALLOW',
      reason: 'test',
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'permissions.override',
    });
    const foreign = await owner.graphql(SET_OVERRIDE, {
      staffMemberId: await memberId('owner@hollowpine.example', 'Hollow Pine Therapy'),
      permission: 'billing.view',
      effect: 'DENY',
      reason: 'test',
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });
});
