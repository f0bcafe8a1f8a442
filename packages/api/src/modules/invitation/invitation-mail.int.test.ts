import pino from 'pino';
import { loadConfig } from '../../config';
import { DEMO_PASSWORD } from '../../seed/demo-sign-ins';
import { type RunningServer, startServer } from '../../server';
import { startSmtpTestServer, type TestSmtpServer } from '../../test/smtp-test-server';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';

let db: TestDatabase;
let smtp: TestSmtpServer;
let server: RunningServer;

beforeAll(async () => {
  [db, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
  const config = loadConfig({
    NODE_ENV: 'test',
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Riverbend via Caseload <no-reply@caseload.test>',
    PUBLIC_URL: 'https://caseload.example',
    MAIL_POLL_INTERVAL_MS: '100',
  });
  server = await startServer({
    config: { ...config, port: 0 },
    logger: pino({ level: 'silent' }),
    dataSource: db.dataSource,
    requestConnections: db.requestConnections,
  });
});

afterAll(async () => {
  await server?.close();
  await Promise.all([db?.destroy(), smtp?.close()]);
});

async function graphql<Data>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: Data; errors?: Array<{ message: string }> }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Data; errors?: Array<{ message: string }> };
}

describe('invitation email over SMTP', () => {
  it('reaches the invitee through the outbox worker the server starts, and its link works', async () => {
    const signIn = await graphql<{ signIn: { token: string } }>(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: 'owner@riverbend.example', p: DEMO_PASSWORD },
    );
    const ownerToken = signIn.data?.signIn.token;
    const [{ id: roleId }] = await db.dataSource.query(
      `SELECT r.id FROM role r JOIN practice p ON p.id = r."practiceId"
        WHERE p.name = 'Riverbend Counseling Collective' AND r.name = 'Front Office'`,
    );
    const invited = await graphql(
      `mutation ($input: InviteStaffInput!) { inviteStaff(input: $input) { id } }`,
      {
        input: {
          email: 'sam.reyes@example.com',
          firstName: 'Sam',
          lastName: 'Reyes',
          kind: 'ADMIN_STAFF',
          roleIds: [roleId],
        },
      },
      ownerToken,
    );
    expect(invited.errors).toBeUndefined();

    const mail = await smtp.waitFor((received) => received.to.includes('sam.reyes@example.com'));
    expect(mail.from).toBe('no-reply@caseload.test');
    expect(mail.subject).toBe(
      'Elena Marsh invited you to join Riverbend Counseling Collective on Caseload',
    );
    const link = /https:\/\/caseload\.example\/accept-invitation\?token=([\w-]+)/.exec(mail.text);
    expect(link).not.toBeNull();

    const accepted = await graphql<{ acceptInvitation: { token: string } }>(
      `mutation ($token: String!, $password: String!) {
        acceptInvitation(token: $token, password: $password) { token }
      }`,
      { token: link?.[1], password: 'tidal harbor lanterns 9' },
    );
    expect(accepted.errors).toBeUndefined();
    const me = await graphql<{ me: { email: string } }>(
      '{ me { email } }',
      {},
      accepted.data?.acceptInvitation.token,
    );
    expect(me.data?.me.email).toBe('sam.reyes@example.com');

    const [row] = await db.dataSource.query(
      `SELECT status, attempts FROM outbox_mail WHERE "to" = 'sam.reyes@example.com'`,
    );
    expect(row).toEqual({ status: 'SENT', attempts: 1 });
  });
});
