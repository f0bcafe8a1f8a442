import { ErrorCode } from '@caseload/shared';
import { startTestServer, type TestCaller, type TestServer } from '../../test/test-server';

let server: TestServer;
let manager: TestCaller;
let therapist: TestCaller;
let therapistId: string;
let internId: string;

const RIVERBEND = 'Riverbend Counseling Collective';

async function memberId(email: string, practice = RIVERBEND): Promise<string> {
  const [row] = await server.db.dataSource.query(
    `SELECT m.id FROM staff_member m JOIN practice p ON p.id = m."practiceId"
     WHERE m.email = $1 AND p.name = $2`,
    [email, practice],
  );
  return row.id;
}

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.as('manager@riverbend.example');
  therapist = await server.as('therapist@riverbend.example');
  therapistId = await memberId('therapist@riverbend.example');
  internId = await memberId('intern@riverbend.example');
});

afterAll(async () => {
  await server?.stop();
});

interface Profile {
  title: string | null;
  licenseNumber: string | null;
  discipline: string | null;
  compensationTier: string | null;
  bio: string | null;
  secondaryEmail: string | null;
  primaryPhone: string | null;
  secondaryPhone: string | null;
  defaultPhone: 'PRIMARY' | 'SECONDARY';
  notificationSettings: Record<string, boolean> | null;
  timezone: string | null;
  effectiveTimezone: string;
  specialties: string[];
  locations: Array<{ id: string; name: string; kind: string }>;
  weeklyAvailability: Array<{ day: string; startMinute: number; endMinute: number }>;
  caseloadCapacity: number | null;
  version: number;
}

interface Member {
  id: string;
  staffId: string;
  firstName: string;
  email: string;
  title: string | null;
  groups: Array<{ name: string; kind: string }>;
  profile: Profile;
}

const MEMBER_FIELDS = `id staffId firstName email title groups { name kind } profile {
  title licenseNumber discipline compensationTier bio secondaryEmail primaryPhone secondaryPhone
  defaultPhone notificationSettings { invitations assignmentChanges pendingNotesDigest supervisionUpdates }
  timezone effectiveTimezone specialties locations { id name kind }
  weeklyAvailability { day startMinute endMinute } caseloadCapacity version
}`;
const MEMBER = `query ($id: ID!) { staffMember(id: $id) { ${MEMBER_FIELDS} } }`;
const UPDATE = `mutation ($staffMemberId: ID!, $input: StaffProfileInput!, $expectedVersion: Int!) {
  updateStaffProfile(staffMemberId: $staffMemberId, input: $input, expectedVersion: $expectedVersion) {
    ${MEMBER_FIELDS}
  }
}`;

async function member(id: string, caller: TestCaller = manager): Promise<Member> {
  const { data, errors } = await caller.graphql<{ staffMember: Member }>(MEMBER, { id });
  expect(errors).toBeUndefined();
  return data?.staffMember as Member;
}

async function version(id: string): Promise<number> {
  const [row] = await server.db.dataSource.query('SELECT version FROM staff_member WHERE id = $1', [
    id,
  ]);
  return row.version;
}

async function update(
  caller: TestCaller,
  staffMemberId: string,
  input: Record<string, unknown>,
  expectedVersion?: number,
) {
  return caller.graphql<{ updateStaffProfile: Member }>(UPDATE, {
    staffMemberId,
    input,
    expectedVersion: expectedVersion ?? (await version(staffMemberId)),
  });
}

function extensions(result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) {
  return result.errors?.[0]?.extensions;
}

async function locationIds(): Promise<Record<string, string>> {
  const { data } = await manager.graphql<{ groups: Array<{ id: string; name: string }> }>(
    '{ groups { id name } }',
  );
  return Object.fromEntries((data?.groups ?? []).map((group) => [group.name, group.id]));
}

describe('StaffMember.profile', () => {
  it('shows the profile with defaults filled in and the practice timezone when none is set', async () => {
    const profile = (await member(therapistId)).profile;
    expect(profile.notificationSettings).toEqual({
      invitations: true,
      assignmentChanges: true,
      pendingNotesDigest: true,
      supervisionUpdates: true,
    });
    const [practice] = await server.db.dataSource.query(
      'SELECT timezone FROM practice WHERE name = $1',
      [RIVERBEND],
    );
    expect(profile.timezone).toBeNull();
    expect(profile.effectiveTimezone).toBe(practice.timezone);
    expect(profile.locations.map((location) => location.name)).toEqual(['Downtown Clinic']);
    expect(profile.version).toBe(await version(therapistId));
  });

  it('reads a roster page of profiles', async () => {
    const { data, errors } = await manager.graphql<{
      staff: { edges: Array<{ node: { id: string; profile: { version: number } } }> };
    }>('{ staff(first: 20) { edges { node { id profile { version } } } } }');
    expect(errors).toBeUndefined();
    expect(data?.staff.edges).toHaveLength(20);
    expect(data?.staff.edges.every((edge) => edge.node.profile.version >= 1)).toBe(true);
  });

  it("hides another member's compensation tier and notification settings without staff.edit", async () => {
    await server.db.dataSource.query(
      `UPDATE staff_member SET "compensationTier" = 'Tier 2' WHERE id = $1`,
      [internId],
    );
    const seenByTherapist = (await member(internId, therapist)).profile;
    expect(seenByTherapist.compensationTier).toBeNull();
    expect(seenByTherapist.notificationSettings).toBeNull();
    const seenByManager = (await member(internId)).profile;
    expect(seenByManager.compensationTier).toBe('Tier 2');
    expect(seenByManager.notificationSettings).not.toBeNull();
  });
});

describe('updateStaffProfile by the member themselves', () => {
  it('changes their contact details, notifications, bio, specialties, timezone and availability', async () => {
    const before = await version(therapistId);
    const result = await update(therapist, therapistId, {
      bio: '  Works with anxious teenagers.  ',
      secondaryEmail: 'me@home.example',
      primaryPhone: '+1 (312) 555-0100',
      secondaryPhone: '312-555-0199 ext 12',
      defaultPhone: 'SECONDARY',
      notificationSettings: { pendingNotesDigest: false },
      timezone: 'America/Chicago',
      specialties: [' Anxiety ', 'Teens', 'anxiety', '', 'EMDR'],
      weeklyAvailability: [
        { day: 'TUESDAY', startMinute: 780, endMinute: 1020 },
        { day: 'MONDAY', startMinute: 540, endMinute: 720 },
        { day: 'TUESDAY', startMinute: 540, endMinute: 780 },
      ],
    });
    expect(result.errors).toBeUndefined();
    const profile = result.data?.updateStaffProfile.profile as Profile;
    expect(profile).toMatchObject({
      bio: 'Works with anxious teenagers.',
      secondaryEmail: 'me@home.example',
      primaryPhone: '+1 (312) 555-0100',
      secondaryPhone: '312-555-0199 ext 12',
      defaultPhone: 'SECONDARY',
      notificationSettings: {
        invitations: true,
        assignmentChanges: true,
        pendingNotesDigest: false,
        supervisionUpdates: true,
      },
      timezone: 'America/Chicago',
      effectiveTimezone: 'America/Chicago',
      specialties: ['Anxiety', 'Teens', 'EMDR'],
      weeklyAvailability: [
        { day: 'MONDAY', startMinute: 540, endMinute: 720 },
        { day: 'TUESDAY', startMinute: 540, endMinute: 780 },
        { day: 'TUESDAY', startMinute: 780, endMinute: 1020 },
      ],
      version: before + 1,
    });
    const [audit] = await server.db.dataSource.query(
      `SELECT changes, "actorStaffMemberId" FROM audit_event
        WHERE action = 'staff.profile.updated' AND "targetId" = $1`,
      [therapistId],
    );
    expect(audit.actorStaffMemberId).toBe(therapistId);
    expect(audit.changes.before).toMatchObject({ timezone: null, secondaryEmail: null });
    expect(audit.changes.before.bio).not.toBe('Works with anxious teenagers.');
    expect(audit.changes.after).toMatchObject({
      bio: 'Works with anxious teenagers.',
      timezone: 'America/Chicago',
      notificationSettings: { pendingNotesDigest: false },
    });
  });

  it('changes only the fields given; null clears an optional field and the default phone moves', async () => {
    const result = await update(therapist, therapistId, {
      secondaryPhone: null,
      notificationSettings: { invitations: false, pendingNotesDigest: null },
      timezone: null,
    });
    expect(result.errors).toBeUndefined();
    const profile = result.data?.updateStaffProfile.profile as Profile;
    expect(profile).toMatchObject({
      bio: 'Works with anxious teenagers.',
      secondaryPhone: null,
      defaultPhone: 'PRIMARY',
      notificationSettings: { invitations: false, pendingNotesDigest: true },
      timezone: null,
      specialties: ['Anxiety', 'Teens', 'EMDR'],
    });
  });

  it('refuses the admin-only fields with FORBIDDEN naming staff.edit, changing nothing', async () => {
    const before = await version(therapistId);
    for (const input of [
      { staffId: 'T-1' },
      { title: 'Chief' },
      { licenseNumber: 'LPC-1' },
      { compensationTier: 'Tier 9' },
      { caseloadCapacity: 3 },
      { locationIds: [] },
      { bio: 'fine', discipline: 'Psychology' },
    ]) {
      const result = await update(therapist, therapistId, input);
      expect(result.data).toBeNull();
      expect(extensions(result)).toMatchObject({
        code: ErrorCode.FORBIDDEN,
        permission: 'staff.edit',
        fields: Object.keys(input).filter((key) => key !== 'bio'),
      });
    }
    expect(await version(therapistId)).toBe(before);
  });

  it("refuses another member's profile without staff.edit", async () => {
    const result = await update(therapist, internId, { bio: 'Hello' });
    expect(result.data).toBeNull();
    expect(extensions(result)).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'staff.edit',
    });
  });
});

describe('updateStaffProfile with staff.edit', () => {
  it('changes every admin field, and locations replace only LOCATION memberships', async () => {
    const groups = await locationIds();
    const result = await update(manager, therapistId, {
      staffId: ' T-0042 ',
      email: 'Therapist.Work@Riverbend.example',
      title: 'LPC',
      licenseNumber: 'LPC-12345',
      discipline: 'Counseling',
      compensationTier: 'Tier 2',
      caseloadCapacity: 25,
      locationIds: [
        groups['Northside Office'],
        groups['Downtown Clinic'],
        groups['Northside Office'],
      ],
    });
    expect(result.errors).toBeUndefined();
    const updated = result.data?.updateStaffProfile as Member;
    expect(updated).toMatchObject({
      staffId: 'T-0042',
      email: 'Therapist.Work@Riverbend.example',
      title: 'LPC',
      profile: {
        licenseNumber: 'LPC-12345',
        discipline: 'Counseling',
        compensationTier: 'Tier 2',
        caseloadCapacity: 25,
      },
    });
    expect(updated.profile.locations.map((location) => location.name)).toEqual([
      'Downtown Clinic',
      'Northside Office',
    ]);

    const moved = await update(manager, therapistId, { locationIds: [groups['Northside Office']] });
    expect(moved.errors).toBeUndefined();
    const after = moved.data?.updateStaffProfile as Member;
    expect(after.profile.locations.map((location) => location.name)).toEqual(['Northside Office']);
    // Team memberships are not locations: they stay.
    const before = await member(internId);
    expect(before.groups.some((group) => group.kind === 'TEAM')).toBe(true);
    const intern = await update(manager, internId, { locationIds: [] });
    expect(intern.data?.updateStaffProfile.groups.every((group) => group.kind === 'TEAM')).toBe(
      true,
    );
    expect(intern.data?.updateStaffProfile.groups.length).toBeGreaterThan(0);
  });

  it('lets a member with staff.edit change their own admin fields', async () => {
    const managerId = await memberId('manager@riverbend.example');
    const result = await update(manager, managerId, {
      title: 'Practice Manager',
      caseloadCapacity: 0,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateStaffProfile.title).toBe('Practice Manager');
  });

  it('refuses each invalid value with BAD_USER_INPUT naming the field', async () => {
    const teamId = (await locationIds())['Trauma Team'];
    const cases: Array<[string, Record<string, unknown>]> = [
      ['firstName', { firstName: '   ' }],
      ['staffId', { staffId: '' }],
      ['staffId', { staffId: 'x'.repeat(41) }],
      ['staffId', { staffId: '-leading' }],
      ['email', { email: 'not-an-email' }],
      ['email', { email: null }],
      ['secondaryEmail', { secondaryEmail: 'nope@' }],
      ['primaryPhone', { primaryPhone: 'call me maybe' }],
      ['secondaryPhone', { secondaryPhone: '12' }],
      ['defaultPhone', { defaultPhone: 'SECONDARY' }],
      ['defaultPhone', { primaryPhone: null, defaultPhone: 'PRIMARY' }],
      ['title', { title: 'x'.repeat(101) }],
      ['licenseNumber', { licenseNumber: 'x'.repeat(61) }],
      ['timezone', { timezone: 'Mars/Olympus_Mons' }],
      ['timezone', { timezone: '+01:00' }],
      ['specialties', { specialties: Array.from({ length: 21 }, (_, i) => `Specialty ${i}`) }],
      ['specialties', { specialties: ['x'.repeat(61)] }],
      ['specialties', { specialties: null }],
      [
        'weeklyAvailability',
        { weeklyAvailability: [{ day: 'MONDAY', startMinute: 600, endMinute: 600 }] },
      ],
      [
        'weeklyAvailability',
        { weeklyAvailability: [{ day: 'MONDAY', startMinute: -1, endMinute: 60 }] },
      ],
      [
        'weeklyAvailability',
        { weeklyAvailability: [{ day: 'MONDAY', startMinute: 0, endMinute: 1441 }] },
      ],
      [
        'weeklyAvailability',
        {
          weeklyAvailability: [
            { day: 'FRIDAY', startMinute: 540, endMinute: 720 },
            { day: 'FRIDAY', startMinute: 700, endMinute: 800 },
          ],
        },
      ],
      ['caseloadCapacity', { caseloadCapacity: 501 }],
      ['caseloadCapacity', { caseloadCapacity: -1 }],
      ['locationIds', { locationIds: [teamId] }],
      ['locationIds', { locationIds: ['not-a-uuid'] }],
    ];
    const before = await version(internId);
    for (const [field, input] of cases) {
      const result = await update(manager, internId, input, before);
      expect([field, extensions(result)]).toEqual([
        field,
        { code: ErrorCode.BAD_USER_INPUT, field },
      ]);
    }
    expect(await version(internId)).toBe(before);
  });

  it('refuses a work email or staff ID another member has with CONFLICT on that field', async () => {
    const email = await update(manager, internId, { email: 'SUPERVISOR@riverbend.example' });
    expect(extensions(email)).toEqual({ code: ErrorCode.CONFLICT, field: 'email' });
    const staffId = await update(manager, internId, { staffId: 't-0042' });
    expect(extensions(staffId)).toEqual({ code: ErrorCode.CONFLICT, field: 'staffId' });
    const agentStaffId = await update(manager, internId, { staffId: 'AGENT-01' });
    expect(extensions(agentStaffId)).toEqual({ code: ErrorCode.CONFLICT, field: 'staffId' });
  });

  it("is NOT_FOUND for another practice's member", async () => {
    const otherOwner = await memberId('owner@hollowpine.example', 'Hollow Pine Therapy');
    const result = await update(manager, otherOwner, { bio: 'Hi' });
    expect(extensions(result)).toEqual({ code: ErrorCode.NOT_FOUND });
  });

  it('refuses a stale version with CONFLICT and the current version', async () => {
    const current = await version(internId);
    const result = await update(manager, internId, { bio: 'Old news' }, current - 1);
    expect(extensions(result)).toEqual({
      code: ErrorCode.CONFLICT,
      field: 'expectedVersion',
      currentVersion: current,
    });
  });

  it('of two concurrent edits of one version, one wins and the other gets CONFLICT', async () => {
    const current = await version(internId);
    const supervisor = await server.as('owner@riverbend.example');
    const results = await Promise.all([
      update(manager, internId, { bio: 'From the manager' }, current),
      update(supervisor, internId, { bio: 'From the owner' }, current),
    ]);
    const codes = results.map((result) => extensions(result)?.code ?? 'OK').sort();
    expect(codes).toEqual([ErrorCode.CONFLICT, 'OK']);
    const winner = results.find((result) => !result.errors)?.data?.updateStaffProfile;
    expect((await member(internId)).profile.bio).toBe(winner?.profile.bio);
    expect(await version(internId)).toBe(current + 1);
  });
});
