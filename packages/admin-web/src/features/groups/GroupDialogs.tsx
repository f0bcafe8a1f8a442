import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import type { GroupFieldsFragment, GroupKind } from '../../gql/graphql';
import { apiRefusal } from '../staff/api-refusal';
import { groupKindLabels, groupKinds, memberCountLabel } from './group-labels';
import {
  archiveGroupMutation,
  createGroupMutation,
  renameGroupMutation,
} from './groups.operations';

/**
 * A new or archived group changes every list of groups (this page, the roster's filter, the
 * profile's locations): they are dropped from the cache and asked for again where shown.
 */
export function forgetGroupLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'groups' });
  cache.gc();
}

export type Naming =
  | { mode: 'create'; kind: GroupKind }
  | { mode: 'rename'; group: GroupFieldsFragment };

/** Names a new group (of a kind) or renames one. */
export function GroupNameDialog({
  naming,
  onClose,
  onSaved,
}: {
  naming: Naming | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  return (
    <Modal
      opened={naming !== null}
      onClose={onClose}
      title={naming?.mode === 'rename' ? `Rename ${naming.group.name}` : 'New group'}
    >
      {naming && <GroupNameForm naming={naming} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function GroupNameForm({
  naming,
  onClose,
  onSaved,
}: {
  naming: Naming;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const [name, setName] = useState(naming.mode === 'rename' ? naming.group.name : '');
  const [kind, setKind] = useState<GroupKind>(
    naming.mode === 'create' ? naming.kind : naming.group.kind,
  );
  const [nameError, setNameError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [createGroup, creating] = useMutation(createGroupMutation, { update: forgetGroupLists });
  const [renameGroup, renaming] = useMutation(renameGroupMutation);

  async function save(event: FormEvent) {
    event.preventDefault();
    setRefusal(null);
    const trimmed = name.trim().replace(/\s+/g, ' ');
    if (trimmed === '') {
      setNameError('Give the group a name.');
      return;
    }
    try {
      if (naming.mode === 'create') {
        await createGroup({ variables: { name: trimmed, kind } });
        onSaved(`Created the ${groupKindLabels[kind].toLowerCase()} ${trimmed}.`);
      } else if (trimmed !== naming.group.name) {
        await renameGroup({ variables: { id: naming.group.id, name: trimmed } });
        onSaved(`Renamed ${naming.group.name} to ${trimmed}.`);
      } else {
        onClose();
      }
    } catch (error) {
      const failure = apiRefusal(error as Error);
      if (failure.field === 'name') {
        setNameError(failure.message);
      } else {
        setRefusal(failure.message);
      }
    }
  }

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="md">
        <TextInput
          label="Name"
          required
          description="Unique among the practice's groups; up to 100 characters."
          value={name}
          error={nameError}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setNameError(null);
          }}
          maxLength={100}
          data-autofocus
        />
        {naming.mode === 'create' && (
          <Select
            label="Kind"
            required
            data={groupKinds.map((value) => ({ value, label: groupKindLabels[value] }))}
            value={kind}
            onChange={(value) => value && setKind(value as GroupKind)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {refusal && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Not saved" role="alert">
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={creating.loading || renaming.loading}>
            {naming.mode === 'create' ? 'Create group' : 'Rename group'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Archives a group after saying what that does; there is no way back from the app. */
export function ArchiveGroupModal({
  group,
  onClose,
  onArchived,
}: {
  group: GroupFieldsFragment | null;
  onClose: () => void;
  onArchived: (group: GroupFieldsFragment) => void;
}) {
  const [archiveGroup, { loading }] = useMutation(archiveGroupMutation, {
    update: forgetGroupLists,
  });
  const [refusal, setRefusal] = useState<string | null>(null);

  const close = () => {
    setRefusal(null);
    onClose();
  };

  async function archive() {
    if (!group) {
      return;
    }
    setRefusal(null);
    try {
      await archiveGroup({ variables: { id: group.id } });
      onArchived(group);
    } catch (error) {
      setRefusal(apiRefusal(error as Error).message);
    }
  }

  return (
    <Modal opened={group !== null} onClose={close} title={group ? `Archive ${group.name}?` : ''}>
      {group && (
        <Stack gap="md">
          <Text>
            {group.name} disappears from members' groups, from their profiles and from the roster's
            filter. Its {memberCountLabel(group.memberCount)} keep their membership on record, and
            the name becomes free for a new group. An archived group cannot be brought back here.
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
            <Button variant="default" onClick={close}>
              Keep it
            </Button>
            <Button color="red" loading={loading} onClick={archive}>
              Archive group
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
