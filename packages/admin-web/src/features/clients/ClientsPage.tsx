import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconArrowsExchange,
  IconChevronLeft,
  IconChevronRight,
  IconPlus,
} from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { LoadError } from '../../app/LoadError';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal } from '../../auth/auth-errors';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import { BulkReassignDialog } from './BulkReassignDialog';
import { ClientFilters } from './ClientFilters';
import { type ClientRow, ClientsTable, EmptyClients } from './ClientsTable';
import { clientCount, clientName } from './client-labels';
import {
  clientListQueryVariables,
  clientPageCount,
  clientPageNumber,
  isFiltered,
  withFilters,
  withNextPage,
  withoutFilters,
  withPreviousPage,
  withSort,
} from './client-list-view';
import { clientListQuery } from './clients.operations';
import { timeZoneName } from './date-format';
import { NewClientDialog } from './NewClientDialog';
import { ReassignAccessNote } from './ReassignAccessNote';
import { ResultToast, type Toast } from './ResultToast';
import { bulkReassignResult } from './reassignment';
import { useClientListView } from './use-client-list-view';
import { usePracticeTimezone, useTherapistChoices } from './use-practice-data';

/** Every client the viewer may see (the API decides which), filtered, sorted and paged. */
export function ClientsPage() {
  useDocumentTitle('Clients · Caseload');
  const viewer = useViewer();
  const canViewClients =
    hasPermission(viewer, 'clients.view.all') ||
    hasPermission(viewer, 'clients.view.own') ||
    hasPermission(viewer, 'caseload.supervise');
  if (!canViewClients) {
    return <NoAccess pageName="Clients" permission="clients.view.own" />;
  }
  return <ClientsPageContent />;
}

function ClientsPageContent() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const canReassign = hasPermission(viewer, 'clients.reassign');
  const canCreate = hasPermission(viewer, 'clients.create');
  const hasOwnCaseload = hasPermission(viewer, 'clients.view.own');
  const seesAll = hasPermission(viewer, 'clients.view.all');
  // Without supervisees, a client of someone else on the list can only be one the viewer saw.
  const seesOwnCaseloadOnly = !seesAll && !hasPermission(viewer, 'caseload.supervise');
  const { view, changeView } = useClientListView();
  const timeZone = usePracticeTimezone();
  const {
    therapists,
    available: therapistsAvailable,
    loading: therapistsLoading,
  } = useTherapistChoices();
  const { data, dataState, loading, error, refetch } = useQuery(clientListQuery, {
    variables: clientListQueryVariables(view),
  });
  const connection = dataState === 'complete' ? data.clients : undefined;
  const [selected, setSelected] = useState<ReadonlyMap<string, ClientRow>>(new Map());
  const [bulkOpen, setBulkOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const [toast, setToast] = useState<Toast | null>(null);
  const closeToast = useCallback(() => setToast(null), []);

  const refusal = accessRefusal(error);
  if (refusal) {
    return <NoAccess pageName="Clients" permission={refusal.permission} />;
  }

  const filtered = isFiltered(view);
  const selectedIds = new Set(selected.keys());

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <div>
          <Title order={1}>Clients</Title>
          <Text size="sm" c="gray.7">
            {seesAll
              ? 'Every client of the practice.'
              : 'Your caseload: your own clients, clients you have seen, and your supervisees’.'}
            {timeZone && ` Times in ${timeZoneName(timeZone)} (${timeZone}).`}
          </Text>
          {hasOwnCaseload && (
            <Anchor component={Link} to={`/staff/${viewer.member.id}/caseload`} size="sm">
              Your caseload figures
            </Anchor>
          )}
        </div>
        <Group gap="md">
          <Text aria-live="polite" c="gray.7">
            {connection && clientCount(connection.totalCount)}
          </Text>
          {canCreate && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
            >
              New client
            </Button>
          )}
        </Group>
      </Group>

      <ClientFilters
        view={view}
        therapists={therapists}
        therapistFilterAvailable={therapistsAvailable}
        filtered={filtered}
        onChange={(filters, options) =>
          changeView((current) => withFilters(current, filters), options)
        }
        onClear={() => changeView(withoutFilters)}
      />

      {canReassign ? (
        <Paper withBorder radius="md" px="md" py="xs">
          <Group justify="space-between">
            <Text size="sm" aria-live="polite">
              {selected.size === 0
                ? 'Select clients to reassign them together.'
                : `${clientCount(selected.size)} selected`}
            </Text>
            <Group gap="xs">
              {selected.size > 0 && (
                <Button variant="subtle" size="xs" onClick={() => setSelected(new Map())}>
                  Clear selection
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

      {error ? (
        <LoadError
          title="The clients could not be loaded"
          error={error}
          onRetry={refetch}
          retrying={loading}
        />
      ) : (
        <Stack gap="md">
          <ClientsTable
            clients={connection?.edges.map((edge) => edge.node) ?? []}
            loading={!connection || !timeZone}
            timeZone={timeZone}
            walkInsOf={seesOwnCaseloadOnly ? viewer.member.id : undefined}
            sortField={view.sortField}
            sortDirection={view.sortDirection}
            onSortChange={(field, direction) =>
              changeView((current) => withSort(current, field, direction))
            }
            selection={
              canReassign
                ? {
                    selectedIds,
                    onChange: (changes) =>
                      setSelected((current) => {
                        const next = new Map(current);
                        for (const { client, selected: isSelected } of changes) {
                          if (isSelected) {
                            next.set(client.id, client);
                          } else {
                            next.delete(client.id);
                          }
                        }
                        return next;
                      }),
                  }
                : undefined
            }
            empty={
              filtered ? (
                <EmptyClients
                  title="No clients match"
                  hint="Try other filters, or clear them to see every client you may see."
                />
              ) : (
                <EmptyClients
                  title="No clients yet"
                  hint={
                    seesAll
                      ? 'Clients of the practice appear here once they are added.'
                      : 'Clients assigned to you, clients you have seen and your supervisees’ clients appear here.'
                  }
                />
              )
            }
          />
          <nav aria-label="Client pages">
            <Group justify="space-between">
              <Button
                variant="default"
                leftSection={<IconChevronLeft size={16} aria-hidden />}
                disabled={view.cursors.length === 0}
                onClick={() => changeView(withPreviousPage)}
              >
                Previous
              </Button>
              {connection && (
                <Text size="sm" c="gray.7">
                  Page {clientPageNumber(view)} of {clientPageCount(connection.totalCount)}
                </Text>
              )}
              <Button
                variant="default"
                rightSection={<IconChevronRight size={16} aria-hidden />}
                disabled={!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor}
                onClick={() => {
                  const endCursor = connection?.pageInfo.endCursor;
                  if (endCursor) {
                    changeView((current) => withNextPage(current, endCursor));
                  }
                }}
              >
                Next
              </Button>
            </Group>
          </nav>
        </Stack>
      )}

      {canReassign && (
        <BulkReassignDialog
          opened={bulkOpen}
          clients={[...selected.values()]}
          therapists={therapists}
          therapistsLoading={therapistsLoading}
          onClose={() => setBulkOpen(false)}
          onDone={(moved, target) => {
            setBulkOpen(false);
            setSelected(new Map());
            setToast({
              tone: 'success',
              title: 'Clients reassigned',
              message: bulkReassignResult(moved, target.displayName),
            });
            refetch().catch(() => undefined);
          }}
        />
      )}
      {canCreate && (
        <NewClientDialog
          opened={creating}
          onClose={() => setCreating(false)}
          onCreated={(client, autoMatched) => {
            setCreating(false);
            const therapist = client.therapist?.displayName;
            navigate(`/clients/${client.id}`, {
              state: {
                toast: {
                  tone: 'success',
                  title: 'Client added',
                  message: therapist
                    ? `${clientName(client)} is with ${therapist}${autoMatched ? ', the best match' : ''}.`
                    : `${clientName(client)} waits unassigned in the practice's queue.`,
                } satisfies Toast,
              },
            });
          }}
        />
      )}
      <ResultToast toast={toast} onClose={closeToast} />
    </Stack>
  );
}
