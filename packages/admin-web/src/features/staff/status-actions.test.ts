import { removalConsequence, type StatusSubject, statusActions } from './status-actions';

const therapist: StatusSubject = {
  displayName: 'Sam Whitaker',
  status: 'ACTIVE',
  kind: 'THERAPIST',
  roleCount: 1,
  activeClientCount: 12,
};

const byTarget = (subject: StatusSubject, isSelf = false) =>
  Object.fromEntries(statusActions(subject, isSelf).map((action) => [action.to, action]));

describe('statusActions', () => {
  it('offers an active member hold and deactivation, each with a required reason', () => {
    const actions = byTarget(therapist);
    expect(Object.keys(actions)).toEqual(['ON_HOLD', 'INACTIVE']);
    expect(actions.ON_HOLD).toMatchObject({
      label: 'Put on hold',
      question: 'Put Sam Whitaker on hold?',
      reasonRequired: true,
      destructive: false,
      blocker: null,
    });
    expect(actions.INACTIVE).toMatchObject({
      label: 'Deactivate',
      question: 'Deactivate Sam Whitaker?',
      reasonRequired: true,
      destructive: true,
    });
  });

  it('spells out that deactivating ends sessions at once and leaves the clients', () => {
    expect(byTarget(therapist).INACTIVE?.consequence).toBe(
      'Sam Whitaker can no longer sign in, and every session they have open ends at once. Their 12 active clients stay assigned to them: reassign them if someone else should see them meanwhile.',
    );
    expect(byTarget({ ...therapist, activeClientCount: 0 }).INACTIVE?.consequence).toBe(
      'Sam Whitaker can no longer sign in, and every session they have open ends at once.',
    );
  });

  it('activates a member on hold without asking for a reason', () => {
    const actions = byTarget({ ...therapist, status: 'ON_HOLD' });
    expect(Object.keys(actions)).toEqual(['ACTIVE', 'INACTIVE']);
    expect(actions.ACTIVE).toMatchObject({ label: 'Activate', reasonRequired: false });
    expect(actions.ACTIVE?.consequence).toMatch(/gets back the full access of their roles/);
  });

  it('reactivates an inactive practitioner, who takes a seat of the plan again', () => {
    const actions = byTarget({ ...therapist, status: 'INACTIVE' });
    expect(actions.ACTIVE?.label).toBe('Reactivate');
    expect(actions.ACTIVE?.consequence).toMatch(/can sign in again.*practitioner limit again\.$/);
    const admin = byTarget({ ...therapist, status: 'INACTIVE', kind: 'ADMIN_STAFF' });
    expect(admin.ACTIVE?.consequence).not.toMatch(/practitioner limit/);
  });

  it('blocks bringing back a member with no role, and changing oneself', () => {
    const noRole = byTarget({ ...therapist, status: 'INACTIVE', roleCount: 0 });
    expect(noRole.ACTIVE?.blocker).toBe('Give the member at least one role first.');
    expect(byTarget(therapist, true).ON_HOLD?.blocker).toMatch(/your own status/);
  });

  it('offers nothing for invited or removed members', () => {
    expect(statusActions({ ...therapist, status: 'INVITED' }, false)).toEqual([]);
    expect(statusActions({ ...therapist, status: 'REMOVED' }, false)).toEqual([]);
  });
});

describe('removalConsequence', () => {
  it('asks who takes over the clients when there are any', () => {
    expect(removalConsequence({ displayName: 'Sam Whitaker', activeClientCount: 1 })).toMatch(
      /^Sam Whitaker has 1 active client: choose who takes them over\. They lose access at once/,
    );
    expect(removalConsequence({ displayName: 'Sam Whitaker', activeClientCount: 0 })).toMatch(
      /^Sam Whitaker has no active clients\./,
    );
  });
});
