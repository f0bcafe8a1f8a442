import { reasonSentence } from './permission-reasons';

describe('reasonSentence', () => {
  it('keeps the summary of a role or a status', () => {
    expect(reasonSentence({ kind: 'ROLE', summary: 'role Therapist' }, 'UTC')).toBe(
      'Role Therapist',
    );
    expect(
      reasonSentence({ kind: 'STATUS', summary: 'status ON_HOLD: read-only access' }, 'UTC'),
    ).toBe('Status ON_HOLD: read-only access');
  });

  it('spells out an override with who, until when in the practice’s time, and why', () => {
    expect(
      reasonSentence(
        {
          kind: 'OVERRIDE',
          summary: 'DENY override by Elena Marsh until 2030-01-01T15:00:00.000Z: audit',
          effect: 'DENY',
          grantedByName: 'Elena Marsh',
          expiresAt: '2030-01-01T15:00:00.000Z',
          reason: 'Caseload under audit review',
        },
        'America/Chicago',
      ),
    ).toBe(
      'DENY override by Elena Marsh until Jan 1, 2030, 9:00 AM CST: “Caseload under audit review”',
    );
  });

  it('leaves out what an override does not have', () => {
    expect(
      reasonSentence({ kind: 'OVERRIDE', summary: 'ALLOW override', effect: 'ALLOW' }, 'UTC'),
    ).toBe('ALLOW override');
  });
});
