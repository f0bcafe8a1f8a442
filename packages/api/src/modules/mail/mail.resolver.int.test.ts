import { ErrorCode } from '@caseload/shared';
import { seedDemoData } from '../../seed/demo-seed';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';

const OUTBOX = `query ($statuses: [MailStatus!]) {
  outboxMail(first: 50, statuses: $statuses) {
    totalCount
    edges { node { to subject text status attempts lastError sentAt } }
  }
}`;

interface OutboxData {
  outboxMail: {
    totalCount: number;
    edges: Array<{ node: { to: string; subject: string; text: string | null; status: string } }>;
  };
}

describe('outboxMail (the admin mailbox)', () => {
  let db: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer('development', db);
  });

  afterAll(async () => {
    await server?.stop();
    await db?.destroy();
  });

  it('shows the practice’s mail with its delivery state and, outside production, the link inside', async () => {
    const owner = await server.as('owner@riverbend.example');
    const [{ id: roleId }] = await db.dataSource.query(
      `SELECT r.id FROM role r JOIN practice p ON p.id = r."practiceId"
        WHERE p.name = 'Riverbend Counseling Collective' AND r.name = 'Front Office'`,
    );
    await owner.graphql(
      'mutation ($input: InviteStaffInput!) { inviteStaff(input: $input) { id } }',
      {
        input: {
          email: 'mailbox@example.com',
          firstName: 'Mail',
          lastName: 'Box',
          kind: 'ADMIN_STAFF',
          roleIds: [roleId],
        },
      },
    );
    const { data, errors } = await owner.graphql<OutboxData>(OUTBOX, { statuses: ['QUEUED'] });
    expect(errors).toBeUndefined();
    expect(data?.outboxMail.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        to: 'mailbox@example.com',
        status: 'QUEUED',
        text: expect.stringContaining('/accept-invitation?token='),
      }),
    ]);
    const all = await owner.graphql<OutboxData>(OUTBOX);
    expect(all.data?.outboxMail.totalCount).toBeGreaterThan(1);
  });

  it('shows another practice nothing of it', async () => {
    const solo = await server.as('owner@hollowpine.example');
    const { data } = await solo.graphql<OutboxData>(OUTBOX);
    const recipients = data?.outboxMail.edges.map((edge) => edge.node.to) ?? [];
    expect(recipients).not.toContain('mailbox@example.com');
  });

  it('needs staff.invite', async () => {
    const frontDesk = await server.as('frontdesk@riverbend.example');
    const { errors } = await frontDesk.graphql(OUTBOX);
    expect(errors?.map((error) => error.extensions?.code)).toEqual([ErrorCode.FORBIDDEN]);
  });
});

describe('outboxMail in production', () => {
  it('never shows mail bodies, which carry sign-in links', async () => {
    const db = await createTestDatabase();
    await seedDemoData(db.dataSource);
    const server = await startTestServer('production', db);
    try {
      const owner = await server.as('owner@riverbend.example');
      const { data, errors } = await owner.graphql<OutboxData>(OUTBOX);
      expect(errors).toBeUndefined();
      expect(data?.outboxMail.totalCount).toBeGreaterThan(0);
      for (const edge of data?.outboxMail.edges ?? []) expect(edge.node.text).toBeNull();
    } finally {
      await server.stop();
      await db.destroy();
    }
  });
});
