import type { PracticePlan, StaffKind, StaffStatus } from '@caseload/shared';
import type { MantineColor } from '@mantine/core';

export const staffStatusLabels: Record<StaffStatus, string> = {
  INVITED: 'Invited',
  ACTIVE: 'Active',
  ON_HOLD: 'On hold',
  INACTIVE: 'Inactive',
  REMOVED: 'Removed',
};

/** Colour only reinforces the status: the badge always spells it out. */
export const staffStatusColors: Record<StaffStatus, MantineColor> = {
  INVITED: 'blue',
  ACTIVE: 'green',
  ON_HOLD: 'yellow',
  INACTIVE: 'gray',
  REMOVED: 'red',
};

export const staffKindLabels: Record<StaffKind, string> = {
  THERAPIST: 'Therapist',
  STUDENT_THERAPIST: 'Student therapist',
  ADMIN_STAFF: 'Admin staff',
  EXTERNAL_AGENT: 'External agent',
};

export const planLabels: Record<PracticePlan, string> = {
  SOLO: 'Solo',
  SOLO_PLUS: 'Solo+',
  TEAM: 'Team',
};
