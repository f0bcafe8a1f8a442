import { roleAssignmentBlocker, sameRoleIds, statusChangeWarning } from './role-assignment';

describe('roleAssignmentBlocker', () => {
  const notesRole = { id: 'r1', permissions: ['staff.view', 'notes.view', 'notes.write'] };

  it('lets the viewer give a role whose permissions they all hold', () => {
    expect(roleAssignmentBlocker(notesRole, [], ['staff.view', 'notes.view', 'notes.write'])).toBe(
      null,
    );
  });

  it('names the permissions the viewer lacks', () => {
    expect(roleAssignmentBlocker(notesRole, [], ['staff.view'])).toBe(
      "Grants permissions you don't hold: notes.view, notes.write",
    );
  });

  it('never blocks keeping or removing a role already held', () => {
    expect(roleAssignmentBlocker(notesRole, ['r1'], [])).toBeNull();
  });
});

describe('sameRoleIds', () => {
  it('ignores order', () => {
    expect(sameRoleIds(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameRoleIds(['a'], ['a', 'b'])).toBe(false);
    expect(sameRoleIds([], [])).toBe(true);
  });
});

describe('statusChangeWarning', () => {
  it('says so when the last role goes', () => {
    expect(statusChangeWarning('ACTIVE', 'INACTIVE', 'Ada Byron')).toMatch(
      /^Ada Byron will become INACTIVE/,
    );
  });

  it('says nothing when the status stays', () => {
    expect(statusChangeWarning('ACTIVE', 'ACTIVE', 'Ada Byron')).toBeNull();
  });
});
