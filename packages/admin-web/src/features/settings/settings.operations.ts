import { graphql } from '../../gql';

/** The practice's own settings: sign-out, two-step sign-in, invitations, supervision. */

export const practiceSettingsQuery = graphql(`
  query PracticeSettings {
    practice {
      id
      name
      plan
      timezone
      settings {
        idleSignOutMinutes
        invitationLifetimeHours
        mfaRequired
        supervisionEnabled
      }
    }
  }
`);

export const updatePracticeSettingsMutation = graphql(`
  mutation UpdatePracticeSettings($input: PracticeSettingsInput!) {
    updatePracticeSettings(input: $input) {
      id
      settings {
        idleSignOutMinutes
        invitationLifetimeHours
        mfaRequired
        supervisionEnabled
      }
    }
  }
`);
