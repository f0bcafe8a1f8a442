import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@caseload/shared';
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowsExchange } from '@tabler/icons-react';
import { type ReactNode, useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../app/LoadError';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal, hasErrorCode } from '../../auth/auth-errors';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import type { TherapistCaseloadClientFragment } from '../../gql/graphql';
import { StaffStatusBadge } from '../staff/StaffStatusBadge';
import { staffKindLabels } from '../staff/staff-labels';
import { BulkReassignDialog } from './BulkReassignDialog';
import { ClientStatusBadge } from './ClientStatusBadge';
import { type CaseloadSection, caseloadSections, clientsToHandOver } from './caseload-view';
import { clientCount, clientName } from './client-labels';
import { therapistCaseloadQuery } from './clients.operations';
import { formatDateTime, timeZoneName } from './date-format';
import { ReassignAccessNote } from './ReassignAccessNote';
import { ResultToast, type Toast } from './ResultToast';
import { RiskBadge } from './RiskBadge';
import { bulkReassignResult } from './reassignment';
import { usePracticeTimezone, useTherapistChoices } from './use-practice-data';

/**
 * One therapist's caseload (seed 001: "select a therapist to view their caseload, session
 * history, and metrics"): figures, risk mix, clients in three parts, and handing clients over.
 */
export function CaseloadPage() {
  const { staffMemberId = '' } = useParams();
  const viewer = useViewer();
  const canReassign = hasPermission(viewer, 'clients.reassign');
  const canViewStaff = hasPermission(viewer, 'staff.view');
  const timeZone = usePracticeTimezone();
  const { therapists, loading: therapistsLoading } = useTherapistChoices();
  const { data, error, loading, refetch } = useQuery(therapistCaseloadQuery, {
    variables: { therapistId: staffMemberId },
  });
  const caseload = data?.caseload;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState(false);
  const [toast, setToast] = useState<Toast | null>(null);
  const closeToast = useCallback(() => setToast(null), []);
  const name = caseload?.therapist.displayName;
  useDocumentTitle(`${name ? `${name}'s caseload` : 'Caseload'} · Caseload`);

  const refusal = accessRefusal(error);
  if (refusal) {
    return <NoAccess pageName="Caseload" permission={refusal.permission} />;
  }

  const breadcrumbs = (
    <Breadcrumbs aria-label="Breadcrumb">
      {canViewStaff ? (
        <Anchor component={Link} to="/staff" size="sm">
          Staff
        </Anchor>
      ) : (
        <Anchor component={Link} to="/clients" size="sm">
          Clients
        </Anchor>
      )}
      {canViewStaff && name && (
        <Anchor component={Link} to={`/staff/${staffMemberId}`} size="sm">
          {name}
        </Anchor>
      )}
      <Text size="sm" aria-current="page">
        Caseload
      </Text>
    </Breadcrumbs>
  );

  if (hasErrorCode(error, ErrorCode.NOT_FOUND)) {
    return (
      <Stack gap="md" maw={720}>
        {breadcrumbs}
        <Title order={1}>Caseload not found</Title>
        <Text>
          There is no caseload at this address that you can see. You see your own caseload, your
          supervisees', and with permission to see every client, anyone's.
        </Text>
        <Anchor component={Link} to="/clients">
          Back to clients
        </Anchor>
      </Stack>
    );
  }
  if (error) {
    return (
      <Stack gap="md">
        {breadcrumbs}
        <Title order={1}>Caseload</Title>
        <LoadError
          title="The caseload could not be loaded"
          error={error}
          onRetry={refetch}
          retrying={loading}
        />
      </Stack>
    );
  }
  if (!caseload || !timeZone) {
    return (
      <Stack gap="md" aria-busy="true">
        {breadcrumbs}
        <Skeleton height={36} width={320} />
        <SimpleGrid cols={{ base: 2, md: 6 }}>
          {Array.from({ length: 6 }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <Skeleton key={index} height={72} />
          ))}
        </SimpleGrid>
        <Skeleton height={240} />
      </Stack>
    );
  }

  const { therapist } = caseload;
  const therapistName = therapist.displayName;
  const handOver = clientsToHandOver(caseload);
  const selectedClients = [...caseload.direct, ...caseload.primary].filter((client) =>
    selected.has(client.id),
  );
  const when = (iso: string | null | undefined, none: string) =>
    iso ? formatDateTime(iso, timeZone) : none;
  const toggle = (ids: readonly string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) {
          next.add(id);
        } else {
          next.delete(id);
        }
      }
      return next;
    });

  return (
    <Stack gap="lg">
      {breadcrumbs}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{therapistName}'s caseload</Title>
          <Group gap="xs">
            <Text size="sm" c="gray.7">
              {therapist.title ?? staffKindLabels[therapist.kind]}
            </Text>
            <StaffStatusBadge status={therapist.status} />
          </Group>
        </Stack>
      </Group>

      <section aria-labelledby="caseload-figures-heading">
        <Title order={2} size="h4" id="caseload-figures-heading" mb="xs">
          Figures
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 6 }}>
          <Metric label="Active clients" value={caseload.activeClientCount} />
          <Metric label="Sessions in total" value={caseload.sessionsTotal} />
          <Metric label="Sessions, last 30 days" value={caseload.sessionsLast30Days} />
          <Metric label="Pending notes" value={caseload.pendingNotes} />
          <Metric label="Last session" value={when(caseload.lastSessionAt, 'None yet')} />
          <Metric label="Next session" value={when(caseload.nextSessionAt, 'None scheduled')} />
        </SimpleGrid>
        <Text size="xs" c="gray.7" mt={4}>
          Sessions {therapistName} held or has booked. Times in {timeZoneName(timeZone)} ({timeZone}
          ), the practice's timezone.
        </Text>
      </section>

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="risk-mix-heading">
        <Title order={2} size="h4" id="risk-mix-heading" mb="xs">
          Risk mix of active clients
        </Title>
        <Group gap="lg" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {caseload.riskMix.map((entry) => (
            <Group key={entry.riskLevel} gap={6} component="li" data-testid="risk-mix-entry">
              <RiskBadge riskLevel={entry.riskLevel} />
              <Text size="sm" fw={600}>
                {entry.count}
              </Text>
            </Group>
          ))}
        </Group>
      </Paper>

      {canReassign ? (
        <Paper withBorder radius="md" px="md" py="xs">
          <Group justify="space-between">
            <Text size="sm" aria-live="polite">
              {selected.size === 0
                ? `Select clients to move them to another therapist, or hand over all ${clientCount(handOver.length)} ${therapistName} carries.`
                : `${clientCount(selected.size)} selected`}
            </Text>
            <Group gap="xs">
              {selected.size > 0 ? (
                <Button variant="subtle" size="xs" onClick={() => setSelected(new Set())}>
                  Clear selection
                </Button>
              ) : (
                <Button
                  variant="subtle"
                  size="xs"
                  disabled={handOver.length === 0}
                  onClick={() => setSelected(new Set(handOver.map((client) => client.id)))}
                >
                  Select every client {therapistName} carries
                </Button>
              )}
              <Button
                size="xs"
                leftSection={<IconArrowsExchange size={16} aria-hidden />}
                disabled={selected.size === 0}
                onClick={() => setBulkOpen(true)}
              >
                Reassign selected
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : (
        <ReassignAccessNote />
      )}

      {caseloadSections.map((section) => (
        <CaseloadSectionTable
          key={section.key}
          section={section}
          clients={caseload[section.key]}
          therapistName={therapistName}
          timeZone={timeZone}
          selection={canReassign && section.movable ? { selected, onToggle: toggle } : undefined}
        />
      ))}

      {canReassign && (
        <BulkReassignDialog
          opened={bulkOpen}
          clients={selectedClients}
          therapists={therapists}
          therapistsLoading={therapistsLoading}
          onClose={() => setBulkOpen(false)}
          onDone={(moved, target) => {
            setBulkOpen(false);
            setSelected(new Set());
            setToast({
              tone: 'success',
              title: 'Clients reassigned',
              message: bulkReassignResult(moved, target.displayName),
            });
            refetch().catch(() => undefined);
          }}
        />
      )}
      <ResultToast toast={toast} onClose={closeToast} />
    </Stack>
  );
}

function CaseloadSectionTable({
  section,
  clients,
  therapistName,
  timeZone,
  selection,
}: {
  section: CaseloadSection;
  clients: readonly TherapistCaseloadClientFragment[];
  therapistName: string;
  timeZone: string;
  selection?: {
    selected: ReadonlySet<string>;
    onToggle: (ids: readonly string[], on: boolean) => void;
  };
}) {
  const headingId = `caseload-${section.key}-heading`;
  const when = (iso: string | null | undefined): ReactNode =>
    iso ? formatDateTime(iso, timeZone) : <NoneCell />;
  const ids = clients.map((client) => client.id);
  const selectedHere = selection ? ids.filter((id) => selection.selected.has(id)).length : 0;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline" mb={4}>
        <Title order={2} size="h4" id={headingId}>
          {section.title}
        </Title>
        <Badge variant="light" color="gray" tt="none">
          {clients.length}
        </Badge>
      </Group>
      <Text size="sm" c="gray.7" mb="sm">
        {section.description(therapistName)}
      </Text>
      {clients.length === 0 ? (
        <Text size="sm" fs="italic" c="gray.7">
          {section.empty(therapistName)}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table verticalSpacing="xs" aria-labelledby={headingId}>
            <VisuallyHidden component="caption">{section.title}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                {selection && (
                  <Table.Th w={44}>
                    <Checkbox
                      aria-label={`Select every client in ${section.title.toLowerCase()}`}
                      checked={selectedHere === ids.length}
                      indeterminate={selectedHere > 0 && selectedHere < ids.length}
                      onChange={(event) => selection.onToggle(ids, event.currentTarget.checked)}
                    />
                  </Table.Th>
                )}
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Risk</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                {section.key === 'walkIns' && <Table.Th scope="col">Assigned to</Table.Th>}
                <Table.Th scope="col">Pending notes</Table.Th>
                <Table.Th scope="col">Last session</Table.Th>
                <Table.Th scope="col">Next session</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {clients.map((client) => (
                <Table.Tr
                  key={client.id}
                  bg={
                    selection?.selected.has(client.id)
                      ? 'var(--mantine-color-blue-light)'
                      : undefined
                  }
                >
                  {selection && (
                    <Table.Td>
                      <Checkbox
                        aria-label={`Select ${clientName(client)}`}
                        checked={selection.selected.has(client.id)}
                        onChange={(event) =>
                          selection.onToggle([client.id], event.currentTarget.checked)
                        }
                      />
                    </Table.Td>
                  )}
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
                  {section.key === 'walkIns' && (
                    <Table.Td>{client.therapist?.displayName ?? 'Unassigned'}</Table.Td>
                  )}
                  <Table.Td>{client.metrics.pendingNotes}</Table.Td>
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

function Metric({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <Text fw={600} size="lg">
        {value}
      </Text>
    </Paper>
  );
}

/** An empty cell that says so to screen readers instead of reading out a dash. */
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
