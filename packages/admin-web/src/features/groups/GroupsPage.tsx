import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../app/LoadError';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal } from '../../auth/auth-errors';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import type { GroupFieldsFragment, GroupKind } from '../../gql/graphql';
import { ResultToast, type Toast } from '../clients/ResultToast';
import { ArchiveGroupModal, GroupNameDialog, type Naming } from './GroupDialogs';
import { GroupMembersDrawer } from './GroupMembersDrawer';
import {
  groupKindDescriptions,
  groupKindHeadings,
  groupKinds,
  memberCountLabel,
  rosterLinkForGroup,
} from './group-labels';
import { groupsPageQuery } from './groups.operations';

/**
 * The practice's teams, locations and departments, by kind, with their members; with staff.edit,
 * creating, renaming and archiving groups and changing who is in them.
 */
export function GroupsPage() {
  useDocumentTitle('Groups · Caseload');
  const viewer = useViewer();
  const canManage = hasPermission(viewer, 'staff.edit');
  const [includeArchived, setIncludeArchived] = useState(false);
  const { data, dataState, error, loading, refetch } = useQuery(groupsPageQuery, {
    variables: { includeArchived },
  });
  const [naming, setNaming] = useState<Naming | null>(null);
  const [archiving, setArchiving] = useState<GroupFieldsFragment | null>(null);
  const [showingMembers, setShowingMembers] = useState<GroupFieldsFragment | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const closeToast = useCallback(() => setToast(null), []);

  const refusal = accessRefusal(error);
  if (refusal) {
    return <NoAccess pageName="Groups" permission={refusal.permission} />;
  }
  const groups = dataState === 'complete' ? data.groups : undefined;
  // The drawer follows the cached group, so its member count stays current.
  const membersOf = showingMembers
    ? (groups?.find((group) => group.id === showingMembers.id) ?? showingMembers)
    : null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1}>Groups</Title>
        {canManage && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setNaming({ mode: 'create', kind: 'TEAM' })}
          >
            New group
          </Button>
        )}
      </Group>
      <Text c="gray.7">
        Teams, locations and departments of {viewer.practice.name}. Members belong to any number of
        them, and the staff roster filters by them.
        {!canManage &&
          ' Changing groups needs the staff.edit permission, which your account does not have.'}
      </Text>
      <Switch
        label="Show archived groups"
        checked={includeArchived}
        onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
      />

      {error ? (
        <LoadError
          title="Groups could not be loaded"
          error={error}
          onRetry={refetch}
          retrying={loading}
        />
      ) : (
        groupKinds.map((kind) => (
          <GroupKindSection
            key={kind}
            kind={kind}
            groups={groups?.filter((group) => group.kind === kind)}
            canManage={canManage}
            onCreate={() => setNaming({ mode: 'create', kind })}
            onRename={(group) => setNaming({ mode: 'rename', group })}
            onArchive={setArchiving}
            onShowMembers={setShowingMembers}
          />
        ))
      )}

      {canManage && (
        <GroupNameDialog
          naming={naming}
          onClose={() => setNaming(null)}
          onSaved={(message) => {
            setNaming(null);
            setToast({ tone: 'success', title: 'Group saved', message });
          }}
        />
      )}
      <ArchiveGroupModal
        group={archiving}
        onClose={() => setArchiving(null)}
        onArchived={(group) => {
          setArchiving(null);
          setToast({
            tone: 'success',
            title: 'Group archived',
            message: `${group.name} is archived: it no longer shows on members or in filters.`,
          });
        }}
      />
      <GroupMembersDrawer
        group={membersOf}
        canManage={canManage}
        onClose={() => setShowingMembers(null)}
        onResult={setToast}
      />
      <ResultToast toast={toast} onClose={closeToast} />
    </Stack>
  );
}

interface GroupKindSectionProps {
  kind: GroupKind;
  /** Undefined while loading. */
  groups: GroupFieldsFragment[] | undefined;
  canManage: boolean;
  onCreate: () => void;
  onRename: (group: GroupFieldsFragment) => void;
  onArchive: (group: GroupFieldsFragment) => void;
  onShowMembers: (group: GroupFieldsFragment) => void;
}

function GroupKindSection({
  kind,
  groups,
  canManage,
  onCreate,
  onRename,
  onArchive,
  onShowMembers,
}: GroupKindSectionProps) {
  const heading = groupKindHeadings[kind];
  const headingId = `groups-${kind.toLowerCase()}`;
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <div>
        <Title order={2} size="h3" id={headingId}>
          {heading}
        </Title>
        <Text size="sm" c="gray.7">
          {groupKindDescriptions[kind]}
        </Text>
      </div>
      {!groups ? (
        <Skeleton height={96} radius="md" />
      ) : groups.length === 0 ? (
        <Group gap="sm">
          <Text>No {heading.toLowerCase()} yet.</Text>
          {canManage && (
            <Button variant="subtle" size="xs" onClick={onCreate}>
              Create one
            </Button>
          )}
        </Group>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          {/* Fixed column widths line the three kinds' tables up under each other. */}
          <Table verticalSpacing="sm" withTableBorder layout="fixed">
            <VisuallyHidden component="caption">{heading}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="45%">
                  Name
                </Table.Th>
                <Table.Th scope="col" w="20%">
                  Members
                </Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((group) => {
                const archived = group.archivedAt !== null;
                return (
                  <Table.Tr key={group.id}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap="xs">
                        {group.name}
                        {archived && (
                          <Badge color="gray" variant="outline" tt="none" size="sm">
                            Archived
                          </Badge>
                        )}
                      </Group>
                    </Table.Th>
                    <Table.Td>
                      {archived ? (
                        memberCountLabel(group.memberCount)
                      ) : (
                        <Anchor
                          component={Link}
                          to={rosterLinkForGroup(group.id)}
                          size="sm"
                          aria-label={`${memberCountLabel(group.memberCount)} of ${group.name} on the roster`}
                        >
                          {memberCountLabel(group.memberCount)}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`Members of ${group.name}`}
                          onClick={() => onShowMembers(group)}
                        >
                          Members
                        </Button>
                        {canManage && !archived && (
                          <>
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={`Rename ${group.name}`}
                              onClick={() => onRename(group)}
                            >
                              Rename
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              color="red"
                              aria-label={`Archive ${group.name}`}
                              onClick={() => onArchive(group)}
                            >
                              Archive
                            </Button>
                          </>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
