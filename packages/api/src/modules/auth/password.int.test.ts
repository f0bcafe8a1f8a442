import { ErrorCode } from '@caseload/shared';
import { DEMO_PASSWORD } from '../../seed/demo-sign-ins';
import { startTestServer, type TestCaller, type TestServer } from '../../test/test-server';

let server: TestServer;
let owner: TestCaller;
let manager: TestCaller;
let frontDesk: TestCaller;

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.as('owner@riverbend.example');
  manager = await server.as('manager@riverbend.example');
  frontDesk = await server.as('frontdesk@riverbend.example');
});

afterAll(async () => {
  await server?.stop();
});

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { token mustChangePassword }
}`;
const CHANGE = `mutation ($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next)
}`;
const SET_TEMPORARY = `mutation ($id: ID!, $password: String!) {
  setTemporaryPassword(staffMemberId: $id, temporaryPassword: $password)
}`;
const REQUEST_RESET = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
const RESET = `mutation ($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password)
}`;
const UNLOCK = 'mutation ($id: ID!) { unlockAccount(staffMemberId: $id) }';
const END_SESSIONS = 'mutation ($id: ID!) { endSessions(staffMemberId: $id) }';
const ME = '{ me { email mustChangePassword permissions } }';

type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;

function codes(errors: Errors) {
  return errors?.map((error) => error.extensions?.code);
}

function bearer(token: string | null | undefined) {
  return { authorization: `Bearer ${token}` };
}

async function signIn(email: string, password = DEMO_PASSWORD) {
  return server.graphql<{ signIn: { token: string; mustChangePassword: boolean } }>(SIGN_IN, {
    email,
    password,
  });
}

async function tokenFor(email: string, password = DEMO_PASSWORD): Promise<string> {
  const { data, errors } = await signIn(email, password);
  if (!data?.signIn.token) throw new Error(JSON.stringify(errors));
  return data.signIn.token;
}

async function memberId(email: string): Promise<string> {
  const [row] = await server.db.dataSource.query(
    `SELECT m.id FROM staff_member m JOIN practice p ON p.id = m."practiceId"
      WHERE m.email = $1 AND p.name = 'Riverbend Counseling Collective'`,
    [email],
  );
  return row.id;
}

async function isSignedIn(token: string): Promise<boolean> {
  const { data } = await server.graphql<{ me: unknown }>('{ me { email } }', {}, bearer(token));
  return data?.me != null;
}

async function auditCount(action: string): Promise<number> {
  const [{ count }] = await server.db.dataSource.query(
    'SELECT count(*)::int FROM audit_event WHERE action = $1',
    [action],
  );
  return count;
}

describe('changePassword', () => {
  it('changes the password and ends every other session, keeping this one', async () => {
    const email = 'supervisor@riverbend.example';
    const here = await tokenFor(email);
    const elsewhere = await tokenFor(email);
    const { data, errors } = await server.graphql(
      CHANGE,
      { current: DEMO_PASSWORD, next: 'granite meadow harvest 7' },
      bearer(here),
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ changePassword: true });
    expect(await isSignedIn(here)).toBe(true);
    expect(await isSignedIn(elsewhere)).toBe(false);
    expect(codes((await signIn(email)).errors)).toEqual([ErrorCode.UNAUTHENTICATED]);
    expect((await signIn(email, 'granite meadow harvest 7')).data?.signIn.token).toBeDefined();
    expect(await auditCount('auth.password_changed')).toBe(1);
  });

  it('refuses a wrong current password and a weak or unchanged new one, naming the field', async () => {
    const token = await tokenFor('intern@riverbend.example');
    const cases: Array<[string, string, string]> = [
      ['not-my-password', 'granite meadow harvest 7', 'currentPassword'],
      [DEMO_PASSWORD, 'short', 'newPassword'],
      [DEMO_PASSWORD, 'qwertyuiopasdfghjkl', 'newPassword'],
      [DEMO_PASSWORD, DEMO_PASSWORD, 'newPassword'],
    ];
    for (const [current, next, field] of cases) {
      const { errors } = await server.graphql(CHANGE, { current, next }, bearer(token));
      expect(errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field });
    }
    const anonymous = await server.graphql(CHANGE, { current: 'a', next: 'b' });
    expect(codes(anonymous.errors)).toEqual([ErrorCode.UNAUTHENTICATED]);
  });
});

describe('setTemporaryPassword', () => {
  it('forces a change at next sign-in: until then the session can only change it, read me and sign out', async () => {
    const email = 'records@riverbend.example';
    const before = await tokenFor(email);
    const set = await owner.graphql(SET_TEMPORARY, {
      id: await memberId(email),
      password: 'temporary pelican 2026',
    });
    expect(set.errors).toBeUndefined();
    expect(await isSignedIn(before)).toBe(false);

    const { data } = await signIn(email, 'temporary pelican 2026');
    expect(data?.signIn.mustChangePassword).toBe(true);
    const token = data?.signIn.token ?? '';
    const me = await server.graphql<{ me: { mustChangePassword: boolean; permissions: string[] } }>(
      ME,
      {},
      bearer(token),
    );
    expect(me.data?.me).toMatchObject({ mustChangePassword: true, permissions: [] });
    const roster = await server.graphql('{ staff(first: 1) { totalCount } }', {}, bearer(token));
    expect(codes(roster.errors)).toEqual([ErrorCode.FORBIDDEN]);
    const switched = await server.graphql(
      'mutation ($id: ID!) { switchPractice(practiceId: $id) }',
      { id: '00000000-0000-4000-8000-000000000000' },
      bearer(token),
    );
    expect(switched.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      reason: 'PASSWORD_CHANGE_REQUIRED',
    });

    const changed = await server.graphql(
      CHANGE,
      { current: 'temporary pelican 2026', next: 'archive keeper lighthouse' },
      bearer(token),
    );
    expect(changed.errors).toBeUndefined();
    const after = await server.graphql<{ staff: { totalCount: number } }>(
      '{ staff(first: 1) { totalCount } }',
      {},
      bearer(token),
    );
    expect(after.data?.staff.totalCount).toBeGreaterThan(0);
    expect(await auditCount('auth.temporary_password_set')).toBe(1);
  });

  it('needs staff.edit', async () => {
    const { errors } = await frontDesk.graphql(SET_TEMPORARY, {
      id: await memberId('therapist@riverbend.example'),
      password: 'temporary pelican 2026',
    });
    expect(codes(errors)).toEqual([ErrorCode.FORBIDDEN]);
    expect(errors?.[0]?.message).toMatch(/staff\.edit/);
  });

  it('refuses accounts the admin must not control: more privileged members, other practices’ agents, oneself, the not-yet-joined', async () => {
    const moreprivileged = await manager.graphql(SET_TEMPORARY, {
      id: await memberId('owner@riverbend.example'),
      password: 'temporary pelican 2026',
    });
    expect(codes(moreprivileged.errors)).toEqual([ErrorCode.FORBIDDEN]);
    expect(moreprivileged.errors?.[0]?.message).toMatch(/practice\.settings/);

    const agent = await owner.graphql(SET_TEMPORARY, {
      id: await memberId('agent@agentdesk.example'),
      password: 'temporary pelican 2026',
    });
    expect(codes(agent.errors)).toEqual([ErrorCode.FORBIDDEN]);
    expect(agent.errors?.[0]?.message).toMatch(/another practice/);

    const self = await owner.graphql(SET_TEMPORARY, {
      id: await memberId('owner@riverbend.example'),
      password: 'temporary pelican 2026',
    });
    expect(codes(self.errors)).toEqual([ErrorCode.BAD_USER_INPUT]);

    const [{ id: invitedId }] = await server.db.dataSource.query(
      `SELECT id FROM staff_member WHERE status = 'INVITED' LIMIT 1`,
    );
    const invited = await owner.graphql(SET_TEMPORARY, {
      id: invitedId,
      password: 'temporary pelican 2026',
    });
    expect(codes(invited.errors)).toEqual([ErrorCode.CONFLICT]);

    const weak = await owner.graphql(SET_TEMPORARY, {
      id: await memberId('therapist@riverbend.example'),
      password: 'password',
    });
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'temporaryPassword',
    });
  });
});

describe('password reset by email', () => {
  async function resetLink(email: string): Promise<string> {
    const [mail] = await server.db.dataSource.query(
      `SELECT subject, text FROM outbox_mail WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [email],
    );
    expect(mail.subject).toBe('Reset your Caseload password');
    const token = /\/reset-password\?token=([\w-]+)/.exec(mail.text)?.[1];
    if (!token) throw new Error('no reset link');
    return token;
  }

  it('emails a single-use link that sets a new password and ends every session', async () => {
    const email = 'therapist@riverbend.example';
    const session = await tokenFor(email);
    expect(
      (await server.graphql(REQUEST_RESET, { email: 'Therapist@Riverbend.example' })).data,
    ).toEqual({
      requestPasswordReset: true,
    });
    const token = await resetLink(email);
    const weak = await server.graphql(RESET, { token, password: 'letmein' });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ field: 'newPassword' });

    const reset = await server.graphql(RESET, { token, password: 'copper kettle sunrise 5' });
    expect(reset.data).toEqual({ resetPassword: true });
    expect(await isSignedIn(session)).toBe(false);
    expect((await signIn(email, 'copper kettle sunrise 5')).data?.signIn.token).toBeDefined();

    const again = await server.graphql(RESET, { token, password: 'another fine password 6' });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'token',
    });
    expect(await auditCount('auth.password_reset')).toBe(1);
  });

  it('answers true for an unknown email and sends nothing', async () => {
    const { data } = await server.graphql(REQUEST_RESET, { email: 'nobody@nowhere.example' });
    expect(data).toEqual({ requestPasswordReset: true });
    const [{ count }] = await server.db.dataSource.query(
      `SELECT count(*)::int FROM outbox_mail WHERE "to" = 'nobody@nowhere.example'`,
    );
    expect(count).toBe(0);
  });

  it('expires the link after an hour, and a newer request replaces the older link', async () => {
    const email = 'onhold@riverbend.example';
    await server.graphql(REQUEST_RESET, { email });
    const first = await resetLink(email);
    await server.graphql(REQUEST_RESET, { email });
    const second = await resetLink(email);
    const replaced = await server.graphql(RESET, {
      token: first,
      password: 'copper kettle sunrise 5',
    });
    expect(replaced.errors?.[0]?.extensions).toMatchObject({ field: 'token' });

    await server.db.dataSource.query(
      `UPDATE password_reset SET "expiresAt" = now() - interval '1 second' WHERE "usedAt" IS NULL`,
    );
    const expired = await server.graphql(RESET, {
      token: second,
      password: 'copper kettle sunrise 5',
    });
    expect(expired.errors?.[0]?.message).toMatch(/expired or was already used/);
  });
});

describe('unlockAccount and endSessions', () => {
  it('an admin lifts a lockout before the 15 minutes are up', async () => {
    const target = 'frontdesk@riverbend.example';
    for (let attempt = 0; attempt < 5; attempt += 1) await signIn(target, `wrong-${attempt}`);
    expect(codes((await signIn(target)).errors)).toEqual([ErrorCode.TOO_MANY_ATTEMPTS]);

    const denied = await frontDesk.graphql(UNLOCK, { id: await memberId(target) });
    expect(codes(denied.errors)).toEqual([ErrorCode.FORBIDDEN]);

    const unlocked = await manager.graphql(UNLOCK, { id: await memberId(target) });
    expect(unlocked.data).toEqual({ unlockAccount: true });
    expect((await signIn(target)).data?.signIn.token).toBeDefined();
    expect(await auditCount('auth.account_unlocked')).toBe(1);
  });

  it('an admin ends every session a member has open; the member is signed out at once', async () => {
    const email = 'intern@riverbend.example';
    const first = await tokenFor(email);
    const second = await tokenFor(email);
    const denied = await frontDesk.graphql(END_SESSIONS, { id: await memberId(email) });
    expect(codes(denied.errors)).toEqual([ErrorCode.FORBIDDEN]);
    expect(denied.errors?.[0]?.message).toMatch(/staff\.status/);
    expect(await isSignedIn(first)).toBe(true);

    const { data } = await manager.graphql<{ endSessions: number }>(END_SESSIONS, {
      id: await memberId(email),
    });
    expect(data?.endSessions).toBeGreaterThanOrEqual(2);
    expect(await isSignedIn(first)).toBe(false);
    expect(await isSignedIn(second)).toBe(false);
    expect(await auditCount('auth.sessions_ended')).toBe(1);
  });
});
