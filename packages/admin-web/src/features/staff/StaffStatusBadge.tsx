import type { StaffStatus } from '@caseload/shared';
import { Badge } from '@mantine/core';
import { staffStatusColors, staffStatusLabels } from './staff-labels';

/** The dot variant keeps the label in the body text colour, readable whatever the status colour. */
export function StaffStatusBadge({ status }: { status: StaffStatus }) {
  return (
    <Badge variant="dot" color={staffStatusColors[status]} tt="none" size="md">
      {staffStatusLabels[status]}
    </Badge>
  );
}
