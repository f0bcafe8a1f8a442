import { dischargeConsequence, validateDischargeReason } from './discharge';

const client = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  therapist: { displayName: 'Sam Whitaker' },
  metrics: { upcomingSessions: 3 },
};

describe('dischargeConsequence', () => {
  it('names the caseload the client leaves and the sessions that are cancelled', () => {
    expect(dischargeConsequence(client)).toEqual([
      "Ada Lovelace leaves Sam Whitaker's active caseload: they are no longer counted as an active client or offered for matching.",
      'Their 3 upcoming sessions are cancelled.',
      'Past sessions, notes, relationships and the assignment history are kept. You can readmit them later by editing their status.',
    ]);
  });

  it('says when nothing is cancelled, and counts one session as one', () => {
    expect(dischargeConsequence({ ...client, metrics: { upcomingSessions: 0 } })[1]).toBe(
      'They have no upcoming sessions.',
    );
    expect(dischargeConsequence({ ...client, metrics: { upcomingSessions: 1 } })[1]).toBe(
      'Their 1 upcoming session is cancelled.',
    );
  });

  it('speaks of an unassigned client without a therapist', () => {
    expect(dischargeConsequence({ ...client, therapist: null })[0]).toBe(
      'Ada Lovelace is no longer counted as an active client.',
    );
  });
});

describe('validateDischargeReason', () => {
  it('asks for a reason', () => {
    expect(validateDischargeReason('  ')).toMatch(/Say why/);
    expect(validateDischargeReason('Goals met')).toBeNull();
  });
});
