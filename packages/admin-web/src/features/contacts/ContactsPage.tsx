import { useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconPlus, IconSearch } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../app/LoadError';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal } from '../../auth/auth-errors';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import type { ContactRowFragment } from '../../gql/graphql';
import { ResultToast, type Toast } from '../clients/ResultToast';
import { personName } from './contact-labels';
import {
  CONTACT_PAGE_SIZE,
  type ContactListView,
  contactCount,
  contactListQueryVariables,
  contactListViewToSearchParams,
  parseContactListView,
  withNextPage,
  withPreviousPage,
  withSearch,
} from './contact-list-view';
import { contactListQuery } from './contacts.operations';
import { NewContactDialog } from './NewContactDialog';

const searchDelayMs = 300;

/** The practice's contacts (seed 004): every one, or with limited permissions those assigned to me. */
export function ContactsPage() {
  useDocumentTitle('Contacts · Caseload');
  const viewer = useViewer();
  if (
    !hasPermission(viewer, 'contacts.view.all') &&
    !hasPermission(viewer, 'contacts.view.assigned')
  ) {
    return <NoAccess pageName="Contacts" permission="contacts.view.assigned" />;
  }
  return <ContactsPageContent />;
}

function ContactsPageContent() {
  const viewer = useViewer();
  const seesAll = hasPermission(viewer, 'contacts.view.all');
  const canManage = hasPermission(viewer, 'contacts.manage');
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseContactListView(searchParams), [searchParams]);
  const changeView = useCallback(
    (change: (current: ContactListView) => ContactListView) =>
      setSearchParams((current) =>
        contactListViewToSearchParams(change(parseContactListView(current))),
      ),
    [setSearchParams],
  );
  const { data, dataState, loading, error, refetch } = useQuery(contactListQuery, {
    variables: contactListQueryVariables(view),
  });
  const connection = dataState === 'complete' ? data.contacts : undefined;
  const [creating, setCreating] = useState(false);
  const [toast, setToast] = useState<Toast | null>(null);
  const closeToast = useCallback(() => setToast(null), []);

  const refusal = accessRefusal(error);
  if (refusal) {
    return <NoAccess pageName="Contacts" permission={refusal.permission} />;
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>Contacts</Title>
          <Text size="sm" c="gray.7">
            {seesAll
              ? 'Every contact of the practice: parents, partners, case managers and others linked to clients.'
              : 'The contacts assigned to you. Others are visible to practice admins.'}
          </Text>
        </div>
        {canManage && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            Add contact
          </Button>
        )}
      </Group>

      <Group justify="space-between" align="flex-end">
        <ContactSearchInput
          search={view.search}
          onSearch={(search) => changeView(() => withSearch(search))}
        />
        <Text aria-live="polite" c="gray.7">
          {connection && contactCount(connection.totalCount)}
        </Text>
      </Group>

      {error ? (
        <LoadError
          title="The contacts could not be loaded"
          error={error}
          onRetry={refetch}
          retrying={loading}
        />
      ) : (
        <>
          <ContactsTable
            contacts={connection?.edges.map((edge) => edge.node) ?? []}
            loading={!connection}
            emptyHint={
              view.search
                ? 'No contact matches this search.'
                : seesAll
                  ? 'Contacts appear here once they are added, here or from a client’s relationships.'
                  : 'No contact is assigned to you yet.'
            }
          />
          <nav aria-label="Contact pages">
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
                  Page {view.cursors.length + 1} of{' '}
                  {Math.max(1, Math.ceil(connection.totalCount / CONTACT_PAGE_SIZE))}
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
        </>
      )}

      {canManage && (
        <NewContactDialog
          opened={creating}
          onClose={() => setCreating(false)}
          onCreated={(contact) => {
            setCreating(false);
            setToast({
              tone: 'success',
              title: 'Contact added',
              message: `${personName(contact)} can now be linked to clients.`,
            });
          }}
        />
      )}
      <ResultToast toast={toast} onClose={closeToast} />
    </Stack>
  );
}

/** Search as you type: the list follows once typing pauses, or at once on Enter. */
function ContactSearchInput({
  search,
  onSearch,
}: {
  search: string;
  onSearch: (search: string) => void;
}) {
  const [input, setInput] = useState(search);
  const searchAfterPause = useDebouncedCallback(onSearch, searchDelayMs);
  // When the URL's search changes from elsewhere (back button, reload), show it in the box.
  const [shownSearch, setShownSearch] = useState(search);
  if (search !== shownSearch) {
    setShownSearch(search);
    if (search !== input.trim()) {
      setInput(search);
    }
  }
  return (
    <TextInput
      type="search"
      label="Search contacts"
      placeholder="Name, phone or email"
      leftSection={<IconSearch size={16} aria-hidden />}
      value={input}
      onChange={(event) => {
        setInput(event.currentTarget.value);
        searchAfterPause(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          searchAfterPause.flush();
        }
      }}
      w={360}
      maw="100%"
    />
  );
}

function ContactsTable({
  contacts,
  loading,
  emptyHint,
}: {
  contacts: ContactRowFragment[];
  loading: boolean;
  emptyHint: string;
}) {
  const columns = ['Name', 'Phone', 'Email', 'Assigned practitioner'];
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" aria-busy={loading} striped>
        <VisuallyHidden component="caption">Contacts</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading ? (
            Array.from({ length: 8 }, (_, row) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity of their own
              <Table.Tr key={row}>
                {columns.map((column) => (
                  <Table.Td key={column}>
                    <Skeleton height={14} radius="sm" />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          ) : contacts.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Text ta="center" py="xl" c="gray.7" size="sm">
                  {emptyHint}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            contacts.map((contact) => (
              <Table.Tr key={contact.id}>
                <Table.Td fw={500}>{personName(contact)}</Table.Td>
                <Table.Td>{contact.phone ?? <None />}</Table.Td>
                <Table.Td>{contact.email ?? <None />}</Table.Td>
                <Table.Td>{contact.assignedTo?.displayName ?? <None text="Nobody" />}</Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** An empty cell that says so to screen readers instead of reading out a dash. */
function None({ text = 'None' }: { text?: string }) {
  return (
    <>
      <Text component="span" c="gray.7" aria-hidden>
        —
      </Text>
      <VisuallyHidden>{text}</VisuallyHidden>
    </>
  );
}
