import { recoveryCodesFileName, recoveryCodesText } from './recovery-codes';

describe('recoveryCodesText', () => {
  it('lists the codes under a heading that says what they are', () => {
    const text = recoveryCodesText({
      codes: ['abcde-fghij', 'klmno-pqrst'],
      email: 'owner@riverbend.example',
      practiceName: 'Riverbend Counseling Collective',
      createdAt: new Date('2026-03-12T15:00:00Z'),
    });
    expect(text.split('\n')).toEqual([
      'Caseload recovery codes',
      'Account: owner@riverbend.example (Riverbend Counseling Collective)',
      'Created: 2026-03-12',
      '',
      'Each code signs you in once when you cannot use your authenticator app.',
      'Keep them somewhere safe, like a password manager.',
      '',
      'abcde-fghij',
      'klmno-pqrst',
      '',
    ]);
  });
});

describe('recoveryCodesFileName', () => {
  it('names the file after the account, safely', () => {
    expect(recoveryCodesFileName('owner@riverbend.example')).toBe(
      'caseload-recovery-codes-owner.txt',
    );
    expect(recoveryCodesFileName('Ada.O’Brien+work@x.example')).toBe(
      'caseload-recovery-codes-ada-o-brien-work.txt',
    );
    expect(recoveryCodesFileName('@x')).toBe('caseload-recovery-codes.txt');
  });
});
