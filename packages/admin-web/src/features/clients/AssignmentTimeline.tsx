import { Text, Timeline } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import type { ClientDetailQuery } from '../../gql/graphql';
import { formatDateTime } from './date-format';

type AssignmentChange = NonNullable<ClientDetailQuery['client']>['assignmentHistory'][number];

/** Every change of therapist, newest first: from, to, by whom, when and why. */
export function AssignmentTimeline({
  history,
  timeZone,
}: {
  history: readonly AssignmentChange[];
  timeZone: string;
}) {
  if (history.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        No changes of therapist yet: the client has been with their therapist since they were added.
      </Text>
    );
  }
  const newestFirst = [...history].reverse();
  return (
    <Timeline bulletSize={24} lineWidth={2} active={0} aria-label="Assignment history">
      {newestFirst.map((change) => (
        <Timeline.Item
          key={change.id}
          bullet={<IconArrowsExchange size={14} aria-hidden />}
          title={`${change.fromTherapist?.displayName ?? 'Unassigned'} → ${change.toTherapist?.displayName ?? 'Unassigned'}`}
          data-testid="assignment-change"
        >
          <Text size="sm">Reason: {change.reason}</Text>
          <Text size="xs" c="gray.7" mt={4}>
            {change.changedBy ? `By ${change.changedBy.displayName}` : 'By the system'} ·{' '}
            <time dateTime={change.createdAt}>{formatDateTime(change.createdAt, timeZone)}</time>
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
