import { Badge } from '@mantine/core';
import type { ClientStatus } from '../../gql/graphql';
import { clientStatusLabels } from './client-labels';

const statusColors: Record<ClientStatus, string> = {
  ACTIVE: 'green',
  INACTIVE: 'gray',
  DISCHARGED: 'blue',
};

export function ClientStatusBadge({ status }: { status: ClientStatus }) {
  return (
    <Badge variant="outline" color={statusColors[status]} tt="none" size="md" miw="max-content">
      {clientStatusLabels[status]}
    </Badge>
  );
}
