import { createHash } from 'node:crypto';
import { ErrorCode } from '@caseload/shared';
import { DEMO_PASSWORD } from '../../seed/demo-sign-ins';
import { startTestServer, type TestCaller, type TestServer } from '../../test/test-server';

let server: TestServer;
let owner: TestCaller;
let manager: TestCaller;
let frontDesk: TestCaller;

const RIVERBEND = 'Riverbend Counseling Collective';
const HOLLOW_PINE = 'Hollow Pine Therapy';
const NEW_PASSWORD = 'lantern orchard quietly 42';

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.as('owner@riverbend.example');
  manager = await server.as('manager@riverbend.example');
  frontDesk = await server.as('frontdesk@riverbend.example');
});

afterAll(async () => {
  await server?.stop();
});

const INVITE = `mutation ($input: InviteStaffInput!) {
  inviteStaff(input: $input) {
    id staffId email firstName lastName kind status roles { name }
    supervisor { displayName }
    invitation { status sentAt expiresAt closedAt }
  }
}`;
const RESEND = `mutation ($id: ID!) { resendInvitation(staffMemberId: $id) { id invitation { status sentAt } } }`;
const REVOKE = `mutation ($id: ID!) { revokeInvitation(staffMemberId: $id) { id status invitation { status closedAt } } }`;
const DETAILS = `query ($token: String!) {
  invitation(token: $token) { practiceName email firstName lastName status expiresAt hasAccount }
}`;
const ACCEPT = `mutation ($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) {
    token expiresAt secondFactorRequired mustChangePassword mfaEnrollmentRequired
  }
}`;
const DECLINE = 'mutation ($token: String!) { declineInvitation(token: $token) }';
const MEMBER = `query ($id: ID!) { staffMember(id: $id) { status invitation { status sentAt expiresAt closedAt } } }`;

interface InvitedMember {
  id: string;
  staffId: string;
  email: string;
  status: string;
  roles: Array<{ name: string }>;
  supervisor: { displayName: string } | null;
  invitation: { status: string; sentAt: string; expiresAt: string; closedAt: string | null };
}

async function roleIds(practiceName: string, ...names: string[]): Promise<string[]> {
  const rows: Array<{ id: string }> = await server.db.dataSource.query(
    `SELECT r.id FROM role r JOIN practice p ON p.id = r."practiceId"
      WHERE p.name = $1 AND r.name = ANY($2) ORDER BY r.name`,
    [practiceName, names],
  );
  return rows.map((row) => row.id);
}

async function memberIdByEmail(email: string, practiceName = RIVERBEND): Promise<string> {
  const [row] = await server.db.dataSource.query(
    `SELECT m.id FROM staff_member m JOIN practice p ON p.id = m."practiceId"
      WHERE lower(m.email) = lower($1) AND p.name = $2`,
    [email, practiceName],
  );
  return row.id;
}

/** The link of the newest invitation mail to `email`, as queued in the outbox. */
async function latestInvitationToken(email: string): Promise<string> {
  const [mail] = await server.db.dataSource.query(
    `SELECT text FROM outbox_mail WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
    [email],
  );
  const match = /\/accept-invitation\?token=([\w-]+)/.exec(mail?.text ?? '');
  if (!match?.[1]) throw new Error(`no invitation mail to ${email}`);
  return match[1];
}

async function invite(
  caller: TestCaller,
  input: Record<string, unknown>,
): Promise<{
  member?: InvitedMember;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}> {
  const { data, errors } = await caller.graphql<{ inviteStaff: InvitedMember }>(INVITE, { input });
  return { member: data?.inviteStaff, errors };
}

async function inviteTherapist(email: string, caller = owner): Promise<InvitedMember> {
  const { member, errors } = await invite(caller, {
    email,
    firstName: 'Dana',
    lastName: 'Okafor',
    kind: 'THERAPIST',
    roleIds: await roleIds(RIVERBEND, 'Licensed Therapist'),
  });
  if (!member) throw new Error(JSON.stringify(errors));
  return member;
}

function codes(errors: Array<{ extensions?: Record<string, unknown> }> | undefined) {
  return errors?.map((error) => error.extensions?.code);
}

describe('inviteStaff', () => {
  it('puts the member on the roster as INVITED with a staff ID, roles and a pending invitation, and queues the email', async () => {
    const [{ lastStaffNumber }] = await server.db.dataSource.query(
      `SELECT "lastStaffNumber" FROM practice WHERE name = $1`,
      [RIVERBEND],
    );
    const { member, errors } = await invite(owner, {
      email: ' Dana.Okafor@Example.com ',
      firstName: 'Dana',
      lastName: 'Okafor',
      kind: 'STUDENT_THERAPIST',
      roleIds: await roleIds(RIVERBEND, 'Intern'),
      supervisorId: await memberIdByEmail('supervisor@riverbend.example'),
    });
    expect(errors).toBeUndefined();
    expect(member).toMatchObject({
      staffId: `S-${String(lastStaffNumber + 1).padStart(4, '0')}`,
      email: 'Dana.Okafor@Example.com',
      status: 'INVITED',
      roles: [{ name: 'Intern' }],
      supervisor: { displayName: 'Priya Raman' },
      invitation: { status: 'PENDING', closedAt: null },
    });
    const invitation = member?.invitation;
    const lifetimeHours =
      (Date.parse(invitation?.expiresAt ?? '') - Date.parse(invitation?.sentAt ?? '')) / 3_600_000;
    expect(lifetimeHours).toBeCloseTo(72, 5);

    const [mail] = await server.db.dataSource.query(
      `SELECT "to", subject, text, status FROM outbox_mail WHERE "to" = $1`,
      ['Dana.Okafor@Example.com'],
    );
    expect(mail.status).toBe('QUEUED');
    expect(mail.subject).toBe(`Elena Marsh invited you to join ${RIVERBEND} on Caseload`);
    expect(mail.text).toMatch(/^Hello Dana,/);
    expect(mail.text).toMatch(/ask your practice to resend the invitation/);
    const token = await latestInvitationToken('Dana.Okafor@Example.com');
    expect(mail.text).toContain(`http://127.0.0.1:4000/accept-invitation?token=${token}`);
    // At least 128 random bits; only a hash is stored.
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const [stored] = await server.db.dataSource.query(
      `SELECT "tokenHash", "invitedById" FROM invitation WHERE "staffMemberId" = $1`,
      [member?.id],
    );
    expect(stored.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(stored.invitedById).toBe(await memberIdByEmail('owner@riverbend.example'));

    const [audit] = await server.db.dataSource.query(
      `SELECT action, changes FROM audit_event WHERE "targetId" = $1`,
      [member?.id],
    );
    expect(audit.action).toBe('staff.invited');
    expect(audit.changes.after).toMatchObject({ kind: 'STUDENT_THERAPIST', roles: ['Intern'] });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('refuses an email already on the roster, whatever its case, naming the existing member', async () => {
    const existingId = await memberIdByEmail('therapist@riverbend.example');
    const { member, errors } = await invite(owner, {
      email: 'THERAPIST@riverbend.example',
      firstName: 'Someone',
      lastName: 'Else',
      kind: 'THERAPIST',
      roleIds: await roleIds(RIVERBEND, 'Therapist'),
    });
    expect(member).toBeUndefined();
    expect(errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.CONFLICT,
      field: 'email',
      existingStaffMemberId: existingId,
    });
    const [{ count }] = await server.db.dataSource.query(
      `SELECT count(*)::int FROM staff_member WHERE lower(email) = 'therapist@riverbend.example'`,
    );
    expect(count).toBe(1);
  });

  it('points at resending when the email belongs to someone already invited (seed 002)', async () => {
    const pending = await inviteTherapist('pending.twice@example.com');
    const { errors } = await invite(owner, {
      email: 'pending.twice@example.com',
      firstName: 'Dana',
      lastName: 'Okafor',
      kind: 'THERAPIST',
      roleIds: await roleIds(RIVERBEND, 'Therapist'),
    });
    expect(errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.CONFLICT,
      existingStaffMemberId: pending.id,
    });
    expect(errors?.[0]?.message).toMatch(/Resend their invitation/);
  });

  it('refuses a practitioner the plan has no seat for, and invites student practitioners free (seed 003)', async () => {
    const solo = await server.as('owner@hollowpine.example');
    const therapistRole = await roleIds(HOLLOW_PINE, 'Therapist');
    const refused = await invite(solo, {
      email: 'second.therapist@example.com',
      firstName: 'Second',
      lastName: 'Therapist',
      kind: 'THERAPIST',
      roleIds: therapistRole,
    });
    expect(refused.member).toBeUndefined();
    expect(codes(refused.errors)).toEqual([ErrorCode.PLAN_LIMIT]);
    expect(refused.errors?.[0]?.message).toMatch(/Solo plan allows 1 practitioner/);

    const student = await invite(solo, {
      email: 'student@example.com',
      firstName: 'Stu',
      lastName: 'Dent',
      kind: 'STUDENT_THERAPIST',
      roleIds: therapistRole,
    });
    expect(student.errors).toBeUndefined();
    expect(student.member?.status).toBe('INVITED');
  });

  it('refuses roles that carry permissions the inviter does not hold, naming them', async () => {
    // The Manager template lacks practice.settings, so cannot hand out the Owner role.
    for (const [role, named] of [['Owner', /: practice\.settings\./]] as const) {
      const { member, errors } = await invite(manager, {
        email: 'would.be@example.com',
        firstName: 'Would',
        lastName: 'Be',
        kind: 'THERAPIST',
        roleIds: await roleIds(RIVERBEND, role),
      });
      expect(member).toBeUndefined();
      expect(errors?.[0]?.extensions).toMatchObject({
        code: ErrorCode.FORBIDDEN,
        field: 'roleIds',
      });
      expect(errors?.[0]?.message).toMatch(named);
    }
    const [{ count }] = await server.db.dataSource.query(
      `SELECT count(*)::int FROM staff_member WHERE email = 'would.be@example.com'`,
    );
    expect(count).toBe(0);
    // Seed 002: Managers add therapists, though they hold no clinical-note access themselves.
    const { member, errors } = await invite(manager, {
      email: 'new.therapist@example.com',
      firstName: 'New',
      lastName: 'Therapist',
      kind: 'THERAPIST',
      roleIds: await roleIds(RIVERBEND, 'Licensed Therapist'),
    });
    expect(errors).toBeUndefined();
    expect(member?.status).toBe('INVITED');
  });

  it('says which field is wrong: email, names, roles, supervisor', async () => {
    const base = {
      email: 'fields@example.com',
      firstName: 'Fi',
      lastName: 'Elds',
      kind: 'THERAPIST',
      roleIds: await roleIds(RIVERBEND, 'Therapist'),
    };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ email: 'not-an-email' }, 'email'],
      [{ firstName: '  ' }, 'firstName'],
      [{ roleIds: [] }, 'roleIds'],
      [{ kind: 'STUDENT_THERAPIST', roleIds: await roleIds(RIVERBEND, 'Intern') }, 'supervisorId'],
      [
        {
          roleIds: await roleIds(RIVERBEND, 'Intern'),
          supervisorId: await memberIdByEmail('frontdesk@riverbend.example'),
        },
        'supervisorId',
      ],
    ];
    for (const [change, field] of cases) {
      const { errors } = await invite(owner, { ...base, ...change });
      expect(errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field });
    }
    const otherPractice = await invite(owner, {
      ...base,
      roleIds: await roleIds(HOLLOW_PINE, 'Therapist'),
    });
    expect(codes(otherPractice.errors)).toEqual([ErrorCode.NOT_FOUND]);
  });

  it('needs staff.invite', async () => {
    const { errors } = await invite(frontDesk, {
      email: 'nope@example.com',
      firstName: 'No',
      lastName: 'Pe',
      kind: 'THERAPIST',
      roleIds: await roleIds(RIVERBEND, 'Therapist'),
    });
    expect(codes(errors)).toEqual([ErrorCode.FORBIDDEN]);
    expect(errors?.[0]?.message).toMatch(/staff\.invite/);
    const anonymous = await server.graphql(INVITE, {
      input: {
        email: 'x@example.com',
        firstName: 'X',
        lastName: 'Y',
        kind: 'THERAPIST',
        roleIds: [],
      },
    });
    expect(codes(anonymous.errors)).toEqual([ErrorCode.UNAUTHENTICATED]);
  });
});

describe('resendInvitation and revokeInvitation', () => {
  it('resend mails a new link and kills every older one (seed 002)', async () => {
    const member = await inviteTherapist('resend.me@example.com');
    const first = await latestInvitationToken('resend.me@example.com');
    const resent = await owner.graphql<{ resendInvitation: InvitedMember }>(RESEND, {
      id: member.id,
    });
    expect(resent.errors).toBeUndefined();
    expect(resent.data?.resendInvitation.invitation.status).toBe('PENDING');
    const second = await latestInvitationToken('resend.me@example.com');
    expect(second).not.toBe(first);

    const old = await server.graphql(ACCEPT, { token: first, password: NEW_PASSWORD });
    expect(codes(old.errors)).toEqual([ErrorCode.INVITATION_EXPIRED]);
    expect(old.errors?.[0]?.message).toMatch(/ask your practice to resend the invitation/);
    expect(
      (await server.graphql<{ invitation: { status: string } }>(DETAILS, { token: first })).data
        ?.invitation.status,
    ).toBe('SUPERSEDED');

    const accepted = await server.graphql(ACCEPT, { token: second, password: NEW_PASSWORD });
    expect(accepted.errors).toBeUndefined();
  });

  it('revoke withdraws the link; the member stays INVITED and the roster shows REVOKED', async () => {
    const member = await inviteTherapist('revoke.me@example.com');
    const token = await latestInvitationToken('revoke.me@example.com');
    const revoked = await owner.graphql<{ revokeInvitation: InvitedMember }>(REVOKE, {
      id: member.id,
    });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data?.revokeInvitation.status).toBe('INVITED');
    expect(revoked.data?.revokeInvitation.invitation.status).toBe('REVOKED');

    const accept = await server.graphql(ACCEPT, { token, password: NEW_PASSWORD });
    expect(codes(accept.errors)).toEqual([ErrorCode.INVITATION_EXPIRED]);
    expect(accept.errors?.[0]?.message).toMatch(/ask your practice to resend the invitation/);

    const again = await owner.graphql(REVOKE, { id: member.id });
    expect(codes(again.errors)).toEqual([ErrorCode.CONFLICT]);
    // A resend gives them a working link again.
    await owner.graphql(RESEND, { id: member.id });
    const fresh = await latestInvitationToken('revoke.me@example.com');
    expect(
      (await server.graphql<{ invitation: { status: string } }>(DETAILS, { token: fresh })).data
        ?.invitation.status,
    ).toBe('PENDING');
  });

  it('refuses members who are not waiting for an invitation, and members of other practices', async () => {
    const active = await owner.graphql(RESEND, {
      id: await memberIdByEmail('therapist@riverbend.example'),
    });
    expect(codes(active.errors)).toEqual([ErrorCode.CONFLICT]);
    const elsewhere = await owner.graphql(REVOKE, {
      id: await memberIdByEmail('owner@hollowpine.example', HOLLOW_PINE),
    });
    expect(codes(elsewhere.errors)).toEqual([ErrorCode.NOT_FOUND]);
  });

  it('needs staff.invite', async () => {
    const member = await inviteTherapist('guarded@example.com');
    for (const mutation of [RESEND, REVOKE]) {
      const { errors } = await frontDesk.graphql(mutation, { id: member.id });
      expect(codes(errors)).toEqual([ErrorCode.FORBIDDEN]);
    }
  });
});

describe('the invitation link', () => {
  it('tells the accept page what it is for, and nothing for an unknown token', async () => {
    await inviteTherapist('look@example.com');
    const token = await latestInvitationToken('look@example.com');
    const { data } = await server.graphql<{ invitation: Record<string, unknown> }>(DETAILS, {
      token,
    });
    expect(data?.invitation).toMatchObject({
      practiceName: RIVERBEND,
      email: 'look@example.com',
      firstName: 'Dana',
      lastName: 'Okafor',
      status: 'PENDING',
      hasAccount: false,
    });
    expect((await server.graphql(DETAILS, { token: 'made-up' })).data).toEqual({
      invitation: null,
    });
  });

  it('accepting creates the account, activates the member and signs them in; the link then answers INVITATION_USED', async () => {
    const member = await inviteTherapist('accept.me@example.com');
    const token = await latestInvitationToken('accept.me@example.com');
    const { data, errors } = await server.graphql<{
      acceptInvitation: { token: string; secondFactorRequired: boolean };
    }>(ACCEPT, { token, password: NEW_PASSWORD });
    expect(errors).toBeUndefined();
    expect(data?.acceptInvitation.secondFactorRequired).toBe(false);
    const session = { authorization: `Bearer ${data?.acceptInvitation.token}` };
    const me = await server.graphql<{ me: { email: string; practice: { name: string } } }>(
      '{ me { email practice { name } } }',
      {},
      session,
    );
    expect(me.data?.me).toEqual({ email: 'accept.me@example.com', practice: { name: RIVERBEND } });

    const roster = await owner.graphql<{ staffMember: InvitedMember }>(MEMBER, { id: member.id });
    expect(roster.data?.staffMember.status).toBe('ACTIVE');
    expect(roster.data?.staffMember.invitation.status).toBe('ACCEPTED');
    expect(roster.data?.staffMember.invitation.closedAt).not.toBeNull();

    const replay = await server.graphql(ACCEPT, { token, password: NEW_PASSWORD });
    expect(codes(replay.errors)).toEqual([ErrorCode.INVITATION_USED]);
    expect(replay.errors?.[0]?.message).toMatch(/ask your practice to resend the invitation/);

    const signIn = await server.graphql<{ signIn: { token: string } }>(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: 'accept.me@example.com', p: NEW_PASSWORD },
    );
    expect(signIn.data?.signIn.token).toBeDefined();
    const [audit] = await server.db.dataSource.query(
      `SELECT count(*)::int FROM audit_event WHERE action = 'invitation.accepted' AND "targetId" = $1`,
      [member.id],
    );
    expect(audit.count).toBe(1);
  });

  it('refuses a weak password and keeps the link usable', async () => {
    await inviteTherapist('weak@example.com');
    const token = await latestInvitationToken('weak@example.com');
    for (const password of ['short', 'qwertyuiopasdfghjkl']) {
      const { errors } = await server.graphql(ACCEPT, { token, password });
      expect(errors?.[0]?.extensions).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        field: 'password',
      });
    }
    expect(
      (await server.graphql(ACCEPT, { token, password: NEW_PASSWORD })).errors,
    ).toBeUndefined();
  });

  it('answers INVITATION_EXPIRED once the practice’s invitation lifetime has passed; the roster shows EXPIRED', async () => {
    const member = await inviteTherapist('late@example.com');
    const token = await latestInvitationToken('late@example.com');
    await server.db.dataSource.query(
      `UPDATE invitation SET "expiresAt" = now() - interval '1 minute' WHERE "staffMemberId" = $1`,
      [member.id],
    );
    const { data, errors } = await server.graphql(ACCEPT, { token, password: NEW_PASSWORD });
    expect(data).toBeNull();
    expect(codes(errors)).toEqual([ErrorCode.INVITATION_EXPIRED]);
    expect(errors?.[0]?.message).toBe(
      'This invitation has expired: ask your practice to resend the invitation.',
    );
    const roster = await owner.graphql<{ staffMember: InvitedMember }>(MEMBER, { id: member.id });
    expect(roster.data?.staffMember).toMatchObject({
      status: 'INVITED',
      invitation: { status: 'EXPIRED' },
    });
  });

  it('declining stops the link; the roster shows DECLINED', async () => {
    const member = await inviteTherapist('no.thanks@example.com');
    const token = await latestInvitationToken('no.thanks@example.com');
    expect((await server.graphql(DECLINE, { token })).data).toEqual({ declineInvitation: true });
    const accept = await server.graphql(ACCEPT, { token, password: NEW_PASSWORD });
    expect(codes(accept.errors)).toEqual([ErrorCode.INVITATION_USED]);
    const roster = await owner.graphql<{ staffMember: InvitedMember }>(MEMBER, { id: member.id });
    expect(roster.data?.staffMember.invitation.status).toBe('DECLINED');
    const [audit] = await server.db.dataSource.query(
      `SELECT count(*)::int FROM audit_event WHERE action = 'invitation.declined' AND "targetId" = $1`,
      [member.id],
    );
    expect(audit.count).toBe(1);
  });

  it('links an existing account to another practice as an external agent, with that account’s password', async () => {
    const solo = await server.as('owner@hollowpine.example');
    const { errors } = await invite(solo, {
      email: 'frontdesk@riverbend.example',
      firstName: 'Front',
      lastName: 'Desk',
      kind: 'EXTERNAL_AGENT',
      roleIds: await roleIds(HOLLOW_PINE, 'Front Office'),
    });
    expect(errors).toBeUndefined();
    const token = await latestInvitationToken('frontdesk@riverbend.example');
    const details = await server.graphql<{ invitation: { hasAccount: boolean } }>(DETAILS, {
      token,
    });
    expect(details.data?.invitation.hasAccount).toBe(true);

    const wrong = await server.graphql(ACCEPT, { token, password: NEW_PASSWORD });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'password',
    });
    const { data } = await server.graphql<{ acceptInvitation: { token: string } }>(ACCEPT, {
      token,
      password: DEMO_PASSWORD,
    });
    const me = await server.graphql<{
      me: { practice: { name: string }; memberships: Array<{ practiceName: string }> };
    }>(
      '{ me { practice { name } memberships { practiceName } } }',
      {},
      { authorization: `Bearer ${data?.acceptInvitation.token}` },
    );
    expect(me.data?.me.practice.name).toBe(HOLLOW_PINE);
    expect(me.data?.me.memberships.map((membership) => membership.practiceName)).toEqual([
      HOLLOW_PINE,
      RIVERBEND,
    ]);
  });

  it('refuses a therapist who is still active in another practice (CONFLICT), and keeps the link', async () => {
    const member = await inviteTherapist('owner@hollowpine.example');
    const token = await latestInvitationToken('owner@hollowpine.example');
    const { data, errors } = await server.graphql(ACCEPT, { token, password: DEMO_PASSWORD });
    expect(data).toBeNull();
    expect(codes(errors)).toEqual([ErrorCode.CONFLICT]);
    expect(errors?.[0]?.message).toMatch(/one practice at a time/);
    const roster = await owner.graphql<{ staffMember: InvitedMember }>(MEMBER, { id: member.id });
    expect(roster.data?.staffMember).toMatchObject({
      status: 'INVITED',
      invitation: { status: 'PENDING' },
    });
  });

  it('answers NOT_FOUND for a token that was never issued', async () => {
    const { errors } = await server.graphql(ACCEPT, { token: 'made-up', password: NEW_PASSWORD });
    expect(codes(errors)).toEqual([ErrorCode.NOT_FOUND]);
    expect(codes((await server.graphql(DECLINE, { token: 'made-up' })).errors)).toEqual([
      ErrorCode.NOT_FOUND,
    ]);
  });
});

describe('the roster', () => {
  it('shows each member’s newest invitation: pending, expired and accepted in the demo data, none for members never invited', async () => {
    const { data } = await owner.graphql<{
      staff: { edges: Array<{ node: { email: string; invitation: { status: string } | null } }> };
    }>('{ staff(first: 100) { edges { node { email invitation { status } } } } }');
    const states = data?.staff.edges.map((edge) => edge.node.invitation?.status ?? null);
    expect(states).toEqual(expect.arrayContaining(['PENDING', 'EXPIRED', 'ACCEPTED', null]));
  });
});
