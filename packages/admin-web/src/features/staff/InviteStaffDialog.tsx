import { useMutation } from '@apollo/client/react';
import { practitionerLimitByPlan, type StaffKind } from '@caseload/shared';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../../auth/viewer-context';
import { readableErrorMessage } from '../../error-messages';
import type { InviteStaffMutation } from '../../gql/graphql';
import {
  emptyInviteForm,
  type InviteField,
  type InviteFormValues,
  inviteFailure,
  inviteFieldErrors,
  inviteInput,
  inviteNeedsSupervisor,
} from './invite-form';
import { roleAssignmentBlocker } from './role-assignment';
import { inviteStaffMutation } from './staff.operations';
import { forgetStaffLists } from './staff-cache';
import { planLabels, staffKindLabels } from './staff-labels';
import { useStaffChoices, useSupervisorChoices } from './use-staff-choices';

type InvitedMember = InviteStaffMutation['inviteStaff'];

const staffKinds = Object.keys(staffKindLabels) as StaffKind[];
const activeOnly = ['ACTIVE'] as const;

interface InviteStaffDialogProps {
  opened: boolean;
  onClose: () => void;
  onInvited: (member: InvitedMember) => void;
}

/** Invite someone to the practice: they join as INVITED with their roles and get a link by email. */
export function InviteStaffDialog({ opened, onClose, onInvited }: InviteStaffDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title="Invite staff">
      {opened && <InviteStaffForm onClose={onClose} onInvited={onInvited} />}
    </Modal>
  );
}

function InviteStaffForm({ onClose, onInvited }: Omit<InviteStaffDialogProps, 'opened'>) {
  const viewer = useViewer();
  const { roles, practice, loading, error } = useStaffChoices();
  const { supervisors, loading: supervisorsLoading } = useSupervisorChoices(activeOnly);
  const [values, setValues] = useState<InviteFormValues>(emptyInviteForm);
  const [errors, setErrors] = useState<Partial<Record<InviteField, string>>>({});
  const [existingMemberId, setExistingMemberId] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [invite, { loading: sending }] = useMutation(inviteStaffMutation, {
    update: forgetStaffLists,
  });

  const chosenRoles = roles.filter((role) => values.roleIds.includes(role.id));
  const supervisorShown = chosenRoles.some((role) => role.requiresSupervision);
  const supervisorRequired = inviteNeedsSupervisor(
    chosenRoles,
    practice?.settings.supervisionEnabled ?? false,
  );

  const change = <F extends InviteField>(field: F, value: InviteFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
    if (field === 'email') {
      setExistingMemberId(null);
    }
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    const nextErrors = inviteFieldErrors(values, supervisorRequired);
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) {
      return;
    }
    try {
      const result = await invite({
        variables: { input: inviteInput(values, supervisorShown) },
      });
      if (result.data) {
        onInvited(result.data.inviteStaff);
      }
    } catch (inviteError) {
      const failure = inviteFailure(inviteError as Error);
      if (failure.kind === 'field') {
        setErrors({ [failure.field]: failure.message });
        setExistingMemberId(failure.existingStaffMemberId ?? null);
      } else {
        setGeneral(failure.message);
      }
    }
  }

  if (loading) {
    return (
      <Group gap="xs">
        <Loader size="sm" />
        <Text size="sm">Loading roles…</Text>
      </Group>
    );
  }
  if (error || !practice) {
    return (
      <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Roles could not be loaded">
        {error ? readableErrorMessage(error) : 'Try again in a moment.'}
      </Alert>
    );
  }

  const practitionerLimit = practitionerLimitByPlan[practice.plan];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="First name"
            required
            autoComplete="off"
            value={values.firstName}
            error={errors.firstName}
            onChange={(event) => change('firstName', event.currentTarget.value)}
          />
          <TextInput
            label="Last name"
            required
            autoComplete="off"
            value={values.lastName}
            error={errors.lastName}
            onChange={(event) => change('lastName', event.currentTarget.value)}
          />
        </SimpleGrid>
        <TextInput
          label="Work email"
          type="email"
          required
          autoComplete="off"
          description="The invitation goes here, and it becomes their sign-in."
          value={values.email}
          error={
            errors.email && (
              <>
                {errors.email}
                {existingMemberId && (
                  <>
                    {' '}
                    <Anchor component={Link} to={`/staff/${existingMemberId}`} size="xs">
                      Open the member already on the roster
                    </Anchor>
                  </>
                )}
              </>
            )
          }
          onChange={(event) => change('email', event.currentTarget.value)}
        />
        <Select
          label="Kind"
          required
          placeholder="Choose a kind"
          description={
            practitionerLimit === null
              ? undefined
              : `The ${planLabels[practice.plan]} plan allows ${practitionerLimit} practitioner besides student practitioners, who are free on every plan.`
          }
          data={staffKinds.map((kind) => ({ value: kind, label: staffKindLabels[kind] }))}
          value={values.kind}
          error={errors.kind}
          onChange={(kind) => change('kind', kind as StaffKind | null)}
          comboboxProps={{ withinPortal: true }}
        />
        <Checkbox.Group
          label="Roles"
          description="At least one. You can only give roles whose permissions you hold yourself."
          required
          value={[...values.roleIds]}
          error={errors.roleIds}
          onChange={(roleIds) => change('roleIds', roleIds)}
        >
          <Stack gap="sm" mt="xs">
            {roles.map((role) => {
              const blocker = roleAssignmentBlocker(role, [], viewer.permissions);
              const supervision = role.requiresSupervision ? ' Requires a supervisor.' : '';
              return (
                <Checkbox
                  key={role.id}
                  value={role.id}
                  label={role.name}
                  disabled={blocker !== null}
                  description={blocker ?? (`${role.description}${supervision}`.trim() || undefined)}
                />
              );
            })}
          </Stack>
        </Checkbox.Group>
        {supervisorShown && (
          <Select
            label="Supervisor"
            required={supervisorRequired}
            placeholder={supervisorsLoading ? 'Loading supervisors…' : 'Choose a supervisor'}
            description={
              supervisorRequired
                ? 'A chosen role requires supervision.'
                : 'Supervision is turned off in the practice settings: a supervisor is optional.'
            }
            data={supervisors.map((supervisor) => ({
              value: supervisor.id,
              label: supervisor.displayName,
            }))}
            value={values.supervisorId}
            error={errors.supervisorId}
            onChange={(supervisorId) => change('supervisorId', supervisorId)}
            searchable
            clearable
            nothingFoundMessage="No active supervisor by that name"
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {general && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Not sent" role="alert">
            {general}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={sending}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
