import {
  type Viewer as AccessViewer,
  type ContactReadScope,
  contactReadScope,
  explainContactAccess,
  reciprocalRelationshipType,
} from '@caseload/shared';
import { isUUID } from 'class-validator';
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import type { SignedInContext } from '../../context/request-context';
import type { TenantScope } from '../../database/tenant-scope';
import { badUserInput, notFound } from '../../errors/app-error';
import { type Page, pageRequest, toPage } from '../../graphql/pagination';
import { recordAudit } from '../audit/audit.service';
import { findVisibleClient } from '../client/client.service';
import { StaffMember } from '../staff/staff-member.entity';
import { Contact } from './contact.entity';
import type {
  AddRelationshipArgs,
  ClientRelationshipType,
  ContactInput,
  ContactsArgs,
  ContactType,
} from './contact.types';
import { Relationship } from './relationship.entity';

function readScopeOf(ctx: SignedInContext): ContactReadScope {
  return contactReadScope(ctx.viewer);
}

/** The list filter of `contactReadScope`: every contact, or those assigned to the caller. */
function applyContactReadScope(query: SelectQueryBuilder<Contact>, readScope: ContactReadScope) {
  if (readScope.allContacts) return;
  if (!readScope.assignedTo) {
    query.andWhere('false');
    return;
  }
  query.andWhere('contact.assignedStaffMemberId = :assignedTo', {
    assignedTo: readScope.assignedTo,
  });
}

export async function listContacts(
  ctx: SignedInContext,
  args: ContactsArgs,
): Promise<Page<ContactType>> {
  const request = pageRequest(args.first, args.after);
  const query = ctx.viewer.scope.select(Contact, 'contact');
  applyContactReadScope(query, readScopeOf(ctx));
  const search = args.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    query.andWhere(
      new Brackets((matches) => {
        matches
          .where(`(contact.firstName || ' ' || contact.lastName) ILIKE :pattern`, { pattern })
          .orWhere('contact.phone ILIKE :pattern')
          .orWhere('contact.email ILIKE :pattern');
      }),
    );
  }
  query.orderBy('contact.lastName').addOrderBy('contact.firstName').addOrderBy('contact.id');
  const [contacts, totalCount] = await Promise.all([
    query.clone().offset(request.offset).limit(request.limit).getMany(),
    query.getCount(),
  ]);
  return toPage(contacts, request, totalCount);
}

async function requireAssignablePractitioner(scope: TenantScope, id: string | null | undefined) {
  if (!id) return null;
  const member = isUUID(id)
    ? await scope
        .select(StaffMember, 'member')
        .andWhere(`member.id = :id AND member.status <> 'REMOVED'`, { id })
        .getOne()
    : null;
  if (!member) throw badUserInput('assignedStaffMemberId', 'No such member in this practice.');
  return member.id;
}

async function insertContact(
  scope: TenantScope,
  ctx: SignedInContext,
  input: ContactInput,
  fieldPrefix: string,
): Promise<Contact> {
  const firstName = input.firstName.trim();
  const lastName = input.lastName.trim();
  if (!firstName) throw badUserInput(`${fieldPrefix}firstName`, 'Enter a first name.');
  if (!lastName) throw badUserInput(`${fieldPrefix}lastName`, 'Enter a last name.');
  const email = input.email?.trim() || null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw badUserInput(`${fieldPrefix}email`, 'Enter an email address like name@example.com.');
  }
  const contact = scope.manager.create(Contact, {
    practiceId: scope.practiceId,
    firstName,
    lastName,
    phone: input.phone?.trim() || null,
    email,
    assignedStaffMemberId: await requireAssignablePractitioner(scope, input.assignedStaffMemberId),
  });
  await scope.manager.insert(Contact, contact);
  await recordAudit(scope.manager, ctx, {
    practiceId: scope.practiceId,
    actorUserId: ctx.viewer.userId,
    actorStaffMemberId: ctx.viewer.staffMemberId,
    action: 'contact.created',
    targetType: 'Contact',
    targetId: contact.id,
    changes: { before: null, after: { firstName, lastName, email } },
  });
  return contact;
}

export function createContact(ctx: SignedInContext, input: ContactInput): Promise<ContactType> {
  return ctx.viewer.scope.transaction((scope) => insertContact(scope, ctx, input, ''));
}

/**
 * Links a client to a contact (existing or new) or to another client; a client-to-client link is
 * stored from both sides, each read as that client sees it (the parent's child), so each client
 * lists the other. Both clients, and an existing contact, must be visible to the caller.
 */
export async function addRelationship(
  ctx: SignedInContext,
  args: AddRelationshipArgs,
): Promise<ClientRelationshipType> {
  const parties = [args.contactId, args.newContact, args.relatedClientId].filter(Boolean).length;
  if (parties !== 1) {
    throw badUserInput(
      'contactId',
      'Name exactly one of contactId, newContact or relatedClientId.',
    );
  }
  if (args.relatedClientId === args.clientId) {
    throw badUserInput('relatedClientId', 'A client cannot be related to themselves.');
  }
  const reciprocalType = reciprocalRelationshipType(args.type);
  if (args.relatedClientId && !reciprocalType) {
    throw badUserInput(
      'type',
      'Add a guardian or a case manager as a contact; between two clients choose another type.',
    );
  }
  const clientScope = ctx.viewer.clientReadScope;
  return ctx.viewer.scope.transaction(async (scope) => {
    const client = await findVisibleClient(scope, clientScope, args.clientId, ctx.now);
    let contact: Contact | null = null;
    if (args.contactId) {
      contact = isUUID(args.contactId)
        ? await scope
            .select(Contact, 'contact')
            .andWhere('contact.id = :id', { id: args.contactId })
            .getOne()
        : null;
      // One the caller may not see is refused exactly as one that does not exist.
      if (!contact || !explainContactAccess(ctx.viewer, contact).visible) {
        throw notFound('Contact');
      }
    }
    if (args.newContact) contact = await insertContact(scope, ctx, args.newContact, 'newContact.');
    const related = args.relatedClientId
      ? await findVisibleClient(scope, clientScope, args.relatedClientId, ctx.now)
      : null;
    const relationship = scope.manager.create(Relationship, {
      practiceId: scope.practiceId,
      clientId: client.id,
      contactId: contact?.id ?? null,
      relatedClientId: related?.id ?? null,
      type: args.type,
      isEmergencyContact: args.isEmergencyContact,
    });
    await scope.manager.insert(Relationship, relationship);
    if (related && reciprocalType) {
      // The emergency flag is the first client's: it says whom to call for them, not for the other.
      await scope.manager.insert(Relationship, {
        practiceId: scope.practiceId,
        clientId: related.id,
        contactId: null,
        relatedClientId: client.id,
        type: reciprocalType,
        isEmergencyContact: false,
      });
    }
    await recordAudit(scope.manager, ctx, {
      practiceId: scope.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'relationship.added',
      targetType: 'Client',
      targetId: client.id,
      changes: {
        before: null,
        after: {
          type: args.type,
          contactId: contact?.id ?? null,
          relatedClientId: related?.id ?? null,
        },
      },
    });
    return { ...relationship, contact };
  });
}

/**
 * The relationships of a page of clients in one statement, with their contacts; a contact the
 * caller may not see (seed 004: limited practitioners see only theirs) is left out.
 */
export async function relationshipsOfClients(
  scope: TenantScope,
  viewer: AccessViewer,
  clientIds: readonly string[],
): Promise<ClientRelationshipType[][]> {
  const rows = (await scope
    .select(Relationship, 'relationship')
    .leftJoinAndMapOne(
      'relationship.contact',
      Contact,
      'contact',
      'contact.id = relationship.contactId',
    )
    .andWhere('relationship.clientId IN (:...clientIds)', { clientIds })
    .orderBy('relationship.createdAt')
    .addOrderBy('relationship.id')
    .getMany()) as Array<Relationship & { contact?: Contact }>;
  const visible = rows.filter(
    (row) => !row.contact || explainContactAccess(viewer, row.contact).visible,
  );
  return clientIds.map((id) =>
    visible
      .filter((row) => row.clientId === id)
      .map((row) => ({ ...row, contact: row.contact ?? null })),
  );
}
