import type { ClientScope, ClientStatus, NoteStatus, RiskLevel } from '@caseload/shared';
import type { Faker } from '@faker-js/faker';
import type { EntityManager } from 'typeorm';
import { Client } from '../modules/client/client.entity';
import { ClientAssignment } from '../modules/client/client-assignment.entity';
import { TherapySession } from '../modules/client/therapy-session.entity';
import { Contact } from '../modules/contact/contact.entity';
import { Relationship } from '../modules/contact/relationship.entity';
import type { Group } from '../modules/group/group.entity';
import type { Practice } from '../modules/practice/practice.entity';
import type { StaffMember } from '../modules/staff/staff-member.entity';
import { localDateTime, localWeekday } from './zoned-time';

const DAY = 86_400_000;
/** Rows per INSERT, well under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 500;

export interface DemoCaseloadOptions {
  now: Date;
  clientCount: number;
  /** Clinicians who carry clients, and how likely each is picked (interns carry fewer). */
  clinicians: StaffMember[];
  /** A member who has left: their clients were handed on, which the history shows. */
  formerClinician?: StaffMember;
  locations: Group[];
  /** Who made the assignment changes (an admin). */
  changedBy: StaffMember;
  contactCount: number;
  walkInCount: number;
  /** Share of clients who are practice clients rather than direct ones. */
  practiceScopeShare: number;
  unassignedPracticeClients: number;
  /** Adds a couple who are both clients (needs two active, assigned practice clients). */
  withCouple: boolean;
}

async function insertChunked<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: T[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await manager.insert(entity, rows.slice(start, start + INSERT_CHUNK) as never);
  }
}

function weightedRisk(faker: Faker): RiskLevel {
  return faker.helpers.weightedArrayElement([
    { weight: 55, value: 'LOW' as const },
    { weight: 28, value: 'MODERATE' as const },
    { weight: 12, value: 'HIGH' as const },
    { weight: 5, value: 'CRITICAL' as const },
  ]);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Clients of both scopes and every risk level, their assignment history (consistent with each
 * client's current therapist), sessions with pending notes and walk-ins, contacts and
 * relationships (emergency contacts, and a couple who are both clients).
 */
export async function seedCaseload(
  manager: EntityManager,
  faker: Faker,
  practice: Practice,
  options: DemoCaseloadOptions,
): Promise<Client[]> {
  const { now, clinicians } = options;
  const clients: Client[] = [];
  const histories: ClientAssignment[] = [];

  for (let index = 0; index < options.clientCount; index += 1) {
    const scope: ClientScope =
      index < options.unassignedPracticeClients || faker.number.float() < options.practiceScopeShare
        ? 'PRACTICE'
        : 'DIRECT';
    const unassigned = index < options.unassignedPracticeClients;
    const status: ClientStatus = faker.helpers.weightedArrayElement([
      { weight: 82, value: 'ACTIVE' as const },
      { weight: 10, value: 'INACTIVE' as const },
      { weight: 8, value: 'DISCHARGED' as const },
    ]);
    const createdAt = new Date(now.getTime() - faker.number.int({ min: 20, max: 700 }) * DAY);
    const therapist = unassigned ? null : faker.helpers.arrayElement(clinicians);
    const client = manager.create(Client, {
      practiceId: practice.id,
      firstName: faker.person.firstName(),
      lastName: faker.person.lastName(),
      dateOfBirth: isoDate(faker.date.birthdate({ mode: 'age', min: 6, max: 82, refDate: now })),
      status: unassigned ? 'ACTIVE' : status,
      riskLevel: weightedRisk(faker),
      scope,
      therapistId: therapist?.id ?? null,
      neededSpecialties: faker.helpers.arrayElements(['Anxiety', 'Trauma', 'Couples', 'Grief'], {
        min: 0,
        max: 2,
      }),
      preferredLocationId: faker.helpers.arrayElement(options.locations).id,
      preferredTimes: [],
      dischargedAt:
        status === 'DISCHARGED' && !unassigned
          ? new Date(now.getTime() - faker.number.int({ min: 5, max: 120 }) * DAY)
          : null,
      createdAt,
    });
    clients.push(client);
  }
  const couple = options.withCouple ? marryTwo(clients) : null;
  await insertChunked(manager, Client, clients);

  for (const client of clients) {
    const assignedAt = client.createdAt;
    if (!client.therapistId) {
      if (options.formerClinician) {
        // Left without a therapist when their previous one was removed: the reassignment queue.
        histories.push(
          assignment(manager, practice, client, null, options.formerClinician.id, assignedAt),
          assignment(
            manager,
            practice,
            client,
            options.formerClinician.id,
            null,
            new Date(now.getTime() - 3 * DAY),
            'Therapist left the practice',
          ),
        );
      }
      continue;
    }
    if (faker.number.float() < 0.2) {
      const previous = options.formerClinician ?? faker.helpers.arrayElement(clinicians);
      const handedOverAt = new Date(
        assignedAt.getTime() + faker.number.int({ min: 7, max: 15 }) * DAY,
      );
      histories.push(
        assignment(manager, practice, client, null, previous.id, assignedAt),
        assignment(
          manager,
          practice,
          client,
          previous.id,
          client.therapistId,
          handedOverAt,
          'Better fit for the client’s needs',
        ),
      );
    } else {
      histories.push(assignment(manager, practice, client, null, client.therapistId, assignedAt));
    }
  }
  for (const history of histories) history.changedById = options.changedBy.id;
  await insertChunked(manager, ClientAssignment, histories);

  await insertChunked(
    manager,
    TherapySession,
    sessionsFor(manager, faker, practice, clients, options),
  );
  await seedContacts(manager, faker, practice, clients, couple, options);
  return clients;
}

/** Two active practice clients who share a surname: a couple, both in therapy here. */
function marryTwo(clients: Client[]): [Client, Client] {
  const [first, second] = clients.filter(
    (client) => client.status === 'ACTIVE' && client.scope === 'PRACTICE' && client.therapistId,
  );
  if (!first || !second) throw new Error('demo seed: too few practice clients for a couple');
  second.lastName = first.lastName;
  return [first, second];
}

function assignment(
  manager: EntityManager,
  practice: Practice,
  client: Client,
  fromTherapistId: string | null,
  toTherapistId: string | null,
  at: Date,
  reason = 'Intake assignment',
): ClientAssignment {
  return manager.create(ClientAssignment, {
    practiceId: practice.id,
    clientId: client.id,
    fromTherapistId,
    toTherapistId,
    reason,
    createdAt: at,
  });
}

/** A weekday session time in the practice's zone, `daysFromNow` days away (negative: past). */
function sessionStart(faker: Faker, practice: Practice, now: Date, daysFromNow: number): Date {
  let day = daysFromNow;
  while ([0, 6].includes(localWeekday(now, day, practice.timezone))) day += day < 0 ? -1 : 1;
  const hour = faker.number.int({ min: 8, max: 17 });
  return localDateTime(now, day, hour * 60, practice.timezone);
}

function sessionsFor(
  manager: EntityManager,
  faker: Faker,
  practice: Practice,
  clients: Client[],
  options: DemoCaseloadOptions,
): TherapySession[] {
  const { now, clinicians } = options;
  const cosignNeeded = new Set(
    clinicians.filter((clinician) => clinician.supervisorId).map((clinician) => clinician.id),
  );
  const sessions: TherapySession[] = [];
  const session = (
    client: Client,
    therapistId: string,
    daysFromNow: number,
    pendingNoteChance: number,
  ): TherapySession => {
    const startsAt = sessionStart(faker, practice, now, daysFromNow);
    const inPast = startsAt < now;
    const status = inPast
      ? faker.helpers.weightedArrayElement([
          { weight: 86, value: 'COMPLETED' as const },
          { weight: 8, value: 'NO_SHOW' as const },
          { weight: 6, value: 'CANCELLED' as const },
        ])
      : 'SCHEDULED';
    let noteStatus: NoteStatus = 'NONE';
    if (status === 'COMPLETED') {
      if (faker.number.float() < pendingNoteChance) {
        noteStatus = cosignNeeded.has(therapistId) ? 'COSIGN_REQUIRED' : 'PENDING';
      } else {
        noteStatus = 'SIGNED';
      }
    }
    return manager.create(TherapySession, {
      practiceId: practice.id,
      clientId: client.id,
      therapistId,
      startsAt,
      durationMinutes: faker.helpers.arrayElement([50, 50, 50, 60, 90]),
      status,
      noteStatus,
    });
  };

  for (const client of clients) {
    if (!client.therapistId || client.status === 'DISCHARGED') continue;
    const weeks = faker.number.int({ min: 2, max: 10 });
    for (let week = weeks; week >= 1; week -= 1) {
      // Notes from the last fortnight are the ones still waiting for a signature.
      const daysFromNow = -7 * week + faker.number.int({ min: 0, max: 2 });
      sessions.push(session(client, client.therapistId, daysFromNow, week <= 2 ? 0.45 : 0.02));
    }
    if (client.status === 'ACTIVE') {
      sessions.push(session(client, client.therapistId, faker.number.int({ min: 1, max: 7 }), 0));
    }
  }
  const activeClients = clients.filter(
    (client) => client.therapistId && client.status === 'ACTIVE',
  );
  for (const client of faker.helpers.arrayElements(activeClients, options.walkInCount)) {
    // A walk-in: seen by someone other than the assigned therapist, while theirs was away.
    const coveringTherapist = faker.helpers.arrayElement(
      clinicians.filter((clinician) => clinician.id !== client.therapistId),
    );
    sessions.push(
      session(client, coveringTherapist.id, -faker.number.int({ min: 1, max: 30 }), 0.3),
    );
  }
  return sessions;
}

async function seedContacts(
  manager: EntityManager,
  faker: Faker,
  practice: Practice,
  clients: Client[],
  couple: [Client, Client] | null,
  options: DemoCaseloadOptions,
): Promise<void> {
  const contacts = Array.from({ length: options.contactCount }, () =>
    manager.create(Contact, {
      practiceId: practice.id,
      firstName: faker.person.firstName(),
      lastName: faker.person.lastName(),
      phone: faker.helpers.fromRegExp(/\(773\) 555-0[1-9][0-9]{2}/),
      email: faker.datatype.boolean(0.7) ? faker.internet.email().toLowerCase() : null,
      assignedStaffMemberId: faker.datatype.boolean(0.5)
        ? faker.helpers.arrayElement(options.clinicians).id
        : null,
    }),
  );
  await insertChunked(manager, Contact, contacts);

  const relationships: Relationship[] = [];
  const related = faker.helpers.arrayElements(clients, contacts.length);
  contacts.forEach((contact, index) => {
    const client = related[index] as Client;
    relationships.push(
      manager.create(Relationship, {
        practiceId: practice.id,
        clientId: client.id,
        contactId: contact.id,
        relatedClientId: null,
        type: faker.helpers.arrayElement([
          'PARENT',
          'GUARDIAN',
          'SPOUSE',
          'SIBLING',
          'FRIEND',
          'CASE_MANAGER',
        ] as const),
        isEmergencyContact: index % 3 !== 2,
      }),
    );
  });

  const spouses = couple ? [couple, [couple[1], couple[0]] as const] : [];
  for (const [client, partner] of spouses) {
    relationships.push(
      manager.create(Relationship, {
        practiceId: practice.id,
        clientId: client.id,
        contactId: null,
        relatedClientId: partner.id,
        type: 'SPOUSE',
        isEmergencyContact: true,
      }),
    );
  }
  await insertChunked(manager, Relationship, relationships);
}
