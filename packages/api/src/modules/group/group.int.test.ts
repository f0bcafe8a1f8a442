import { ErrorCode } from '@caseload/shared';
import { startTestServer, type TestCaller, type TestServer } from '../../test/test-server';

let server: TestServer;
let manager: TestCaller;
let therapist: TestCaller;
let hollowPineOwner: TestCaller;

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.as('manager@riverbend.example');
  therapist = await server.as('therapist@riverbend.example');
  hollowPineOwner = await server.as('owner@hollowpine.example');
});

afterAll(async () => {
  await server?.stop();
});

interface GroupData {
  id: string;
  name: string;
  kind: string;
  archivedAt: string | null;
  memberCount: number;
}

const GROUP_FIELDS = 'id name kind archivedAt memberCount';
const GROUPS = `query ($includeArchived: Boolean) {
  groups(includeArchived: $includeArchived) { ${GROUP_FIELDS} }
}`;
const CREATE = `mutation ($name: String!, $kind: GroupKind!) {
  createGroup(name: $name, kind: $kind) { ${GROUP_FIELDS} }
}`;
const RENAME = `mutation ($id: ID!, $name: String!) { renameGroup(id: $id, name: $name) { ${GROUP_FIELDS} } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveGroup(id: $id) { ${GROUP_FIELDS} } }`;
const ADD = `mutation ($groupId: ID!, $staffMemberIds: [ID!]!) {
  addGroupMembers(groupId: $groupId, staffMemberIds: $staffMemberIds) { ${GROUP_FIELDS} }
}`;
const REMOVE = `mutation ($groupId: ID!, $staffMemberId: ID!) {
  removeGroupMember(groupId: $groupId, staffMemberId: $staffMemberId) { ${GROUP_FIELDS} }
}`;

async function groups(caller: TestCaller = manager, includeArchived = false): Promise<GroupData[]> {
  const { data, errors } = await caller.graphql<{ groups: GroupData[] }>(GROUPS, {
    includeArchived,
  });
  expect(errors).toBeUndefined();
  return data?.groups ?? [];
}

async function memberId(email: string, practice = 'Riverbend Counseling Collective') {
  const [row] = await server.db.dataSource.query(
    `SELECT m.id FROM staff_member m JOIN practice p ON p.id = m."practiceId"
     WHERE m.email = $1 AND p.name = $2`,
    [email, practice],
  );
  return row.id as string;
}

async function removedMemberId(): Promise<string> {
  const [row] = await server.db.dataSource.query(
    `SELECT m.id FROM staff_member m JOIN practice p ON p.id = m."practiceId"
     WHERE m.status = 'REMOVED' AND p.name = 'Riverbend Counseling Collective' LIMIT 1`,
  );
  return row.id;
}

function extensions(result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) {
  return result.errors?.[0]?.extensions;
}

const forbiddenStaffEdit = { code: ErrorCode.FORBIDDEN, permission: 'staff.edit' };

describe('groups', () => {
  it('lists the unarchived groups by kind and name, with how many members each has', async () => {
    const list = await groups();
    expect(list.map((group) => [group.kind, group.name])).toEqual([
      ['TEAM', 'Child & Family Team'],
      ['TEAM', 'Trauma Team'],
      ['LOCATION', 'Downtown Clinic'],
      ['LOCATION', 'Northside Office'],
      ['DEPARTMENT', 'Intake'],
    ]);
    const [{ count }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS count FROM group_membership gm
         JOIN staff_group g ON g.id = gm."groupId" JOIN staff_member m ON m.id = gm."staffMemberId"
        WHERE g.name = 'Downtown Clinic' AND m.status <> 'REMOVED'`,
    );
    expect(list.find((group) => group.name === 'Downtown Clinic')?.memberCount).toBe(count);
  });

  it('is readable with staff.view (a therapist) and refused without it, naming the permission', async () => {
    expect((await groups(therapist)).length).toBe(5);
    const onHold = await server.as('onhold@riverbend.example');
    const result = await onHold.graphql(GROUPS);
    expect(result.data).toBeNull();
    expect(extensions(result)).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'staff.view',
    });
  });

  it("counts members of a member's groups through the roster too", async () => {
    const { data, errors } = await manager.graphql<{
      staff: { edges: Array<{ node: { groups: Array<{ name: string; memberCount: number }> } }> };
    }>('{ staff(first: 5) { edges { node { groups { name memberCount } } } } }');
    expect(errors).toBeUndefined();
    const counts = new Map((await groups()).map((group) => [group.name, group.memberCount]));
    for (const edge of data?.staff.edges ?? []) {
      for (const group of edge.node.groups) expect(group.memberCount).toBe(counts.get(group.name));
    }
  });
});

describe('createGroup', () => {
  it('creates a group, audited, with no members', async () => {
    const { data, errors } = await manager.graphql<{ createGroup: GroupData }>(CREATE, {
      name: '  Eating  Disorders Team ',
      kind: 'TEAM',
    });
    expect(errors).toBeUndefined();
    expect(data?.createGroup).toMatchObject({
      name: 'Eating Disorders Team',
      kind: 'TEAM',
      archivedAt: null,
      memberCount: 0,
    });
    const [audit] = await server.db.dataSource.query(
      `SELECT changes FROM audit_event WHERE action = 'group.created' AND "targetId" = $1`,
      [data?.createGroup.id],
    );
    expect(audit.changes).toEqual({
      before: null,
      after: { name: 'Eating Disorders Team', kind: 'TEAM' },
    });
  });

  it('refuses a name an unarchived group has, whatever the case or kind, with CONFLICT on name', async () => {
    for (const [name, kind] of [
      ['Eating Disorders Team', 'TEAM'],
      ['trauma team', 'TEAM'],
      ['Intake', 'LOCATION'],
    ]) {
      const result = await manager.graphql(CREATE, { name, kind });
      expect(extensions(result)).toEqual({ code: ErrorCode.CONFLICT, field: 'name' });
    }
  });

  it('refuses a blank or overlong name with BAD_USER_INPUT on name', async () => {
    for (const name of ['   ', 'x'.repeat(101)]) {
      const result = await manager.graphql(CREATE, { name, kind: 'TEAM' });
      expect(extensions(result)).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'name' });
    }
  });

  it('is refused without staff.edit', async () => {
    const result = await therapist.graphql(CREATE, { name: 'Therapists Club', kind: 'TEAM' });
    expect(result.data).toBeNull();
    expect(extensions(result)).toMatchObject(forbiddenStaffEdit);
  });
});

describe('renameGroup', () => {
  it('renames, audited with before and after', async () => {
    const intake = (await groups()).find((group) => group.name === 'Intake') as GroupData;
    const { data, errors } = await manager.graphql<{ renameGroup: GroupData }>(RENAME, {
      id: intake.id,
      name: 'Intake & Scheduling',
    });
    expect(errors).toBeUndefined();
    expect(data?.renameGroup).toMatchObject({ id: intake.id, name: 'Intake & Scheduling' });
    const [audit] = await server.db.dataSource.query(
      `SELECT changes FROM audit_event WHERE action = 'group.renamed' AND "targetId" = $1`,
      [intake.id],
    );
    expect(audit.changes).toEqual({
      before: { name: 'Intake' },
      after: { name: 'Intake & Scheduling' },
    });
  });

  it("refuses another group's name with CONFLICT, and is refused without staff.edit", async () => {
    const trauma = (await groups()).find((group) => group.name === 'Trauma Team') as GroupData;
    const taken = await manager.graphql(RENAME, { id: trauma.id, name: 'Downtown Clinic' });
    expect(extensions(taken)).toEqual({ code: ErrorCode.CONFLICT, field: 'name' });
    const denied = await therapist.graphql(RENAME, { id: trauma.id, name: 'Trauma' });
    expect(extensions(denied)).toMatchObject(forbiddenStaffEdit);
  });

  it("is NOT_FOUND for another practice's group and for a malformed id", async () => {
    const trauma = (await groups()).find((group) => group.name === 'Trauma Team') as GroupData;
    const other = await hollowPineOwner.graphql(RENAME, { id: trauma.id, name: 'Mine now' });
    expect(extensions(other)).toEqual({ code: ErrorCode.NOT_FOUND });
    const malformed = await manager.graphql(RENAME, { id: 'nope', name: 'Whatever' });
    expect(extensions(malformed)).toEqual({ code: ErrorCode.NOT_FOUND });
  });
});

describe('group members', () => {
  let team: GroupData;
  let therapistId: string;
  let internId: string;

  beforeAll(async () => {
    team = (await groups()).find((group) => group.name === 'Eating Disorders Team') as GroupData;
    therapistId = await memberId('therapist@riverbend.example');
    internId = await memberId('intern@riverbend.example');
  });

  it('adds members, audited on each member, and the roster filters by the group', async () => {
    const { data, errors } = await manager.graphql<{ addGroupMembers: GroupData }>(ADD, {
      groupId: team.id,
      staffMemberIds: [therapistId, internId],
    });
    expect(errors).toBeUndefined();
    expect(data?.addGroupMembers.memberCount).toBe(2);
    const roster = await manager.graphql<{
      staff: { totalCount: number; edges: Array<{ node: { id: string } }> };
    }>(
      'query ($ids: [ID!]) { staff(filter: { groupIds: $ids }) { totalCount edges { node { id } } } }',
      {
        ids: [team.id],
      },
    );
    expect(roster.data?.staff.edges.map((edge) => edge.node.id).sort()).toEqual(
      [therapistId, internId].sort(),
    );
    const audits = await server.db.dataSource.query(
      `SELECT "targetId", changes FROM audit_event WHERE action = 'group.member.added'`,
    );
    expect(audits).toHaveLength(2);
    expect(audits[0].changes.after.group).toEqual({
      id: team.id,
      name: 'Eating Disorders Team',
      kind: 'TEAM',
    });
  });

  it('is idempotent: adding members again changes and logs nothing', async () => {
    const { data, errors } = await manager.graphql<{ addGroupMembers: GroupData }>(ADD, {
      groupId: team.id,
      staffMemberIds: [therapistId, therapistId, internId],
    });
    expect(errors).toBeUndefined();
    expect(data?.addGroupMembers.memberCount).toBe(2);
    const [{ count }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'group.member.added'`,
    );
    expect(count).toBe(2);
  });

  it('refuses removed members with BAD_USER_INPUT on staffMemberIds', async () => {
    const removed = await removedMemberId();
    const result = await manager.graphql(ADD, {
      groupId: team.id,
      staffMemberIds: [therapistId, removed],
    });
    expect(extensions(result)).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'staffMemberIds',
      staffMemberIds: [removed],
    });
  });

  it("is NOT_FOUND for another practice's member or group", async () => {
    const otherMember = await memberId('owner@hollowpine.example', 'Hollow Pine Therapy');
    const member = await manager.graphql(ADD, { groupId: team.id, staffMemberIds: [otherMember] });
    expect(extensions(member)).toEqual({ code: ErrorCode.NOT_FOUND });
    const group = await hollowPineOwner.graphql(ADD, {
      groupId: team.id,
      staffMemberIds: [otherMember],
    });
    expect(extensions(group)).toEqual({ code: ErrorCode.NOT_FOUND });
    const remove = await hollowPineOwner.graphql(REMOVE, {
      groupId: team.id,
      staffMemberId: therapistId,
    });
    expect(extensions(remove)).toEqual({ code: ErrorCode.NOT_FOUND });
  });

  it('is refused without staff.edit', async () => {
    const add = await therapist.graphql(ADD, { groupId: team.id, staffMemberIds: [therapistId] });
    expect(extensions(add)).toMatchObject(forbiddenStaffEdit);
    const remove = await therapist.graphql(REMOVE, {
      groupId: team.id,
      staffMemberId: therapistId,
    });
    expect(extensions(remove)).toMatchObject(forbiddenStaffEdit);
  });

  it('removes a member, audited; removing them again is no error', async () => {
    const first = await manager.graphql<{ removeGroupMember: GroupData }>(REMOVE, {
      groupId: team.id,
      staffMemberId: internId,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.removeGroupMember.memberCount).toBe(1);
    const again = await manager.graphql<{ removeGroupMember: GroupData }>(REMOVE, {
      groupId: team.id,
      staffMemberId: internId,
    });
    expect(again.data?.removeGroupMember.memberCount).toBe(1);
    const audits = await server.db.dataSource.query(
      `SELECT changes FROM audit_event WHERE action = 'group.member.removed' AND "targetId" = $1`,
      [internId],
    );
    expect(audits).toHaveLength(1);
    expect(audits[0].changes.after).toEqual({ group: null });
  });
});

describe('archiveGroup', () => {
  let team: GroupData;
  let therapistId: string;

  beforeAll(async () => {
    team = (await groups()).find((group) => group.name === 'Eating Disorders Team') as GroupData;
    therapistId = await memberId('therapist@riverbend.example');
  });

  it('is refused without staff.edit and NOT_FOUND from another practice', async () => {
    expect(extensions(await therapist.graphql(ARCHIVE, { id: team.id }))).toMatchObject(
      forbiddenStaffEdit,
    );
    expect(extensions(await hollowPineOwner.graphql(ARCHIVE, { id: team.id }))).toEqual({
      code: ErrorCode.NOT_FOUND,
    });
  });

  it("hides the group from the list and from members' groups, keeping the memberships", async () => {
    const { data, errors } = await manager.graphql<{ archiveGroup: GroupData }>(ARCHIVE, {
      id: team.id,
    });
    expect(errors).toBeUndefined();
    expect(data?.archiveGroup.archivedAt).not.toBeNull();
    expect((await groups()).map((group) => group.id)).not.toContain(team.id);
    expect((await groups(manager, true)).map((group) => group.id)).toContain(team.id);

    const member = await manager.graphql<{ staffMember: { groups: Array<{ id: string }> } }>(
      'query ($id: ID!) { staffMember(id: $id) { groups { id } } }',
      { id: therapistId },
    );
    expect(member.data?.staffMember.groups.map((group) => group.id)).not.toContain(team.id);
    const kept = await server.db.dataSource.query(
      'SELECT 1 FROM group_membership WHERE "groupId" = $1 AND "staffMemberId" = $2',
      [team.id, therapistId],
    );
    expect(kept).toHaveLength(1);
    const [audit] = await server.db.dataSource.query(
      `SELECT changes FROM audit_event WHERE action = 'group.archived' AND "targetId" = $1`,
      [team.id],
    );
    expect(audit.changes.before).toEqual({ archivedAt: null });
  });

  it('frees the name, refuses new members, and archiving again changes nothing', async () => {
    const reused = await manager.graphql(CREATE, { name: 'Eating Disorders Team', kind: 'TEAM' });
    expect(reused.errors).toBeUndefined();
    const add = await manager.graphql(ADD, { groupId: team.id, staffMemberIds: [therapistId] });
    expect(extensions(add)).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'groupId' });
    const again = await manager.graphql(ARCHIVE, { id: team.id });
    expect(again.errors).toBeUndefined();
    const [{ count }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'group.archived'`,
    );
    expect(count).toBe(1);
  });
});
