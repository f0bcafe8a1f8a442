import {
  affectedMembers,
  draftFromRole,
  draftToInput,
  emptyRoleDraft,
  groupByGroup,
  isOwnerRole,
  notHeldReason,
  ownerLockReason,
  permissionDiff,
  permissionLockReason,
  settingChanges,
  withPermission,
} from './role-editing';

const role = {
  name: 'Therapist',
  description: 'Sees own clients.',
  permissions: ['staff.view', 'clients.view.own', 'notes.write'],
  requiresSupervision: false,
  canSupervise: false,
  billingModifier: null,
};

describe('groupByGroup', () => {
  it('keeps the order in which groups and items first appear', () => {
    const grouped = groupByGroup([
      { key: 'a', group: 'Staff' },
      { key: 'b', group: 'Clients' },
      { key: 'c', group: 'Staff' },
    ]);
    expect(grouped).toEqual([
      {
        group: 'Staff',
        items: [
          { key: 'a', group: 'Staff' },
          { key: 'c', group: 'Staff' },
        ],
      },
      { group: 'Clients', items: [{ key: 'b', group: 'Clients' }] },
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(groupByGroup([])).toEqual([]);
  });
});

describe('permissionDiff', () => {
  it('lists added and removed keys', () => {
    expect(permissionDiff(['a', 'b', 'c'], ['b', 'd'])).toEqual({
      added: ['d'],
      removed: ['a', 'c'],
    });
  });

  it('is empty for the same set in another order', () => {
    expect(permissionDiff(['a', 'b'], ['b', 'a'])).toEqual({ added: [], removed: [] });
  });
});

describe('withPermission', () => {
  const order = ['a', 'b', 'c', 'd'];

  it('adds in catalogue order and removes', () => {
    expect(withPermission(['c'], 'a', true, order)).toEqual(['a', 'c']);
    expect(withPermission(['a', 'c'], 'a', false, order)).toEqual(['c']);
  });

  it('does not duplicate a key already held', () => {
    expect(withPermission(['a'], 'a', true, order)).toEqual(['a']);
  });
});

describe('drafts', () => {
  it('round-trips a role and trims text', () => {
    const draft = { ...draftFromRole(role), name: '  Therapist ', description: ' x ' };
    expect(draftToInput(draft)).toEqual({ ...role, description: 'x' });
  });

  it('starts a new role empty', () => {
    expect(draftToInput(emptyRoleDraft)).toMatchObject({ name: '', permissions: [] });
  });

  it('spells out setting changes and ignores unchanged ones', () => {
    expect(settingChanges(role, draftFromRole(role))).toEqual([]);
    expect(
      settingChanges(role, {
        ...draftFromRole(role),
        name: 'Clinician',
        canSupervise: true,
        billingModifier: 'HO',
      }),
    ).toEqual([
      'Name: “Therapist” → “Clinician”',
      'Can supervise: no → yes',
      'Billing modifier: none → HO',
    ]);
  });
});

describe('permissionLockReason', () => {
  const viewerPermissions = ['staff.view', 'roles.manage'];

  it('lets a manager change keys they hold', () => {
    expect(
      permissionLockReason('staff.view', { viewerPermissions, ownerRole: false, canManage: true }),
    ).toBeNull();
  });

  it('locks keys the viewer does not hold', () => {
    expect(
      permissionLockReason('practice.settings', {
        viewerPermissions,
        ownerRole: false,
        canManage: true,
      }),
    ).toBe(notHeldReason);
  });

  it('locks every key of the Owner role', () => {
    expect(
      permissionLockReason('staff.view', { viewerPermissions, ownerRole: true, canManage: true }),
    ).toBe(ownerLockReason);
  });

  it('locks everything for someone who cannot manage roles', () => {
    expect(
      permissionLockReason('staff.view', { viewerPermissions, ownerRole: false, canManage: false }),
    ).toMatch(/roles\.manage/);
  });
});

describe('affectedMembers', () => {
  it('leaves out members with no change and sorts by name', () => {
    const change = (displayName: string, gained: string[], lost: string[]) => ({
      staffMember: { id: displayName, displayName },
      gained,
      lost,
      statusAfter: 'ACTIVE',
    });
    expect(
      affectedMembers([
        change('Zoe', [], ['a']),
        change('Amy', [], []),
        change('Ben', ['b'], []),
      ]).map((member) => member.staffMember.displayName),
    ).toEqual(['Ben', 'Zoe']);
  });
});

describe('isOwnerRole', () => {
  it('knows the Owner template', () => {
    expect(isOwnerRole({ templateKey: 'owner' })).toBe(true);
    expect(isOwnerRole({ templateKey: null })).toBe(false);
  });
});
