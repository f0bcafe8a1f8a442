import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Drawer,
  Group,
  MultiSelect,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertCircle, IconUserPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { readableErrorMessage } from '../../error-messages';
import type { GroupFieldsFragment } from '../../gql/graphql';
import type { Toast } from '../clients/ResultToast';
import { apiRefusal } from '../staff/api-refusal';
import { StaffStatusBadge } from '../staff/StaffStatusBadge';
import { forgetStaffLists } from '../staff/staff-cache';
import { groupKindLabels, memberCountLabel, rosterLinkForGroup } from './group-labels';
import {
  addGroupMembersMutation,
  groupMembersQuery,
  memberSearchQuery,
  removeGroupMemberMutation,
} from './groups.operations';

interface GroupMembersDrawerProps {
  group: GroupFieldsFragment | null;
  canManage: boolean;
  onClose: () => void;
  onResult: (toast: Toast) => void;
}

/** Who is in a group; with staff.edit, adding and taking out members. */
export function GroupMembersDrawer({
  group,
  canManage,
  onClose,
  onResult,
}: GroupMembersDrawerProps) {
  return (
    <Drawer
      opened={group !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={group ? `Members of ${group.name}` : ''}
    >
      {group && (
        <GroupMembers
          key={group.id}
          group={group}
          canManage={canManage && group.archivedAt === null}
          onResult={onResult}
        />
      )}
    </Drawer>
  );
}

function GroupMembers({
  group,
  canManage,
  onResult,
}: {
  group: GroupFieldsFragment;
  canManage: boolean;
  onResult: (toast: Toast) => void;
}) {
  const { data, error, loading } = useQuery(groupMembersQuery, {
    variables: { groupId: group.id },
    fetchPolicy: 'cache-and-network',
  });
  const [removeMember] = useMutation(removeGroupMemberMutation, { update: forgetStaffLists });
  const [removingId, setRemovingId] = useState<string | null>(null);
  const members = data?.staff.edges.map((edge) => edge.node);

  async function remove(member: { id: string; displayName: string }) {
    setRemovingId(member.id);
    try {
      await removeMember({ variables: { groupId: group.id, staffMemberId: member.id } });
      onResult({
        tone: 'success',
        title: 'Member taken out',
        message: `${member.displayName} is no longer in ${group.name}.`,
      });
    } catch (removeError) {
      onResult({
        tone: 'error',
        title: 'Not taken out',
        message: apiRefusal(removeError as Error).message,
      });
    } finally {
      setRemovingId(null);
    }
  }

  return (
    <Stack gap="md">
      <Text size="sm" c="gray.7">
        {groupKindLabels[group.kind]} · {memberCountLabel(group.memberCount)}
        {group.archivedAt && ' · archived: members can no longer be added'}.{' '}
        {group.archivedAt === null && (
          <Anchor component={Link} to={rosterLinkForGroup(group.id)} size="sm">
            Show them on the roster
          </Anchor>
        )}
      </Text>
      {canManage && (
        <AddMembersForm
          group={group}
          memberIds={new Set(members?.map((member) => member.id))}
          onResult={onResult}
        />
      )}
      {error && !members ? (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title="Members could not be loaded"
        >
          {readableErrorMessage(error)}
        </Alert>
      ) : !members ? (
        <Skeleton height={160} aria-busy={loading} />
      ) : members.length === 0 ? (
        <Text>Nobody is in this group yet.</Text>
      ) : (
        <Table verticalSpacing="xs">
          <VisuallyHidden component="caption">Members of {group.name}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              {canManage && (
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/staff/${member.id}`} size="sm" fw={500}>
                    {member.displayName}
                  </Anchor>
                  <Text size="xs" c="gray.7">
                    {[member.staffId, member.title].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StaffStatusBadge status={member.status} />
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      color="red"
                      loading={removingId === member.id}
                      aria-label={`Take ${member.displayName} out of ${group.name}`}
                      onClick={() => remove(member)}
                    >
                      Take out
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data && data.staff.totalCount > data.staff.edges.length && (
        <Text size="sm" c="gray.7">
          Showing {data.staff.edges.length} of {data.staff.totalCount}:{' '}
          <Anchor component={Link} to={rosterLinkForGroup(group.id)} size="sm">
            see all on the roster
          </Anchor>
          .
        </Text>
      )}
    </Stack>
  );
}

const searchDelayMs = 250;

/**
 * Picks members to add by name, email or staff ID, searched on the server (a practice can have
 * more members than one list holds); members already in the group are not offered.
 */
function AddMembersForm({
  group,
  memberIds,
  onResult,
}: {
  group: GroupFieldsFragment;
  memberIds: ReadonlySet<string>;
  onResult: (toast: Toast) => void;
}) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), searchDelayMs);
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const { data, loading } = useQuery(memberSearchQuery, {
    variables: { search: debouncedSearch === '' ? null : debouncedSearch },
  });
  const [addMembers, adding] = useMutation(addGroupMembersMutation, { update: forgetStaffLists });

  const found = (data?.staff.edges ?? [])
    .map((edge) => edge.node)
    .filter((member) => !memberIds.has(member.id) && !chosen.has(member.id))
    .map((member) => ({ value: member.id, label: `${member.displayName} (${member.staffId})` }));
  const options = [...[...chosen].map(([value, label]) => ({ value, label })), ...found];

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (chosen.size === 0) {
      setError('Choose at least one member to add.');
      return;
    }
    try {
      await addMembers({ variables: { groupId: group.id, staffMemberIds: [...chosen.keys()] } });
      onResult({
        tone: 'success',
        title: 'Members added',
        message: `Added ${chosen.size === 1 ? [...chosen.values()][0] : `${chosen.size} members`} to ${group.name}.`,
      });
      setChosen(new Map());
      setSearch('');
    } catch (addError) {
      setError(apiRefusal(addError as Error).message);
    }
  }

  return (
    <form onSubmit={add} noValidate>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <MultiSelect
          label="Add members"
          placeholder="Search by name, email or staff ID"
          data={options}
          value={[...chosen.keys()]}
          onChange={(ids) => {
            const labels = new Map(options.map((option) => [option.value, option.label]));
            setChosen(new Map(ids.map((id) => [id, labels.get(id) ?? id])));
            setError(null);
          }}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          // The server has searched already, by email and staff ID too: show what it found.
          filter={({ options: all }) => all}
          nothingFoundMessage={loading ? 'Searching…' : 'Nobody to add by that name'}
          error={error}
          comboboxProps={{ withinPortal: true }}
          style={{ flex: 1 }}
        />
        <Button
          type="submit"
          leftSection={<IconUserPlus size={16} aria-hidden />}
          loading={adding.loading}
          mb={error ? 22 : 0}
        >
          Add
        </Button>
      </Group>
    </form>
  );
}
