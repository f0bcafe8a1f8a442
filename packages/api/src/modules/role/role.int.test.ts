import { ErrorCode } from '@caseload/shared';
import { startTestServer, type TestCaller, type TestServer } from '../../test/test-server';

let server: TestServer;
let owner: TestCaller;
let manager: TestCaller;

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.as('owner@riverbend.example');
  manager = await server.as('manager@riverbend.example');
});

afterAll(async () => {
  await server?.stop();
});

interface RoleData {
  id: string;
  name: string;
  templateKey: string | null;
  permissions: string[];
  memberCount: number;
  version: number;
}

const ROLE_FIELDS = 'id name templateKey permissions memberCount version';

async function roles(caller: TestCaller = owner): Promise<RoleData[]> {
  const { data } = await caller.graphql<{ roles: RoleData[] }>(`{ roles { ${ROLE_FIELDS} } }`);
  return data?.roles ?? [];
}

async function roleByTemplate(templateKey: string): Promise<RoleData> {
  const role = (await roles()).find((candidate) => candidate.templateKey === templateKey);
  if (!role) throw new Error(`no ${templateKey} role`);
  return role;
}

async function memberId(email: string): Promise<string> {
  const [row] = await server.db.dataSource.query(
    `SELECT m.id FROM staff_member m JOIN practice p ON p.id = m."practiceId"
     WHERE m.email = $1 AND p.name = 'Riverbend Counseling Collective'`,
    [email],
  );
  return row.id;
}

function codes(result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) {
  return result.errors?.map((error) => error.extensions?.code);
}

const CREATE_ROLE = `mutation ($input: RoleInput!) { createRole(input: $input) { ${ROLE_FIELDS} } }`;
const UPDATE_ROLE = `mutation ($id: ID!, $input: RoleInput!, $expectedVersion: Int!) {
  updateRole(id: $id, input: $input, expectedVersion: $expectedVersion) { ${ROLE_FIELDS} }
}`;
const ASSIGN_ROLES = `mutation ($staffMemberId: ID!, $roleIds: [ID!]!) {
  assignRoles(staffMemberId: $staffMemberId, roleIds: $roleIds) { id status roles { name } }
}`;

describe('roles', () => {
  it('lists the nine template roles with their permissions and how many members hold each', async () => {
    const list = await roles();
    expect(list.map((role) => role.templateKey).sort()).toEqual([
      'associate',
      'front-office',
      'intern',
      'licensed-therapist',
      'manager',
      'owner',
      'records-custodian',
      'supervisor',
      'therapist',
    ]);
    const supervisor = list.find((role) => role.templateKey === 'supervisor');
    expect(supervisor?.permissions).toContain('caseload.supervise');
    expect(supervisor?.memberCount).toBe(3);
  });

  it('is refused to a member without staff.view, naming the permission', async () => {
    const onHold = await server.as('onhold@riverbend.example');
    const result = await onHold.graphql('{ roles { id } }');
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'staff.view',
    });
  });
});

describe('createRole', () => {
  const billingLead = {
    name: 'Billing Lead',
    description: 'Runs billing',
    permissions: ['billing.manage', 'staff.view', 'billing.view'],
  };

  it('creates a role with its permissions in catalogue order, audited', async () => {
    const { data, errors } = await manager.graphql<{ createRole: RoleData }>(CREATE_ROLE, {
      input: billingLead,
    });
    expect(errors).toBeUndefined();
    expect(data?.createRole).toMatchObject({
      name: 'Billing Lead',
      templateKey: null,
      permissions: ['staff.view', 'billing.view', 'billing.manage'],
      memberCount: 0,
      version: 1,
    });
    const [audit] = await server.db.dataSource.query(
      `SELECT changes FROM audit_event WHERE action = 'role.created' AND "targetId" = $1`,
      [data?.createRole.id],
    );
    expect(audit.changes.after.name).toBe('Billing Lead');
  });

  it('refuses a second role of the same name with CONFLICT on the name field', async () => {
    const result = await manager.graphql(CREATE_ROLE, { input: billingLead });
    expect(result.errors?.[0]?.extensions).toEqual({ code: ErrorCode.CONFLICT, field: 'name' });
  });

  it('refuses unknown permission keys and a blank name with the field at fault', async () => {
    const unknown = await owner.graphql(CREATE_ROLE, {
      input: { name: 'Odd', permissions: ['staff.view', 'time.travel'] },
    });
    expect(unknown.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'permissions',
    });
    const blank = await owner.graphql(CREATE_ROLE, { input: { name: '  ', permissions: [] } });
    expect(blank.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'name',
    });
  });

  it('refuses to let a member grant a permission they do not hold', async () => {
    const result = await manager.graphql(CREATE_ROLE, {
      input: { name: 'Settings Admin', permissions: ['practice.settings', 'notes.view'] },
    });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.FORBIDDEN,
      permissions: ['notes.view', 'practice.settings'],
    });
  });

  it('is refused without roles.manage', async () => {
    const therapist = await server.as('therapist@riverbend.example');
    const result = await therapist.graphql(CREATE_ROLE, { input: billingLead });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'roles.manage',
    });
  });
});

describe('updateRole', () => {
  it('saves with the current version and refuses a stale one with CONFLICT', async () => {
    const associate = await roleByTemplate('associate');
    const input = {
      name: 'Associate',
      permissions: [...associate.permissions, 'scheduling.manage'],
      requiresSupervision: true,
    };
    const saved = await owner.graphql<{ updateRole: RoleData }>(UPDATE_ROLE, {
      id: associate.id,
      input,
      expectedVersion: associate.version,
    });
    expect(saved.data?.updateRole.version).toBe(associate.version + 1);
    expect(saved.data?.updateRole.permissions).toContain('scheduling.manage');

    const stale = await owner.graphql(UPDATE_ROLE, {
      id: associate.id,
      input,
      expectedVersion: associate.version,
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.CONFLICT,
      field: 'expectedVersion',
    });
  });

  it('keeps every permission on the Owner role', async () => {
    const ownerRole = await roleByTemplate('owner');
    const result = await owner.graphql(UPDATE_ROLE, {
      id: ownerRole.id,
      input: { name: 'Owner', permissions: ['staff.view'] },
      expectedVersion: ownerRole.version,
    });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'permissions',
    });
  });
});

describe('previewRoleChange', () => {
  it('shows who would lose what, and saves nothing', async () => {
    const therapistRole = await roleByTemplate('therapist');
    const { data } = await owner.graphql<{
      previewRoleChange: Array<{
        staffMember: { email: string };
        gained: string[];
        lost: string[];
      }>;
    }>(
      `query ($roleId: ID!, $permissions: [String!]!) {
        previewRoleChange(roleId: $roleId, permissions: $permissions) {
          staffMember { email } gained lost
        }
      }`,
      {
        roleId: therapistRole.id,
        permissions: therapistRole.permissions.filter((key) => key !== 'scheduling.view'),
      },
    );
    const changes = data?.previewRoleChange ?? [];
    const therapist = changes.find(
      (change) => change.staffMember.email === 'therapist@riverbend.example',
    );
    expect(therapist).toEqual({
      staffMember: { email: 'therapist@riverbend.example' },
      gained: [],
      lost: ['scheduling.view'],
    });
    // ON_HOLD members hold no scheduling permission, so they lose nothing.
    expect(changes.map((change) => change.staffMember.email)).not.toContain(
      'onhold@riverbend.example',
    );
    expect((await roleByTemplate('therapist')).permissions).toContain('scheduling.view');
  });
});

describe('assignRoles', () => {
  it('previews and then makes a member INACTIVE when their last role is removed, ending their sessions', async () => {
    const frontDesk2 = await server.db.dataSource.query(
      `SELECT m.id, m.email FROM staff_member m JOIN role_assignment ra ON ra."staffMemberId" = m.id
       JOIN role r ON r.id = ra."roleId" WHERE r."templateKey" = 'front-office' AND m.status = 'ACTIVE'
       AND m.kind = 'ADMIN_STAFF' AND m.email <> 'frontdesk@riverbend.example'`,
    );
    const target = frontDesk2[0] as { id: string; email: string };
    await server.db.dataSource.query(
      `UPDATE "user" SET "passwordHash" = (SELECT "passwordHash" FROM "user" WHERE email = 'owner@riverbend.example')
       WHERE id = (SELECT "userId" FROM staff_member WHERE id = $1)`,
      [target.id],
    );
    const member = await server.as(target.email);
    expect((await member.graphql('{ me { email } }')).data).toEqual({
      me: { email: target.email },
    });

    const preview = await owner.graphql<{
      previewRoleAssignment: { lost: string[]; statusAfter: string };
    }>(
      'query ($id: ID!) { previewRoleAssignment(staffMemberId: $id, roleIds: []) { lost statusAfter } }',
      { id: target.id },
    );
    expect(preview.data?.previewRoleAssignment.statusAfter).toBe('INACTIVE');
    expect(preview.data?.previewRoleAssignment.lost).toContain('staff.view');

    const result = await owner.graphql<{ assignRoles: { status: string; roles: unknown[] } }>(
      ASSIGN_ROLES,
      { staffMemberId: target.id, roleIds: [] },
    );
    expect(result.data?.assignRoles).toEqual(
      expect.objectContaining({ status: 'INACTIVE', roles: [] }),
    );
    expect((await member.graphql('{ me { email } }')).data).toEqual({ me: null });
  });

  it('never lets the last Owner lose the Owner role', async () => {
    const ownerId = await memberId('owner@riverbend.example');
    const licensed = await roleByTemplate('licensed-therapist');
    const result = await owner.graphql(ASSIGN_ROLES, {
      staffMemberId: ownerId,
      roleIds: [licensed.id],
    });
    expect(codes(result)).toEqual([ErrorCode.LAST_OWNER]);
    const [{ count }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS count FROM role_assignment ra JOIN role r ON r.id = ra."roleId"
       WHERE ra."staffMemberId" = $1`,
      [ownerId],
    );
    expect(count).toBe(2);
  });

  it('refuses roles of another practice and roles carrying permissions the grantor lacks', async () => {
    const therapistId = await memberId('therapist@riverbend.example');
    const [{ id: foreignRoleId }] = await server.db.dataSource.query(
      `SELECT r.id FROM role r JOIN practice p ON p.id = r."practiceId"
       WHERE p.name = 'Hollow Pine Therapy' AND r."templateKey" = 'therapist'`,
    );
    const foreign = await owner.graphql(ASSIGN_ROLES, {
      staffMemberId: therapistId,
      roleIds: [foreignRoleId],
    });
    expect(foreign.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'roleIds',
    });
    const ownerRole = await roleByTemplate('owner');
    const beyond = await manager.graphql(ASSIGN_ROLES, {
      staffMemberId: therapistId,
      roleIds: [ownerRole.id],
    });
    expect(beyond.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.FORBIDDEN,
      permissions: ['practice.settings'],
    });
    // Clinical roles are within a Manager's reach to assign (seed 002: Managers add therapists).
    const supervisorRole = await roleByTemplate('supervisor');
    const therapistRole = await roleByTemplate('therapist');
    const clinical = await manager.graphql(ASSIGN_ROLES, {
      staffMemberId: therapistId,
      roleIds: [therapistRole.id, supervisorRole.id],
    });
    expect(clinical.errors).toBeUndefined();
  });
});

describe('archiveRole', () => {
  it('is refused while the role is assigned, and archives it once nobody holds it', async () => {
    const intern = await roleByTemplate('intern');
    const assigned = await owner.graphql('mutation ($id: ID!) { archiveRole(id: $id) { id } }', {
      id: intern.id,
    });
    expect(assigned.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.CONFLICT });

    const created = await owner.graphql<{ createRole: RoleData }>(CREATE_ROLE, {
      input: { name: 'Temporary', permissions: ['staff.view'] },
    });
    const archived = await owner.graphql<{ archiveRole: { archivedAt: string } }>(
      'mutation ($id: ID!) { archiveRole(id: $id) { archivedAt } }',
      { id: created.data?.createRole.id },
    );
    expect(archived.data?.archiveRole.archivedAt).toBeTruthy();
    expect((await roles()).map((role) => role.name)).not.toContain('Temporary');
  });

  it('answers NOT_FOUND for a role of another practice', async () => {
    const [{ id }] = await server.db.dataSource.query(
      `SELECT r.id FROM role r JOIN practice p ON p.id = r."practiceId" WHERE p.name = 'Hollow Pine Therapy' LIMIT 1`,
    );
    const result = await owner.graphql('mutation ($id: ID!) { archiveRole(id: $id) { id } }', {
      id,
    });
    expect(codes(result)).toEqual([ErrorCode.NOT_FOUND]);
  });
});
