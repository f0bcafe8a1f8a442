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
import { IconAlertCircle, IconArrowsExchange, IconUserQuestion } from '@tabler/icons-react';
import { type ReactNode, useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal, hasErrorCode } from '../../auth/auth-errors';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import { readableErrorMessage } from '../../error-messages';
import { AssignmentTimeline } from './AssignmentTimeline';
import { ClientStatusBadge } from './ClientStatusBadge';
import { clientName, clientScopeDescriptions, clientScopeLabels } from './client-labels';
import { clientDetailQuery } from './clients.operations';
import { formatCalendarDate, formatDateTime, timeZoneName } from './date-format';
import { ReassignAccessNote } from './ReassignAccessNote';
import { ReassignDialog } from './ReassignDialog';
import { ResultToast, type Toast } from './ResultToast';
import { RiskBadge } from './RiskBadge';
import { usePracticeTimezone, useTherapistChoices } from './use-practice-data';

/** One client: details, metrics, therapist, the history of therapists, and reassignment. */
export function ClientDetailPage() {
  const { clientId = '' } = useParams();
  const viewer = useViewer();
  const canReassign = hasPermission(viewer, 'clients.reassign');
  const timeZone = usePracticeTimezone();
  const { therapists, loading: therapistsLoading } = useTherapistChoices();
  const { data, error, loading, refetch } = useQuery(clientDetailQuery, {
    variables: { id: clientId },
  });
  const [reassignOpen, setReassignOpen] = useState(false);
  const [toast, setToast] = useState<Toast | null>(null);
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
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title="The client could not be loaded"
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{readableErrorMessage(error)}</Text>
            <Button
              variant="default"
              size="xs"
              loading={loading}
              onClick={() => refetch().catch(() => undefined)}
            >
              Retry
            </Button>
          </Stack>
        </Alert>
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
      </Group>

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
            {canReassign ? (
              <Button
                leftSection={<IconArrowsExchange size={16} aria-hidden />}
                onClick={() => setReassignOpen(true)}
              >
                Reassign
              </Button>
            ) : (
              <ReassignAccessNote />
            )}
          </Stack>
        </Paper>
      </SimpleGrid>

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
          opened={reassignOpen}
          client={client}
          therapists={therapists}
          therapistsLoading={therapistsLoading}
          onClose={() => setReassignOpen(false)}
          onConflict={() => refetch()}
          onDone={(target) => {
            setReassignOpen(false);
            setToast({
              tone: 'success',
              title: 'Client reassigned',
              message: `${clientName(client)} now has ${target.displayName} as therapist.`,
            });
            refetch().catch(() => undefined);
          }}
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
