import { base, en, en_US, Faker } from '@faker-js/faker';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { hashPassword } from '../modules/auth/password-hashing';
import { Group } from '../modules/group/group.entity';
import type { Practice } from '../modules/practice/practice.entity';
import type { StaffMember } from '../modules/staff/staff-member.entity';
import type { User } from '../modules/user/user.entity';
import { seedCaseload } from './demo-clients';
import { DEMO_PASSWORD } from './demo-sign-ins';
import { type DemoStaffSpec, seedInvitations, seedOverrides, seedStaff } from './demo-staff';
import { createPracticeWithRoleTemplates } from './practice-factory';

const FAKER_SEED = 20_261_123;
const DAY = 86_400_000;
const AGENT_EMAIL = 'agent@agentdesk.example';

const riverbendGroups = [
  { name: 'Downtown Clinic', kind: 'LOCATION' },
  { name: 'Northside Office', kind: 'LOCATION' },
  { name: 'Child & Family Team', kind: 'TEAM' },
  { name: 'Trauma Team', kind: 'TEAM' },
  { name: 'Intake', kind: 'DEPARTMENT' },
] as const;

const DOWNTOWN = 'Downtown Clinic';
const NORTHSIDE = 'Northside Office';

/** About thirty members: every kind, status and role template, three supervisors with trainees. */
const riverbendRoster: DemoStaffSpec[] = [
  {
    handle: 'owner',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['owner', 'licensed-therapist'],
    email: 'owner@riverbend.example',
    firstName: 'Elena',
    lastName: 'Marsh',
    title: 'PsyD, Clinical Director',
    groups: [DOWNTOWN],
  },
  {
    handle: 'manager',
    kind: 'ADMIN_STAFF',
    status: 'ACTIVE',
    roleKeys: ['manager'],
    email: 'manager@riverbend.example',
    firstName: 'Marcus',
    lastName: 'Bell',
    title: 'Practice Manager',
    groups: [DOWNTOWN],
  },
  {
    handle: 'supervisor',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['supervisor', 'licensed-therapist'],
    email: 'supervisor@riverbend.example',
    firstName: 'Priya',
    lastName: 'Raman',
    title: 'LCSW, Clinical Supervisor',
    groups: [DOWNTOWN, 'Trauma Team'],
  },
  {
    handle: 'supervisor-2',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['supervisor'],
    groups: [NORTHSIDE, 'Child & Family Team'],
  },
  {
    handle: 'supervisor-3',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['supervisor', 'licensed-therapist'],
    groups: [NORTHSIDE],
  },
  {
    handle: 'intern',
    kind: 'STUDENT_THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['intern'],
    email: 'intern@riverbend.example',
    firstName: 'Jordan',
    lastName: 'Ellis',
    title: 'MSW Intern',
    supervisor: 'supervisor',
    groups: [DOWNTOWN, 'Trauma Team'],
  },
  {
    handle: 'intern-2',
    kind: 'STUDENT_THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['intern'],
    supervisor: 'supervisor-2',
    groups: [NORTHSIDE, 'Child & Family Team'],
  },
  {
    handle: 'intern-3',
    kind: 'STUDENT_THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['intern'],
    supervisor: 'supervisor-3',
    groups: [NORTHSIDE],
  },
  {
    handle: 'intern-unsupervised',
    kind: 'STUDENT_THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['intern'],
    groups: [DOWNTOWN],
  },
  {
    handle: 'associate',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['associate'],
    title: 'Associate LPC',
    supervisor: 'supervisor',
    groups: [DOWNTOWN],
  },
  {
    handle: 'associate-2',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['associate'],
    title: 'Associate MFT',
    supervisor: 'supervisor-2',
    groups: [NORTHSIDE, 'Child & Family Team'],
  },
  {
    handle: 'therapist',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['therapist'],
    email: 'therapist@riverbend.example',
    firstName: 'Sam',
    lastName: 'Whitaker',
    title: 'LPC',
    groups: [DOWNTOWN],
  },
  {
    handle: 'therapist-2',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['licensed-therapist'],
    groups: [DOWNTOWN, 'Trauma Team'],
  },
  {
    handle: 'therapist-3',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['licensed-therapist'],
    groups: [NORTHSIDE],
  },
  {
    handle: 'therapist-4',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['therapist'],
    groups: [NORTHSIDE, 'Child & Family Team'],
  },
  {
    handle: 'therapist-5',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['therapist'],
    groups: [DOWNTOWN],
  },
  {
    handle: 'therapist-6',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['licensed-therapist'],
    groups: [NORTHSIDE, 'Trauma Team'],
  },
  {
    handle: 'therapist-7',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['therapist'],
    groups: [DOWNTOWN, 'Child & Family Team'],
  },
  {
    handle: 'frontdesk',
    kind: 'ADMIN_STAFF',
    status: 'ACTIVE',
    roleKeys: ['front-office'],
    email: 'frontdesk@riverbend.example',
    firstName: 'Tasha',
    lastName: 'Greene',
    title: 'Front Office Lead',
    groups: [DOWNTOWN, 'Intake'],
  },
  {
    handle: 'frontdesk-2',
    kind: 'ADMIN_STAFF',
    status: 'ACTIVE',
    roleKeys: ['front-office'],
    groups: [NORTHSIDE, 'Intake'],
  },
  {
    handle: 'records',
    kind: 'ADMIN_STAFF',
    status: 'ACTIVE',
    roleKeys: ['records-custodian'],
    email: 'records@riverbend.example',
    firstName: 'Owen',
    lastName: 'Park',
    title: 'Records Custodian',
    groups: [DOWNTOWN],
  },
  {
    handle: 'onhold',
    kind: 'THERAPIST',
    status: 'ON_HOLD',
    roleKeys: ['therapist'],
    email: 'onhold@riverbend.example',
    firstName: 'Dana',
    lastName: 'Kowalski',
    statusReason: 'Parental leave until March',
    groups: [DOWNTOWN],
  },
  {
    handle: 'onhold-2',
    kind: 'THERAPIST',
    status: 'ON_HOLD',
    roleKeys: ['licensed-therapist'],
    statusReason: 'Licence renewal pending with the state board',
    groups: [NORTHSIDE],
  },
  {
    handle: 'inactive',
    kind: 'THERAPIST',
    status: 'INACTIVE',
    roleKeys: ['therapist'],
    email: 'inactive@riverbend.example',
    firstName: 'Grant',
    lastName: 'Holloway',
    statusReason: 'Extended leave of absence',
    groups: [NORTHSIDE],
  },
  {
    handle: 'inactive-2',
    kind: 'ADMIN_STAFF',
    status: 'INACTIVE',
    roleKeys: [],
    statusReason: 'Last role removed',
  },
  {
    handle: 'removed',
    kind: 'THERAPIST',
    status: 'REMOVED',
    roleKeys: [],
    statusReason: 'Left the practice',
  },
  {
    handle: 'invited',
    kind: 'THERAPIST',
    status: 'INVITED',
    roleKeys: ['licensed-therapist'],
    groups: [DOWNTOWN],
  },
  {
    handle: 'invited-expired',
    kind: 'STUDENT_THERAPIST',
    status: 'INVITED',
    roleKeys: ['intern'],
    supervisor: 'supervisor',
  },
  {
    handle: 'invited-resent',
    kind: 'ADMIN_STAFF',
    status: 'INVITED',
    roleKeys: ['front-office'],
    groups: [NORTHSIDE],
  },
  {
    handle: 'agent',
    kind: 'EXTERNAL_AGENT',
    status: 'ACTIVE',
    roleKeys: ['front-office'],
    email: AGENT_EMAIL,
    firstName: 'Alex',
    lastName: 'Rivera',
    title: 'Billing Agent, AgentDesk',
    staffId: 'AGENT-01',
  },
];

const hollowPineRoster: DemoStaffSpec[] = [
  {
    handle: 'owner',
    kind: 'THERAPIST',
    status: 'ACTIVE',
    roleKeys: ['owner', 'licensed-therapist'],
    email: 'owner@hollowpine.example',
    firstName: 'Nora',
    lastName: 'Lindqvist',
    title: 'LMFT',
  },
  {
    handle: 'agent',
    kind: 'EXTERNAL_AGENT',
    status: 'ACTIVE',
    roleKeys: ['front-office'],
    email: AGENT_EMAIL,
    firstName: 'Alex',
    lastName: 'Rivera',
    title: 'Billing Agent, AgentDesk',
    staffId: 'AGENT-01',
  },
];

/**
 * Fills an empty database with two practices that make every screen worth looking at. The same
 * `now` gives the same data; dates are relative to it so the demo always looks current.
 */
export async function seedDemoData(
  dataSource: DataSource,
  { now = new Date() }: { now?: Date } = {},
): Promise<void> {
  const faker = new Faker({ locale: [en_US, en, base] });
  faker.seed(FAKER_SEED);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const usersByEmail = new Map<string, User>();

  await dataSource.transaction(async (manager) => {
    await seedRiverbend(manager, faker, { now, passwordHash, usersByEmail });
    await seedHollowPine(manager, faker, { now, passwordHash, usersByEmail });
  });
}

interface SeedContext {
  now: Date;
  passwordHash: string;
  usersByEmail: Map<string, User>;
}

async function seedRiverbend(manager: EntityManager, faker: Faker, context: SeedContext) {
  const { now } = context;
  const created = await createPracticeWithRoleTemplates(manager, {
    name: 'Riverbend Counseling Collective',
    plan: 'TEAM',
    timezone: 'America/Chicago',
  });
  const { practice } = created;
  const groups = riverbendGroups.map((group) =>
    manager.create(Group, { practiceId: practice.id, ...group, archivedAt: null }),
  );
  await manager.insert(Group, groups);
  const groupsByName = new Map(groups.map((group) => [group.name, group]));

  const { members, clinicians } = await seedStaff(manager, faker, created, riverbendRoster, {
    ...context,
    emailDomain: 'riverbend.example',
    groupsByName,
  });
  const member = (handle: string) => members.get(handle) as StaffMember;
  const owner = member('owner');

  await seedOverrides(manager, practice.id, owner, [
    {
      member: member('intern'),
      permission: 'contacts.view.all',
      effect: 'ALLOW',
      reason: 'Covering intake calls while the front desk is short-staffed',
      expiresAt: new Date(now.getTime() + 14 * DAY),
    },
    {
      member: member('frontdesk-2'),
      permission: 'billing.view',
      effect: 'DENY',
      reason: 'Billing is handled by the external agent',
      expiresAt: null,
    },
    {
      member: member('therapist'),
      permission: 'scheduling.manage',
      effect: 'ALLOW',
      reason: 'Covered scheduling during the front-office vacancy',
      expiresAt: new Date(now.getTime() - 10 * DAY),
    },
  ]);

  await seedInvitations(
    manager,
    practice,
    member('manager'),
    [
      { member: member('invited'), sentHoursAgo: 20, lifetimeHours: 72, status: 'PENDING' },
      {
        member: member('invited-expired'),
        sentHoursAgo: 24 * 6,
        lifetimeHours: 72,
        status: 'PENDING',
      },
      {
        member: member('invited-resent'),
        sentHoursAgo: 24 * 4,
        lifetimeHours: 72,
        status: 'SUPERSEDED',
      },
      { member: member('invited-resent'), sentHoursAgo: 3, lifetimeHours: 72, status: 'PENDING' },
      { member: member('intern-3'), sentHoursAgo: 24 * 30, lifetimeHours: 72, status: 'ACCEPTED' },
    ],
    now,
  );

  await seedCaseload(manager, faker, practice, {
    now,
    clientCount: 300,
    clinicians: clinicians.filter((clinician) => clinician.status !== 'INACTIVE'),
    formerClinician: member('removed'),
    locations: [groupsByName.get(DOWNTOWN), groupsByName.get(NORTHSIDE)] as Group[],
    changedBy: member('manager'),
    contactCount: 40,
    walkInCount: 25,
    practiceScopeShare: 0.6,
    unassignedPracticeClients: 12,
    withCouple: true,
  });

  await seedAuditTrail(manager, practice, now, [
    { actor: member('manager'), action: 'staff.invited', target: member('invited'), daysAgo: 1 },
    {
      actor: member('manager'),
      action: 'invitation.resent',
      target: member('invited-resent'),
      daysAgo: 0,
    },
    { actor: owner, action: 'permission_override.set', target: member('intern'), daysAgo: 2 },
    {
      actor: owner,
      action: 'staff.status.changed',
      target: member('onhold'),
      daysAgo: 9,
      changes: { before: { status: 'ACTIVE' }, after: { status: 'ON_HOLD' } },
    },
    {
      actor: owner,
      action: 'staff.status.changed',
      target: member('removed'),
      daysAgo: 3,
      changes: { before: { status: 'ACTIVE' }, after: { status: 'REMOVED' } },
    },
    {
      actor: member('manager'),
      action: 'roles.assigned',
      target: member('associate-2'),
      daysAgo: 12,
    },
  ]);
}

async function seedHollowPine(manager: EntityManager, faker: Faker, context: SeedContext) {
  const created = await createPracticeWithRoleTemplates(manager, {
    name: 'Hollow Pine Therapy',
    plan: 'SOLO',
    timezone: 'America/Denver',
  });
  const location = manager.create(Group, {
    practiceId: created.practice.id,
    name: 'Hollow Pine Office',
    kind: 'LOCATION',
    archivedAt: null,
  });
  await manager.insert(Group, location);
  const { members, clinicians } = await seedStaff(manager, faker, created, hollowPineRoster, {
    ...context,
    emailDomain: 'hollowpine.example',
    groupsByName: new Map([[location.name, location]]),
  });
  await seedCaseload(manager, faker, created.practice, {
    now: context.now,
    clientCount: 15,
    clinicians,
    locations: [location],
    changedBy: members.get('owner') as StaffMember,
    contactCount: 4,
    walkInCount: 0,
    practiceScopeShare: 0.2,
    unassignedPracticeClients: 0,
    withCouple: false,
  });
}

async function seedAuditTrail(
  manager: EntityManager,
  practice: Practice,
  now: Date,
  events: Array<{
    actor: StaffMember;
    action: string;
    target: StaffMember;
    daysAgo: number;
    changes?: AuditEvent['changes'];
  }>,
): Promise<void> {
  // save(), not insert(): insert's typing cannot take the jsonb `changes` shape.
  await manager.save(
    AuditEvent,
    events.map((event) =>
      manager.create(AuditEvent, {
        practiceId: practice.id,
        actorUserId: event.actor.userId,
        actorStaffMemberId: event.actor.id,
        action: event.action,
        targetType: 'StaffMember',
        targetId: event.target.id,
        changes: event.changes ?? null,
        ipAddress: '127.0.0.1',
        occurredAt: new Date(now.getTime() - event.daysAgo * DAY - 3_600_000),
      }),
    ),
  );
}
