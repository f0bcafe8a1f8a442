import { useApolloClient, useMutation } from '@apollo/client/react';
import type { BillingModifier } from '@caseload/shared';
import {
  Alert,
  Button,
  Checkbox,
  Code,
  Drawer,
  Fieldset,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useViewer } from '../../auth/viewer-context';
import type { PreviewRoleChangeQuery, RoleFieldsFragment } from '../../gql/graphql';
import { WriteBadge } from './PermissionMatrix';
import { refusalMessage, staleVersionConflict } from './refusals';
import {
  affectedMembers,
  billingModifierLabels,
  type CatalogEntry,
  draftFromRole,
  draftToInput,
  emptyRoleDraft,
  groupByGroup,
  isOwnerRole,
  ownerLockReason,
  permissionDiff,
  permissionLockReason,
  type RoleDraft,
  settingChanges,
  withPermission,
} from './role-editing';
import {
  createRoleMutation,
  previewRoleChangeQuery,
  roleQuery,
  updateRoleMutation,
} from './roles.operations';

interface RoleEditorDrawerProps {
  /** The role to edit; null to create one. */
  role: RoleFieldsFragment | null;
  catalog: readonly CatalogEntry[];
  opened: boolean;
  onClose: () => void;
  /** After a save, with a sentence saying what was saved. */
  onSaved: (message: string) => void;
}

/** The role editor in a drawer beside the matrix. Its state starts afresh each time it opens. */
export function RoleEditorDrawer({ role, opened, onClose, ...rest }: RoleEditorDrawerProps) {
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="xl"
      title={role ? `Edit role: ${role.name}` : 'New role'}
    >
      {opened && <RoleEditor key={role?.id ?? 'new'} role={role} onClose={onClose} {...rest} />}
    </Drawer>
  );
}

type PreviewState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; changes: PreviewRoleChangeQuery['previewRoleChange'] };

function RoleEditor({ role, catalog, onClose, onSaved }: Omit<RoleEditorDrawerProps, 'opened'>) {
  const viewer = useViewer();
  const client = useApolloClient();
  const [draft, setDraft] = useState<RoleDraft>(() =>
    role ? draftFromRole(role) : emptyRoleDraft,
  );
  // The version this edit started from: a save with an older one is refused as CONFLICT.
  const [baseRole, setBaseRole] = useState(role);
  const [step, setStep] = useState<'edit' | 'review'>('edit');
  const [preview, setPreview] = useState<PreviewState | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [updateRole, { loading: updating }] = useMutation(updateRoleMutation);
  const [createRole, { loading: creating }] = useMutation(createRoleMutation, {
    refetchQueries: ['RolesPage'],
  });

  const ownerRole = baseRole ? isOwnerRole(baseRole) : false;
  const catalogOrder = catalog.map((entry) => entry.key);
  const diff = permissionDiff(baseRole?.permissions ?? [], draft.permissions);
  const settings = baseRole ? settingChanges(baseRole, draft) : [];
  const hasChanges =
    !baseRole || diff.added.length > 0 || diff.removed.length > 0 || settings.length > 0;

  const change = (patch: Partial<RoleDraft>) => setDraft((current) => ({ ...current, ...patch }));

  async function review(event: FormEvent) {
    event.preventDefault();
    if (draft.name.trim() === '') {
      setNameError('Give the role a name.');
      return;
    }
    setNameError(null);
    setSaveError(null);
    setStep('review');
    if (!baseRole) {
      return;
    }
    setPreview({ state: 'loading' });
    try {
      const { data } = await client.query({
        query: previewRoleChangeQuery,
        variables: { roleId: baseRole.id, permissions: draft.permissions },
        fetchPolicy: 'network-only',
      });
      setPreview({ state: 'ready', changes: data?.previewRoleChange ?? [] });
    } catch (error) {
      setPreview({ state: 'failed', message: refusalMessage(error as Error) });
    }
  }

  async function save() {
    setSaveError(null);
    const input = draftToInput(draft);
    try {
      if (baseRole) {
        await updateRole({
          variables: { id: baseRole.id, input, expectedVersion: baseRole.version },
        });
        onSaved(`Saved the ${input.name} role.`);
      } else {
        await createRole({ variables: { input } });
        onSaved(`Created the ${input.name} role.`);
      }
      onClose();
    } catch (error) {
      if (staleVersionConflict(error as Error) !== null) {
        setConflict(true);
      } else {
        setSaveError(refusalMessage(error as Error));
      }
    }
  }

  /** Loads the role as someone else saved it; the edits made here are let go. */
  async function reloadLatest() {
    if (!baseRole) {
      return;
    }
    setReloading(true);
    try {
      const { data } = await client.query({
        query: roleQuery,
        variables: { id: baseRole.id },
        fetchPolicy: 'network-only',
      });
      if (data?.role) {
        setBaseRole(data.role);
        setDraft(draftFromRole(data.role));
        setConflict(false);
        setStep('edit');
        setPreview(null);
      }
    } catch (error) {
      setSaveError(refusalMessage(error as Error));
    } finally {
      setReloading(false);
    }
  }

  if (step === 'review') {
    return (
      <Stack gap="md">
        <Title order={3} size="h4">
          Review changes
        </Title>
        {!baseRole ? (
          <Text>
            A new role “{draft.name.trim()}” with {draft.permissions.length} permission
            {draft.permissions.length === 1 ? '' : 's'}. Nobody holds it until you assign it on a
            staff profile.
          </Text>
        ) : (
          <>
            <KeyList label="Permissions added" keys={diff.added} />
            <KeyList label="Permissions removed" keys={diff.removed} />
            {settings.length > 0 && (
              <Stack gap={4}>
                <Text fw={600} size="sm">
                  Settings
                </Text>
                {settings.map((setting) => (
                  <Text key={setting} size="sm">
                    {setting}
                  </Text>
                ))}
              </Stack>
            )}
            {!hasChanges && <Text>You have not changed anything yet.</Text>}
            <ImpactPreview preview={preview} />
          </>
        )}

        {conflict && (
          <Alert
            color="orange"
            icon={<IconAlertCircle aria-hidden />}
            title="Someone else saved this role"
          >
            <Stack gap="sm" align="flex-start">
              <Text size="sm">
                The role changed while you were editing it, so your changes were not saved. Reload
                the latest version and make your changes again.
              </Text>
              <Button size="xs" variant="default" loading={reloading} onClick={reloadLatest}>
                Reload the latest version
              </Button>
            </Stack>
          </Alert>
        )}
        {saveError && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Not saved" role="alert">
            {saveError}
          </Alert>
        )}

        <Group justify="space-between">
          <Button variant="default" onClick={() => setStep('edit')}>
            Back to editing
          </Button>
          <Group gap="sm">
            <Button variant="subtle" color="gray" onClick={onClose}>
              Cancel
            </Button>
            <Button
              onClick={save}
              loading={updating || creating}
              disabled={!hasChanges || conflict || preview?.state === 'loading'}
            >
              {baseRole ? 'Save changes' : 'Create role'}
            </Button>
          </Group>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={review} noValidate>
      <Stack gap="md">
        <TextInput
          label="Name"
          required
          value={draft.name}
          error={nameError}
          onChange={(event) => change({ name: event.currentTarget.value })}
          maxLength={80}
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          value={draft.description}
          onChange={(event) => change({ description: event.currentTarget.value })}
        />

        <Fieldset legend="Supervision and billing">
          <Stack gap="sm">
            <Switch
              label="Requires supervision"
              description="Members with this role must have a supervisor (e.g. interns)."
              checked={draft.requiresSupervision}
              onChange={(event) => change({ requiresSupervision: event.currentTarget.checked })}
            />
            <Switch
              label="Can supervise"
              description="Members with this role may supervise others (with caseload.supervise)."
              checked={draft.canSupervise}
              onChange={(event) => change({ canSupervise: event.currentTarget.checked })}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="billing-modifier-label">
                Billing modifier
              </Text>
              <SegmentedControl
                aria-labelledby="billing-modifier-label"
                value={draft.billingModifier ?? 'NONE'}
                onChange={(value) =>
                  change({ billingModifier: value === 'NONE' ? null : (value as BillingModifier) })
                }
                data={[
                  { value: 'NONE', label: 'None' },
                  ...(['HO', 'HN', 'HP'] as const).map((modifier) => ({
                    value: modifier,
                    label: billingModifierLabels[modifier],
                  })),
                ]}
              />
            </Stack>
          </Stack>
        </Fieldset>

        <Title order={3} size="h4">
          Permissions
        </Title>
        {ownerRole && (
          <Alert color="blue" icon={<IconLock aria-hidden />} title="Permissions locked">
            {ownerLockReason}
          </Alert>
        )}
        {groupByGroup(catalog).map(({ group, items }) => (
          <Fieldset key={group} legend={group}>
            <Stack gap="xs">
              {items.map((entry) => {
                const lockReason = permissionLockReason(entry.key, {
                  viewerPermissions: viewer.permissions,
                  ownerRole,
                  canManage: true,
                });
                return (
                  <Checkbox
                    key={entry.key}
                    checked={draft.permissions.includes(entry.key)}
                    disabled={lockReason !== null}
                    onChange={(event) =>
                      change({
                        permissions: withPermission(
                          draft.permissions,
                          entry.key,
                          event.currentTarget.checked,
                          catalogOrder,
                        ),
                      })
                    }
                    label={
                      <Group gap={6} component="span">
                        <Code fz="xs">{entry.key}</Code>
                        {entry.write && <WriteBadge />}
                        <Text span size="sm">
                          {entry.description}
                        </Text>
                      </Group>
                    }
                    // The Owner role's lock is explained once, above.
                    description={lockReason && !ownerRole ? lockReason : undefined}
                  />
                );
              })}
            </Stack>
          </Fieldset>
        ))}

        <Group justify="flex-end" gap="sm">
          <Button variant="subtle" color="gray" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit">Review changes</Button>
        </Group>
      </Stack>
    </form>
  );
}

function KeyList({ label, keys }: { label: string; keys: readonly string[] }) {
  if (keys.length === 0) {
    return null;
  }
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <Group gap={6}>
        {keys.map((key) => (
          <Code key={key}>{key}</Code>
        ))}
      </Group>
    </Stack>
  );
}

/** Who gains and who loses which permissions if the role is saved like this. */
function ImpactPreview({ preview }: { preview: PreviewState | null }) {
  if (!preview) {
    return null;
  }
  if (preview.state === 'loading') {
    return (
      <Group gap="xs">
        <Loader size="sm" />
        <Text size="sm">Working out who this affects…</Text>
      </Group>
    );
  }
  if (preview.state === 'failed') {
    return (
      <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="No preview">
        {preview.message}
      </Alert>
    );
  }
  const affected = affectedMembers(preview.changes);
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        Who this affects
      </Title>
      <Text size="sm" c="gray.7">
        Members who keep a permission through another role, or whose override decides it, are not
        listed.
      </Text>
      {affected.length === 0 ? (
        <Text size="sm">No member gains or loses a permission.</Text>
      ) : (
        <Table withTableBorder verticalSpacing="xs" aria-label="Who gains and who loses">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Member</Table.Th>
              <Table.Th scope="col">Gains</Table.Th>
              <Table.Th scope="col">Loses</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {affected.map((change) => (
              <Table.Tr key={change.staffMember.id}>
                <Table.Th scope="row" fw={500}>
                  {change.staffMember.displayName}
                </Table.Th>
                <Table.Td>
                  <KeyCell keys={change.gained} />
                </Table.Td>
                <Table.Td>
                  <KeyCell keys={change.lost} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function KeyCell({ keys }: { keys: readonly string[] }) {
  if (keys.length === 0) {
    return (
      <Text span size="sm" c="gray.7">
        nothing
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {keys.map((key) => (
        <Code key={key} fz="xs">
          {key}
        </Code>
      ))}
    </Group>
  );
}
