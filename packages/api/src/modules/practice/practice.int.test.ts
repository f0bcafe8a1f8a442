import { ErrorCode } from '@caseload/shared';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

const UPDATE = `mutation ($input: PracticeSettingsInput!) {
  updatePracticeSettings(input: $input) { settings { idleSignOutMinutes mfaRequired invitationLifetimeHours } }
}`;

describe('updatePracticeSettings', () => {
  it('refuses values out of range with the field at fault, and members without practice.settings', async () => {
    const owner = await server.as('owner@riverbend.example');
    const tooLong = await owner.graphql(UPDATE, { input: { invitationLifetimeHours: 10_000 } });
    expect(tooLong.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'invitationLifetimeHours',
    });
    const manager = await server.as('manager@riverbend.example');
    const refused = await manager.graphql(UPDATE, { input: { mfaRequired: false } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'practice.settings',
    });
  });

  // Runs last: from here on every member of the practice owes an MFA enrolment, the owner too.
  it('requires MFA of every member from their next request, audited', async () => {
    const owner = await server.as('owner@riverbend.example');
    const therapist = await server.as('therapist@riverbend.example');
    const { data, errors } = await owner.graphql<{
      updatePracticeSettings: { settings: { mfaRequired: boolean; idleSignOutMinutes: number } };
    }>(UPDATE, { input: { mfaRequired: true, idleSignOutMinutes: 45 } });
    expect(errors).toBeUndefined();
    expect(data?.updatePracticeSettings.settings).toMatchObject({
      mfaRequired: true,
      idleSignOutMinutes: 45,
    });

    const me = await therapist.graphql<{ me: { mfaEnrollmentRequired: boolean } }>(
      '{ me { mfaEnrollmentRequired } }',
    );
    expect(me.data?.me.mfaEnrollmentRequired).toBe(true);
    const roster = await therapist.graphql('{ staff(first: 1) { totalCount } }');
    expect(roster.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      reason: 'MFA_ENROLLMENT_REQUIRED',
    });
    const [audit] = await server.db.dataSource.query(
      `SELECT changes FROM audit_event WHERE action = 'practice.settings.changed'`,
    );
    expect(audit.changes.before).toEqual({ mfaRequired: false, idleSignOutMinutes: 30 });
  });
});
