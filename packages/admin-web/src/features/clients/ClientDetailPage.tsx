import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@caseload/shared';
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconArrowsExchange,
  IconDoorExit,
  IconPencil,
  IconUserQuestion,
} from '@tabler/icons-react';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { LoadError } from '../../app/LoadError';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal, hasErrorCode } from '../../auth/auth-errors';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import { mySuperviseesQuery } from '../supervision/supervision.operations';
import { AddRelationshipDialog } from './AddRelationshipDialog';
import { AssignmentTimeline } from './AssignmentTimeline';
import { ClientStatusBadge } from './ClientStatusBadge';
import { readsCaseloadOf } from './caseload-view';
import { describePreferredTimes } from './client-form';
import { clientName, clientScopeDescriptions, clientScopeLabels } from './client-labels';
import { clientDetailQuery } from './clients.operations';
import { DischargeDialog } from './DischargeDialog';
import { formatCalendarDate, formatDate, formatDateTime, timeZoneName } from './date-format';
import { EditClientDialog } from './EditClientDialog';
import { ReassignAccessNote } from './ReassignAccessNote';
import { ReassignDialog } from './ReassignDialog';
import { RelationshipsSection } from './RelationshipsSection';
import { ResultToast, type Toast } from './ResultToast';
import { RiskBadge } from './RiskBadge';
import { usePracticeTimezone, useTherapistChoices } from './use-practice-data';

type OpenDialog = 'reassign' | 'edit' | 'discharge' | 'relationship' | null;

/**
 * One client: details and needs, metrics, therapist, relationships, the history of therapists;
 * editing, discharge, reassignment and new relationships for those whose permissions allow.
 */
export function ClientDetailPage() {
  const { clientId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const canReassign = hasPermission(viewer, 'clients.reassign');
  const canEdit = hasPermission(viewer, 'clients.edit');
  const canManageContacts = hasPermission(viewer, 'contacts.manage');
  // Supervisors also read their supervisees' caseloads: whose, the supervision page's query says.
  const { data: supervision } = useQuery(mySuperviseesQuery, {
    skip: !hasPermission(viewer, 'caseload.supervise'),
  });
  const superviseeIds = supervision?.mySupervisees.map((supervisee) => supervisee.id) ?? [];
  const timeZone = usePracticeTimezone();
  const { therapists, loading: therapistsLoading } = useTherapistChoices();
  const { data, error, loading, refetch } = useQuery(clientDetailQuery, {
    variables: { id: clientId },
  });
  const [openDialog, setOpenDialog] = useState<OpenDialog>(null);
  const closeDialog = useCallback(() => setOpenDialog(null), []);
  // A page that sent the viewer here (after adding the client) may leave a result to show.
  const arrivedWith = (location.state as { toast?: Toast } | null)?.toast ?? null;
  const [toast, setToast] = useState<Toast | null>(arrivedWith);
  // Shown once: a reload or a return through history should not announce it again.
  useEffect(() => {
    if (arrivedWith) {
      navigate(location.pathname, { replace: true, state: null });
    }
  }, [arrivedWith, navigate, location.pathname]);
  const closeToast = useCallback(() => setToast(null), []);
  const client = data?.client;
  useDocumentTitle(`${client ? clientName(client) : 'Client'} · Caseload`);

  const refusal = accessRefusal(error);
  if (refusal) {
    return <NoAccess pageName="Client" permission={refusal.permission} />;
  }
  if (hasErrorCode(error, ErrorCode.NOT_FOUND) || (!loading && !error && !client)) {
    return <ClientNotFound />;
  }

  const breadcrumbs = (
    <Breadcrumbs aria-label="Breadcrumb">
      <Anchor component={Link} to="/clients" size="sm">
        Clients
      </Anchor>
      <Text size="sm" aria-current="page">
        {client ? clientName(client) : 'Client'}
      </Text>
    </Breadcrumbs>
  );

  if (error && !client) {
    return (
      <Stack gap="md">
        {breadcrumbs}
        <LoadError
          title="The client could not be loaded"
          error={error}
          onRetry={refetch}
          retrying={loading}
        />
      </Stack>
    );
  }

  if (!client || !timeZone) {
    return (
      <Stack gap="md" aria-busy="true">
        {breadcrumbs}
        <Skeleton height={36} width={320} />
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          {Array.from({ length: 5 }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <Skeleton key={index} height={72} />
          ))}
        </SimpleGrid>
        <Skeleton height={200} />
      </Stack>
    );
  }

  const { metrics } = client;
  const when = (iso: string | null | undefined, none: string) =>
    iso ? formatDateTime(iso, timeZone) : none;
  const done = (title: string, message: string) => {
    setOpenDialog(null);
    setToast({ tone: 'success', title, message });
    refetch().catch(() => undefined);
  };

  return (
    <Stack gap="lg">
      {breadcrumbs}
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={1}>{clientName(client)}</Title>
          <Group gap="xs">
            <RiskBadge riskLevel={client.riskLevel} />
            <ClientStatusBadge status={client.status} />
            <Badge variant="light" color="gray" tt="none">
              {clientScopeLabels[client.scope]} client
            </Badge>
          </Group>
        </Stack>
        {canEdit && (
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setOpenDialog('edit')}
            >
              Edit details
            </Button>
            {client.status !== 'DISCHARGED' && (
              <Button
                variant="outline"
                color="red"
                leftSection={<IconDoorExit size={16} aria-hidden />}
                onClick={() => setOpenDialog('discharge')}
              >
                Discharge
              </Button>
            )}
          </Group>
        )}
      </Group>

      {client.status === 'DISCHARGED' && (
        <Alert color="gray" variant="light" title="Discharged" data-testid="client-discharged">
          {client.dischargedAt
            ? `Discharged on ${formatDate(client.dischargedAt, timeZone)}.`
            : 'This client is discharged.'}
          {client.dischargeReason && ` Reason: ${client.dischargeReason}`}
        </Alert>
      )}

      <section aria-labelledby="client-metrics-heading">
        <Title order={2} size="h4" id="client-metrics-heading" mb="xs">
          Sessions and notes
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }}>
          <Metric label="Sessions in total" value={metrics.sessionsTotal} />
          <Metric label="Sessions, last 30 days" value={metrics.sessionsLast30Days} />
          <Metric label="Pending notes" value={metrics.pendingNotes} />
          <Metric label="Last session" value={when(metrics.lastSessionAt, 'None yet')} />
          <Metric label="Next session" value={when(metrics.nextSessionAt, 'None scheduled')} />
        </SimpleGrid>
        <Text size="xs" c="gray.7" mt={4}>
          Times in {timeZoneName(timeZone)} ({timeZone}), the practice's timezone.
        </Text>
      </section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper
          withBorder
          radius="md"
          p="md"
          component="section"
          aria-labelledby="client-details-heading"
        >
          <Title order={2} size="h4" id="client-details-heading" mb="sm">
            Details
          </Title>
          <Stack gap="xs">
            <Field label="Date of birth" value={formatCalendarDate(client.dateOfBirth)} />
            <Field
              label="Scope"
              value={`${clientScopeLabels[client.scope]}: ${clientScopeDescriptions[client.scope]}`}
            />
            <Field label="Status" value={<ClientStatusBadge status={client.status} />} />
            <Field label="Risk level" value={<RiskBadge riskLevel={client.riskLevel} />} />
            <Field
              label="Specialties needed"
              value={client.neededSpecialties.join(', ') || 'None named'}
            />
            <Field
              label="Preferred location"
              value={client.preferredLocation?.name ?? 'No preference'}
            />
            <Field label="Preferred times" value={describePreferredTimes(client.preferredTimes)} />
          </Stack>
        </Paper>

        <Paper
          withBorder
          radius="md"
          p="md"
          component="section"
          aria-labelledby="client-therapist-heading"
        >
          <Title order={2} size="h4" id="client-therapist-heading" mb="sm">
            {client.scope === 'PRACTICE' ? 'Primary therapist' : 'Therapist'}
          </Title>
          <Stack gap="sm" align="flex-start">
            <Text fw={500} data-testid="client-therapist">
              {client.therapist?.displayName ?? 'Unassigned'}
            </Text>
            {client.therapist && readsCaseloadOf(viewer, superviseeIds, client.therapist.id) && (
              <Anchor component={Link} to={`/staff/${client.therapist.id}/caseload`} size="sm">
                See {client.therapist.displayName}'s caseload
              </Anchor>
            )}
            {canReassign ? (
              <Button
                leftSection={<IconArrowsExchange size={16} aria-hidden />}
                onClick={() => setOpenDialog('reassign')}
              >
                Reassign
              </Button>
            ) : (
              <ReassignAccessNote />
            )}
          </Stack>
        </Paper>
      </SimpleGrid>

      <RelationshipsSection
        clientFirstName={client.firstName}
        relationships={client.relationships}
        onAdd={canManageContacts ? () => setOpenDialog('relationship') : undefined}
      />

      <Paper
        withBorder
        radius="md"
        p="md"
        component="section"
        aria-labelledby="client-history-heading"
      >
        <Title order={2} size="h4" id="client-history-heading" mb="md">
          Assignment history
        </Title>
        <AssignmentTimeline history={client.assignmentHistory} timeZone={timeZone} />
      </Paper>

      {canReassign && (
        <ReassignDialog
          opened={openDialog === 'reassign'}
          client={client}
          therapists={therapists}
          therapistsLoading={therapistsLoading}
          onClose={closeDialog}
          onConflict={() => refetch()}
          onDone={(target) =>
            done(
              'Client reassigned',
              `${clientName(client)} now has ${target.displayName} as therapist.`,
            )
          }
        />
      )}
      {canEdit && (
        <>
          <EditClientDialog
            opened={openDialog === 'edit'}
            client={client}
            hasTherapist={Boolean(client.therapist)}
            onClose={closeDialog}
            onConflict={() => refetch()}
            onSaved={() => done('Client updated', `${clientName(client)}'s details are saved.`)}
          />
          <DischargeDialog
            opened={openDialog === 'discharge'}
            client={client}
            onClose={closeDialog}
            onConflict={() => refetch()}
            onDone={() => done('Client discharged', `${clientName(client)} is discharged.`)}
          />
        </>
      )}
      {canManageContacts && (
        <AddRelationshipDialog
          opened={openDialog === 'relationship'}
          client={client}
          onClose={closeDialog}
          onAdded={(name) =>
            done('Relationship added', `${name} is now linked to ${clientName(client)}.`)
          }
        />
      )}
      <ResultToast toast={toast} onClose={closeToast} />
    </Stack>
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

function Field({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text size="sm" c="gray.7" w={120} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {value}
      </Text>
    </Group>
  );
}

/** A client that does not exist, or that the viewer may not see: the API does not say which. */
function ClientNotFound() {
  useDocumentTitle('Client not found · Caseload');
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>Client not found</Title>
      <Paper withBorder radius="md" p="xl">
        <Stack gap="sm" align="flex-start">
          <IconUserQuestion size={32} aria-hidden />
          <Text>
            There is no client at this address that you can see. The link may be wrong, or the
            client may be on another therapist's caseload.
          </Text>
          <Anchor component={Link} to="/clients">
            Back to clients
          </Anchor>
        </Stack>
      </Paper>
    </Stack>
  );
}
