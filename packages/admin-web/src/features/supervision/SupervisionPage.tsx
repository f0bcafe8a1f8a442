import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadError } from '../../app/LoadError';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal } from '../../auth/auth-errors';
import type { CaseloadClientFragment, MySuperviseesQuery } from '../../gql/graphql';
import { ClientStatusBadge } from '../clients/ClientStatusBadge';
import { clientName } from '../clients/client-labels';
import { formatDateTime, timeZoneName } from '../clients/date-format';
import { RiskBadge } from '../clients/RiskBadge';
import { usePracticeTimezone } from '../clients/use-practice-data';
import { StaffStatusBadge } from '../staff/StaffStatusBadge';
import { staffKindLabels } from '../staff/staff-labels';
import {
  type CaseloadPart,
  caseloadParts,
  caseloadSummary,
  selectedSuperviseeId,
} from './caseload-parts';
import { mySuperviseesQuery, superviseeCaseloadQuery } from './supervision.operations';

type Supervisee = MySuperviseesQuery['mySupervisees'][number];

/** My supervisees, and the caseload of the one chosen, in the three parts of seed 001. */
export function SupervisionPage() {
  useDocumentTitle('Supervision · Caseload');
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, error, loading, refetch } = useQuery(mySuperviseesQuery);
  const timeZone = usePracticeTimezone();

  const refusal = accessRefusal(error);
  if (refusal) {
    return <NoAccess pageName="Supervision" permission={refusal.permission} />;
  }

  const supervisees = data?.mySupervisees ?? [];
  const selectedId = selectedSuperviseeId(
    searchParams,
    supervisees.map((supervisee) => supervisee.id),
  );
  const selected = supervisees.find((supervisee) => supervisee.id === selectedId) ?? null;

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Supervision</Title>
        <Text size="sm" c="gray.7">
          The members you supervise and their caseloads. You see their clients; changing them
          depends on your own permissions.
        </Text>
      </div>
      {error ? (
        <LoadError
          title="Your supervisees could not be loaded"
          error={error}
          onRetry={refetch}
          retrying={loading}
        />
      ) : !data ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={64} />
          <Skeleton height={64} />
        </Stack>
      ) : supervisees.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Text fw={500}>You supervise no one yet</Text>
          <Text size="sm" c="gray.7">
            Members whose supervisor you are appear here (an owner or manager sets the supervisor on
            the member's profile).
          </Text>
        </Paper>
      ) : (
        <Stack gap="lg">
          <section aria-labelledby="supervisees-heading">
            <Title order={2} size="h4" id="supervisees-heading" mb="xs">
              My supervisees
            </Title>
            <SimpleGrid
              cols={{ base: 1, sm: 2, lg: 3 }}
              spacing="xs"
              component="ul"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {supervisees.map((supervisee) => (
                <li key={supervisee.id}>
                  <SuperviseeButton
                    supervisee={supervisee}
                    selected={supervisee.id === selectedId}
                    onSelect={() => setSearchParams({ supervisee: supervisee.id })}
                  />
                </li>
              ))}
            </SimpleGrid>
          </section>
          {selected && timeZone ? (
            <SuperviseeCaseload supervisee={selected} timeZone={timeZone} />
          ) : (
            <Paper withBorder radius="md" p="xl">
              <Text c="gray.7">
                Choose a supervisee to see their direct clients, the practice clients they are
                primary for, and their walk-ins.
              </Text>
            </Paper>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function SuperviseeButton({
  supervisee,
  selected,
  onSelect,
}: {
  supervisee: Supervisee;
  selected: boolean;
  onSelect: () => void;
}) {
  return (
    <UnstyledButton
      onClick={onSelect}
      aria-pressed={selected}
      w="100%"
      p="sm"
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        border: `1px solid ${selected ? 'var(--mantine-color-blue-6)' : 'var(--mantine-color-gray-3)'}`,
        background: selected ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={600} size="sm">
            {supervisee.displayName}
          </Text>
          <Text size="xs" c="gray.7">
            {supervisee.title ?? staffKindLabels[supervisee.kind]}
          </Text>
          <Text size="xs" c="gray.7">
            {supervisee.roles.map((role) => role.name).join(', ') || 'No roles'}
          </Text>
        </div>
        <StaffStatusBadge status={supervisee.status} />
      </Group>
    </UnstyledButton>
  );
}

function SuperviseeCaseload({
  supervisee,
  timeZone,
}: {
  supervisee: Supervisee;
  timeZone: string;
}) {
  const { data, error, loading, refetch } = useQuery(superviseeCaseloadQuery, {
    variables: { superviseeId: supervisee.id },
  });
  const caseload = data?.superviseeCaseload;

  return (
    <Stack gap="lg" aria-busy={loading}>
      <div>
        <Title order={2} size="h3">
          {supervisee.displayName}'s caseload
        </Title>
        <Text size="xs" c="gray.7">
          Times in {timeZoneName(timeZone)} ({timeZone}), the practice's timezone.
        </Text>
      </div>
      {error ? (
        <LoadError
          title="The caseload could not be loaded"
          error={error}
          onRetry={refetch}
          retrying={loading}
        />
      ) : (
        caseloadParts.map((part) => (
          <CaseloadPartSection
            key={part.key}
            part={part}
            clients={caseload?.[part.key]}
            superviseeName={supervisee.displayName}
            timeZone={timeZone}
          />
        ))
      )}
    </Stack>
  );
}

function CaseloadPartSection({
  part,
  clients,
  superviseeName,
  timeZone,
}: {
  part: CaseloadPart;
  clients: readonly CaseloadClientFragment[] | undefined;
  superviseeName: string;
  timeZone: string;
}) {
  const headingId = `caseload-${part.key}-heading`;
  const when = (iso: string | null | undefined): ReactNode =>
    iso ? formatDateTime(iso, timeZone) : <NoneCell />;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline" mb={4}>
        <Title order={3} size="h4" id={headingId}>
          {part.title}
        </Title>
        {clients && (
          <Badge variant="light" color="gray" tt="none">
            {clients.length}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="gray.7" mb="sm">
        {part.description}
        {clients && clients.length > 0 && ` ${caseloadSummary(clients)}.`}
      </Text>
      {!clients ? (
        <Skeleton height={80} />
      ) : clients.length === 0 ? (
        <Text size="sm" fs="italic" c="gray.7">
          {part.empty(superviseeName)}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table verticalSpacing="xs" aria-labelledby={headingId}>
            <VisuallyHidden component="caption">{part.title}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Risk</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                {part.key === 'walkIns' && <Table.Th scope="col">Assigned to</Table.Th>}
                <Table.Th scope="col">Pending notes</Table.Th>
                <Table.Th scope="col">Sessions (30 days)</Table.Th>
                <Table.Th scope="col">Last session</Table.Th>
                <Table.Th scope="col">Next session</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {clients.map((client) => (
                <Table.Tr key={client.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${client.id}`} size="sm" fw={500}>
                      {clientName(client)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <RiskBadge riskLevel={client.riskLevel} />
                  </Table.Td>
                  <Table.Td>
                    <ClientStatusBadge status={client.status} />
                  </Table.Td>
                  {part.key === 'walkIns' && (
                    <Table.Td>{client.therapist?.displayName ?? 'Unassigned'}</Table.Td>
                  )}
                  <Table.Td>{client.metrics.pendingNotes}</Table.Td>
                  <Table.Td>{client.metrics.sessionsLast30Days}</Table.Td>
                  <Table.Td>{when(client.metrics.lastSessionAt)}</Table.Td>
                  <Table.Td>{when(client.metrics.nextSessionAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function NoneCell() {
  return (
    <>
      <Text component="span" c="gray.7" aria-hidden>
        —
      </Text>
      <VisuallyHidden>None</VisuallyHidden>
    </>
  );
}
