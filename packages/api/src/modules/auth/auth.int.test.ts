import { ErrorCode } from '@caseload/shared';
import { DEMO_PASSWORD } from '../../seed/demo-sign-ins';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { token expiresAt }
}`;
const ME = '{ me { email practice { name } member { displayName } memberships { practiceName } } }';

async function signIn(email: string, password = DEMO_PASSWORD, headers?: Record<string, string>) {
  return server.graphql<{ signIn: { token: string; expiresAt: string } }>(
    SIGN_IN,
    { email, password },
    headers,
  );
}

function bearer(token: string | undefined) {
  return { authorization: `Bearer ${token}` };
}

describe('signIn', () => {
  it('returns a session token that works as a Bearer token and as the HttpOnly cookie', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { email: 'Owner@Riverbend.example', password: DEMO_PASSWORD },
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^caseload_session=[\w-]{43}; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/,
    );
    const { data } = (await response.json()) as {
      data: { signIn: { token: string; expiresAt: string } };
    };
    const hours = (Date.parse(data.signIn.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);

    const viaBearer = await server.graphql(ME, {}, bearer(data.signIn.token));
    const viaCookie = await server.graphql(ME, {}, { cookie: cookie.split(';')[0] ?? '' });
    const expected = {
      me: {
        email: 'owner@riverbend.example',
        practice: { name: 'Riverbend Counseling Collective' },
        member: { displayName: 'Elena Marsh' },
        memberships: [{ practiceName: 'Riverbend Counseling Collective' }],
      },
    };
    expect(viaBearer.data).toEqual(expected);
    expect(viaCookie.data).toEqual(expected);
  });

  it('stores only a hash of the token, and audits the sign-in', async () => {
    const { data } = await signIn('manager@riverbend.example');
    const token = data?.signIn.token ?? '';
    const [stored] = await server.db.dataSource.query(
      `SELECT s."tokenHash", count(a.id)::int AS audited FROM auth_session s
       LEFT JOIN audit_event a ON a."targetId" = s.id AND a.action = 'auth.signed_in'
       WHERE s."tokenHash" = encode(sha256($1::bytea), 'hex') GROUP BY s."tokenHash"`,
      [token],
    );
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.audited).toBe(1);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrongPassword = await signIn('therapist@riverbend.example', 'not-the-password');
    const unknownEmail = await signIn('nobody@riverbend.example', 'not-the-password');
    for (const result of [wrongPassword, unknownEmail]) {
      expect(result.data).toBeNull();
      expect(result.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
        [ErrorCode.UNAUTHENTICATED, 'The email or password is incorrect.'],
      ]);
    }
  });

  it('refuses members whose access has ended, even with the right password', async () => {
    const { data, errors } = await signIn('inactive@riverbend.example');
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(errors?.[0]?.message).toMatch(/access has ended/);
  });

  it('throttles an account after five failures, even when the sixth try is right', async () => {
    const email = 'records@riverbend.example';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const { errors } = await signIn(email, `wrong-${attempt}`);
      expect(errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    }
    const throttled = await signIn(email);
    expect(throttled.data).toBeNull();
    expect(throttled.errors?.[0]?.extensions?.code).toBe(ErrorCode.TOO_MANY_ATTEMPTS);

    await server.db.dataSource.query(
      `UPDATE sign_in_attempt SET "attemptedAt" = "attemptedAt" - interval '16 minutes'
       WHERE "emailNormalized" = $1`,
      [email],
    );
    expect((await signIn(email)).data?.signIn.token).toBeDefined();
  });
});

describe('sessions', () => {
  it('treats anonymous callers as signed out: me is null, everything else UNAUTHENTICATED', async () => {
    expect((await server.graphql('{ me { email } }')).data).toEqual({ me: null });
    const unknownToken = await server.graphql('{ practice { name } }', {}, bearer('made-up'));
    expect(unknownToken.data).toBeNull();
    expect(unknownToken.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('ends a session on signOut, and every session of the user on signOutEverywhere', async () => {
    const first = (await signIn('supervisor@riverbend.example')).data?.signIn.token;
    const second = (await signIn('supervisor@riverbend.example')).data?.signIn.token;
    const third = (await signIn('supervisor@riverbend.example')).data?.signIn.token;

    expect((await server.graphql('mutation { signOut }', {}, bearer(first))).data).toEqual({
      signOut: true,
    });
    expect((await server.graphql('{ me { email } }', {}, bearer(first))).data).toEqual({
      me: null,
    });
    expect((await server.graphql('{ me { email } }', {}, bearer(second))).data?.me).not.toBeNull();

    const everywhere = await server.graphql('mutation { signOutEverywhere }', {}, bearer(second));
    expect(everywhere.data).toEqual({ signOutEverywhere: 2 });
    for (const token of [second, third]) {
      expect((await server.graphql('{ me { email } }', {}, bearer(token))).data).toEqual({
        me: null,
      });
    }
  });

  it('expires after the practice’s idle time and 12 hours after sign-in regardless', async () => {
    const idle = (await signIn('frontdesk@riverbend.example')).data?.signIn.token;
    const old = (await signIn('frontdesk@riverbend.example')).data?.signIn.token;
    const hash = `encode(sha256($1::bytea), 'hex')`;
    await server.db.dataSource.query(
      `UPDATE auth_session SET "lastSeenAt" = now() - interval '31 minutes' WHERE "tokenHash" = ${hash}`,
      [idle],
    );
    await server.db.dataSource.query(
      `UPDATE auth_session SET "expiresAt" = now() - interval '1 second' WHERE "tokenHash" = ${hash}`,
      [old],
    );
    for (const token of [idle, old]) {
      expect((await server.graphql('{ me { email } }', {}, bearer(token))).data).toEqual({
        me: null,
      });
    }
  });
});

describe('switchPractice', () => {
  it('lets an external agent act for another practice they serve, and audits it', async () => {
    const agent = await server.as('agent@agentdesk.example');
    const me = await agent.graphql<{
      me: {
        practice: { name: string };
        memberships: Array<{ practiceId: string; practiceName: string }>;
      };
    }>('{ me { practice { name } memberships { practiceId practiceName } } }');
    expect(me.data?.me.practice.name).toBe('Riverbend Counseling Collective');
    const hollowPine = me.data?.me.memberships.find(
      (membership) => membership.practiceName === 'Hollow Pine Therapy',
    );

    const switched = await agent.graphql(
      'mutation ($id: ID!) { switchPractice(practiceId: $id) }',
      {
        id: hollowPine?.practiceId,
      },
    );
    expect(switched.data).toEqual({ switchPractice: true });
    const after = await agent.graphql<{ practice: { name: string } }>('{ practice { name } }');
    expect(after.data?.practice.name).toBe('Hollow Pine Therapy');
    const [audit] = await server.db.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'auth.practice_switched' AND "practiceId" = $1`,
      [hollowPine?.practiceId],
    );
    expect(audit.count).toBe(1);
  });

  it('answers NOT_FOUND for a practice the member does not belong to', async () => {
    const owner = await server.as('owner@riverbend.example');
    const [{ id: hollowPineId }] = await server.db.dataSource.query(
      `SELECT id FROM practice WHERE name = 'Hollow Pine Therapy'`,
    );
    const { data, errors } = await owner.graphql(
      'mutation ($id: ID!) { switchPractice(practiceId: $id) }',
      { id: hollowPineId },
    );
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const still = await owner.graphql<{ practice: { name: string } }>('{ practice { name } }');
    expect(still.data?.practice.name).toBe('Riverbend Counseling Collective');
  });
});
