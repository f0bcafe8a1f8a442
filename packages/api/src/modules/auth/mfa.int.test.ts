import { ErrorCode } from '@caseload/shared';
import { Secret, TOTP } from 'otpauth';
import { DEMO_PASSWORD } from '../../seed/demo-sign-ins';
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

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    token expiresAt secondFactorRequired secondFactorToken mfaEnrollmentRequired
  }
}`;
const VERIFY = `mutation ($pending: String!, $code: String, $recoveryCode: String) {
  verifySecondFactor(secondFactorToken: $pending, code: $code, recoveryCode: $recoveryCode) {
    token secondFactorRequired
  }
}`;
const START = 'mutation { startMfaEnrollment { secret otpauthUri qrCodeDataUrl } }';
const CONFIRM = 'mutation ($code: String!) { confirmMfaEnrollment(code: $code) }';
const RESET_MFA = 'mutation ($id: ID!) { resetMfa(staffMemberId: $id) }';

interface SignInPayload {
  token: string | null;
  expiresAt: string | null;
  secondFactorRequired: boolean;
  secondFactorToken: string | null;
  mfaEnrollmentRequired: boolean;
}
type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;

function codes(errors: Errors) {
  return errors?.map((error) => error.extensions?.code);
}

function bearer(token: string | null | undefined) {
  return { authorization: `Bearer ${token}` };
}

async function signIn(email: string, password = DEMO_PASSWORD) {
  return server.graphql<{ signIn: SignInPayload }>(SIGN_IN, { email, password });
}

/** The code an authenticator app shows `stepsAhead` periods from now (one ahead is still valid). */
function codeFor(secret: string, stepsAhead = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + stepsAhead * 30_000,
  });
}

async function isSignedIn(token: string | null | undefined): Promise<boolean> {
  const { data } = await server.graphql<{ me: unknown }>('{ me { email } }', {}, bearer(token));
  return data?.me != null;
}

/** Signs in and enrols `email` in TOTP; returns the secret and the recovery codes. */
async function enrol(email: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const token = (await signIn(email)).data?.signIn.token;
  const started = await server.graphql<{ startMfaEnrollment: { secret: string } }>(
    START,
    {},
    bearer(token),
  );
  const secret = started.data?.startMfaEnrollment.secret ?? '';
  const confirmed = await server.graphql<{ confirmMfaEnrollment: string[] }>(
    CONFIRM,
    { code: codeFor(secret) },
    bearer(token),
  );
  return { secret, recoveryCodes: confirmed.data?.confirmMfaEnrollment ?? [] };
}

async function memberId(email: string): Promise<string> {
  const [row] = await server.db.dataSource.query(
    `SELECT m.id FROM staff_member m JOIN practice p ON p.id = m."practiceId"
      WHERE m.email = $1 AND p.name = 'Riverbend Counseling Collective'`,
    [email],
  );
  return row.id;
}

describe('MFA enrolment', () => {
  it('gives an otpauth URI and QR code, turns on with a code from the app, and returns ten recovery codes stored hashed', async () => {
    const email = 'supervisor@riverbend.example';
    const token = (await signIn(email)).data?.signIn.token;
    const { data, errors } = await server.graphql<{
      startMfaEnrollment: { secret: string; otpauthUri: string; qrCodeDataUrl: string };
    }>(START, {}, bearer(token));
    expect(errors).toBeUndefined();
    const enrollment = data?.startMfaEnrollment;
    expect(enrollment?.otpauthUri).toBe(
      `otpauth://totp/Caseload:supervisor%40riverbend.example?issuer=Caseload&secret=${enrollment?.secret}&algorithm=SHA1&digits=6&period=30`,
    );
    expect(enrollment?.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);

    const wrong = await server.graphql(CONFIRM, { code: '000000' }, bearer(token));
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'code',
    });
    const confirmed = await server.graphql<{ confirmMfaEnrollment: string[] }>(
      CONFIRM,
      { code: codeFor(enrollment?.secret ?? '') },
      bearer(token),
    );
    const recoveryCodes = confirmed.data?.confirmMfaEnrollment ?? [];
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    const stored: Array<{ codeHash: string }> = await server.db.dataSource.query(
      `SELECT c."codeHash" FROM mfa_recovery_code c JOIN "user" u ON u.id = c."userId" WHERE u.email = $1`,
      [email],
    );
    expect(stored).toHaveLength(10);
    for (const { codeHash } of stored) {
      expect(recoveryCodes.some((code) => codeHash.includes(code.replace('-', '')))).toBe(false);
    }
    const me = await server.graphql<{ me: { mfaEnabled: boolean } }>(
      '{ me { mfaEnabled } }',
      {},
      bearer(token),
    );
    expect(me.data?.me.mfaEnabled).toBe(true);
    const again = await server.graphql(START, {}, bearer(token));
    expect(codes(again.errors)).toEqual([ErrorCode.CONFLICT]);
  });
});

describe('signing in with MFA', () => {
  let secret: string;
  let recoveryCodes: string[];
  const email = 'therapist@riverbend.example';

  beforeAll(async () => {
    ({ secret, recoveryCodes } = await enrol(email));
  });

  it('asks for the second factor; the pending sign-in is no session until a code completes it', async () => {
    const first = await signIn(email);
    expect(first.data?.signIn).toMatchObject({
      token: null,
      expiresAt: null,
      secondFactorRequired: true,
    });
    const pending = first.data?.signIn.secondFactorToken;
    expect(await isSignedIn(pending)).toBe(false);

    const verified = await server.graphql<{ verifySecondFactor: { token: string } }>(VERIFY, {
      pending,
      code: codeFor(secret, 1),
    });
    expect(verified.errors).toBeUndefined();
    expect(await isSignedIn(verified.data?.verifySecondFactor.token)).toBe(true);
    // The pending token itself never becomes a session, and cannot be completed twice.
    expect(await isSignedIn(pending)).toBe(false);
    const twice = await server.graphql(VERIFY, { pending, code: codeFor(secret, 1) });
    expect(codes(twice.errors)).toEqual([ErrorCode.UNAUTHENTICATED]);
  });

  it('refuses a code that was already used (replay)', async () => {
    const pending = (await signIn(email)).data?.signIn.secondFactorToken;
    // The enrolment used the current code and the previous sign-in the next one.
    for (const stepsAhead of [0, 1]) {
      const replay = await server.graphql(VERIFY, { pending, code: codeFor(secret, stepsAhead) });
      expect(replay.errors?.[0]?.extensions).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        field: 'code',
      });
    }
  });

  it('accepts each recovery code once', async () => {
    const [recoveryCode] = recoveryCodes;
    const pending = (await signIn(email)).data?.signIn.secondFactorToken;
    const used = await server.graphql<{ verifySecondFactor: { token: string } }>(VERIFY, {
      pending,
      recoveryCode: recoveryCode?.toUpperCase(),
    });
    expect(await isSignedIn(used.data?.verifySecondFactor.token)).toBe(true);

    const again = (await signIn(email)).data?.signIn.secondFactorToken;
    const replayed = await server.graphql(VERIFY, { pending: again, recoveryCode });
    expect(replayed.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'recoveryCode',
    });
    const [audit] = await server.db.dataSource.query(
      `SELECT changes FROM audit_event WHERE action = 'auth.recovery_code_used'`,
    );
    expect(audit.changes.after).toEqual({ recoveryCodesLeft: 9 });
  });

  it('expires a pending sign-in after 5 minutes', async () => {
    const pending = (await signIn(email)).data?.signIn.secondFactorToken;
    await server.db.dataSource.query(
      `UPDATE auth_session SET "expiresAt" = now() - interval '1 second'
        WHERE "tokenHash" = encode(sha256($1::bytea), 'hex')`,
      [pending],
    );
    const late = await server.graphql(VERIFY, { pending, code: codeFor(secret, 1) });
    expect(codes(late.errors)).toEqual([ErrorCode.UNAUTHENTICATED]);
    expect(late.errors?.[0]?.message).toMatch(/Sign in again/);
  });

  it('counts wrong codes toward the account lockout', async () => {
    const pending = (await signIn(email)).data?.signIn.secondFactorToken;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await server.graphql(VERIFY, { pending, code: '123456' });
    }
    const locked = await server.graphql(VERIFY, { pending, code: codeFor(secret, 1) });
    expect(codes(locked.errors)).toEqual([ErrorCode.TOO_MANY_ATTEMPTS]);
    await server.db.dataSource.query(`DELETE FROM sign_in_attempt WHERE "emailNormalized" = $1`, [
      email,
    ]);
  });
});

describe('resetMfa', () => {
  it('an admin turns off a member’s MFA (lost phone): their sessions end and sign-in is one step again, audited', async () => {
    const email = 'intern@riverbend.example';
    const { secret } = await enrol(email);
    const pending = (await signIn(email)).data?.signIn.secondFactorToken;
    const verified = await server.graphql<{ verifySecondFactor: { token: string } }>(VERIFY, {
      pending,
      code: codeFor(secret, 1),
    });
    const session = verified.data?.verifySecondFactor.token;
    expect(await isSignedIn(session)).toBe(true);

    const frontDesk = await server.as('frontdesk@riverbend.example');
    const denied = await frontDesk.graphql(RESET_MFA, { id: await memberId(email) });
    expect(codes(denied.errors)).toEqual([ErrorCode.FORBIDDEN]);

    const reset = await owner.graphql(RESET_MFA, { id: await memberId(email) });
    expect(reset.data).toEqual({ resetMfa: true });
    expect(await isSignedIn(session)).toBe(false);
    const again = await signIn(email);
    expect(again.data?.signIn.secondFactorRequired).toBe(false);
    expect(again.data?.signIn.token).toBeTruthy();
    const [{ count }] = await server.db.dataSource.query(
      `SELECT count(*)::int FROM audit_event WHERE action = 'auth.mfa_reset'`,
    );
    expect(count).toBe(1);
  });
});

describe('practice requiring MFA', () => {
  afterAll(async () => {
    await server.db.dataSource.query(`UPDATE practice SET "mfaRequired" = false`);
  });

  it('makes members without MFA enrol at their next sign-in before doing anything else', async () => {
    await server.db.dataSource.query(
      `UPDATE practice SET "mfaRequired" = true WHERE name = 'Riverbend Counseling Collective'`,
    );
    const { data } = await signIn('records@riverbend.example');
    expect(data?.signIn.mfaEnrollmentRequired).toBe(true);
    const token = data?.signIn.token;
    const roster = await server.graphql('{ staff(first: 1) { totalCount } }', {}, bearer(token));
    expect(codes(roster.errors)).toEqual([ErrorCode.FORBIDDEN]);
    const me = await server.graphql<{ me: { mfaEnrollmentRequired: boolean } }>(
      '{ me { mfaEnrollmentRequired } }',
      {},
      bearer(token),
    );
    expect(me.data?.me.mfaEnrollmentRequired).toBe(true);

    const started = await server.graphql<{ startMfaEnrollment: { secret: string } }>(
      START,
      {},
      bearer(token),
    );
    await server.graphql(
      CONFIRM,
      { code: codeFor(started.data?.startMfaEnrollment.secret ?? '') },
      bearer(token),
    );
    const after = await server.graphql<{ staff: { totalCount: number } }>(
      '{ staff(first: 1) { totalCount } }',
      {},
      bearer(token),
    );
    expect(after.errors).toBeUndefined();
    expect(after.data?.staff.totalCount).toBeGreaterThan(0);
  });
});
