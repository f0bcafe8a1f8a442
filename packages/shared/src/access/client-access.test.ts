import fc from 'fast-check';
import { vocabularies } from '../domain';
import { allPermissions, type Permission } from '../permissions';
import { roleTemplates } from '../role-templates';
import {
  type ClientFacts,
  type ClientViewer,
  caseloadPart,
  explainCaseloadAccess,
  explainClientAccess,
  explainClientCreate,
  explainClientWrite,
  type NewClientFacts,
} from './client-access';

const therapistIds = ['t1', 't2', 't3', 't4'];
const therapistId = fc.constantFrom(...therapistIds);
const permissions = fc.uniqueArray(fc.constantFrom(...allPermissions)).map((keys) => new Set(keys));

const client: fc.Arbitrary<ClientFacts> = fc.record({
  scope: fc.constantFrom(...vocabularies.ClientScope),
  therapistId: fc.option(therapistId),
  seenByTherapistIds: fc.uniqueArray(therapistId),
});
const viewer: fc.Arbitrary<ClientViewer> = fc.record({
  staffMemberId: therapistId,
  status: fc.constantFrom(...vocabularies.StaffStatus),
  permissions,
  superviseeIds: fc.uniqueArray(therapistId),
});

function therapist(
  permissionKeys: Permission[] = ['clients.view.own'],
  overrides: Partial<ClientViewer> = {},
): ClientViewer {
  return {
    staffMemberId: 't1',
    status: 'ACTIVE',
    permissions: new Set(permissionKeys),
    superviseeIds: [],
    ...overrides,
  };
}

function practiceClient(overrides: Partial<ClientFacts> = {}): ClientFacts {
  return { scope: 'PRACTICE', therapistId: 't2', seenByTherapistIds: [], ...overrides };
}

const directOfT1: ClientFacts = { scope: 'DIRECT', therapistId: 't1', seenByTherapistIds: [] };
const supervisor = therapist(['clients.view.own', 'caseload.supervise'], {
  staffMemberId: 'sup',
  superviseeIds: ['t1'],
});
const recordsCustodian = roleTemplates.find((template) => template.key === 'records-custodian');

describe('caseloadPart', () => {
  it('splits a caseload into direct, primary and walk-in clients', () => {
    expect(caseloadPart('t1', directOfT1)).toBe('DIRECT');
    expect(caseloadPart('t2', practiceClient())).toBe('PRIMARY');
    expect(caseloadPart('t1', practiceClient({ seenByTherapistIds: ['t1'] }))).toBe('WALK_IN');
  });

  it('counts a seen, still unassigned practice client as a walk-in', () => {
    const unassigned = practiceClient({ therapistId: null, seenByTherapistIds: ['t1'] });
    expect(caseloadPart('t1', unassigned)).toBe('WALK_IN');
  });

  it('keeps the primary therapist primary after they have seen the client', () => {
    expect(caseloadPart('t2', practiceClient({ seenByTherapistIds: ['t2'] }))).toBe('PRIMARY');
  });

  it("never makes another therapist's direct client a walk-in, even after a covered session", () => {
    expect(caseloadPart('t2', { ...directOfT1, seenByTherapistIds: ['t2'] })).toBeNull();
  });
});

describe('explainClientAccess', () => {
  it('lets a therapist see their own caseload and says which part', () => {
    expect(explainClientAccess(therapist(), directOfT1)).toEqual({
      visible: true,
      reasons: [{ kind: 'DIRECT_CLIENT' }],
    });
    expect(explainClientAccess(therapist(), practiceClient({ therapistId: 't1' })).reasons).toEqual(
      [{ kind: 'PRIMARY_THERAPIST' }],
    );
    expect(
      explainClientAccess(therapist(), practiceClient({ seenByTherapistIds: ['t1'] })).reasons,
    ).toEqual([{ kind: 'WALK_IN' }]);
  });

  it("refuses another therapist's client as not in the caseload", () => {
    expect(explainClientAccess(therapist(), practiceClient())).toEqual({
      visible: false,
      reasons: [],
      refusal: { kind: 'NOT_IN_CASELOAD' },
    });
  });

  it('refuses a member without client permissions, naming the one they lack', () => {
    expect(explainClientAccess(therapist(['staff.view']), directOfT1)).toEqual({
      visible: false,
      reasons: [],
      refusal: { kind: 'NO_PERMISSION', permission: 'clients.view.own' },
    });
  });

  it('gives clients.view.all every client, listing caseload grounds too', () => {
    const admin = therapist(['clients.view.all', 'clients.view.own']);
    expect(explainClientAccess(admin, practiceClient()).reasons).toEqual([{ kind: 'ALL_CLIENTS' }]);
    expect(explainClientAccess(admin, directOfT1).reasons).toEqual([
      { kind: 'ALL_CLIENTS' },
      { kind: 'DIRECT_CLIENT' },
    ]);
  });

  it("shows a supervisor each part of a supervisee's caseload, naming the supervisee", () => {
    const cases: Array<[ClientFacts, 'DIRECT' | 'PRIMARY' | 'WALK_IN']> = [
      [directOfT1, 'DIRECT'],
      [practiceClient({ therapistId: 't1' }), 'PRIMARY'],
      [practiceClient({ seenByTherapistIds: ['t1'] }), 'WALK_IN'],
    ];
    for (const [someClient, part] of cases) {
      expect(explainClientAccess(supervisor, someClient)).toEqual({
        visible: true,
        reasons: [{ kind: 'SUPERVISEE_CASELOAD', superviseeId: 't1', part }],
      });
    }
    expect(explainClientAccess(supervisor, practiceClient()).visible).toBe(false);
  });

  it('keeps an ON_HOLD member to their own caseload whatever permissions are passed', () => {
    const onHold = therapist(['clients.view.all', 'clients.view.own', 'caseload.supervise'], {
      status: 'ON_HOLD',
      superviseeIds: ['t2'],
    });
    expect(explainClientAccess(onHold, directOfT1).reasons).toEqual([{ kind: 'DIRECT_CLIENT' }]);
    expect(explainClientAccess(onHold, practiceClient()).visible).toBe(false);
  });

  it('refuses members who cannot sign in by their status', () => {
    const inactive = therapist(['clients.view.all'], { status: 'INACTIVE' });
    expect(explainClientAccess(inactive, directOfT1)).toEqual({
      visible: false,
      reasons: [],
      refusal: { kind: 'STATUS', status: 'INACTIVE' },
    });
  });
});

describe('client visibility, for any viewer and client', () => {
  it('an ACTIVE viewer with clients.view.all sees every client', () => {
    fc.assert(
      fc.property(viewer, permissions, client, (someone, keys, someClient) => {
        const withAll = new Set<Permission>([...keys, 'clients.view.all']);
        const admin = { ...someone, status: 'ACTIVE' as const, permissions: withAll };
        expect(explainClientAccess(admin, someClient).visible).toBe(true);
      }),
    );
  });

  it('a viewer with no client permission sees no client', () => {
    fc.assert(
      fc.property(viewer, client, (someone, someClient) => {
        const keys = new Set(someone.permissions);
        for (const key of ['clients.view.all', 'clients.view.own', 'caseload.supervise'] as const) {
          keys.delete(key);
        }
        const decision = explainClientAccess({ ...someone, permissions: keys }, someClient);
        expect(decision.visible).toBe(false);
      }),
    );
  });

  it('is visible exactly when there is a reason, and every reason holds', () => {
    fc.assert(
      fc.property(viewer, client, (someone, someClient) => {
        const decision = explainClientAccess(someone, someClient);
        expect(decision.visible).toBe(decision.reasons.length > 0);
        for (const reason of decision.reasons) {
          if (reason.kind === 'SUPERVISEE_CASELOAD') {
            expect(someone.superviseeIds).toContain(reason.superviseeId);
            expect(caseloadPart(reason.superviseeId, someClient)).toBe(reason.part);
          } else if (reason.kind !== 'ALL_CLIENTS') {
            expect(caseloadPart(someone.staffMemberId, someClient)).not.toBeNull();
          }
        }
      }),
    );
  });

  it('a therapist with only clients.view.own sees a client iff it is on their caseload', () => {
    fc.assert(
      fc.property(viewer, client, (someone, someClient) => {
        const ownOnly = new Set<Permission>(['clients.view.own']);
        const own = { ...someone, status: 'ACTIVE' as const, permissions: ownOnly };
        expect(explainClientAccess(own, someClient).visible).toBe(
          caseloadPart(someone.staffMemberId, someClient) !== null,
        );
      }),
    );
  });

  it('a supervisor sees exactly the union of their supervisees’ caseloads', () => {
    fc.assert(
      fc.property(viewer, client, (someone, someClient) => {
        const onlySupervising = {
          ...someone,
          status: 'ACTIVE' as const,
          permissions: new Set<Permission>(['caseload.supervise']),
        };
        expect(explainClientAccess(onlySupervising, someClient).visible).toBe(
          someone.superviseeIds.some((id) => caseloadPart(id, someClient) !== null),
        );
      }),
    );
  });

  it('more permissions never hide a client', () => {
    fc.assert(
      fc.property(viewer, permissions, client, (someone, extra, someClient) => {
        const wider = { ...someone, permissions: new Set([...someone.permissions, ...extra]) };
        if (explainClientAccess(someone, someClient).visible) {
          expect(explainClientAccess(wider, someClient).visible).toBe(true);
        }
      }),
    );
  });

  it('an ON_HOLD viewer sees what clients.view.own alone would show them', () => {
    fc.assert(
      fc.property(viewer, client, (someone, someClient) => {
        const onHold = { ...someone, status: 'ON_HOLD' as const };
        const ownOnly = {
          ...onHold,
          permissions: new Set(
            [...someone.permissions].filter((key) => key === 'clients.view.own'),
          ),
        };
        expect(explainClientAccess(onHold, someClient).visible).toBe(
          explainClientAccess(ownOnly, someClient).visible,
        );
      }),
    );
  });
});

describe('explainClientWrite', () => {
  it('lets an ACTIVE member with clients.edit edit a client they see', () => {
    const editor = therapist(['clients.view.own', 'clients.edit']);
    expect(explainClientWrite(editor, directOfT1)).toEqual({
      allowed: true,
      reasons: [{ kind: 'DIRECT_CLIENT' }],
    });
  });

  it('answers NOT_FOUND for a client the member cannot see, even with clients.edit', () => {
    const editor = therapist(['clients.view.own', 'clients.edit']);
    expect(explainClientWrite(editor, practiceClient())).toEqual({
      allowed: false,
      code: 'NOT_FOUND',
      refusal: { kind: 'NOT_IN_CASELOAD' },
    });
  });

  it('keeps a supervisor read-only unless their permissions say more', () => {
    expect(explainClientWrite(supervisor, directOfT1)).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      refusal: { kind: 'NO_PERMISSION', permission: 'clients.edit' },
    });
  });

  it('refuses an ON_HOLD member by status', () => {
    const onHold = therapist(['clients.view.own', 'clients.edit'], { status: 'ON_HOLD' });
    expect(explainClientWrite(onHold, directOfT1)).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      refusal: { kind: 'STATUS', status: 'ON_HOLD' },
    });
  });

  it('never lets a records custodian write, whatever the client', () => {
    const custodianKeys = new Set(recordsCustodian?.permissions);
    fc.assert(
      fc.property(viewer, client, (someone, someClient) => {
        const custodian = { ...someone, status: 'ACTIVE' as const, permissions: custodianKeys };
        expect(explainClientWrite(custodian, someClient).allowed).toBe(false);
      }),
    );
  });

  it('allows a write only to an ACTIVE viewer with clients.edit who sees the client', () => {
    fc.assert(
      fc.property(viewer, client, (someone, someClient) => {
        expect(explainClientWrite(someone, someClient).allowed).toBe(
          someone.status === 'ACTIVE' &&
            someone.permissions.has('clients.edit') &&
            explainClientAccess(someone, someClient).visible,
        );
      }),
    );
  });
});

describe('explainClientCreate', () => {
  const newDirect = (therapistId: string): NewClientFacts => ({
    scope: 'DIRECT',
    therapistId,
    autoMatch: false,
  });
  const frontOffice = therapist(['clients.view.all', 'clients.create'], { staffMemberId: 'fo' });

  it('lets clients.view.all add a client to any caseload, auto-matched or unassigned', () => {
    expect(explainClientCreate(frontOffice, newDirect('t2'))).toEqual({
      allowed: true,
      reasons: [{ kind: 'ALL_CLIENTS' }],
    });
    expect(
      explainClientCreate(frontOffice, { scope: 'PRACTICE', therapistId: null, autoMatch: true }),
    ).toEqual({ allowed: true, reasons: [{ kind: 'ALL_CLIENTS' }] });
    expect(
      explainClientCreate(frontOffice, { scope: 'PRACTICE', therapistId: null, autoMatch: false })
        .allowed,
    ).toBe(true);
  });

  it('lets a therapist add a client to their own caseload only', () => {
    const intake = therapist(['clients.view.own', 'clients.create']);
    expect(explainClientCreate(intake, newDirect('t1'))).toEqual({
      allowed: true,
      reasons: [{ kind: 'DIRECT_CLIENT' }],
    });
    expect(explainClientCreate(intake, newDirect('t2'))).toEqual({
      allowed: false,
      refusal: { kind: 'OUTSIDE_READABLE_CASELOADS' },
    });
    expect(
      explainClientCreate(intake, { scope: 'PRACTICE', therapistId: null, autoMatch: false }),
    ).toEqual({ allowed: false, refusal: { kind: 'OUTSIDE_READABLE_CASELOADS' } });
  });

  it('refuses auto-match to a viewer who would not see wherever it lands', () => {
    const intake = therapist(['clients.view.own', 'clients.create']);
    expect(
      explainClientCreate(intake, { scope: 'DIRECT', therapistId: null, autoMatch: true }),
    ).toEqual({ allowed: false, refusal: { kind: 'AUTO_MATCH_NEEDS_ALL_CLIENTS' } });
  });

  it('lets a supervisor with clients.create add a client to a supervisee’s caseload', () => {
    const supervising = {
      ...supervisor,
      permissions: new Set<Permission>([...supervisor.permissions, 'clients.create']),
    };
    expect(explainClientCreate(supervising, newDirect('t1'))).toEqual({
      allowed: true,
      reasons: [{ kind: 'SUPERVISEE_CASELOAD', superviseeId: 't1', part: 'DIRECT' }],
    });
  });

  it('refuses without clients.create, and a member who is not ACTIVE', () => {
    expect(explainClientCreate(therapist(['clients.view.all']), newDirect('t1'))).toEqual({
      allowed: false,
      refusal: { kind: 'NO_PERMISSION', permission: 'clients.create' },
    });
    const onHold = therapist(['clients.view.own', 'clients.create'], { status: 'ON_HOLD' });
    expect(explainClientCreate(onHold, newDirect('t1'))).toEqual({
      allowed: false,
      refusal: { kind: 'STATUS', status: 'ON_HOLD' },
    });
  });

  it('allows a new client exactly when its creator would then see it', () => {
    const newClient: fc.Arbitrary<NewClientFacts> = fc.record({
      scope: fc.constantFrom(...vocabularies.ClientScope),
      therapistId: fc.option(therapistId),
      autoMatch: fc.constant(false),
    });
    fc.assert(
      fc.property(viewer, newClient, (someone, facts) => {
        expect(explainClientCreate(someone, facts).allowed).toBe(
          someone.status === 'ACTIVE' &&
            someone.permissions.has('clients.create') &&
            explainClientAccess(someone, { ...facts, seenByTherapistIds: [] }).visible,
        );
      }),
    );
  });
});

describe('explainCaseloadAccess', () => {
  it('opens every caseload to clients.view.all, and says so', () => {
    const admin = therapist(['clients.view.all'], { staffMemberId: 'admin' });
    expect(explainCaseloadAccess(admin, 't3')).toEqual({
      visible: true,
      reasons: [{ kind: 'ALL_CLIENTS' }],
    });
  });

  it('opens a therapist’s own caseload, and a supervisee’s to their supervisor', () => {
    expect(explainCaseloadAccess(therapist(), 't1').reasons).toEqual([{ kind: 'OWN_CASELOAD' }]);
    expect(explainCaseloadAccess(supervisor, 't1').reasons).toEqual([
      { kind: 'SUPERVISEE_CASELOAD' },
    ]);
  });

  it('refuses anyone else’s caseload, and a member without client permissions', () => {
    expect(explainCaseloadAccess(therapist(), 't2')).toEqual({
      visible: false,
      reasons: [],
      refusal: { kind: 'NOT_A_READABLE_CASELOAD' },
    });
    expect(explainCaseloadAccess(supervisor, 't2').visible).toBe(false);
    expect(explainCaseloadAccess(therapist(['staff.view']), 't1')).toEqual({
      visible: false,
      reasons: [],
      refusal: { kind: 'NO_PERMISSION', permission: 'clients.view.own' },
    });
  });

  it('keeps an ON_HOLD member to their own caseload, and refuses one who cannot sign in', () => {
    const onHold = therapist(['clients.view.all', 'clients.view.own'], { status: 'ON_HOLD' });
    expect(explainCaseloadAccess(onHold, 't1').visible).toBe(true);
    expect(explainCaseloadAccess(onHold, 't2').visible).toBe(false);
    const inactive = therapist(['clients.view.all'], { status: 'INACTIVE' });
    expect(explainCaseloadAccess(inactive, 't1')).toEqual({
      visible: false,
      reasons: [],
      refusal: { kind: 'STATUS', status: 'INACTIVE' },
    });
  });

  it('opens a caseload exactly when the viewer sees every client of it', () => {
    fc.assert(
      fc.property(viewer, therapistId, client, (someone, owner, someClient) => {
        if (!explainCaseloadAccess(someone, owner).visible) return;
        if (caseloadPart(owner, someClient) !== null) {
          expect(explainClientAccess(someone, someClient).visible).toBe(true);
        }
      }),
    );
  });
});
