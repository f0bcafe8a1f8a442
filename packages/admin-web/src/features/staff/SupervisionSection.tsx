import { useMutation } from '@apollo/client/react';
import { requiresSupervision } from '@caseload/shared';
import { Alert, Anchor, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import type { StaffProfileQuery } from '../../gql/graphql';
import type { Toast } from '../clients/ResultToast';
import { apiRefusal } from './api-refusal';
import { ProfileSection } from './ProfileSection';
import { forgetStaffLists } from './staff-cache';
import { setSupervisorMutation } from './staff-profile.operations';
import { useSupervisorChoices } from './use-staff-choices';

type ProfileMember = NonNullable<StaffProfileQuery['staffMember']>;

const activeOnly = ['ACTIVE'] as const;

/** Who supervises the member and, with staff.edit, naming or clearing their supervisor. */
export function SupervisionSection({
  member,
  onResult,
}: {
  member: ProfileMember;
  onResult: (toast: Toast) => void;
}) {
  const viewer = useViewer();
  const canEdit = hasPermission(viewer, 'staff.edit');
  const [editing, setEditing] = useState(false);
  const needingRoles = member.roles.filter((role) => role.requiresSupervision);
  const editable = canEdit && member.status !== 'REMOVED';

  return (
    <ProfileSection
      title="Supervision"
      actions={
        editable && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {member.supervisor ? 'Change supervisor' : 'Set supervisor'}
          </Button>
        )
      }
    >
      <Text>
        {member.supervisor ? (
          <>
            Supervised by{' '}
            <Anchor component={Link} to={`/staff/${member.supervisor.id}`}>
              {member.supervisor.displayName}
            </Anchor>
            .
          </>
        ) : (
          'No supervisor.'
        )}{' '}
        {needingRoles.length > 0
          ? `Their ${needingRoles.map((role) => role.name).join(' and ')} role requires supervision.`
          : 'None of their roles requires supervision.'}
      </Text>
      {member.needsSupervisor && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="Needs a supervisor">
          {member.displayName} holds a role that requires supervision and has no supervisor.
        </Alert>
      )}
      {!canEdit && (
        <Text size="sm" c="gray.7">
          Changing the supervisor needs the staff.edit permission, which your account does not have.
        </Text>
      )}
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={`Supervisor of ${member.displayName}`}
      >
        {editing && (
          <SupervisorForm
            member={member}
            onClose={() => setEditing(false)}
            onSaved={(message) => {
              setEditing(false);
              onResult({ tone: 'success', title: 'Supervision changed', message });
            }}
          />
        )}
      </Modal>
    </ProfileSection>
  );
}

function SupervisorForm({
  member,
  onClose,
  onSaved,
}: {
  member: ProfileMember;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { supervisors, loading } = useSupervisorChoices(activeOnly);
  const [supervisorId, setSupervisorId] = useState<string | null>(member.supervisor?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // A supervisor changes the profile's version: the page reloads it so later edits are not stale.
  const [setSupervisor, { loading: saving }] = useMutation(setSupervisorMutation, {
    update: forgetStaffLists,
    refetchQueries: ['StaffProfile'],
    awaitRefetchQueries: true,
  });
  const options = supervisors
    .filter((supervisor) => supervisor.id !== member.id)
    .map((supervisor) => ({ value: supervisor.id, label: supervisor.displayName }));
  if (member.supervisor && !options.some((option) => option.value === member.supervisor?.id)) {
    options.push({
      value: member.supervisor.id,
      label: `${member.supervisor.displayName} (cannot supervise now)`,
    });
  }
  const clearing = supervisorId === null && member.supervisor !== null;

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setRefusal(null);
    if (supervisorId === (member.supervisor?.id ?? null)) {
      onClose();
      return;
    }
    try {
      await setSupervisor({ variables: { superviseeId: member.id, supervisorId } });
      const chosen = options.find((option) => option.value === supervisorId);
      onSaved(
        chosen
          ? `${chosen.label} now supervises ${member.displayName}.`
          : `${member.displayName} has no supervisor now.`,
      );
    } catch (saveError) {
      const failure = apiRefusal(saveError as Error);
      if (failure.field === 'supervisorId') {
        setError(failure.message);
      } else {
        setRefusal(failure.message);
      }
    }
  }

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="md">
        <Select
          label="Supervisor"
          placeholder={loading ? 'Loading supervisors…' : 'No supervisor'}
          description="Active members holding a role that can supervise."
          data={options}
          value={supervisorId}
          onChange={setSupervisorId}
          searchable
          clearable
          error={error}
          nothingFoundMessage="No active supervisor by that name"
          comboboxProps={{ withinPortal: true }}
        />
        {clearing && requiresSupervision(member.roles) && (
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
            Their roles require supervision: without a supervisor, {member.displayName} shows as
            needing one on the roster and the dashboard.
          </Alert>
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
          <Button type="submit" loading={saving}>
            {clearing ? 'Clear supervisor' : 'Save supervisor'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
