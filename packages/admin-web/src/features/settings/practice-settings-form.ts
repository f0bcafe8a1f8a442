/** The settings form's values, their limits (the API's own) and what changed. */

export interface PracticeSettingsValues {
  idleSignOutMinutes: number;
  invitationLifetimeHours: number;
  mfaRequired: boolean;
  supervisionEnabled: boolean;
}

export type NumericSetting = 'idleSignOutMinutes' | 'invitationLifetimeHours';

export const settingLimits: Record<NumericSetting, { min: number; max: number; unit: string }> = {
  idleSignOutMinutes: { min: 5, max: 720, unit: 'minutes' },
  invitationLifetimeHours: { min: 1, max: 720, unit: 'hours' },
};

export type PracticeSettingsErrors = Partial<Record<NumericSetting, string>>;

/** What the API would refuse, said before asking it: a whole number within the limits. */
export function validatePracticeSettings(values: PracticeSettingsValues): PracticeSettingsErrors {
  const errors: PracticeSettingsErrors = {};
  for (const field of Object.keys(settingLimits) as NumericSetting[]) {
    const { min, max, unit } = settingLimits[field];
    const value = values[field];
    if (!Number.isInteger(value) || value < min || value > max) {
      errors[field] = `Enter a whole number from ${min} to ${max} ${unit}.`;
    }
  }
  return errors;
}

/** Only the settings that differ from what is saved: the API changes only the fields given. */
export function changedSettings(
  saved: PracticeSettingsValues,
  edited: PracticeSettingsValues,
): Partial<PracticeSettingsValues> {
  const changes: Partial<PracticeSettingsValues> = {};
  for (const key of Object.keys(saved) as Array<keyof PracticeSettingsValues>) {
    if (saved[key] !== edited[key]) {
      Object.assign(changes, { [key]: edited[key] });
    }
  }
  return changes;
}

/** The consequence of the changes that affect other members at once, for the confirmation. */
export function settingConsequences(changes: Partial<PracticeSettingsValues>): string[] {
  const consequences: string[] = [];
  if (changes.mfaRequired === true) {
    consequences.push(
      'Every member without two-step sign-in must set it up before they can do anything else, from their next request.',
    );
  }
  if (changes.supervisionEnabled === false) {
    consequences.push('Supervisors lose sight of their supervisees’ caseloads at once.');
  }
  if (changes.idleSignOutMinutes !== undefined) {
    consequences.push(
      `Members idle for more than ${changes.idleSignOutMinutes} minutes are signed out, including sessions open now.`,
    );
  }
  return consequences;
}
