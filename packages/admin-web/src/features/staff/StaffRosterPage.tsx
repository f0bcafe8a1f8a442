import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconUserPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { LoadError } from '../../app/LoadError';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal } from '../../auth/auth-errors';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import { ResultToast, type Toast } from '../clients/ResultToast';
import { InvitationMenu } from './InvitationActions';
import { InviteStaffDialog } from './InviteStaffDialog';
import { RosterFilters } from './RosterFilters';
import { RosterSearchInput } from './RosterSearchInput';
import {
  isRosterFiltered,
  isRosterStatusTab,
  ROSTER_PAGE_SIZE,
  rosterPageNumber,
  rosterQueryVariables,
  rosterStatusTabs,
  withFilters,
  withNextPage,
  withoutFilters,
  withPreviousPage,
  withSearch,
  withSort,
  withStatusTab,
} from './roster-view';
import { type RosterMember, StaffRosterTable } from './StaffRosterTable';
import { staffRosterQuery } from './staff.operations';
import { staffStatusLabels } from './staff-labels';
import { useRosterView } from './use-roster-view';

/**
 * The staff roster: everyone working in the practice, by status tab, filters and search; with
 * staff.invite, inviting people and following up their invitations.
 */
export function StaffRosterPage() {
  useDocumentTitle('Staff · Caseload');
  const viewer = useViewer();
  const canInvite = hasPermission(viewer, 'staff.invite');
  const { view, changeView } = useRosterView();
  const { data, dataState, loading, error, refetch } = useQuery(staffRosterQuery, {
    variables: rosterQueryVariables(view),
  });
  const connection = dataState === 'complete' ? data.staff : undefined;
  const [inviting, setInviting] = useState(false);
  const [toast, setToast] = useState<Toast | null>(null);
  const closeToast = useCallback(() => setToast(null), []);
  const invitationActions = useCallback(
    (member: RosterMember) => <InvitationMenu member={member} onResult={setToast} />,
    [],
  );

  // The page opens only for members with staff.view, but permissions can change while it is open
  // (a role edited, an override expired, a switch of practice): the API's refusal says which.
  const refusal = accessRefusal(error);
  if (refusal) {
    return <NoAccess pageName="Staff" permission={refusal.permission} />;
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Group gap="md" align="baseline">
          <Title order={1}>Staff</Title>
          {/* Announced after each search, filter or tab change, so the result is heard too. */}
          <Text aria-live="polite" c="gray.7">
            {connection && memberCount(connection.totalCount)}
          </Text>
        </Group>
        {canInvite && (
          <Button
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={() => setInviting(true)}
          >
            Invite staff
          </Button>
        )}
      </Group>
      {!canInvite && (
        <Text size="sm" c="gray.7">
          Inviting staff needs the staff.invite permission, which your account does not have.
        </Text>
      )}

      <RosterSearchInput
        search={view.search}
        // Each keystroke pause is not worth a history entry: searching replaces the current one.
        onSearch={(search) =>
          changeView((current) => withSearch(current, search), { replace: true })
        }
      />

      <RosterFilters
        view={view}
        filtered={isRosterFiltered(view)}
        canManageGroups={hasPermission(viewer, 'staff.edit')}
        onChange={(filters) => changeView((current) => withFilters(current, filters))}
        onClear={() => changeView(withoutFilters)}
      />

      <Tabs
        value={view.statusTab}
        onChange={(tab) => {
          if (isRosterStatusTab(tab)) {
            changeView((current) => withStatusTab(current, tab));
          }
        }}
      >
        <Tabs.List aria-label="Staff status">
          {rosterStatusTabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {tab === 'ALL' ? 'All' : staffStatusLabels[tab]}
            </Tabs.Tab>
          ))}
        </Tabs.List>

        {/* One panel for whichever tab is selected: the server does the filtering. */}
        <Tabs.Panel value={view.statusTab} pt="md">
          {error ? (
            <LoadError
              title="The roster could not be loaded"
              error={error}
              onRetry={refetch}
              retrying={loading}
            />
          ) : (
            <Stack gap="md">
              <StaffRosterTable
                members={connection?.edges.map((edge) => edge.node) ?? []}
                loading={!connection}
                timeZone={viewer.practice.timezone}
                actions={canInvite ? invitationActions : undefined}
                emptyHint={
                  isRosterFiltered(view)
                    ? 'Try another status tab, or clear the filters and search.'
                    : 'Nobody on the roster has this status.'
                }
                sortField={view.sortField}
                sortDirection={view.sortDirection}
                onSortChange={(field, direction) =>
                  changeView((current) => withSort(current, field, direction))
                }
              />
              <nav aria-label="Roster pages">
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
                      Page {rosterPageNumber(view)} of {pageCount(connection.totalCount)}
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
        </Tabs.Panel>
      </Tabs>

      <InviteStaffDialog
        opened={inviting}
        onClose={() => setInviting(false)}
        onInvited={(member) => {
          setInviting(false);
          setToast({
            tone: 'success',
            title: 'Invitation sent',
            message: `${member.displayName} is on the roster as invited; the link went to ${member.email}.`,
          });
        }}
      />
      <ResultToast toast={toast} onClose={closeToast} />
    </Stack>
  );
}

function memberCount(totalCount: number): string {
  return totalCount === 1 ? '1 member' : `${totalCount} members`;
}

function pageCount(totalCount: number): number {
  return Math.max(1, Math.ceil(totalCount / ROSTER_PAGE_SIZE));
}
