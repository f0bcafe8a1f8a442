import {
  changedSettings,
  type PracticeSettingsValues,
  settingConsequences,
  validatePracticeSettings,
} from './practice-settings-form';

const saved: PracticeSettingsValues = {
  idleSignOutMinutes: 30,
  invitationLifetimeHours: 72,
  mfaRequired: false,
  supervisionEnabled: true,
};

describe('validatePracticeSettings', () => {
  it('accepts the limits themselves and refuses what lies outside them or is not whole', () => {
    expect(
      validatePracticeSettings({ ...saved, idleSignOutMinutes: 5, invitationLifetimeHours: 720 }),
    ).toEqual({});
    expect(
      validatePracticeSettings({ ...saved, idleSignOutMinutes: 4, invitationLifetimeHours: 1.5 }),
    ).toEqual({
      idleSignOutMinutes: 'Enter a whole number from 5 to 720 minutes.',
      invitationLifetimeHours: 'Enter a whole number from 1 to 720 hours.',
    });
  });
});

describe('changedSettings', () => {
  it('sends only what differs from the saved settings', () => {
    expect(changedSettings(saved, saved)).toEqual({});
    expect(changedSettings(saved, { ...saved, mfaRequired: true, idleSignOutMinutes: 45 })).toEqual(
      { mfaRequired: true, idleSignOutMinutes: 45 },
    );
  });
});

describe('settingConsequences', () => {
  it('spells out what members will notice, and says nothing for harmless changes', () => {
    expect(settingConsequences({ invitationLifetimeHours: 24, mfaRequired: false })).toEqual([]);
    expect(settingConsequences({ mfaRequired: true, supervisionEnabled: false })).toEqual([
      expect.stringMatching(/two-step sign-in/),
      expect.stringMatching(/Supervisors lose sight/),
    ]);
  });
});
