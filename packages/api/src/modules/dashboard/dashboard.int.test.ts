import { ErrorCode } from '@caseload/shared';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

const DASHBOARD = `{
  dashboard {
    staffByStatus { status count } staffByKind { kind count } staffByRole { roleName count }
    pendingInvitations expiredInvitations membersNeedingSupervisor
    clients { unassigned highRisk pendingNotes }
  }
}`;

interface DashboardData {
  dashboard: {
    staffByStatus: Array<{ status: string; count: number }>;
    staffByRole: Array<{ roleName: string; count: number }>;
    pendingInvitations: number;
    expiredInvitations: number;
    membersNeedingSupervisor: number;
    clients: { unassigned: number; highRisk: number; pendingNotes: number } | null;
  };
}

describe('dashboard', () => {
  it('counts the demo practice as seeded', async () => {
    const owner = await server.as('owner@riverbend.example');
    const { data, errors } = await owner.graphql<DashboardData>(DASHBOARD);
    expect(errors).toBeUndefined();
    const byStatus = Object.fromEntries(
      data?.dashboard.staffByStatus.map((row) => [row.status, row.count]) ?? [],
    );
    expect(byStatus).toMatchObject({ INVITED: 3, ON_HOLD: 2, INACTIVE: 2, REMOVED: 1 });
    expect(data?.dashboard.pendingInvitations).toBe(2);
    expect(data?.dashboard.expiredInvitations).toBe(1);
    expect(data?.dashboard.membersNeedingSupervisor).toBe(1);
    expect(data?.dashboard.staffByRole.find((row) => row.roleName === 'Supervisor')?.count).toBe(3);
    expect(data?.dashboard.clients?.unassigned).toBe(12);
    expect(data?.dashboard.clients?.highRisk).toBeGreaterThan(0);
  });

  it('leaves client figures out for members who do not read every client, and refuses without staff.view', async () => {
    const therapist = await server.as('therapist@riverbend.example');
    const { data } = await therapist.graphql<DashboardData>(DASHBOARD);
    expect(data?.dashboard.clients).toBeNull();
    const onHold = await server.as('onhold@riverbend.example');
    const refused = await onHold.graphql(DASHBOARD);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'staff.view',
    });
  });
});
