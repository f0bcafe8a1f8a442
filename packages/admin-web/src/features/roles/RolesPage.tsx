import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { LoadError } from '../../app/LoadError';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal } from '../../auth/auth-errors';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import type { RoleFieldsFragment } from '../../gql/graphql';
import { PermissionMatrix } from './PermissionMatrix';
import { RoleEditorDrawer } from './RoleEditorDrawer';
import { refusalMessage } from './refusals';
import { isOwnerRole, memberCountLabel } from './role-editing';
import { archiveRoleMutation, rolesPageQuery } from './roles.operations';

type Editing = { mode: 'create' } | { mode: 'edit'; roleId: string } | null;

/** The practice's roles, what each grants, and (with roles.manage) editing them. */
export function RolesPage() {
  useDocumentTitle('Roles · Caseload');
  const viewer = useViewer();
  const canManage = hasPermission(viewer, 'roles.manage');
  const [includeArchived, setIncludeArchived] = useState(false);
  const { data, dataState, error, loading, refetch } = useQuery(rolesPageQuery, {
    variables: { includeArchived },
  });
  const [editing, setEditing] = useState<Editing>(null);
  const [archiving, setArchiving] = useState<RoleFieldsFragment | null>(null);
  const [result, setResult] = useState<string | null>(null);

  const refusal = accessRefusal(error);
  if (refusal) {
    return <NoAccess pageName="Roles" permission={refusal.permission} />;
  }

  const loaded = dataState === 'complete' ? data : undefined;
  const roles = loaded?.roles ?? [];
  const editedRole =
    editing?.mode === 'edit' ? (roles.find((role) => role.id === editing.roleId) ?? null) : null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1}>Roles</Title>
        {canManage && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => {
              setResult(null);
              setEditing({ mode: 'create' });
            }}
          >
            New role
          </Button>
        )}
      </Group>

      {!canManage && (
        <Text c="gray.7">
          You can see the practice's roles. Changing them needs the roles.manage permission, which
          your account does not have.
        </Text>
      )}

      <div aria-live="polite">
        {result && (
          <Alert
            color="green"
            icon={<IconCircleCheck aria-hidden />}
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setResult(null)}
          >
            {result}
          </Alert>
        )}
      </div>

      {error ? (
        <LoadError
          title="Roles could not be loaded"
          error={error}
          onRetry={refetch}
          retrying={loading}
        />
      ) : (
        <>
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h3">
                Roles in {viewer.practice.name}
              </Title>
              <Switch
                label="Show archived roles"
                checked={includeArchived}
                onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
              />
            </Group>
            <RolesTable
              roles={roles}
              loading={!loaded}
              canManage={canManage}
              onEdit={(role) => {
                setResult(null);
                setEditing({ mode: 'edit', roleId: role.id });
              }}
              onArchive={(role) => {
                setResult(null);
                setArchiving(role);
              }}
            />
          </Stack>

          <Stack gap="sm">
            <Title order={2} size="h3">
              Permission matrix
            </Title>
            <Text size="sm" c="gray.7">
              Which role grants which permission. Keys marked “write” change data: they are only
              ever granted to active members.
            </Text>
            {loaded ? (
              <PermissionMatrix roles={roles} catalog={loaded.permissionCatalog} />
            ) : (
              <Skeleton height={320} radius="md" />
            )}
          </Stack>
        </>
      )}

      {loaded && canManage && (
        <RoleEditorDrawer
          opened={editing !== null && (editing.mode === 'create' || editedRole !== null)}
          role={editedRole}
          catalog={loaded.permissionCatalog}
          onClose={() => setEditing(null)}
          onSaved={setResult}
        />
      )}
      <ArchiveRoleModal
        role={archiving}
        onClose={() => setArchiving(null)}
        onArchived={(role) => {
          setArchiving(null);
          setResult(`Archived the ${role.name} role.`);
        }}
      />
    </Stack>
  );
}

interface RolesTableProps {
  roles: readonly RoleFieldsFragment[];
  loading: boolean;
  canManage: boolean;
  onEdit: (role: RoleFieldsFragment) => void;
  onArchive: (role: RoleFieldsFragment) => void;
}

function RolesTable({ roles, loading, canManage, onEdit, onArchive }: RolesTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" aria-busy={loading} withTableBorder>
        <VisuallyHidden component="caption">Roles</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Members</Table.Th>
            <Table.Th scope="col">Permissions</Table.Th>
            <Table.Th scope="col">Supervision and billing</Table.Th>
            {canManage && (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading ? (
            [0, 1, 2, 3].map((row) => (
              <Table.Tr key={row}>
                <Table.Td colSpan={canManage ? 5 : 4}>
                  <Skeleton height={14} />
                </Table.Td>
              </Table.Tr>
            ))
          ) : roles.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={canManage ? 5 : 4}>
                <Text ta="center" py="lg">
                  This practice has no roles yet.
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            roles.map((role) => (
              <Table.Tr key={role.id}>
                <Table.Td>
                  <Group gap={6}>
                    <Text fw={600} size="sm">
                      {role.name}
                    </Text>
                    {role.archivedAt && (
                      <Badge size="sm" variant="outline" color="gray.7" tt="none">
                        Archived
                      </Badge>
                    )}
                  </Group>
                  {role.description && (
                    <Text size="xs" c="gray.7">
                      {role.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{memberCountLabel(role.memberCount)}</Table.Td>
                <Table.Td>{role.permissions.length}</Table.Td>
                <Table.Td>
                  <Text size="sm">{roleSettings(role)}</Text>
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <RoleActions role={role} onEdit={onEdit} onArchive={onArchive} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function roleSettings(role: RoleFieldsFragment): string {
  const settings = [
    role.requiresSupervision && 'Requires supervision',
    role.canSupervise && 'Can supervise',
    role.billingModifier && `Bills ${role.billingModifier}`,
  ].filter(Boolean);
  return settings.length > 0 ? settings.join(' · ') : '—';
}

/** Why a role cannot be archived, or null when it can. */
function archiveBlocker(role: RoleFieldsFragment): string | null {
  if (isOwnerRole(role)) {
    return 'The Owner role cannot be archived.';
  }
  if (role.memberCount > 0) {
    return `Held by ${memberCountLabel(role.memberCount)}: take it from them first.`;
  }
  return null;
}

function RoleActions({
  role,
  onEdit,
  onArchive,
}: {
  role: RoleFieldsFragment;
  onEdit: (role: RoleFieldsFragment) => void;
  onArchive: (role: RoleFieldsFragment) => void;
}) {
  if (role.archivedAt) {
    return null;
  }
  const blocker = archiveBlocker(role);
  const blockerId = `archive-blocked-${role.id}`;
  return (
    <Stack gap={2} align="flex-end">
      <Group gap="xs" justify="flex-end" wrap="nowrap">
        <Button
          size="xs"
          variant="default"
          onClick={() => onEdit(role)}
          aria-label={`Edit ${role.name}`}
        >
          Edit
        </Button>
        <Button
          size="xs"
          variant="default"
          color="red"
          disabled={blocker !== null}
          aria-describedby={blocker ? blockerId : undefined}
          onClick={() => onArchive(role)}
          aria-label={`Archive ${role.name}`}
        >
          Archive
        </Button>
      </Group>
      {blocker && (
        <Text id={blockerId} size="xs" c="gray.7" ta="right">
          {blocker}
        </Text>
      )}
    </Stack>
  );
}

function ArchiveRoleModal({
  role,
  onClose,
  onArchived,
}: {
  role: RoleFieldsFragment | null;
  onClose: () => void;
  onArchived: (role: RoleFieldsFragment) => void;
}) {
  const [archiveRole, { loading }] = useMutation(archiveRoleMutation, {
    refetchQueries: ['RolesPage'],
  });
  const [refusal, setRefusal] = useState<string | null>(null);

  async function archive() {
    if (!role) {
      return;
    }
    setRefusal(null);
    try {
      await archiveRole({ variables: { id: role.id } });
      onArchived(role);
    } catch (error) {
      setRefusal(refusalMessage(error as Error));
    }
  }

  return (
    <Modal
      opened={role !== null}
      onClose={() => {
        setRefusal(null);
        onClose();
      }}
      title={`Archive ${role?.name}?`}
    >
      <Stack gap="md">
        <Text>
          The {role?.name} role will no longer be offered when assigning roles, and it leaves the
          permission matrix. Nobody holds it now, so nobody loses a permission. Its history stays in
          the activity log. This cannot be undone from the app.
        </Text>
        {refusal && (
          <Alert
            color="red"
            icon={<IconAlertCircle aria-hidden />}
            title="Not archived"
            role="alert"
          >
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep the role
          </Button>
          <Button color="red" loading={loading} onClick={archive}>
            Archive role
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
