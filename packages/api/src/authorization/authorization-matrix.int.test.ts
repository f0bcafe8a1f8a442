import 'reflect-metadata';
import { ErrorCode } from '@caseload/shared';
import { buildGraphqlSchema } from '../graphql/schema';
import { DEMO_PASSWORD } from '../seed/demo-sign-ins';
import { type GraphqlCall, startTestServer, type TestServer } from '../test/test-server';

/**
 * Every demo persona against every root field: each cell is either allowed (and answers what an
 * allowed caller gets) or refused with the right code and nothing in `data`.
 */

type Persona =
  | 'owner'
  | 'manager'
  | 'therapist'
  | 'intern'
  | 'supervisor'
  | 'frontOffice'
  | 'recordsCustodian'
  | 'externalAgent'
  | 'onHold'
  | 'otherPractice'
  | 'anonymous';

const personaEmails: Record<Exclude<Persona, 'anonymous'>, string> = {
  owner: 'owner@riverbend.example',
  manager: 'manager@riverbend.example',
  therapist: 'therapist@riverbend.example',
  intern: 'intern@riverbend.example',
  supervisor: 'supervisor@riverbend.example',
  frontOffice: 'frontdesk@riverbend.example',
  recordsCustodian: 'records@riverbend.example',
  externalAgent: 'agent@agentdesk.example',
  onHold: 'onhold@riverbend.example',
  otherPractice: 'owner@hollowpine.example',
};

/** The guarding keys each persona holds, written out from the role templates (SPEC.md). */
const held: Record<Persona, string[]> = {
  owner: [
    'practice.settings',
    'staff.view',
    'roles.manage',
    'permissions.override',
    'clients.view',
    'caseload.supervise',
    'clients.reassign',
    'clients.create',
    'clients.edit',
    'staff.invite',
    'staff.status',
    'staff.remove',
    'staff.edit',
    'contacts.view',
    'contacts.manage',
    'audit.view',
  ],
  manager: [
    'staff.view',
    'roles.manage',
    'permissions.override',
    'clients.view',
    'caseload.supervise',
    'clients.reassign',
    'clients.create',
    'clients.edit',
    'staff.invite',
    'staff.status',
    'staff.remove',
    'staff.edit',
    'contacts.view',
    'contacts.manage',
    'audit.view',
  ],
  therapist: ['staff.view', 'clients.view', 'contacts.view'],
  intern: ['staff.view', 'clients.view', 'contacts.view'],
  supervisor: ['staff.view', 'clients.view', 'caseload.supervise', 'contacts.view'],
  frontOffice: [
    'staff.view',
    'clients.view',
    'clients.create',
    'clients.edit',
    'contacts.view',
    'contacts.manage',
  ],
  recordsCustodian: ['staff.view', 'clients.view', 'contacts.view', 'audit.view'],
  externalAgent: [
    'staff.view',
    'clients.view',
    'clients.create',
    'clients.edit',
    'contacts.view',
    'contacts.manage',
  ],
  onHold: ['clients.view', 'contacts.view'],
  otherPractice: [
    'practice.settings',
    'staff.view',
    'roles.manage',
    'permissions.override',
    'clients.view',
    'caseload.supervise',
    'clients.reassign',
    'clients.create',
    'clients.edit',
    'staff.invite',
    'staff.status',
    'staff.remove',
    'staff.edit',
    'contacts.view',
    'contacts.manage',
    'audit.view',
  ],
  anonymous: [],
};

/** Who reads every Riverbend client (clients.view.all), as opposed to caseloads only. */
const readsAllClients: Persona[] = [
  'owner',
  'manager',
  'frontOffice',
  'recordsCustodian',
  'externalAgent',
];

type Outcome = 'ok' | ErrorCode;

interface Ids {
  therapistId: string;
  therapistClientId: string;
  internId: string;
  therapistRoleId: string;
  frontOfficeRoleId: string;
  hollowPineId: string;
  unknownId: string;
}

interface Cell {
  /** 'anyone', 'member' (signed in), or the permission key that guards it. */
  guard: string;
  operation: (ids: Ids, persona: Persona) => [string, Record<string, unknown>?];
  /** What a caller who passes the guard gets. */
  allowed?: (persona: Persona) => Outcome;
  /** The field takes ids of another practice's records: that practice gets NOT_FOUND. */
  takesForeignIds?: boolean;
}

const matrix: Record<string, Cell> = {
  'Query.me': { guard: 'anyone', operation: () => ['{ me { email } }'] },
  'Query.practice': { guard: 'member', operation: () => ['{ practice { name } }'] },
  'Query.permissionCatalog': {
    guard: 'member',
    operation: () => ['{ permissionCatalog { key } }'],
  },
  'Query.staff': { guard: 'staff.view', operation: () => ['{ staff(first: 1) { totalCount } }'] },
  'Query.staffMember': {
    guard: 'staff.view',
    takesForeignIds: true,
    operation: (ids) => [
      'query ($id: ID!) { staffMember(id: $id) { id } }',
      { id: ids.therapistId },
    ],
  },
  'Query.effectivePermissions': {
    guard: 'self or staff.view',
    takesForeignIds: true,
    operation: (ids) => [
      'query ($id: ID!) { effectivePermissions(staffMemberId: $id) { permission } }',
      { id: ids.therapistId },
    ],
  },
  'Query.clients': {
    guard: 'clients.view',
    operation: () => ['{ clients(first: 1) { totalCount } }'],
  },
  'Query.client': {
    guard: 'clients.view',
    takesForeignIds: true,
    operation: (ids) => [
      'query ($id: ID!) { client(id: $id) { id } }',
      { id: ids.therapistClientId },
    ],
    // A DIRECT client of the therapist: theirs, and readable by whoever reads every client.
    allowed: (persona) =>
      persona === 'therapist' || readsAllClients.includes(persona) ? 'ok' : ErrorCode.NOT_FOUND,
  },
  'Query.mySupervisees': {
    guard: 'caseload.supervise',
    operation: () => ['{ mySupervisees { id } }'],
  },
  'Query.superviseeCaseload': {
    guard: 'caseload.supervise',
    takesForeignIds: true,
    operation: (ids) => [
      'query ($id: ID!) { superviseeCaseload(superviseeId: $id) { direct { id } } }',
      { id: ids.internId },
    ],
    // Only the intern's supervisor: holding the permission without a supervising role is not enough.
    allowed: (persona) => (persona === 'supervisor' ? 'ok' : ErrorCode.NOT_FOUND),
  },
  'Query.caseload': {
    guard: 'clients.view',
    takesForeignIds: true,
    operation: (ids) => [
      'query ($id: ID!) { caseload(therapistId: $id) { activeClientCount } }',
      { id: ids.therapistId },
    ],
    // The therapist's own caseload, and anyone's to whoever reads every client.
    allowed: (persona) =>
      persona === 'therapist' || readsAllClients.includes(persona) ? 'ok' : ErrorCode.NOT_FOUND,
  },
  'Query.permissionOverrides': {
    guard: 'self or staff.view',
    takesForeignIds: true,
    operation: (ids) => [
      'query ($id: ID!) { permissionOverrides(staffMemberId: $id) { id } }',
      { id: ids.therapistId },
    ],
  },
  'Query.suggestTherapists': {
    guard: 'clients.reassign',
    takesForeignIds: true,
    operation: (ids) => [
      'query ($id: ID!) { suggestTherapists(clientId: $id) { score } }',
      { id: ids.therapistClientId },
    ],
  },
  'Query.roles': { guard: 'staff.view', operation: () => ['{ roles { id } }'] },
  'Query.role': {
    guard: 'staff.view',
    takesForeignIds: true,
    operation: (ids) => ['query ($id: ID!) { role(id: $id) { id } }', { id: ids.therapistRoleId }],
  },
  'Query.previewRoleChange': {
    guard: 'roles.manage',
    takesForeignIds: true,
    operation: (ids) => [
      'query ($id: ID!) { previewRoleChange(roleId: $id, permissions: ["staff.view"]) { lost } }',
      { id: ids.therapistRoleId },
    ],
  },
  'Query.previewRoleAssignment': {
    guard: 'roles.manage',
    takesForeignIds: true,
    operation: (ids) => [
      'query ($m: ID!, $r: ID!) { previewRoleAssignment(staffMemberId: $m, roleIds: [$r]) { lost } }',
      { m: ids.therapistId, r: ids.therapistRoleId },
    ],
  },
  'Mutation.signIn': {
    guard: 'anyone',
    // One unknown email per persona, so the per-account throttle never trips.
    operation: (_ids, persona) => [
      `mutation { signIn(email: "nobody-${persona}@example.com", password: "wrong-password") { token } }`,
    ],
    allowed: () => ErrorCode.UNAUTHENTICATED,
  },
  'Mutation.reassignClient': {
    guard: 'clients.reassign',
    takesForeignIds: true,
    operation: (ids) => [
      `mutation ($c: ID!, $t: ID!) { reassignClient(clientId: $c, toTherapistId: $t,
         reason: "matrix", expectedVersion: 999) { id } }`,
      { c: ids.therapistClientId, t: ids.internId },
    ],
    allowed: () => ErrorCode.CONFLICT,
  },
  'Mutation.createClient': {
    guard: 'clients.create',
    operation: () => [
      `mutation { createClient(input: { firstName: " ", lastName: "Matrix", dateOfBirth: "1990-01-01",
         scope: PRACTICE }) { id } }`,
    ],
    allowed: () => ErrorCode.BAD_USER_INPUT,
  },
  'Mutation.updateClient': {
    guard: 'clients.edit',
    takesForeignIds: true,
    operation: (ids) => [
      'mutation ($id: ID!) { updateClient(clientId: $id, input: {}, expectedVersion: 999) { id } }',
      { id: ids.therapistClientId },
    ],
    allowed: () => ErrorCode.CONFLICT,
  },
  'Mutation.dischargeClient': {
    guard: 'clients.edit',
    takesForeignIds: true,
    operation: (ids) => [
      `mutation ($id: ID!) { dischargeClient(clientId: $id, reason: "matrix",
         expectedVersion: 999) { id } }`,
      { id: ids.therapistClientId },
    ],
    allowed: () => ErrorCode.CONFLICT,
  },
  'Mutation.bulkReassignClients': {
    guard: 'clients.reassign',
    operation: () => ['mutation { bulkReassignClients(assignments: [], reason: "matrix") }'],
    allowed: () => ErrorCode.BAD_USER_INPUT,
  },
  'Query.invitation': {
    guard: 'anyone',
    operation: () => ['{ invitation(token: "not-a-real-token") { email } }'],
  },
  'Mutation.acceptInvitation': {
    guard: 'anyone',
    operation: () => [
      'mutation { acceptInvitation(token: "not-a-real-token", password: "a-long-enough-password") { token } }',
    ],
    allowed: () => ErrorCode.NOT_FOUND,
  },
  'Mutation.declineInvitation': {
    guard: 'anyone',
    operation: () => ['mutation { declineInvitation(token: "not-a-real-token") }'],
    allowed: () => ErrorCode.NOT_FOUND,
  },
  'Mutation.inviteStaff': {
    guard: 'staff.invite',
    operation: (ids) => [
      `mutation ($r: ID!) { inviteStaff(input: { email: "therapist@riverbend.example", firstName: "Sam",
         lastName: "Whitaker", kind: THERAPIST, roleIds: [$r] }) { id } }`,
      { r: ids.frontOfficeRoleId },
    ],
    // Riverbend's email is already on its roster; Hollow Pine cannot use Riverbend's role.
    allowed: () => ErrorCode.CONFLICT,
    takesForeignIds: true,
  },
  'Mutation.resendInvitation': {
    guard: 'staff.invite',
    takesForeignIds: true,
    operation: (ids) => [
      'mutation ($id: ID!) { resendInvitation(staffMemberId: $id) { id } }',
      { id: ids.therapistId },
    ],
    allowed: () => ErrorCode.CONFLICT,
  },
  'Mutation.revokeInvitation': {
    guard: 'staff.invite',
    takesForeignIds: true,
    operation: (ids) => [
      'mutation ($id: ID!) { revokeInvitation(staffMemberId: $id) { id } }',
      { id: ids.therapistId },
    ],
    allowed: () => ErrorCode.CONFLICT,
  },
  'Mutation.setStaffStatus': {
    guard: 'staff.status',
    takesForeignIds: true,
    operation: (ids) => [
      'mutation ($id: ID!) { setStaffStatus(staffMemberId: $id, status: ACTIVE) { id } }',
      { id: ids.therapistId },
    ],
    // Already ACTIVE: the rule let the caller through to the status rules.
    allowed: () => ErrorCode.BAD_USER_INPUT,
  },
  'Mutation.removeStaffMember': {
    guard: 'staff.remove',
    takesForeignIds: true,
    operation: (ids) => [
      'mutation ($id: ID!) { removeStaffMember(staffMemberId: $id, reason: "matrix") { id } }',
      { id: ids.therapistId },
    ],
    allowed: () => ErrorCode.HAS_ACTIVE_CLIENTS,
  },
  'Mutation.setSupervisor': {
    guard: 'staff.edit',
    takesForeignIds: true,
    operation: (ids) => [
      'mutation ($id: ID!) { setSupervisor(superviseeId: $id, supervisorId: $id) { id } }',
      { id: ids.internId },
    ],
    allowed: () => ErrorCode.BAD_USER_INPUT,
  },
  'Query.outboxMail': {
    guard: 'staff.invite',
    operation: () => ['{ outboxMail(first: 1) { totalCount } }'],
  },
  'Mutation.requestPasswordReset': {
    guard: 'anyone',
    operation: () => ['mutation { requestPasswordReset(email: "nobody@example.com") }'],
  },
  'Mutation.resetPassword': {
    guard: 'anyone',
    operation: () => [
      'mutation { resetPassword(token: "not-a-real-token", newPassword: "a-long-enough-password") }',
    ],
    allowed: () => ErrorCode.BAD_USER_INPUT,
  },
  'Mutation.verifySecondFactor': {
    guard: 'anyone',
    operation: () => [
      'mutation { verifySecondFactor(secondFactorToken: "not-a-real-token", code: "000000") { token } }',
    ],
    allowed: () => ErrorCode.UNAUTHENTICATED,
  },
  'Mutation.changePassword': {
    guard: 'member',
    operation: () => [
      'mutation { changePassword(currentPassword: "wrong-password", newPassword: "another-long-password-1") }',
    ],
    allowed: () => ErrorCode.BAD_USER_INPUT,
  },
  'Mutation.startMfaEnrollment': {
    guard: 'member',
    operation: () => ['mutation { startMfaEnrollment { otpauthUri } }'],
  },
  'Mutation.confirmMfaEnrollment': {
    guard: 'member',
    operation: () => ['mutation { confirmMfaEnrollment(code: "000000") }'],
    allowed: () => ErrorCode.BAD_USER_INPUT,
  },
  'Mutation.setTemporaryPassword': {
    guard: 'staff.edit',
    operation: (ids) => [
      'mutation ($id: ID!) { setTemporaryPassword(staffMemberId: $id, temporaryPassword: "a-long-enough-password") }',
      { id: ids.unknownId },
    ],
    allowed: () => ErrorCode.NOT_FOUND,
  },
  'Mutation.unlockAccount': {
    guard: 'staff.edit',
    operation: (ids) => [
      'mutation ($id: ID!) { unlockAccount(staffMemberId: $id) }',
      { id: ids.unknownId },
    ],
    allowed: () => ErrorCode.NOT_FOUND,
  },
  'Mutation.resetMfa': {
    guard: 'staff.edit',
    operation: (ids) => [
      'mutation ($id: ID!) { resetMfa(staffMemberId: $id) }',
      { id: ids.unknownId },
    ],
    allowed: () => ErrorCode.NOT_FOUND,
  },
  'Mutation.endSessions': {
    guard: 'staff.status',
    takesForeignIds: true,
    operation: (ids) => [
      'mutation ($id: ID!) { endSessions(staffMemberId: $id) }',
      { id: ids.therapistId },
    ],
  },
  'Query.contacts': {
    guard: 'contacts.view',
    operation: () => ['{ contacts(first: 1) { totalCount } }'],
  },
  'Mutation.createContact': {
    guard: 'contacts.manage',
    operation: () => [
      'mutation { createContact(input: { firstName: " ", lastName: "X" }) { id } }',
    ],
    allowed: () => ErrorCode.BAD_USER_INPUT,
  },
  'Mutation.addRelationship': {
    guard: 'contacts.manage',
    operation: (ids) => [
      'mutation ($id: ID!) { addRelationship(clientId: $id, type: FRIEND) { id } }',
      { id: ids.therapistClientId },
    ],
    allowed: () => ErrorCode.BAD_USER_INPUT,
  },
  'Query.auditEvents': {
    guard: 'audit.view',
    operation: () => ['{ auditEvents(first: 1) { totalCount } }'],
  },
  'Query.auditEventsCsv': {
    guard: 'audit.view',
    operation: () => ['{ auditEventsCsv(filter: { action: "staff." }) }'],
  },
  'Query.dashboard': {
    guard: 'staff.view',
    operation: () => ['{ dashboard { pendingInvitations } }'],
  },
  'Query.groups': { guard: 'staff.view', operation: () => ['{ groups { id } }'] },
  'Mutation.createGroup': {
    guard: 'staff.edit',
    operation: () => ['mutation { createGroup(name: "   ", kind: TEAM) { id } }'],
    allowed: () => ErrorCode.BAD_USER_INPUT,
  },
  'Mutation.renameGroup': {
    guard: 'staff.edit',
    operation: (ids) => [
      'mutation ($id: ID!) { renameGroup(id: $id, name: "Matrix") { id } }',
      { id: ids.unknownId },
    ],
    allowed: () => ErrorCode.NOT_FOUND,
  },
  'Mutation.archiveGroup': {
    guard: 'staff.edit',
    operation: (ids) => [
      'mutation ($id: ID!) { archiveGroup(id: $id) { id } }',
      { id: ids.unknownId },
    ],
    allowed: () => ErrorCode.NOT_FOUND,
  },
  'Mutation.addGroupMembers': {
    guard: 'staff.edit',
    operation: (ids) => [
      'mutation ($id: ID!) { addGroupMembers(groupId: $id, staffMemberIds: []) { id } }',
      { id: ids.unknownId },
    ],
    allowed: () => ErrorCode.NOT_FOUND,
  },
  'Mutation.removeGroupMember': {
    guard: 'staff.edit',
    operation: (ids) => [
      'mutation ($id: ID!, $m: ID!) { removeGroupMember(groupId: $id, staffMemberId: $m) { id } }',
      { id: ids.unknownId, m: ids.therapistId },
    ],
    allowed: () => ErrorCode.NOT_FOUND,
  },
  'Mutation.updateStaffProfile': {
    guard: 'self or staff.edit',
    takesForeignIds: true,
    operation: (ids) => [
      'mutation ($id: ID!) { updateStaffProfile(staffMemberId: $id, input: {}, expectedVersion: 0) { id } }',
      { id: ids.therapistId },
    ],
    allowed: () => ErrorCode.CONFLICT,
  },
  'Mutation.updatePracticeSettings': {
    guard: 'practice.settings',
    operation: () => [
      'mutation { updatePracticeSettings(input: { idleSignOutMinutes: 0 }) { id } }',
    ],
    allowed: () => ErrorCode.BAD_USER_INPUT,
  },
  'Mutation.createRole': {
    guard: 'roles.manage',
    operation: (_ids, persona) => [
      `mutation { createRole(input: { name: "Matrix ${persona}", permissions: ["staff.view"] }) { id } }`,
    ],
  },
  'Mutation.updateRole': {
    guard: 'roles.manage',
    takesForeignIds: true,
    operation: (ids) => [
      `mutation ($id: ID!) { updateRole(id: $id, expectedVersion: 999,
         input: { name: "Therapist", permissions: ["staff.view"] }) { id } }`,
      { id: ids.therapistRoleId },
    ],
    allowed: () => ErrorCode.CONFLICT,
  },
  'Mutation.archiveRole': {
    guard: 'roles.manage',
    operation: (ids) => [
      'mutation ($id: ID!) { archiveRole(id: $id) { id } }',
      { id: ids.unknownId },
    ],
    allowed: () => ErrorCode.NOT_FOUND,
  },
  'Mutation.assignRoles': {
    guard: 'roles.manage',
    takesForeignIds: true,
    operation: (ids) => [
      'mutation ($m: ID!, $r: ID!) { assignRoles(staffMemberId: $m, roleIds: [$r]) { id } }',
      { m: ids.therapistId, r: ids.therapistRoleId },
    ],
  },
  'Mutation.setPermissionOverride': {
    guard: 'permissions.override',
    takesForeignIds: true,
    operation: (ids) => [
      `mutation ($id: ID!) { setPermissionOverride(staffMemberId: $id, permission: "billing.view",
         effect: DENY, reason: "matrix") { id } }`,
      { id: ids.therapistId },
    ],
  },
  'Mutation.removePermissionOverride': {
    guard: 'permissions.override',
    operation: (ids) => [
      'mutation ($id: ID!) { removePermissionOverride(id: $id) }',
      { id: ids.unknownId },
    ],
    allowed: () => ErrorCode.NOT_FOUND,
  },
  // Session-changing cells run last, each on a session of its own.
  'Mutation.switchPractice': {
    guard: 'member',
    operation: (ids) => [
      'mutation ($id: ID!) { switchPractice(practiceId: $id) }',
      { id: ids.hollowPineId },
    ],
    allowed: (persona) =>
      persona === 'externalAgent' || persona === 'otherPractice' ? 'ok' : ErrorCode.NOT_FOUND,
  },
  'Mutation.signOut': { guard: 'member', operation: () => ['mutation { signOut }'] },
  'Mutation.signOutEverywhere': {
    guard: 'member',
    operation: () => ['mutation { signOutEverywhere }'],
  },
};

const sessionChanging = new Set([
  'Mutation.switchPractice',
  'Mutation.signOut',
  'Mutation.signOutEverywhere',
]);

function expectedOutcome(cell: Cell, persona: Persona): Outcome {
  const signedIn = persona !== 'anonymous';
  if (cell.guard === 'anyone') return cell.allowed?.(persona) ?? 'ok';
  if (!signedIn) return ErrorCode.UNAUTHENTICATED;
  const passes =
    cell.guard === 'member' ||
    held[persona].includes(cell.guard) ||
    (cell.guard.startsWith('self or ') &&
      (persona === 'therapist' || held[persona].includes(cell.guard.slice('self or '.length))));
  if (!passes) return ErrorCode.FORBIDDEN;
  if (cell.takesForeignIds && persona === 'otherPractice') return ErrorCode.NOT_FOUND;
  return cell.allowed?.(persona) ?? 'ok';
}

let server: TestServer;
let ids: Ids;

beforeAll(async () => {
  server = await startTestServer();
  const [therapist] = await server.db.dataSource.query(
    `SELECT id FROM staff_member WHERE email = 'therapist@riverbend.example'`,
  );
  const [therapistClient] = await server.db.dataSource.query(
    `SELECT id FROM client WHERE scope = 'DIRECT' AND "therapistId" = $1 LIMIT 1`,
    [therapist.id],
  );
  const [intern] = await server.db.dataSource.query(
    `SELECT id FROM staff_member WHERE email = 'intern@riverbend.example'`,
  );
  const [therapistRole] = await server.db.dataSource.query(
    `SELECT r.id FROM role r JOIN practice p ON p.id = r."practiceId"
     WHERE p.name = 'Riverbend Counseling Collective' AND r."templateKey" = 'therapist'`,
  );
  const [frontOfficeRole] = await server.db.dataSource.query(
    `SELECT r.id FROM role r JOIN practice p ON p.id = r."practiceId"
     WHERE p.name = 'Riverbend Counseling Collective' AND r."templateKey" = 'front-office'`,
  );
  const [hollowPine] = await server.db.dataSource.query(
    `SELECT id FROM practice WHERE name = 'Hollow Pine Therapy'`,
  );
  ids = {
    therapistId: therapist.id,
    therapistClientId: therapistClient.id,
    internId: intern.id,
    therapistRoleId: therapistRole.id,
    frontOfficeRoleId: frontOfficeRole.id,
    hollowPineId: hollowPine.id,
    unknownId: '00000000-0000-4000-8000-000000000000',
  };
});

afterAll(async () => {
  await server?.stop();
});

async function freshSession(persona: Persona): Promise<GraphqlCall> {
  // The deliberate failures of the cells count towards this address's sign-in throttle.
  await server.db.dataSource.query('DELETE FROM sign_in_attempt');
  if (persona === 'anonymous') return server.graphql;
  const { data } = await server.graphql<{ signIn: { token: string } }>(
    'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
    { e: personaEmails[persona], p: DEMO_PASSWORD },
  );
  const token = data?.signIn.token;
  return (query, variables) =>
    server.graphql(query, variables, { authorization: `Bearer ${token}` });
}

const personas = [...Object.keys(personaEmails), 'anonymous'] as Persona[];
const cells = Object.entries(matrix).sort(
  ([a], [b]) => Number(sessionChanging.has(a)) - Number(sessionChanging.has(b)),
);

describe('authorization matrix', () => {
  it('covers every root field of the schema', async () => {
    const schema = await buildGraphqlSchema();
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((field) => `${type?.name}.${field}`),
    );
    expect(Object.keys(matrix).sort()).toEqual(rootFields.sort());
  });

  describe.each(personas)('%s', (persona) => {
    let call: GraphqlCall;

    beforeAll(async () => {
      call = await freshSession(persona);
    });

    it.each(cells)('%s', async (field, cell) => {
      const session = sessionChanging.has(field) ? await freshSession(persona) : call;
      const [query, variables] = cell.operation(ids, persona);
      const { data, errors } = await session(query, variables);
      const expected = expectedOutcome(cell, persona);
      if (expected === 'ok') {
        expect(errors).toBeUndefined();
        return;
      }
      expect(errors?.map((error) => error.extensions?.code)).toEqual([expected]);
      // A refusal leaks nothing: no field of data carries a value.
      expect(Object.values(data ?? {}).every((value) => value === null)).toBe(true);
      if (expected === ErrorCode.FORBIDDEN) {
        const named = errors?.[0]?.extensions?.permission as string;
        expect(named.startsWith(cell.guard.replace('self or ', ''))).toBe(true);
      }
    });
  });
});
