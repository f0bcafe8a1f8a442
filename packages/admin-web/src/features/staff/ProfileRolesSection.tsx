import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
} from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import type { PreviewRoleAssignmentQuery, StaffProfileQuery } from '../../gql/graphql';
import { refusalMessage } from '../roles/refusals';
import { ProfileSection } from './ProfileSection';
import { roleAssignmentBlocker, sameRoleIds, statusChangeWarning } from './role-assignment';
import {
  assignableRolesQuery,
  assignRolesMutation,
  previewRoleAssignmentQuery,
} from './staff-profile.operations';

type ProfileMember = NonNullable<StaffProfileQuery['staffMember']>;

/** The member's roles and, with roles.manage, changing them after a preview of the effect. */
export function ProfileRolesSection({ member }: { member: ProfileMember }) {
  const viewer = useViewer();
  const canManage = hasPermission(viewer, 'roles.manage');
  const [editing, setEditing] = useState(false);
  const [result, setResult] = useState<string | null>(null);

  return (
    <ProfileSection
      title="Roles"
      actions={
        canManage && (
          <Button
            variant="default"
            onClick={() => {
              setResult(null);
              setEditing(true);
            }}
          >
            Edit roles
          </Button>
        )
      }
    >
      {member.roles.length === 0 ? (
        <Text>No roles. A member without a role cannot be active.</Text>
      ) : (
        <Group gap="xs">
          {member.roles.map((role) => (
            <Badge key={role.id} variant="light" size="lg" tt="none">
              {role.name}
            </Badge>
          ))}
        </Group>
      )}
      {!canManage && (
        <Text size="sm" c="gray.7">
          Changing roles needs the roles.manage permission, which your account does not have.
        </Text>
      )}
      <div aria-live="polite">
        {result && (
          <Alert color="green" icon={<IconCircleCheck aria-hidden />}>
            {result}
          </Alert>
        )}
      </div>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        size="lg"
        title={`Roles of ${member.displayName}`}
      >
        {editing && (
          <RoleAssignmentEditor
            member={member}
            onClose={() => setEditing(false)}
            onSaved={(message) => {
              setEditing(false);
              setResult(message);
            }}
          />
        )}
      </Modal>
    </ProfileSection>
  );
}

type Preview =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; change: PreviewRoleAssignmentQuery['previewRoleAssignment'] };

function RoleAssignmentEditor({
  member,
  onClose,
  onSaved,
}: {
  member: ProfileMember;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const viewer = useViewer();
  const client = useApolloClient();
  const currentRoleIds = member.roles.map((role) => role.id);
  const [chosen, setChosen] = useState<string[]>(currentRoleIds);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { data, error, loading } = useQuery(assignableRolesQuery);
  const [assignRoles, { loading: saving }] = useMutation(assignRolesMutation, {
    refetchQueries: ['MemberPermissions', 'StaffProfile'],
    awaitRefetchQueries: true,
  });

  async function showPreview() {
    setPreview({ state: 'loading' });
    setSaveError(null);
    try {
      const result = await client.query({
        query: previewRoleAssignmentQuery,
        variables: { staffMemberId: member.id, roleIds: chosen },
        fetchPolicy: 'network-only',
      });
      if (result.data) {
        setPreview({ state: 'ready', change: result.data.previewRoleAssignment });
      }
    } catch (previewError) {
      setPreview({ state: 'failed', message: refusalMessage(previewError as Error) });
    }
  }

  async function save() {
    setSaveError(null);
    try {
      await assignRoles({ variables: { staffMemberId: member.id, roleIds: chosen } });
      onSaved(`Saved the roles of ${member.displayName}.`);
    } catch (assignError) {
      setSaveError(refusalMessage(assignError as Error));
    }
  }

  if (loading) {
    return <Loader size="sm" aria-label="Loading roles" />;
  }
  if (error || !data) {
    return (
      <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Roles could not be loaded">
        {error ? refusalMessage(error) : 'Try again in a moment.'}
      </Alert>
    );
  }

  if (preview) {
    const warning =
      preview.state === 'ready'
        ? statusChangeWarning(member.status, preview.change.statusAfter, member.displayName)
        : null;
    return (
      <Stack gap="md">
        <Text fw={600}>Review the change</Text>
        {preview.state === 'loading' && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">Working out what changes…</Text>
          </Group>
        )}
        {preview.state === 'failed' && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="No preview">
            {preview.message}
          </Alert>
        )}
        {preview.state === 'ready' && (
          <>
            <KeyChange label="Gains" keys={preview.change.gained} />
            <KeyChange label="Loses" keys={preview.change.lost} />
            {warning && (
              <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="Status change">
                {warning}
              </Alert>
            )}
          </>
        )}
        {saveError && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Not saved" role="alert">
            {saveError}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="default" onClick={() => setPreview(null)}>
            Back
          </Button>
          <Group gap="sm">
            <Button variant="subtle" color="gray" onClick={onClose}>
              Cancel
            </Button>
            <Button
              onClick={save}
              loading={saving}
              disabled={preview.state !== 'ready'}
              color={warning ? 'orange' : undefined}
            >
              Confirm roles
            </Button>
          </Group>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Checkbox.Group
        label="Roles"
        description="Choose every role the member should hold."
        value={chosen}
        onChange={setChosen}
      >
        <Stack gap="sm" mt="xs">
          {data.roles.map((role) => {
            const blocker = roleAssignmentBlocker(role, currentRoleIds, viewer.permissions);
            return (
              <Checkbox
                key={role.id}
                value={role.id}
                label={role.name}
                disabled={blocker !== null}
                description={blocker ?? (role.description || undefined)}
              />
            );
          })}
        </Stack>
      </Checkbox.Group>
      <Group justify="flex-end" gap="sm">
        <Button variant="subtle" color="gray" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={showPreview} disabled={sameRoleIds(chosen, currentRoleIds)}>
          Preview changes
        </Button>
      </Group>
    </Stack>
  );
}

function KeyChange({ label, keys }: { label: string; keys: readonly string[] }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {keys.length === 0 ? (
        <Text size="sm" c="gray.7">
          Nothing
        </Text>
      ) : (
        <Group gap={6}>
          {keys.map((key) => (
            <Code key={key}>{key}</Code>
          ))}
        </Group>
      )}
    </Stack>
  );
}
