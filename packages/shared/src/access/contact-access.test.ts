import fc from 'fast-check';
import { vocabularies } from '../domain';
import { allPermissions, type Permission } from '../permissions';
import { type ContactFacts, explainContactAccess } from './contact-access';
import type { Viewer } from './viewer';

const memberId = fc.constantFrom('m1', 'm2', 'm3');
const viewer: fc.Arbitrary<Viewer> = fc.record({
  staffMemberId: memberId,
  status: fc.constantFrom(...vocabularies.StaffStatus),
  permissions: fc.uniqueArray(fc.constantFrom(...allPermissions)).map((keys) => new Set(keys)),
});
const contact: fc.Arbitrary<ContactFacts> = fc.record({
  assignedStaffMemberId: fc.option(memberId),
});

function member(keys: Permission[], status: Viewer['status'] = 'ACTIVE'): Viewer {
  return { staffMemberId: 'm1', status, permissions: new Set(keys) };
}

const assignedToMe: ContactFacts = { assignedStaffMemberId: 'm1' };
const assignedToOther: ContactFacts = { assignedStaffMemberId: 'm2' };

describe('explainContactAccess', () => {
  it('shows a practitioner with limited permissions only the contacts assigned to them', () => {
    const limited = member(['contacts.view.assigned']);
    expect(explainContactAccess(limited, assignedToMe)).toEqual({
      visible: true,
      reasons: [{ kind: 'ASSIGNED_TO_ME' }],
    });
    expect(explainContactAccess(limited, assignedToOther)).toEqual({
      visible: false,
      reasons: [],
      refusal: { kind: 'NOT_ASSIGNED_TO_ME' },
    });
  });

  it('shows contacts.view.all every contact, unassigned ones included', () => {
    const all = member(['contacts.view.all']);
    expect(explainContactAccess(all, { assignedStaffMemberId: null })).toEqual({
      visible: true,
      reasons: [{ kind: 'ALL_CONTACTS' }],
    });
  });

  it('names the missing permission when the member reads no contacts', () => {
    expect(explainContactAccess(member(['clients.view.own']), assignedToMe)).toEqual({
      visible: false,
      reasons: [],
      refusal: { kind: 'NO_PERMISSION', permission: 'contacts.view.assigned' },
    });
  });

  it('keeps an ON_HOLD member to their assigned contacts and refuses INACTIVE by status', () => {
    const onHold = member(['contacts.view.all', 'contacts.view.assigned'], 'ON_HOLD');
    expect(explainContactAccess(onHold, assignedToMe).reasons).toEqual([
      { kind: 'ASSIGNED_TO_ME' },
    ]);
    expect(explainContactAccess(onHold, assignedToOther).visible).toBe(false);
    expect(explainContactAccess(member(['contacts.view.all'], 'INACTIVE'), assignedToMe)).toEqual({
      visible: false,
      reasons: [],
      refusal: { kind: 'STATUS', status: 'INACTIVE' },
    });
  });
});

describe('contact visibility, for any viewer and contact', () => {
  it('an ACTIVE viewer with contacts.view.all sees every contact', () => {
    fc.assert(
      fc.property(viewer, contact, (someone, someContact) => {
        const all = new Set<Permission>([...someone.permissions, 'contacts.view.all']);
        const admin = { ...someone, status: 'ACTIVE' as const, permissions: all };
        expect(explainContactAccess(admin, someContact).visible).toBe(true);
      }),
    );
  });

  it('a viewer with neither contact permission sees none', () => {
    fc.assert(
      fc.property(viewer, contact, (someone, someContact) => {
        const keys = [...someone.permissions].filter((key) => !key.startsWith('contacts.view'));
        const decision = explainContactAccess(
          { ...someone, permissions: new Set(keys) },
          someContact,
        );
        expect(decision.visible).toBe(false);
      }),
    );
  });

  it('with contacts.view.assigned alone, a contact is visible iff it is assigned to the viewer', () => {
    fc.assert(
      fc.property(viewer, contact, (someone, someContact) => {
        fc.pre(someone.status === 'ACTIVE' || someone.status === 'ON_HOLD');
        const assignedOnly = new Set<Permission>(['contacts.view.assigned']);
        expect(
          explainContactAccess({ ...someone, permissions: assignedOnly }, someContact).visible,
        ).toBe(someContact.assignedStaffMemberId === someone.staffMemberId);
      }),
    );
  });
});
