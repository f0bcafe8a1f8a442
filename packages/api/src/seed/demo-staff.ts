import { createHash } from 'node:crypto';
import type { StaffKind, StaffStatus, WeeklySlot } from '@caseload/shared';
import type { Faker } from '@faker-js/faker';
import type { EntityManager } from 'typeorm';
import { Group } from '../modules/group/group.entity';
import { GroupMembership } from '../modules/group/group-membership.entity';
import { Invitation } from '../modules/invitation/invitation.entity';
import { OutboxMail } from '../modules/mail/outbox-mail.entity';
import type { Practice } from '../modules/practice/practice.entity';
import { PermissionOverride } from '../modules/role/permission-override.entity';
import { RoleAssignment } from '../modules/role/role-assignment.entity';
import { StaffMember } from '../modules/staff/staff-member.entity';
import { User } from '../modules/user/user.entity';
import type { CreatedPractice } from './practice-factory';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One member of a demo roster; the generator fills in what is left out. */
export interface DemoStaffSpec {
  /** Stable handle the rest of the seed refers to this member by. */
  handle: string;
  kind: StaffKind;
  status: StaffStatus;
  roleKeys: string[];
  email?: string;
  firstName?: string;
  lastName?: string;
  title?: string;
  /** Handle of the supervising member. */
  supervisor?: string;
  statusReason?: string;
  staffId?: string;
  groups?: string[];
}

export interface SeededStaff {
  members: Map<string, StaffMember>;
  /** Members who can carry clients (therapists and students who have joined). */
  clinicians: StaffMember[];
}

const specialtyPool = [
  'Anxiety',
  'Depression',
  'Trauma',
  'Couples',
  'Child & adolescent',
  'Substance use',
  'Grief',
  'Eating disorders',
  'OCD',
  'Family systems',
];

const titlesByKind: Record<StaffKind, string[]> = {
  THERAPIST: ['LCSW', 'LPC', 'LMFT', 'PsyD', 'LCPC'],
  STUDENT_THERAPIST: ['MSW Intern', 'Counseling Intern', 'Associate LPC'],
  ADMIN_STAFF: ['Practice Coordinator', 'Office Manager', 'Billing Specialist'],
  EXTERNAL_AGENT: ['Billing Agent'],
};

/** Monday to Friday, 9:00-17:00 with a mid-day gap, slightly varied per member. */
function weekdayAvailability(faker: Faker): WeeklySlot[] {
  const days = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;
  const start = faker.helpers.arrayElement([8, 9, 10]) * 60;
  return faker.helpers.arrayElements(days, { min: 3, max: 5 }).flatMap((day) => [
    { day, startMinute: start, endMinute: 12 * 60 },
    { day, startMinute: 13 * 60, endMinute: start + 8 * 60 },
  ]);
}

function emailAddress(firstName: string, lastName: string, domain: string): string {
  const localPart = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '');
  return `${localPart}@${domain}`;
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Creates users, staff members, role assignments, group memberships, overrides and
 * invitations for one practice. Users already in `usersByEmail` are reused (external agents).
 */
export async function seedStaff(
  manager: EntityManager,
  faker: Faker,
  { practice, rolesByKey }: CreatedPractice,
  specs: DemoStaffSpec[],
  options: {
    now: Date;
    passwordHash: string;
    emailDomain: string;
    usersByEmail: Map<string, User>;
    groupsByName: Map<string, Group>;
  },
): Promise<SeededStaff> {
  const { now, passwordHash, usersByEmail } = options;
  const members = new Map<string, StaffMember>();
  let staffNumber = 0;

  for (const spec of specs) {
    const firstName = spec.firstName ?? faker.person.firstName();
    const lastName = spec.lastName ?? faker.person.lastName();
    const email = spec.email ?? emailAddress(firstName, lastName, options.emailDomain);
    let user: User | null = null;
    if (spec.status !== 'INVITED') {
      user = usersByEmail.get(email) ?? null;
      if (!user) {
        user = manager.create(User, {
          email,
          passwordHash,
          passwordChangedAt: new Date(now.getTime() - 90 * DAY),
          lastSignInAt: spec.status === 'ACTIVE' ? new Date(now.getTime() - 2 * HOUR) : null,
        });
        await manager.insert(User, user);
        usersByEmail.set(email, user);
      }
    }
    const isClinician = spec.kind === 'THERAPIST' || spec.kind === 'STUDENT_THERAPIST';
    if (!spec.staffId) staffNumber += 1;
    const member = manager.create(StaffMember, {
      practiceId: practice.id,
      userId: user?.id ?? null,
      kind: spec.kind,
      status: spec.status,
      statusReason: spec.statusReason ?? null,
      statusChangedAt: new Date(now.getTime() - faker.number.int({ min: 2, max: 400 }) * DAY),
      staffId: spec.staffId ?? `S-${String(staffNumber).padStart(4, '0')}`,
      firstName,
      lastName,
      email,
      primaryPhone: faker.helpers.fromRegExp(/\(312\) 555-0[1-9][0-9]{2}/),
      title: spec.title ?? faker.helpers.arrayElement(titlesByKind[spec.kind]),
      licenseNumber: spec.kind === 'THERAPIST' ? `IL-${faker.string.numeric({ length: 6 })}` : null,
      discipline: isClinician
        ? faker.helpers.arrayElement(['Social work', 'Counseling', 'Marriage & family therapy'])
        : null,
      compensationTier: isClinician ? faker.helpers.arrayElement(['Tier 1', 'Tier 2']) : null,
      bio: isClinician ? faker.lorem.sentence({ min: 10, max: 18 }) : null,
      supervisorId: spec.supervisor ? (members.get(spec.supervisor)?.id ?? null) : null,
      specialties: isClinician
        ? faker.helpers.arrayElements(specialtyPool, { min: 1, max: 3 })
        : [],
      weeklyAvailability: isClinician ? weekdayAvailability(faker) : [],
      caseloadCapacity: isClinician ? faker.helpers.arrayElement([15, 20, 25, 30]) : null,
    });
    await manager.insert(StaffMember, member);
    members.set(spec.handle, member);
  }
  await manager.update('practice', { id: practice.id }, { lastStaffNumber: staffNumber });

  const assignments: RoleAssignment[] = [];
  const memberships: GroupMembership[] = [];
  for (const spec of specs) {
    const member = members.get(spec.handle) as StaffMember;
    for (const key of spec.roleKeys) {
      const role = rolesByKey.get(key);
      if (!role) throw new Error(`demo seed: no role template "${key}"`);
      assignments.push(
        manager.create(RoleAssignment, {
          practiceId: practice.id,
          staffMemberId: member.id,
          roleId: role.id,
        }),
      );
    }
    for (const groupName of spec.groups ?? []) {
      const group = options.groupsByName.get(groupName);
      if (!group) throw new Error(`demo seed: no group "${groupName}"`);
      memberships.push(
        manager.create(GroupMembership, {
          practiceId: practice.id,
          groupId: group.id,
          staffMemberId: member.id,
        }),
      );
    }
  }
  if (assignments.length) await manager.insert(RoleAssignment, assignments);
  if (memberships.length) await manager.insert(GroupMembership, memberships);

  const clinicians = [...members.values()].filter(
    (member) =>
      (member.kind === 'THERAPIST' || member.kind === 'STUDENT_THERAPIST') &&
      member.status !== 'INVITED' &&
      member.status !== 'REMOVED',
  );
  return { members, clinicians };
}

export async function seedOverrides(
  manager: EntityManager,
  practiceId: string,
  grantedBy: StaffMember,
  overrides: Array<{
    member: StaffMember;
    permission: PermissionOverride['permission'];
    effect: PermissionOverride['effect'];
    reason: string;
    expiresAt: Date | null;
  }>,
): Promise<void> {
  await manager.insert(
    PermissionOverride,
    overrides.map(({ member, ...override }) =>
      manager.create(PermissionOverride, {
        practiceId,
        staffMemberId: member.id,
        grantedById: grantedBy.id,
        ...override,
      }),
    ),
  );
}

/**
 * Invitations in every state the roster shows: pending, expired, superseded by a resend, and
 * accepted. Invitation mails go to the outbox as sent.
 */
export async function seedInvitations(
  manager: EntityManager,
  practice: Practice,
  invitedBy: StaffMember,
  invitations: Array<{
    member: StaffMember;
    sentHoursAgo: number;
    lifetimeHours: number;
    status: Invitation['status'];
  }>,
  now: Date,
): Promise<void> {
  for (const [index, invitation] of invitations.entries()) {
    const sentAt = new Date(now.getTime() - invitation.sentHoursAgo * HOUR);
    const expiresAt = new Date(sentAt.getTime() + invitation.lifetimeHours * HOUR);
    await manager.insert(
      Invitation,
      manager.create(Invitation, {
        practiceId: practice.id,
        staffMemberId: invitation.member.id,
        email: invitation.member.email,
        // Demo tokens are never handed out: nobody can accept a seeded invitation by link.
        tokenHash: tokenHash(`caseload-demo-invitation-${practice.id}-${index}`),
        status: invitation.status,
        expiresAt,
        invitedById: invitedBy.id,
        closedAt: invitation.status === 'PENDING' ? null : sentAt,
        createdAt: sentAt,
      }),
    );
    await manager.insert(
      OutboxMail,
      manager.create(OutboxMail, {
        practiceId: practice.id,
        to: invitation.member.email,
        subject: `You have been invited to join ${practice.name} on Caseload`,
        text: `${invitedBy.firstName} ${invitedBy.lastName} invited you to join the practice. The link in this email expires at ${expiresAt.toISOString()}.`,
        status: 'SENT',
        attempts: 1,
        sentAt,
        createdAt: sentAt,
      }),
    );
  }
}
