import { ErrorCode } from '@caseload/shared';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

const CONTACTS = `{ contacts(first: 100) { totalCount edges { node { id assignedTo { email } } } } }`;
const CLIENT_RELATIONSHIPS = `query ($id: ID!) {
  client(id: $id) { relationships { type isEmergencyContact contact { firstName } relatedClient { id } } }
}`;
const ADD = `mutation ($clientId: ID!, $contactId: ID, $newContact: ContactInput, $relatedClientId: ID,
                    $type: RelationshipType!, $emergency: Boolean!) {
  addRelationship(clientId: $clientId, contactId: $contactId, newContact: $newContact,
                  relatedClientId: $relatedClientId, type: $type, isEmergencyContact: $emergency) { id }
}`;

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await server.db.dataSource.query(sql, params);
  return row as T;
}

interface ContactsData {
  contacts: {
    totalCount: number;
    edges: Array<{ node: { id: string; assignedTo: { email: string } | null } }>;
  };
}

describe('contacts', () => {
  it('shows every contact to contacts.view.all, and only their own to a practitioner', async () => {
    const frontDesk = await server.as('frontdesk@riverbend.example');
    const all = await frontDesk.graphql<ContactsData>(CONTACTS);
    expect(all.data?.contacts.totalCount).toBe(40);

    const therapist = await server.as('therapist@riverbend.example');
    const own = await therapist.graphql<ContactsData>(CONTACTS);
    const expected = await one<{ count: number }>(
      `SELECT count(*)::int AS count FROM contact c JOIN staff_member m ON m.id = c."assignedStaffMemberId"
       WHERE m.email = 'therapist@riverbend.example'`,
    );
    expect(own.data?.contacts.totalCount).toBe(expected.count);
    expect(
      own.data?.contacts.edges.every(
        (edge) => edge.node.assignedTo?.email === 'therapist@riverbend.example',
      ),
    ).toBe(true);
  });

  it('creates a contact with contacts.manage, with the field at fault for bad input, and refuses without it', async () => {
    const frontDesk = await server.as('frontdesk@riverbend.example');
    const create =
      'mutation ($input: ContactInput!) { createContact(input: $input) { id firstName } }';
    const created = await frontDesk.graphql<{ createContact: { firstName: string } }>(create, {
      input: { firstName: 'Rosa', lastName: 'Diaz', email: 'rosa@example.com' },
    });
    expect(created.data?.createContact.firstName).toBe('Rosa');
    const badEmail = await frontDesk.graphql(create, {
      input: { firstName: 'Rosa', lastName: 'Diaz', email: 'not-an-email' },
    });
    expect(badEmail.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'email',
    });
    const therapist = await server.as('therapist@riverbend.example');
    const refused = await therapist.graphql(create, { input: { firstName: 'A', lastName: 'B' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      permission: 'contacts.manage',
    });
  });
});

describe('relationships', () => {
  it('adds a new emergency contact to a client, and links two clients from both sides', async () => {
    const frontDesk = await server.as('frontdesk@riverbend.example');
    const [first, second] = await server.db.dataSource.query(
      `SELECT c.id FROM client c JOIN practice p ON p.id = c."practiceId"
       WHERE p.name = 'Riverbend Counseling Collective'
         AND NOT EXISTS (SELECT 1 FROM relationship r WHERE r."clientId" = c.id) ORDER BY c.id LIMIT 2`,
    );
    const added = await frontDesk.graphql(ADD, {
      clientId: first.id,
      newContact: { firstName: 'Maria', lastName: 'Lopez', phone: '(312) 555-0199' },
      type: 'PARENT',
      emergency: true,
    });
    expect(added.errors).toBeUndefined();
    const linked = await frontDesk.graphql(ADD, {
      clientId: first.id,
      relatedClientId: second.id,
      type: 'SIBLING',
      emergency: false,
    });
    expect(linked.errors).toBeUndefined();

    const view = await frontDesk.graphql<{
      client: {
        relationships: Array<{
          type: string;
          isEmergencyContact: boolean;
          contact: { firstName: string } | null;
          relatedClient: { id: string } | null;
        }>;
      };
    }>(CLIENT_RELATIONSHIPS, { id: first.id });
    expect(view.data?.client.relationships).toEqual([
      {
        type: 'PARENT',
        isEmergencyContact: true,
        contact: { firstName: 'Maria' },
        relatedClient: null,
      },
      {
        type: 'SIBLING',
        isEmergencyContact: false,
        contact: null,
        relatedClient: { id: second.id },
      },
    ]);
    const otherSide = await frontDesk.graphql<{
      client: { relationships: Array<{ relatedClient: { id: string } | null }> };
    }>(CLIENT_RELATIONSHIPS, { id: second.id });
    expect(otherSide.data?.client.relationships).toEqual([
      expect.objectContaining({ relatedClient: { id: first.id } }),
    ]);
  });

  it('refuses naming no party or two, and a client of another practice', async () => {
    const frontDesk = await server.as('frontdesk@riverbend.example');
    const [client] = await server.db.dataSource.query(`SELECT id FROM client LIMIT 1`);
    const none = await frontDesk.graphql(ADD, {
      clientId: client.id,
      type: 'FRIEND',
      emergency: false,
    });
    expect(none.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    const foreign = await one<{ id: string }>(
      `SELECT c.id FROM client c JOIN practice p ON p.id = c."practiceId" WHERE p.name = 'Hollow Pine Therapy' LIMIT 1`,
    );
    const crossPractice = await frontDesk.graphql(ADD, {
      clientId: foreign.id,
      newContact: { firstName: 'A', lastName: 'B' },
      type: 'FRIEND',
      emergency: false,
    });
    expect(crossPractice.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('hides contacts a practitioner may not see from their clients’ relationships', async () => {
    const client = await one<{ id: string; practiceId: string }>(
      `SELECT c.id, c."practiceId" FROM client c JOIN staff_member t ON t.id = c."therapistId"
       WHERE t.email = 'therapist@riverbend.example' AND c.scope = 'DIRECT' LIMIT 1`,
    );
    const frontDesk = await server.as('frontdesk@riverbend.example');
    for (const [firstName, assigned] of [
      ['Unassigned', null],
      ['Mine', 'therapist@riverbend.example'],
    ] as const) {
      const assignedStaffMemberId = assigned
        ? (await one<{ id: string }>('SELECT id FROM staff_member WHERE email = $1', [assigned])).id
        : null;
      const result = await frontDesk.graphql(ADD, {
        clientId: client.id,
        newContact: { firstName, lastName: 'Contact', assignedStaffMemberId },
        type: 'FRIEND',
        emergency: false,
      });
      expect(result.errors).toBeUndefined();
    }
    const therapist = await server.as('therapist@riverbend.example');
    const view = await therapist.graphql<{
      client: { relationships: Array<{ contact: { firstName: string } | null }> };
    }>(CLIENT_RELATIONSHIPS, { id: client.id });
    const names = view.data?.client.relationships.map(
      (relationship) => relationship.contact?.firstName,
    );
    expect(names).toContain('Mine');
    expect(names).not.toContain('Unassigned');
    const everything = await frontDesk.graphql<{
      client: { relationships: Array<{ contact: { firstName: string } | null }> };
    }>(CLIENT_RELATIONSHIPS, { id: client.id });
    expect(
      everything.data?.client.relationships.map((relationship) => relationship.contact?.firstName),
    ).toContain('Unassigned');
  });

  it('reads a client-to-client link from each side: the parent’s child, the emergency flag on the first side only', async () => {
    const frontDesk = await server.as('frontdesk@riverbend.example');
    const [parent, child] = await server.db.dataSource.query(
      `SELECT c.id FROM client c JOIN practice p ON p.id = c."practiceId"
       WHERE p.name = 'Riverbend Counseling Collective'
         AND NOT EXISTS (SELECT 1 FROM relationship r WHERE r."clientId" = c.id OR r."relatedClientId" = c.id)
       ORDER BY c.id DESC LIMIT 2`,
    );
    // The child's parent is a client too, and the one to call for the child.
    const linked = await frontDesk.graphql(ADD, {
      clientId: child.id,
      relatedClientId: parent.id,
      type: 'PARENT',
      emergency: true,
    });
    expect(linked.errors).toBeUndefined();
    const relationshipsOf = async (id: string) =>
      (
        await frontDesk.graphql<{
          client: {
            relationships: Array<{
              type: string;
              isEmergencyContact: boolean;
              relatedClient: { id: string } | null;
            }>;
          };
        }>(CLIENT_RELATIONSHIPS, { id })
      ).data?.client.relationships.map(({ type, isEmergencyContact, relatedClient }) => ({
        type,
        isEmergencyContact,
        relatedClient,
      }));
    expect(await relationshipsOf(child.id)).toEqual([
      { type: 'PARENT', isEmergencyContact: true, relatedClient: { id: parent.id } },
    ]);
    expect(await relationshipsOf(parent.id)).toEqual([
      { type: 'CHILD', isEmergencyContact: false, relatedClient: { id: child.id } },
    ]);

    const before = await one<{ count: number }>('SELECT count(*)::int AS count FROM relationship');
    const guardian = await frontDesk.graphql(ADD, {
      clientId: child.id,
      relatedClientId: parent.id,
      type: 'GUARDIAN',
      emergency: false,
    });
    expect(guardian.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'type',
    });
    expect(await one('SELECT count(*)::int AS count FROM relationship')).toEqual(before);
  });

  it('links only contacts the caller may see: another practitioner’s is NOT_FOUND', async () => {
    const owner = await server.as('owner@riverbend.example');
    const therapistId = (
      await one<{ id: string }>(
        `SELECT id FROM staff_member WHERE email = 'therapist@riverbend.example'`,
      )
    ).id;
    const granted = await owner.graphql(
      `mutation ($id: ID!) { setPermissionOverride(staffMemberId: $id, permission: "contacts.manage",
         effect: ALLOW, reason: "Keeps her clients' contacts current") { id } }`,
      { id: therapistId },
    );
    expect(granted.errors).toBeUndefined();
    const client = await one<{ id: string }>(
      `SELECT id FROM client WHERE "therapistId" = $1 AND scope = 'DIRECT' ORDER BY id LIMIT 1`,
      [therapistId],
    );
    const [others, mine] = await Promise.all([
      one<{ id: string }>(
        `SELECT id FROM contact WHERE "assignedStaffMemberId" IS DISTINCT FROM $1
           AND "practiceId" = (SELECT "practiceId" FROM staff_member WHERE id = $1) LIMIT 1`,
        [therapistId],
      ),
      one<{ id: string }>(`SELECT id FROM contact WHERE "assignedStaffMemberId" = $1 LIMIT 1`, [
        therapistId,
      ]),
    ]);
    const therapist = await server.as('therapist@riverbend.example');
    const hidden = await therapist.graphql(ADD, {
      clientId: client.id,
      contactId: others.id,
      type: 'FRIEND',
      emergency: false,
    });
    expect(hidden.data).toBeNull();
    expect(hidden.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const own = await therapist.graphql(ADD, {
      clientId: client.id,
      contactId: mine.id,
      type: 'FRIEND',
      emergency: false,
    });
    expect(own.errors).toBeUndefined();
  });
});
